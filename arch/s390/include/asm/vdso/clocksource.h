/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CLOCKSOURCE_H
#define __ASM_VDSO_CLOCKSOURCE_H

/* The one counter the vDSO reads on s390: the TOD clock. */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_TOD

#endif /* __ASM_VDSO_CLOCKSOURCE_H */
