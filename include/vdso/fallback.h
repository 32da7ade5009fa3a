/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_FALLBACK_H
#define __VDSO_FALLBACK_H

/*
 * The reader's syscall fallbacks, built from one arch primitive. An arch
 * glue that defines
 *
 *	long __arch_vdso_syscall2(long nr, long arg0, long arg1)
 *
 * (the raw syscall of the tasks this vDSO serves, returning the kernel's
 * result or negative errno), or the VDSO_SYSCALL_* names below it is built
 * from, and then includes this file gets every fallback
 * lib/vdso/gettimeofday.c asks for. Where time_t is 32 bits
 * (BUILD_VDSO32), the reader's own results are 64-bit and go through the
 * *_time64 syscalls; only the 32-bit entry points use the old ones.
 *
 * The numbers are those of <asm/unistd.h>. A vDSO for tasks of another
 * ABI than the kernel's own (arm64's compat vDSO) defines all the
 * VDSO_NR_* below before including this file.
 */

#ifndef __ASSEMBLY__

#include <asm/unistd.h>

#ifndef VDSO_NR_clock_gettime
#ifdef BUILD_VDSO32
#define VDSO_NR_clock_gettime		__NR_clock_gettime64
#define VDSO_NR_clock_getres		__NR_clock_getres_time64
#define VDSO_NR_clock_gettime32		__NR_clock_gettime
#define VDSO_NR_clock_getres32		__NR_clock_getres
#else
#define VDSO_NR_clock_gettime		__NR_clock_gettime
#define VDSO_NR_clock_getres		__NR_clock_getres
#endif
#define VDSO_NR_gettimeofday		__NR_gettimeofday
#endif

/*
 * Where the syscall instruction takes the number and both arguments in
 * registers, returns in the first argument's, and changes nothing else,
 * the glue names the instruction (VDSO_SYSCALL_INSN) and the registers
 * (VDSO_SYSCALL_NR, VDSO_SYSCALL_ARG0, VDSO_SYSCALL_ARG1) instead.
 */
#ifdef VDSO_SYSCALL_INSN
static __always_inline long __arch_vdso_syscall2(long nr, long arg0, long arg1)
{
	register long ret asm(VDSO_SYSCALL_ARG0) = arg0;
	register long arg asm(VDSO_SYSCALL_ARG1) = arg1;
	register long num asm(VDSO_SYSCALL_NR) = nr;

	asm volatile(VDSO_SYSCALL_INSN : "+r" (ret) : "r" (arg), "r" (num) : "memory");
	return ret;
}
#endif

static __always_inline long clock_gettime_fallback(clockid_t clock, struct __kernel_timespec *ts)
{
	return __arch_vdso_syscall2(VDSO_NR_clock_gettime, clock, (long)ts);
}

static __always_inline long
gettimeofday_fallback(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __arch_vdso_syscall2(VDSO_NR_gettimeofday, (long)tv, (long)tz);
}

static __always_inline long clock_getres_fallback(clockid_t clock, struct __kernel_timespec *res)
{
	return __arch_vdso_syscall2(VDSO_NR_clock_getres, clock, (long)res);
}

#ifdef BUILD_VDSO32
static __always_inline long clock_gettime32_fallback(clockid_t clock, struct old_timespec32 *ts)
{
	return __arch_vdso_syscall2(VDSO_NR_clock_gettime32, clock, (long)ts);
}

static __always_inline long clock_getres32_fallback(clockid_t clock, struct old_timespec32 *res)
{
	return __arch_vdso_syscall2(VDSO_NR_clock_getres32, clock, (long)res);
}
#endif /* BUILD_VDSO32 */

#endif /* !__ASSEMBLY__ */

#endif /* __VDSO_FALLBACK_H */
