// SPDX-License-Identifier: GPL-2.0
/*
 * The generic vDSO writer. Timekeeping calls update_vsyscall() after every
 * change of time (each tick, settimeofday(), NTP adjustment, clocksource
 * switch) and update_vsyscall_tz() after a timezone change. Updates are
 * published under the data page's sequence count (vdso/helpers.h), so the
 * reader (gettimeofday.c) never mixes two of them.
 *
 * One source, two builds: the kernel compiles this through
 * kernel/time/vsyscall.c; the userspace harness compiles it against a
 * simulated timekeeper with the same field names.
 */
#include <linux/hrtimer.h>
#include <linux/spinlock.h>
#include <linux/time.h>
#include <linux/timekeeper_internal.h>
#include <vdso/datapage.h>
#include <vdso/helpers.h>
#include <vdso/vsyscall.h>

/* Store @sec + @nsec, carrying whole seconds out of @nsec (scaled by @shift). */
static inline void vdso_set_base(struct vdso_timestamp *ts, u64 sec, u64 nsec, u32 shift)
{
	const u64 one_sec = (u64)NSEC_PER_SEC << shift;

	/* At most a few iterations: both inputs are below a second each. */
	while (nsec >= one_sec) {
		nsec -= one_sec;
		sec++;
	}
	ts->sec = sec;
	ts->nsec = nsec;
}

/* Copy one clocksource view's conversion parameters. */
static inline void vdso_set_counter(struct vdso_data *vd, const struct tk_read_base *tkr)
{
#ifdef CONFIG_GENERIC_VDSO_OVERFLOW_PROTECT
	/*
	 * The reader's one compare against max_cycles must also catch a
	 * counter behind cycle_last (vdso_delta_forward_max()); a narrow
	 * counter's max_cycles is its whole mask.
	 */
	u64 forward_max = vdso_delta_forward_max(tkr->mask);

	vd->max_cycles = tkr->clock->max_cycles < forward_max ? tkr->clock->max_cycles :
								forward_max;
#endif
	vd->cycle_last = tkr->cycle_last;
	vd->mask = tkr->mask;
	vd->mult = tkr->mult;
	vd->shift = tkr->shift;
}

/*
 * The parts only a vDSO-readable counter needs: conversion parameters and
 * the hres base times, all as shifted nanoseconds at cycle_last.
 */
static inline void vdso_update_hres(struct vdso_data *vdata, const struct timekeeper *tk)
{
	struct vdso_data *hres = &vdata[CS_HRES_COARSE];
	struct vdso_data *raw = &vdata[CS_RAW];
	const u32 shift = tk->tkr_mono.shift;
	struct vdso_timestamp *mono = &hres->basetime[CLOCK_MONOTONIC];

	vdso_set_counter(hres, &tk->tkr_mono);
	vdso_set_counter(raw, &tk->tkr_raw);

	vdso_set_base(mono, tk->xtime_sec + tk->wall_to_monotonic.tv_sec,
		      tk->tkr_mono.xtime_nsec + ((u64)tk->wall_to_monotonic.tv_nsec << shift),
		      shift);
	vdso_set_base(&hres->basetime[CLOCK_BOOTTIME], mono->sec + tk->monotonic_to_boot.tv_sec,
		      mono->nsec + ((u64)tk->monotonic_to_boot.tv_nsec << shift), shift);
	vdso_set_base(&hres->basetime[CLOCK_TAI], tk->xtime_sec + (s64)tk->tai_offset,
		      tk->tkr_mono.xtime_nsec, shift);
	vdso_set_base(&raw->basetime[CLOCK_MONOTONIC_RAW], tk->raw_sec,
		      tk->tkr_raw.xtime_nsec, tk->tkr_raw.shift);
}

/*
 * How far a new coarse MONOTONIC at @now lies behind the published one, or
 * 0. The coarse clocks report the base time of the last update, and in
 * Linux 6.12 that base can step back: when timekeeping changes mult it
 * moves xtime_nsec back by the correction that keeps the hres clocks
 * continuous at the current counter value (microseconds under a strong
 * adjtimex() steer; make soak caught it). MONOTONIC never goes back for
 * any other reason, so a base behind the published one is held there until
 * time passes it, at the next tick.
 */
