/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_VCLOCK_H
#define __ASM_VDSO_VCLOCK_H

/*
 * Clocks a hypervisor maps into the guest, which the kernel maps after the
 * data page: vCPU 0's pvclock page (kvm-clock and Xen, clock mode
 * PVCLOCK) and Hyper-V's reference TSC page (HVCLOCK). Each is read here
 * as the kernel's clocksource for it reads it, in its own units
 * (nanoseconds for pvclock, 100 ns for Hyper-V), which are the units of
 * cycle_last, mult and shift while the data page names that mode. Each
 * page has its own update protocol, nested inside the data page's count.
 *
 * The kernel maps a page only once its clocksource has served the vDSO:
 * a load from it in another mode faults, so the mode is tested before any
 * load and barrier() keeps the compiler from hoisting one above the test.
 * The page symbols are declared without const: their contents change
 * under the reader.
 */

#include <asm/barrier.h>
#include <asm/msr.h>
#include <asm/pvclock-abi.h>
#include <asm/hyperv-tlfs.h>

extern struct pvclock_vcpu_time_info pvclock_page __attribute__((visibility("hidden")));
extern struct ms_hyperv_tsc_page hvclock_page __attribute__((visibility("hidden")));

/* What a vclock read returns when its page says it cannot be read here. */
#define X86_VCLOCK_INVALID	ULLONG_MAX

/* (@a * @mul) >> 32, from the 96-bit product. */
static __always_inline u64 x86_vclock_mul_shr32(u64 a, u32 mul)
{
#ifdef CONFIG_X86_64
	return (u64)(((unsigned __int128)a * mul) >> 32);
#else
	return (u64)(u32)(a >> 32) * mul + (((u64)(u32)a * mul) >> 32);
#endif
}

/* The high 64 bits of @a * @b. */
static __always_inline u64 x86_vclock_mul_hi64(u64 a, u64 b)
{
#ifdef CONFIG_X86_64
	return (u64)(((unsigned __int128)a * b) >> 64);
#else
	u64 ll = (u64)(u32)a * (u32)b, lh = (u64)(u32)a * (u32)(b >> 32);
	u64 hl = (u64)(u32)(a >> 32) * (u32)b, hh = (u64)(u32)(a >> 32) * (u32)(b >> 32);
	u64 mid = (ll >> 32) + (u32)lh + (u32)hl;

	return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
#endif
}

/*
 * kvm-clock and Xen: nanoseconds of vCPU 0's page at this TSC. The page
 * serves every vCPU only while the hypervisor sets the stable bit (all
 * vCPUs' pages agree and their TSCs are synchronised); without it the
 * kernel must answer. An odd version is an update in progress: masking
 * the bit off makes the check after the read fail until it is over. The
 * value is the kernel's clocksource read, unmasked like its cycle_last.
 */
static __always_inline u64 x86_read_pvclock(void)
{
	u64 delta, ns;
	u32 version;
	s8 shift;

	do {
		version = pvclock_page.version & ~1U;
		smp_rmb();
		if (unlikely(!(pvclock_page.flags & PVCLOCK_TSC_STABLE_BIT)))
			return X86_VCLOCK_INVALID;
		delta = rdtsc_ordered() - pvclock_page.tsc_timestamp;
		shift = pvclock_page.tsc_shift;
		if (shift < 0)
			delta >>= -shift;
		else
			delta <<= shift;
		ns = pvclock_page.system_time +
		     x86_vclock_mul_shr32(delta, pvclock_page.tsc_to_system_mul);
		smp_rmb();
	} while (unlikely(pvclock_page.version != version));

	return ns;
}

/*
 * Hyper-V: 100 ns units at this TSC. A sequence of 0 means the page is not
 * valid now (the kernel reads the time from an MSR instead); any other
 * change of the sequence across the read is an update, so read again.
 *
 * The sequence is read as a plain u32 (it is the page's first word), the
 * barriers ordering it: through the struct's volatile field the compiler
 * may not fold the second read into the compare, and the register it then
 * needs made every entry point save one more (3 instructions per call on
 * the TSC's path).
 */
static __always_inline u64 x86_read_hvclock(void)
{
	u64 tsc, units;
	u32 sequence;

	do {
		sequence = *(const u32 *)&hvclock_page;
		if (unlikely(!sequence))
			return X86_VCLOCK_INVALID;
		smp_rmb();
		tsc = rdtsc_ordered();
		units = x86_vclock_mul_hi64(tsc, hvclock_page.tsc_scale);
		units += hvclock_page.tsc_offset;
		smp_rmb();
	} while (unlikely(*(const u32 *)&hvclock_page != sequence));

	return units;
}

/*
 * The vclock the data page @vd names, or X86_VCLOCK_INVALID. The mode is
 * read again (the caller tested its own copy against the TSC's): that
 * leaves the TSC's path a compare with memory and no register to keep.
 * Any mode read inside the count is one the kernel published, whose page
 * it maps.
 */
static __always_inline u64 x86_read_vclock(const struct vdso_data *vd)
{
	s32 clock_mode = READ_ONCE(vd->clock_mode);

	if (IS_ENABLED(CONFIG_PARAVIRT_CLOCK) && clock_mode == VDSO_CLOCKMODE_PVCLOCK) {
		barrier();
		return x86_read_pvclock();
	}
	if (IS_ENABLED(CONFIG_HYPERV_TIMER) && clock_mode == VDSO_CLOCKMODE_HVCLOCK) {
		barrier();
		return x86_read_hvclock();
	}
	return X86_VCLOCK_INVALID;
}

#endif /* __ASM_VDSO_VCLOCK_H */
