// SPDX-License-Identifier: GPL-2.0
/*
 * riscv64 vDSO time entry points: thin exports of the generic reader,
 * which the vDSO Makefile puts in front of this file (-include). libcs
 * look them up by these names at version LINUX_4.15; the version script
 * is the kernel's vdso.lds.S, which also exports the kernel's
 * rt_sigreturn, getcpu, flush_icache and riscv_hwprobe.
 */
#include <linux/types.h>
#include <vdso/gettime.h>

int __vdso_clock_gettime(clockid_t clock, struct __kernel_timespec *ts)
{
	return __cvdso_clock_gettime(clock, ts);
}

int __vdso_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __cvdso_gettimeofday(tv, tz);
}

int __vdso_clock_getres(clockid_t clock, struct __kernel_timespec *res)
{
	return __cvdso_clock_getres(clock, res);
}
