/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * arm64 hooks of the generic reader: how to read the virtual counter in
 * order, and the svc behind every fallback. The data pages are where the
 * kernel's vdso.lds.S puts them for datapage.h's default hooks: _vdso_data,
 * then _timens_data one page further.
 * AArch32 tasks get <asm/vdso/compat_gettimeofday.h> instead.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>

/*
 * CNTVCT_EL0 is a system register, not memory: the CPU may read it early,
 * before the sequence-count load, or late, after the loads that follow.
 * The ISB keeps it after everything before it. A later load is held back
 * by giving it an address that depends on the value (cycles ^ cycles is
 * zero, but the core must wait for cycles to know it); the reader's
 * smp_rmb() then orders the count re-read after that load.
 *
 * Both arch timer modes are readable here: the NOCOMPAT one only tells
 * the compat vDSO to keep away.
 */
static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	u64 cycles, zero;

	asm volatile("isb\n\tmrs %0, cntvct_el0" : "=r" (cycles) : : "memory");
	asm volatile("eor %0, %1, %1\n\tldr xzr, [sp, %0]"
		     : "=&r" (zero) : "r" (cycles) : "memory");
	return cycles;
}

/* A64 logical immediates cannot hold the hres clock set (lib/vdso). */
#define VDSO_CLOCK_SET_BY_SHIFT	1

/* The generic timer never wraps (lib/vdso): no mask, a sign test for behind. */
#define VDSO_DELTA_NOMASK	1

/* The syscall ABI: svc, number in x8, arguments in x0, x1, result in x0. */
#define VDSO_SYSCALL_INSN	"svc #0"
#define VDSO_SYSCALL_NR		"x8"
#define VDSO_SYSCALL_ARG0	"x0"
#define VDSO_SYSCALL_ARG1	"x1"

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
