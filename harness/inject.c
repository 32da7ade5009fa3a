// SPDX-License-Identifier: GPL-2.0
/*
 * The fault cases' arithmetic (inject.h): the exact reference a reader's
 * answer is held to, with 128-bit products, and the kernel's overflow
 * limits. Built in the kernel environment like writer.c, which publishes
 * the injected states on the one simulated timekeeper.
 */
#include <linux/spinlock.h>
#include <linux/timekeeper_internal.h>
#include <vdso/datapage.h>
#include <vdso/helpers.h>
#include <vdso/vsyscall.h>

#include "inject.h"

typedef unsigned __int128 u128;

bool inject_behind(const struct inject_tk *t, unsigned long long counter)
{
	return ((counter - t->cycle_last) & t->mask) > vdso_delta_forward_max(t->mask);
}

unsigned long long inject_last_onwards(const struct inject_tk *t)
{
	return (t->cycle_last + vdso_delta_forward_max(t->mask)) & t->mask;
}

static u128 ref_shifted(const struct inject_tk *t, u64 counter)
{
	/* A counter behind cycle_last: the reader must hold at the base time. */
	u64 delta = inject_behind(t, counter) ? 0 : (counter - t->cycle_last) & t->mask;

	return (u128)delta * t->mult + t->nsec;
}

unsigned long long inject_ref_ns(const struct inject_tk *t, unsigned long long counter)
{
	return t->sec * NSEC_PER_SEC + (u64)(ref_shifted(t, counter) >> t->shift);
}

bool inject_overflows(const struct inject_tk *t, unsigned long long counter)
{
	u64 delta = (counter - t->cycle_last) & t->mask;

	return ((u128)delta * t->mult) >> 64 != 0;
}

unsigned int inject_mult(unsigned long long hz, unsigned int shift)
{
	return ((u128)NSEC_PER_SEC << shift) / hz;
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
