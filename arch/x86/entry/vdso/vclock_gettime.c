// SPDX-License-Identifier: GPL-2.0
/*
 * x86-64 vDSO time entry points: thin exports of the generic reader.
 * libc finds them by their __vdso_ names at version LINUX_2.6 (the version
 * script is in the vDSO linker script); the plain names are weak aliases
 * for programs that link against the image itself.
 */
#include <linux/types.h>
#include <vdso/gettime.h>

#include "../../../../lib/vdso/gettimeofday.c"

int __vdso_clock_gettime(clockid_t clock, struct __kernel_timespec *ts)
{
	return __cvdso_clock_gettime(clock, ts);
}

int clock_gettime(clockid_t clock, struct __kernel_timespec *ts)
	__attribute__((weak, alias("__vdso_clock_gettime")));

int __vdso_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __cvdso_gettimeofday(tv, tz);
}

int gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
	__attribute__((weak, alias("__vdso_gettimeofday")));

int __vdso_clock_getres(clockid_t clock, struct __kernel_timespec *res)
{
	return __cvdso_clock_getres(clock, res);
}

int clock_getres(clockid_t clock, struct __kernel_timespec *res)
	__attribute__((weak, alias("__vdso_clock_getres")));

__kernel_old_time_t __vdso_time(__kernel_old_time_t *t)
{
	return __cvdso_time(t);
}

__kernel_old_time_t time(__kernel_old_time_t *t)
	__attribute__((weak, alias("__vdso_time")));