static inline u64 vdso_coarse_lag(const struct vdso_data *hres, const struct vdso_timestamp *now)
{
	const struct vdso_timestamp *last = &hres->basetime[CLOCK_MONOTONIC_COARSE];

	if (now->sec > last->sec || (now->sec == last->sec && now->nsec >= last->nsec))
		return 0;
	return (last->sec - now->sec) * NSEC_PER_SEC + last->nsec - now->nsec;
}

/* Coarse clocks hold the time of the last update in plain nanoseconds. */
static inline void vdso_update_coarse(struct vdso_data *hres, const struct timekeeper *tk)
{
	const u64 wall_nsec = tk->tkr_mono.xtime_nsec >> tk->tkr_mono.shift;
	struct vdso_timestamp mono;
	u64 lag;

	vdso_set_base(&mono, tk->xtime_sec + tk->wall_to_monotonic.tv_sec,
		      wall_nsec + tk->wall_to_monotonic.tv_nsec, 0);
	lag = vdso_coarse_lag(hres, &mono);
	/* REALTIME_COARSE moves with it: the two keep their offset. */
	vdso_set_base(&hres->basetime[CLOCK_REALTIME_COARSE], tk->xtime_sec, wall_nsec + lag, 0);
	vdso_set_base(&hres->basetime[CLOCK_MONOTONIC_COARSE], mono.sec, mono.nsec + lag, 0);
}

void update_vsyscall(struct timekeeper *tk)
{
	struct vdso_data *vdata = __arch_get_k_vdso_data();
	struct vdso_data *hres = &vdata[CS_HRES_COARSE];
	const s32 clock_mode = tk->tkr_mono.clock->vdso_clock_mode;

	vdso_write_begin(vdata);

	hres->clock_mode = clock_mode;
	vdata[CS_RAW].clock_mode = clock_mode;

	/* REALTIME's seconds also serve time(), so they are kept in every mode. */
	hres->basetime[CLOCK_REALTIME].sec = tk->xtime_sec;
	hres->basetime[CLOCK_REALTIME].nsec = tk->tkr_mono.xtime_nsec;

	vdso_update_coarse(hres, tk);

	/* clock_getres() reads this without the count: one aligned word. */
	WRITE_ONCE(hres->hrtimer_res, hrtimer_resolution);

	/* Without a readable counter the reader falls back: skip the hres part. */
	if (clock_mode != VDSO_CLOCKMODE_NONE)
		vdso_update_hres(vdata, tk);

	__arch_update_vsyscall(vdata, tk);

	vdso_write_end(vdata);

	__arch_sync_vdso_data(vdata);
}

/*
 * The timezone is two independent words the reader takes without the count;
 * timekeeping may be updating concurrently, so the count is not touched.
 */
void update_vsyscall_tz(void)
{
	struct vdso_data *vdata = __arch_get_k_vdso_data();

	WRITE_ONCE(vdata[CS_HRES_COARSE].tz_minuteswest, sys_tz.tz_minuteswest);
	WRITE_ONCE(vdata[CS_HRES_COARSE].tz_dsttime, sys_tz.tz_dsttime);

	__arch_sync_vdso_data(vdata);
}

/*
 * Let arch code change its part of the data page (arch_data) consistently:
 * hold off timekeeping's updates and make readers retry until the end.
 * Returns the interrupt state for vdso_update_end().
 */
unsigned long vdso_update_begin(void)
{
	struct vdso_data *vdata = __arch_get_k_vdso_data();
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	vdso_write_begin(vdata);
	return flags;
}

void vdso_update_end(unsigned long flags)
{
	struct vdso_data *vdata = __arch_get_k_vdso_data();

	vdso_write_end(vdata);
	__arch_sync_vdso_data(vdata);
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}
