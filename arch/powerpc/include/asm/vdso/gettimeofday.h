/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_POWERPC_VDSO_GETTIMEOFDAY_H
#define _ASM_POWERPC_VDSO_GETTIMEOFDAY_H

/*
 * powerpc hooks of the generic reader. The kernel's asm trampolines
 * (arch/powerpc/kernel/vdso/gettimeofday.S) find the data page and pass
 * it to the C entry points (VDSO_DATA_PASSED in the entry file), so no
 * linker symbol names it; a task in a time namespace finds the real page
 * one page after its namespace's. The counter is the timebase, 64 bits
 * on every powerpc, always readable from user mode.
 */

#ifndef __ASSEMBLY__

#include <asm/vdso/timebase.h>
#include <uapi/linux/time.h>

/* The 32-bit image (vdso32, -m32) keeps the 32-bit time ABI. */
#ifndef __powerpc64__
#define BUILD_VDSO32		1
#endif

static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	return get_tb();
}

/* The timebase is the only vDSO counter and never unreadable. */
static __always_inline bool ppc_vdso_clocksource_ok(const struct vdso_data *vd)
{
	return true;
}
#define vdso_clocksource_ok ppc_vdso_clocksource_ok

/* Every powerpc vDSO clocksource is 64 bits wide: no mask to apply. */
#define VDSO_DELTA_NOMASK	1

static __always_inline const struct vdso_data *
ppc_vdso_timens_data(const struct vdso_data *vd)
{
	return (const void *)((const char *)vd + (1U << CONFIG_PAGE_SHIFT));
}
#define __arch_get_timens_vdso_data ppc_vdso_timens_data

#ifndef __powerpc64__
/* A 64-bit shift is a libgcc-style sequence of several instructions here (lib/vdso). */
#define VDSO_SHIFT_NS_BY_HALVES	1
#endif

/*
 * sc: number in r0, arguments in r3, r4, result in r3; on error the
 * summary-overflow bit of cr0 is set and r3 holds the positive errno. The
 * kernel may change r0 and r4-r12, cr0 and ctr.
 */
static __always_inline long __arch_vdso_syscall2(long nr, long arg0, long arg1)
{
	register long r0 asm("r0") = nr;
	register long r3 asm("r3") = arg0;
	register long r4 asm("r4") = arg1;

	asm volatile("sc\n\t"
		     "bns+ 1f\n\t"
		     "neg %1, %1\n"
		     "1:"
		     : "+r" (r0), "+r" (r3), "+r" (r4)
		     :
		     : "memory", "cr0", "ctr", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12");
	return r3;
}

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* _ASM_POWERPC_VDSO_GETTIMEOFDAY_H */
