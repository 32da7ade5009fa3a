/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CLOCKSOURCE_H
#define __ASM_VDSO_CLOCKSOURCE_H

/* The counters the vDSO reads on mips: CP0 Count, and the GIC's. */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_R4K
#define VDSO_ARCH_CLOCKMODE_B	VDSO_CLOCKMODE_GIC

#endif /* __ASM_VDSO_CLOCKSOURCE_H */
