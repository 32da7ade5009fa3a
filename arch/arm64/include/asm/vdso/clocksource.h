/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CLOCKSOURCE_H
#define __ASM_VDSO_CLOCKSOURCE_H

/*
 * The arch timer's two vDSO modes, as the arm_arch_timer driver names
 * them: readable by every task, or (a counter erratum that only 64-bit
 * code works around) by 64-bit tasks only.
 */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_ARCHTIMER
#define VDSO_ARCH_CLOCKMODE_B	VDSO_CLOCKMODE_ARCHTIMER_NOCOMPAT

#endif /* __ASM_VDSO_CLOCKSOURCE_H */
