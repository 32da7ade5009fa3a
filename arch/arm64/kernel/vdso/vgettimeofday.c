// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 vDSO time entry points: thin exports of the generic reader, which
 * the vDSO Makefile puts in front of this file (-include). libc finds them
 * by their __kernel_ names at version LINUX_2.6.39 (vdso.lds.S); the same
 * script exports __kernel_rt_sigreturn from sigreturn.S.
 */

int __kernel_clock_gettime(clockid_t clock, struct __kernel_timespec *ts);
int __kernel_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz);
int __kernel_clock_getres(clockid_t clock, struct __kernel_timespec *res);

int __kernel_clock_gettime(clockid_t clock, struct __kernel_timespec *ts)
{
	return __cvdso_clock_gettime(clock, ts);
}

int __kernel_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __cvdso_gettimeofday(tv, tz);
}

int __kernel_clock_getres(clockid_t clock, struct __kernel_timespec *res)
{
	return __cvdso_clock_getres(clock, res);
}
