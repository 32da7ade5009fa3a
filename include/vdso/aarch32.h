/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_AARCH32_H
#define __VDSO_AARCH32_H

/*
 * The reader's hooks that every vDSO for AArch32 tasks shares, whichever
 * kernel maps it: a 32-bit arm kernel's own vDSO (arch/arm) and an arm64
 * kernel's compat vDSO (arch/arm64, vdso32). Each arch glue includes this
 * and adds only what differs: time namespaces, which clock modes are
 * readable, and the syscall numbers <vdso/fallback.h> uses.
 */

#ifndef __ASSEMBLY__

/*
 * The PC-relative address of a data page costs a literal-pool load and an
 * add in Thumb-2. Passing it through an empty asm hides where it came
 * from, so the compiler computes it once and keeps it in a register.
 */
static __always_inline const struct vdso_data *aarch32_vdso_hide(const struct vdso_data *vd)
{
	OPTIMIZER_HIDE_VAR(vd);
	return vd;
}

/* Both kernels' linker scripts name the data page before the text _vdso_data. */
static __always_inline const struct vdso_data *aarch32_get_vdso_data(void)
{
	return aarch32_vdso_hide(_vdso_data);
}
#define __arch_get_vdso_data aarch32_get_vdso_data

/*
 * The virtual counter CNTVCT through CP15 (MRRC gives both halves at
 * once), between ISBs: the first keeps it after the sequence-count load,
 * the second keeps the loads after it (the count re-read) from being done
 * before it.
 */
static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	u64 cycles;

	asm volatile("isb\n\tmrrc p15, 1, %Q0, %R0, c14\n\tisb" : "=r" (cycles) : : "memory");
	return cycles;
}

/* A32/T32 immediates cannot hold the hres clock set (lib/vdso). */
#define VDSO_CLOCK_SET_BY_SHIFT	1

/*
 * The generic timer never wraps (lib/vdso): no mask, a sign test for
 * behind, two ANDs and a 64-bit compare fewer.
 */
#define VDSO_DELTA_NOMASK	1

/* A 64-bit shift by a variable is eight instructions in Thumb-2 (lib/vdso). */
#define VDSO_SHIFT_NS_BY_HALVES	1

/* The AArch32 syscall ABI: svc, number in r7, arguments in r0, r1, result in r0. */
#define VDSO_SYSCALL_INSN	"svc #0"
#define VDSO_SYSCALL_NR		"r7"
#define VDSO_SYSCALL_ARG0	"r0"
#define VDSO_SYSCALL_ARG1	"r1"

#endif /* !__ASSEMBLY__ */

#endif /* __VDSO_AARCH32_H */
