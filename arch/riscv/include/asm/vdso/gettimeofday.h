/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * riscv64 hooks of the generic reader: where the data pages are, how to
 * read the time CSR, and the ecall behind every fallback.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>

#ifndef CONFIG_64BIT
#error "the generic vDSO glue covers riscv64 only (rv32 has no 32-bit time vDSO)"
#endif

/*
 * The linker script puts the data page at the first of the two pages
 * before the text. In a time namespace that page holds the namespace's
 * offsets and the real data moves to the second one.
 */
static __always_inline const struct vdso_data *__arch_get_vdso_data(void)
{
	return _vdso_data;
}

static __always_inline const struct vdso_data *
__arch_get_timens_vdso_data(const struct vdso_data *vd)
{
	return _timens_data;
}

/*
 * rdtime reads the platform timer, on many cores by trapping to the SBI
 * firmware. Nothing orders it after the sequence-count load, but an early
 * read is harmless: it can only be slightly behind cycle_last, a negative
 * delta the reader turns into zero. The clobber stops the compiler moving it.
 */
static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	u64 cycles;

	asm volatile("rdtime %0" : "=r" (cycles) : : "memory");
	return cycles;
}

/* The syscall ABI: number in a7, arguments and result in a0, a1. */
static __always_inline long __arch_vdso_syscall2(long nr, long arg0, long arg1)
{
	register long a0 asm("a0") = arg0;
	register long a1 asm("a1") = arg1;
	register long a7 asm("a7") = nr;

	asm volatile("ecall" : "+r" (a0) : "r" (a1), "r" (a7) : "memory");
	return a0;
}

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
