// SPDX-License-Identifier: GPL-2.0
/*
 * The writer side of the torture and of the fault cases (inject.h). Built
 * in the kernel environment like writer.c: it fills a struct timekeeper
 * and publishes it through the real update_vsyscall(), and it touches the
 * data page's records directly inside the write section.
 */
#include <linux/spinlock.h>
#include <linux/timekeeper_internal.h>
#include <vdso/datapage.h>
#include <vdso/helpers.h>
#include <vdso/vsyscall.h>

#include "inject.h"
#include "sim.h"
#ifdef __x86_64__
#include "hypervisor.h"
#endif

typedef unsigned __int128 u128;

static struct clocksource inject_clocksource;
static struct timekeeper itk;
static struct inject_tk state;

void inject_init(void *records)
{
	vdso_data = records;
}

void inject_fresh_page(void)
{
	__builtin_memset(vdso_data, 0, CS_BASES * sizeof(struct vdso_data));
}

unsigned long long inject_counter(void)
{
	return __arch_get_hw_counter(VDSO_ARCH_CLOCKMODE_A, vdso_data);
}

unsigned long long inject_cs_read(const struct inject_tk *t, unsigned long long counter)
{
#ifdef __x86_64__
	if (t->clocksource == SIM_PVCLOCK)
		return hyp_pvclock_at(counter);
	if (t->clocksource == SIM_HVCLOCK)
		return hyp_tsc_page_at(counter);
#endif
	return counter;
}

/* The clock mode the state's clocksource publishes when readable. */
static s32 state_mode(void)
{
	if (!state.readable)
		return VDSO_CLOCKMODE_NONE;
#ifdef __x86_64__
	if (state.clocksource == SIM_PVCLOCK)
		return VDSO_CLOCKMODE_PVCLOCK;
	if (state.clocksource == SIM_HVCLOCK)
		return VDSO_CLOCKMODE_HVCLOCK;
#endif
	return VDSO_ARCH_CLOCKMODE_A;
}

static void set_view(struct tk_read_base *tkr)
{
	tkr->clock = &inject_clocksource;
	tkr->mask = state.mask;
	tkr->cycle_last = state.cycle_last;
	tkr->mult = state.mult;
	tkr->shift = state.shift;
	tkr->xtime_nsec = state.nsec;
}

/* The timekeeper behind the state: one view for both records, no clock offsets. */
static void publish_locked(void)
{
	inject_clocksource.vdso_clock_mode = state_mode();
	inject_clocksource.max_cycles = state.max_cycles;
	set_view(&itk.tkr_mono);
	set_view(&itk.tkr_raw);
	itk.xtime_sec = state.sec;
	itk.raw_sec = state.sec;
	itk.wall_to_monotonic.tv_sec = 0;
	itk.wall_to_monotonic.tv_nsec = 0;
	itk.monotonic_to_boot.tv_sec = 0;
	itk.monotonic_to_boot.tv_nsec = 0;
	itk.tai_offset = 0;
	update_vsyscall(&itk);
}

void inject_publish(const struct inject_tk *t)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	state = *t;
	publish_locked();
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

static u128 ref_shifted(const struct inject_tk *t, u64 counter)
{
	u64 delta = (counter - t->cycle_last) & t->mask;

	/* A counter behind cycle_last: the reader must hold at the base time. */
	if (delta & ~(t->mask >> 1))
		delta = 0;
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

/* Accumulate up to now exactly (no rate change), then publish. */
void inject_tick(void)
{
	const u128 one_sec = (u128)NSEC_PER_SEC << state.shift;
	unsigned long flags;
	u128 nsec;
	u64 now;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	now = inject_cs_read(&state, inject_counter());
	nsec = ref_shifted(&state, now);
	while (nsec >= one_sec) {
		nsec -= one_sec;
		state.sec++;
	}
	state.nsec = nsec;
	state.cycle_last = now & state.mask;
	publish_locked();
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

void inject_set_readable(bool readable)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	state.readable = readable;
	publish_locked();
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

unsigned long long inject_kernel_ns(void)
{
	unsigned long flags;
	u64 ns;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	ns = inject_ref_ns(&state, inject_cs_read(&state, inject_counter()));
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
	return ns;
}

unsigned long long inject_coarse_ns(void)
{
	unsigned long flags;
	u64 ns;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	ns = state.sec * NSEC_PER_SEC + (state.nsec >> state.shift);
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
	return ns;
}

bool inject_ns_page_odd(const void *ns_records)
{
	const struct vdso_data *vd = ns_records;

	return (READ_ONCE(vd[CS_HRES_COARSE].seq) & 1) && (READ_ONCE(vd[CS_RAW].seq) & 1) &&
	       vd[CS_HRES_COARSE].clock_mode == VDSO_CLOCKMODE_TIMENS;
}
