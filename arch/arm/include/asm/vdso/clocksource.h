/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CLOCKSOURCE_H
#define __ASM_VDSO_CLOCKSOURCE_H

/* The one counter a 32-bit arm kernel offers the vDSO: the arch timer's CNTVCT. */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_ARCHTIMER

#endif /* __ASM_VDSO_CLOCKSOURCE_H */
