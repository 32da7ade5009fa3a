/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CLOCKSOURCE_H
#define __ASM_VDSO_CLOCKSOURCE_H

/*
 * Counters an x86 clocksource may declare for the vDSO. The kernel's
 * clocksource drivers name all three; our reader serves only the TSC and
 * lets the others fall back to the syscall.
 */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_TSC
#define VDSO_ARCH_CLOCKMODE_B	VDSO_CLOCKMODE_PVCLOCK
#define VDSO_ARCH_CLOCKMODE_C	VDSO_CLOCKMODE_HVCLOCK

#define HAVE_VDSO_CLOCKMODE_HVCLOCK

#endif /* __ASM_VDSO_CLOCKSOURCE_H */
