/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CLOCKSOURCE_H
#define __ASM_VDSO_CLOCKSOURCE_H

/*
 * Counters an x86 clocksource may declare for the vDSO: the TSC, a
 * pvclock page (kvm-clock, Xen) and Hyper-V's reference TSC page, the
 * last two read by <asm/vdso/vclock.h> where the kernel has their drivers.
 */
#define VDSO_ARCH_CLOCKMODE_A	VDSO_CLOCKMODE_TSC
#define VDSO_ARCH_CLOCKMODE_B	VDSO_CLOCKMODE_PVCLOCK
#define VDSO_ARCH_CLOCKMODE_C	VDSO_CLOCKMODE_HVCLOCK

#define HAVE_VDSO_CLOCKMODE_HVCLOCK

#endif /* __ASM_VDSO_CLOCKSOURCE_H */
