/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_HELPERS_H
#define __VDSO_HELPERS_H

/*
 * The sequence count protocol of the data page. The writer makes @seq odd,
 * updates, makes it even again; a reader that saw an odd count, or a count
 * that changed while it read, must not use what it read.
 */

#ifndef __ASSEMBLY__

#include <asm/barrier.h>
#include <vdso/datapage.h>

/*
 * The largest masked delta (counter - cycle_last) that is the counter
 * moving on: above it, in the top eighth of the counter's range, the
 * counter is behind cycle_last (read on a CPU that lags the writer's) and
 * no time has passed, as timekeeping reads it (its clocksource's
 * max_raw_delta, (mask >> 1) + (mask >> 2) + (mask >> 3), is 3 counts
 * lower: this form costs one shift and one subtraction per read, a 32-bit
 * arch's 64-bit arithmetic included). A writer that missed its ticks for
 * over half a narrow counter's range (a 32-bit counter at 166 MHz: 12.9 s)
 * is still read onwards, as the kernel's next update will read it.
 */
static __always_inline u64 vdso_delta_forward_max(u64 mask)
{
	return mask - (mask >> 3);
}

/*
 * delta > vdso_delta_forward_max(mask) for a delta within @mask, which is
 * 2^w - 1 (CLOCKSOURCE_MASK()): mask ^ delta is then mask - delta, so the
 * test is mask - delta < mask >> 3, with no subtraction to borrow through
 * (a 32-bit arch's 64-bit subtraction is four instructions, these XORs
 * two: the mips o32 kernel image's hres read 87 to 85, gettimeofday 90
 * to 82; n64 53 to 52).
 */
static __always_inline bool vdso_delta_past_forward_max(u64 delta, u64 mask)
{
#ifdef VDSO_DELTA_TEST_BY_HALVES
	/*
	 * An arch whose 64-bit arithmetic is in register pairs (mips o32)
	 * tests a counter no wider than 32 bits on the low halves: the high
	 * ones are 0. One branch where the pairs' shift and compare are eight
	 * (o32 kernel image, hres 85 to 81; n32, whose registers are 64 bits
	 * wide, went 52 to 58 with it).
	 */
	if (!(mask >> 32))
		return ((u32)delta ^ (u32)mask) < ((u32)mask >> 3);
#endif
	return (delta ^ mask) < (mask >> 3);
}

/*
 * Wait for an even count and return it. Not for pages that may belong to a
 * time namespace (their count is odd forever): the reader handles those.
 */
static __always_inline u32 vdso_read_begin(const struct vdso_data *vd)
{
	u32 seq;

	while (unlikely((seq = READ_ONCE(vd->seq)) & 1))
		cpu_relax();
	/* Data loads must not be satisfied before the count was read. */
	smp_rmb();
	return seq;
}

/* True if the data read since vdso_read_begin() returned @start may be torn. */
static __always_inline u32 vdso_read_retry(const struct vdso_data *vd, u32 start)
{
	/* Data loads must complete before the count is read again. */
	smp_rmb();
	return READ_ONCE(vd->seq) != start;
}

/*
 * The page with the real data: @page itself, or, when @page is a time
 * namespace's (its fields are offsets), the real one the arch maps beside
 * it. Fields a namespace does not shift (timezone, resolution, arch data)
 * are read from here. A plain load decides: a namespace page is TIMENS for
 * its whole life and a real page never is, so no value a racing update
 * can leave changes the answer (and the compare can take a memory operand).
 */
static __always_inline const struct vdso_data *vdso_real_page(const struct vdso_data *page)
{
	if (IS_ENABLED(CONFIG_TIME_NS) &&
	    unlikely(page->clock_mode == VDSO_CLOCKMODE_TIMENS))
		return __arch_get_timens_vdso_data(page);
	return page;
}

/* Both records share one update, so both counts move together. */
static __always_inline void vdso_write_begin(struct vdso_data *vd)
{
	WRITE_ONCE(vd[CS_HRES_COARSE].seq, vd[CS_HRES_COARSE].seq + 1);
	WRITE_ONCE(vd[CS_RAW].seq, vd[CS_RAW].seq + 1);
	/* The odd count must be visible before any data store. */
	smp_wmb();
}

static __always_inline void vdso_write_end(struct vdso_data *vd)
{
	/* Every data store must be visible before the count turns even. */
	smp_wmb();
	WRITE_ONCE(vd[CS_HRES_COARSE].seq, vd[CS_HRES_COARSE].seq + 1);
	WRITE_ONCE(vd[CS_RAW].seq, vd[CS_RAW].seq + 1);
}

#endif /* !__ASSEMBLY__ */

#endif /* __VDSO_HELPERS_H */
