/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * mips hooks of the generic reader, one source for the n64, n32 and o32
 * images (_MIPS_SIM; the 32-bit ones build with BUILD_VDSO32). Two
 * counters: the CP0 Count register, which the kernel lets user mode read
 * with rdhwr $2 (CSRC_R4K, 32 bits wide), and the GIC's shared 64-bit
 * counter, whose user page the kernel maps right before the data page
 * (CLKSRC_MIPS_GIC). The data page is found PC-relative (below); the
 * GIC's page through the kernel's <asm/vdso/vdso.h> (get_gic()), which
 * the graft keeps. mips has no time namespaces.
 */

#ifndef __ASSEMBLY__

#include <asm/barrier.h>
#include <asm/isa-rev.h>
#include <asm/vdso/vdso.h>
#include <uapi/linux/time.h>

#ifdef CONFIG_CLKSRC_MIPS_GIC
/*
 * One 32-bit load of the GIC's counter, ordered as the kernel's
 * __raw_readl() orders it (stock 6.12 reads the counter through it): a
 * full barrier before, a read barrier after.
 */
static __always_inline u32 mips_vdso_gic_read(const volatile u32 *reg)
{
	u32 val;

	mb();
	val = *reg;
	rmb();
	return val;
}
#endif

static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
#ifdef CONFIG_CSRC_R4K
	if (clock_mode == VDSO_CLOCKMODE_R4K) {
		u32 count;

		asm volatile(".set push\n\t.set mips32r2\n\trdhwr %0, $2\n\t.set pop"
			     : "=r" (count));
		return count;
	}
#endif
#ifdef CONFIG_CLKSRC_MIPS_GIC
	if (clock_mode == VDSO_CLOCKMODE_GIC) {
		const volatile u32 *gic = (__force const volatile u32 *)get_gic(vd);
		u32 hi, lo;

		/* Two 32-bit loads: the high half must hold across the low one. */
		do {
			hi = mips_vdso_gic_read(&gic[1]);
			lo = mips_vdso_gic_read(&gic[0]);
		} while (hi != mips_vdso_gic_read(&gic[1]));
		return ((u64)hi << 32) | lo;
	}
#endif
	/* No other mode passes vdso_clocksource_ok(); the reader never uses this. */
	return 0;
}

/*
 * The mode is tested once, by the counter read: the reader's test against
 * NONE first is left out, and a mode neither read serves (NONE) makes the
 * value read unusable instead (one branch fewer: n64 hres 59 to 58 under
 * qemu-mips64el).
 */
static __always_inline bool mips_vdso_clocksource_ok(const struct vdso_data *vd)
{
	return true;
}
#define vdso_clocksource_ok mips_vdso_clocksource_ok

static __always_inline bool mips_vdso_cycles_ok(s32 clock_mode, u64 cycles)
{
	return (IS_ENABLED(CONFIG_CSRC_R4K) && clock_mode == VDSO_CLOCKMODE_R4K) ||
	       (IS_ENABLED(CONFIG_CLKSRC_MIPS_GIC) && clock_mode == VDSO_CLOCKMODE_GIC);
}
#define vdso_cycles_ok mips_vdso_cycles_ok

/* Without either counter's driver there is nothing to read from user mode. */
static __always_inline bool mips_vdso_hres_capable(void)
{
	return IS_ENABLED(CONFIG_CSRC_R4K) || IS_ENABLED(CONFIG_CLKSRC_MIPS_GIC);
}
#define __arch_vdso_hres_capable mips_vdso_hres_capable

/*
 * The data page: the page before the image's first byte, which the
 * linker script names _start, found PC-relative (ld.so does not relocate
 * a vDSO's GOT). bal leaves in ra the address of the word after its
 * delay slot, the word holding _start's distance from itself. ra is kept
 * in a scratch register across the bal and put back, so the entry points
 * stay leaf functions: where ra was declared clobbered (the kernel's
 * get_vdso_data()) GCC built a stack frame to save it, four instructions
 * on every call for these two moves (the n64 kernel image's hres read 54
 * to 52). ra holds the return address throughout a leaf entry point, so
 * the compiler gives it to neither output. Release 6 has lapc, no ra to
 * spare: the kernel's get_vdso_data() there.
 */
#if _MIPS_SZPTR == 64
#define MIPS_VDSO_PTR_ADDU	"daddu"
#else
#define MIPS_VDSO_PTR_ADDU	"addu"
#endif

static __always_inline const struct vdso_data *mips_vdso_get_data(void)
{
#if MIPS_ISA_REV >= 6
	return get_vdso_data();
#else
	unsigned long start, ra;

	asm(".set push\n\t"
	    ".set noreorder\n\t"
	    "move %1, $31\n\t"
	    "bal 1f\n\t"
	    " nop\n"
	    "0:\t.word _start - 0b\n"
	    "1:\tlw %0, 0($31)\n\t"
	    MIPS_VDSO_PTR_ADDU " %0, $31, %0\n\t"
	    "move $31, %1\n\t"
	    ".set pop"
	    : "=&r" (start), "=&r" (ra));
	return (const struct vdso_data *)(start - (1UL << CONFIG_PAGE_SHIFT));
#endif
}
#define __arch_get_vdso_data mips_vdso_get_data

/*
 * syscall: number in v0, arguments in a0, a1; the result comes back in
 * v0, and a3 is non-zero when it is a (positive) errno. The kernel may
 * change at, v1, the temporaries and t8, t9, and hi/lo before R6.
 */
#if MIPS_ISA_REV < 6
#define MIPS_VDSO_HI_LO		"hi", "lo",
#else
#define MIPS_VDSO_HI_LO
#endif

static __always_inline long __arch_vdso_syscall2(long nr, long arg0, long arg1)
{
	register long v0 asm("v0") = nr;
	register long a0 asm("a0") = arg0;
	register long a1 asm("a1") = arg1;
	register long a3 asm("a3");

	asm volatile("syscall"
		     : "+r" (v0), "=r" (a3)
		     : "r" (a0), "r" (a1)
		     : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15",
		       "$24", "$25", MIPS_VDSO_HI_LO "memory");
	return a3 ? -v0 : v0;
}

/* sltiu, and dsllv/sllv take their count modulo the width: the id's bound goes in its key. */
#define VDSO_CLOCK_BOUND_IN_KEY	1

/* o32 has 32-bit registers: its Count, 32 bits wide, is tested on the low halves. */
#if defined(_ABIO32) && _MIPS_SIM == _ABIO32
#define VDSO_DELTA_TEST_BY_HALVES	1
#endif

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
