// SPDX-License-Identifier: GPL-2.0
/*
 * The fault cases' arithmetic (inject.h): the exact reference a reader's
 * answer is held to, with 96-bit products, and the kernel's overflow
 * limits. Built in the kernel environment like writer.c, which publishes
 * the injected states on the one simulated timekeeper.
 */
#include <linux/spinlock.h>
#include <linux/timekeeper_internal.h>
#include <vdso/datapage.h>
#include <vdso/helpers.h>
#include <vdso/vsyscall.h>

#include "inject.h"

bool inject_behind(const struct inject_tk *t, unsigned long long counter)
{
	return ((counter - t->cycle_last) & t->mask) > vdso_delta_forward_max(t->mask);
}

unsigned long long inject_last_onwards(const struct inject_tk *t)
{
	return (t->cycle_last + vdso_delta_forward_max(t->mask)) & t->mask;
}

/*
 * delta * mult + add >> shift (shift below 64), exactly: the product in
 * two 64-bit halves, built from 32-bit pieces so that every target's
 * compiler has it (the 32-bit ones have no __int128). Not the reader's
 * mul_u64_u32_add_u64_shr(): the reference must not share the code the
 * stalled-writer case checks.
 */
static u64 mul_add_shr(u64 delta, u32 mult, u64 add, unsigned int shift)
{
	u64 lo_part = (delta & 0xffffffff) * mult;
	u64 hi_part = (delta >> 32) * mult;
	u64 lo = lo_part + (hi_part << 32);
	u64 hi = (hi_part >> 32) + (lo < lo_part);

	hi += (lo + add) < lo;
	lo += add;
	if (!shift)
		return lo;
	/* A result past 64 bits is no time a reader can return. */
	return (lo >> shift) | (hi << (64 - shift));
}

unsigned long long inject_ref_ns(const struct inject_tk *t, unsigned long long counter)
{
	/* A counter behind cycle_last: the reader must hold at the base time. */
	u64 delta = inject_behind(t, counter) ? 0 : (counter - t->cycle_last) & t->mask;

	return t->sec * NSEC_PER_SEC + mul_add_shr(delta, t->mult, t->nsec, t->shift);
}

bool inject_overflows(const struct inject_tk *t, unsigned long long counter)
{
	u64 delta = (counter - t->cycle_last) & t->mask;

	return t->mult && delta > ULLONG_MAX / t->mult;
}

unsigned int inject_mult(unsigned long long hz, unsigned int shift)
{
	/* NSEC_PER_SEC < 2^30 and a shift of at most 32 (clocks_calc_mult_shift()): within 64 bits. */
	return ((u64)NSEC_PER_SEC << shift) / hz;
}

unsigned long long inject_max_cycles(unsigned int mult, unsigned long long mask)
{
	u64 max = ULLONG_MAX / (mult + mult / 8);

	return max < mask ? max : mask;
}

bool inject_overflow_protected(void)
{
	return IS_ENABLED(CONFIG_GENERIC_VDSO_OVERFLOW_PROTECT);
}

unsigned long long inject_kernel_ns(void)
{
	struct inject_tk t;
	unsigned long long now = inject_state(&t);

	return inject_ref_ns(&t, now);
}

bool inject_ns_page_odd(const void *ns_records)
{
	const struct vdso_data *vd = ns_records;

	return (READ_ONCE(vd[CS_HRES_COARSE].seq) & 1) && (READ_ONCE(vd[CS_RAW].seq) & 1) &&
	       vd[CS_HRES_COARSE].clock_mode == VDSO_CLOCKMODE_TIMENS;
}
