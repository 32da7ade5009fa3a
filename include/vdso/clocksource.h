/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_CLOCKSOURCE_H
#define __VDSO_CLOCKSOURCE_H

#include <vdso/limits.h>

#ifdef CONFIG_GENERIC_GETTIMEOFDAY
#include <asm/vdso/clocksource.h>
#endif

/*
 * How the vDSO may read the clocksource. NONE means "use the syscall";
 * each architecture names the counters it can read from user mode (at
 * most three) as VDSO_ARCH_CLOCKMODE_A, _B and _C in
 * <asm/vdso/clocksource.h>, one enumerator name each, or, as the glue
 * Linux 6.12 ships for powerpc, s390, mips, loongarch and csky does, as
 * one comma-separated list in VDSO_ARCH_CLOCKMODES.
 */
enum vdso_clock_mode {
	VDSO_CLOCKMODE_NONE,
#ifdef VDSO_ARCH_CLOCKMODES
	VDSO_ARCH_CLOCKMODES,
#endif
#ifdef VDSO_ARCH_CLOCKMODE_A
	VDSO_ARCH_CLOCKMODE_A,
#endif
#ifdef VDSO_ARCH_CLOCKMODE_B
	VDSO_ARCH_CLOCKMODE_B,
#endif
#ifdef VDSO_ARCH_CLOCKMODE_C
	VDSO_ARCH_CLOCKMODE_C,
#endif
	VDSO_CLOCKMODE_MAX,

	/* Marks a time namespace's data page; never a real clocksource. */
	VDSO_CLOCKMODE_TIMENS = INT_MAX
};

#endif /* __VDSO_CLOCKSOURCE_H */
