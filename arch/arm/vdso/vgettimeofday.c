// SPDX-License-Identifier: GPL-2.0
/*
 * The AArch32 vDSO's time entry points, for a 32-bit arm kernel's own vDSO
 * and, laid at arch/arm64/kernel/vdso32/ by the graft, for an arm64
 * kernel's compat vDSO: thin exports of the generic reader, which the vDSO
 * Makefile puts in front of this file (-include). libcs look them up by
 * these names at version LINUX_2.6 (the kernels' vdso.lds.S). time_t is
 * 32 bits here, so clock_gettime and clock_getres keep the old timespec;
 * clock_gettime64 is the y2038-safe one.
 */
#include <linux/types.h>
#include <vdso/gettime.h>

int __vdso_clock_gettime(clockid_t clock, struct old_timespec32 *ts)
{
	return __cvdso_clock_gettime32(clock, ts);
}

int __vdso_clock_gettime64(clockid_t clock, struct __kernel_timespec *ts)
{
	return __cvdso_clock_gettime(clock, ts);
}

int __vdso_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __cvdso_gettimeofday(tv, tz);
}

int __vdso_clock_getres(clockid_t clock, struct old_timespec32 *res)
{
	return __cvdso_clock_getres_time32(clock, res);
}

/*
 * With the kernel's EABI unwinder on, functions carry unwind tables that
 * name the EABI personality routines. Nothing unwinds through the vDSO
 * with them, but the link must resolve the names: empty ones do.
 */
void __aeabi_unwind_cpp_pr0(void);
void __aeabi_unwind_cpp_pr1(void);
void __aeabi_unwind_cpp_pr2(void);

void __aeabi_unwind_cpp_pr0(void)
{
}

void __aeabi_unwind_cpp_pr1(void)
{
}

void __aeabi_unwind_cpp_pr2(void)
{
}
