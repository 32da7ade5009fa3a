/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * riscv64 hooks of the generic reader: how to read the time CSR, and the
 * ecall behind every fallback. The data pages are where the kernel's
 * vdso.lds.S puts them for datapage.h's default hooks: _vdso_data, then
 * _timens_data one page further.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>

/*
 * riscv has a time vDSO only on 64-bit kernels (HAVE_GENERIC_VDSO needs
 * 64BIT); a 32-bit kernel's files that include the data page layout (the
 * hwprobe syscall) see no reader hooks.
 */
#ifdef CONFIG_64BIT

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

/*
 * The time CSR is 64 bits wide (the timer's mask is CLOCKSOURCE_MASK(64)):
 * the plain subtraction is the masked delta and its sign says behind.
 * sltiu, and sll takes its count modulo 64: the clock id's bound goes in
 * its key. (hres 47 to 43 instructions under qemu-riscv64.)
 */
#define VDSO_DELTA_NOMASK	1
#define VDSO_CLOCK_BOUND_IN_KEY	1

/* The syscall ABI: ecall, number in a7, arguments in a0, a1, result in a0. */
#define VDSO_SYSCALL_INSN	"ecall"
#define VDSO_SYSCALL_NR		"a7"
#define VDSO_SYSCALL_ARG0	"a0"
#define VDSO_SYSCALL_ARG1	"a1"

#include <vdso/fallback.h>

#endif /* CONFIG_64BIT */

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
