/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_ENTRIES64_H
#define __VDSO_ENTRIES64_H

/*
 * The time entry points of a vDSO for tasks with a 64-bit time_t and no
 * vDSO time() (arm64, riscv64): thin exports of the generic reader, which
 * the vDSO Makefile puts in front of the arch's entry file. Only their
 * names differ between arches: the entry file defines VDSO_ENTRY(name)
 * (say as __vdso_##name) and includes this.
 */

#include <linux/types.h>

int VDSO_ENTRY(clock_gettime)(clockid_t clock, struct __kernel_timespec *ts);
int VDSO_ENTRY(gettimeofday)(struct __kernel_old_timeval *tv, struct timezone *tz);
int VDSO_ENTRY(clock_getres)(clockid_t clock, struct __kernel_timespec *res);

int VDSO_ENTRY(clock_gettime)(clockid_t clock, struct __kernel_timespec *ts)
{
	return __cvdso_clock_gettime(clock, ts);
}

int VDSO_ENTRY(gettimeofday)(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __cvdso_gettimeofday(tv, tz);
}

int VDSO_ENTRY(clock_getres)(clockid_t clock, struct __kernel_timespec *res)
{
	return __cvdso_clock_getres(clock, res);
}

#endif /* __VDSO_ENTRIES64_H */
