/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_CLOCKSOURCE_H
#define __VDSO_CLOCKSOURCE_H

#include <vdso/limits.h>

#ifdef CONFIG_GENERIC_GETTIMEOFDAY
#include <asm/vdso/clocksource.h>
#endif

/*
 * How the vDSO may read the clocksource. NONE means "use the syscall";
 * each architecture adds the counters it can read from user mode.
 */
enum vdso_clock_mode {
	VDSO_CLOCKMODE_NONE,
#ifdef CONFIG_GENERIC_GETTIMEOFDAY
	VDSO_ARCH_CLOCKMODES,
#endif
	VDSO_CLOCKMODE_MAX,

	/* Marks a time namespace's data page; never a real clocksource. */
	VDSO_CLOCKMODE_TIMENS = INT_MAX
};

#endif /* __VDSO_CLOCKSOURCE_H */
