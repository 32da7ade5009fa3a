/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * x86 hooks of the generic reader, for the 64-bit vDSO and the 32-bit one
 * (a 32-bit kernel's, or the vdso32 of a 64-bit kernel, which is built
 * with CONFIG_X86_64 undefined and BUILD_VDSO32): where the data page is,
 * how to read the TSC in order (or a paravirt clock, asm/vdso/vclock.h),
 * and how to ask the kernel when the vDSO cannot answer.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>
#include <asm/msr.h>
#include <asm/vdso/vclock.h>

/*
 * Placed by the vDSO linker script in the pages before the text: the data
 * page, and (last of the four) the page that holds the real data when the
 * task is in a time namespace and the namespace's page took its place.
 */
extern struct vdso_data vvar__vdso_data[CS_BASES] __attribute__((visibility("hidden")));
extern struct vdso_data timens__vdso_data[CS_BASES] __attribute__((visibility("hidden")));

static __always_inline const struct vdso_data *x86_get_vdso_data(void)
{
	return vvar__vdso_data;
}
#define __arch_get_vdso_data x86_get_vdso_data

static __always_inline const struct vdso_data *
x86_get_timens_vdso_data(const struct vdso_data *vd)
{
	return timens__vdso_data;
}
#define __arch_get_timens_vdso_data x86_get_timens_vdso_data

/*
 * x86_64 tests the clock id against a set with one bt (lib/vdso); i386,
 * whose coarse path it lengthens, keeps BIT().
 */
#ifdef __x86_64__
#define VDSO_CLOCK_SET_BY_SHIFT	1
#endif

/*
 * Every mode is tried: the counter read itself reports a mode it cannot
 * read (NONE, or a vclock this kernel has no driver for) as
 * X86_VCLOCK_INVALID, so the TSC's path tests the mode once. (Testing the
 * modes here too cost three instructions per call on that path.)
 */
static __always_inline bool x86_vdso_clocksource_ok(const struct vdso_data *vd)
{
	return true;
}
#define vdso_clocksource_ok x86_vdso_clocksource_ok

/*
 * rdtsc_ordered() keeps RDTSC from executing before the sequence-count
 * load that precedes it (x86 orders loads, but RDTSC is not a load). In
 * the kernel it is an alternative patched at boot (rdtscp, or
 * lfence; rdtsc); the userspace build's stand-in is lfence; rdtsc.
 */
static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	if (likely(clock_mode == VDSO_CLOCKMODE_TSC))
		return rdtsc_ordered();
	return x86_read_vclock(vd);
}

/* A TSC value is always usable; a vclock read says when it is not. */
static __always_inline bool x86_vdso_cycles_ok(s32 clock_mode, u64 cycles)
{
	return clock_mode == VDSO_CLOCKMODE_TSC || cycles != X86_VCLOCK_INVALID;
}
#define vdso_cycles_ok x86_vdso_cycles_ok

#ifdef CONFIG_X86_64
/* The kernel's syscall ABI: number in rax, result in rax; rcx and r11 are lost. */
static __always_inline long __arch_vdso_syscall2(long nr, long arg0, long arg1)
{
	long ret;

	asm volatile("syscall"
		     : "=a" (ret)
		     : "0" (nr), "D" (arg0), "S" (arg1)
		     : "rcx", "r11", "memory");
	return ret;
}
#else
/*
 * 32-bit tasks enter the kernel through __kernel_vsyscall, in this image:
 * number in eax, arguments in ebx and ecx, result in eax, every other
 * register kept. ebx holds the GOT pointer in position-independent code,
 * so the first argument is swapped into it around the call, through edx.
 */
static __always_inline long __arch_vdso_syscall2(long nr, long arg0, long arg1)
{
	long ret;

	asm volatile("xchgl %%ebx, %%edx\n\t"
		     "call __kernel_vsyscall\n\t"
		     "xchgl %%ebx, %%edx"
		     : "=a" (ret), "+d" (arg0)
		     : "0" (nr), "c" (arg1)
		     : "memory");
	return ret;
}
#endif

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
