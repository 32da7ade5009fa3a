/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_POWERPC_VDSO_CLOCKSOURCE_H
#define _ASM_POWERPC_VDSO_CLOCKSOURCE_H

/* The one counter the vDSO reads on powerpc: the timebase. */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_ARCHTIMER

#endif /* _ASM_POWERPC_VDSO_CLOCKSOURCE_H */
