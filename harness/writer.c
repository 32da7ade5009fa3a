// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated timekeeper and the real writer. This file is built in the
 * kernel environment (shim + harness/include), so the writer code below is
 * the same lib/vdso/vsyscall.c the kernel compiles.
 */
#include "../lib/vdso/vsyscall.c"
#include "inject.h"
#include "sim.h"

#if defined(__x86_64__) || defined(__i386__)
#define SIM_COUNTER_MODE	VDSO_CLOCKMODE_TSC
#elif defined(__s390x__)
#define SIM_COUNTER_MODE	VDSO_CLOCKMODE_TOD
#elif defined(__mips__)
/* CP0 Count, read with rdhwr: the kernel's R4K clocksource, 32 bits wide. */
#define SIM_COUNTER_MODE	VDSO_CLOCKMODE_R4K
#define SIM_COUNTER_BITS	32
#else
#define SIM_COUNTER_MODE	VDSO_CLOCKMODE_ARCHTIMER
#endif

/* The counter's width: no clocksource mask is wider. */
#ifndef SIM_COUNTER_BITS
#define SIM_COUNTER_BITS	64
#endif

/* The hypervisor's clocks need 128-bit arithmetic: x86-64 only. */
#ifdef __x86_64__
#include "hypervisor.h"
#define SIM_VCLOCKS	1
#else
#define SIM_VCLOCKS	0
#endif

/* What the writer's kernel-environment names resolve to here. */
struct vdso_data *vdso_data;
unsigned int hrtimer_resolution = 1;
struct timezone sys_tz;
raw_spinlock_t timekeeper_lock;

static struct clocksource sim_clocksource;
static struct timekeeper tk;
static u64 counter_hz;
static u32 base_mult;
static u64 updates;
static s64 last_tick_ns;
static u64 last_tick_counter, max_tick_gap;

/* Steering corrects the measured error over this long, within +-STEER_PPM. */
#define STEER_WINDOW_NS	20000000LL
#define STEER_PPM	200
/* Host MONOTONIC at the last steered tick, and the time between steered ticks (smoothed). */
static s64 last_steer_ns, steer_gap_ns;

/*
 * The host's wall clock can step (a time daemon's settimeofday()); a
 * kernel's timekeeper follows such a step at once, ours at its next tick.
 * Under qemu-user some arches' counters are the host's wall clock
 * (qemu-arm's and qemu-aarch64's are its gettimeofday()), so they jump
 * with it; such a counter is re-anchored to the host clocks. Readers
 * between the step and that tick see a time no kernel would publish:
 * each step or jump counts as a disturbance, and a check that fails
 * across one may run again (sim_disturbances()).
 */
#define WALL_STEP_NS		2000LL
#define COUNTER_JUMP_NS		200000LL
static bool follow_wall = true;
/* Whether tk's mults are the rates steering found (not an injected state's). */
static bool steered;
static s64 host_wall_seen;
static u64 disturbances;

static enum sim_clocksource sim_cs = SIM_COUNTER;
static s32 sim_mode = SIM_COUNTER_MODE;
static u64 tsc_hz;

/* Clocksource @cs at counter value @counter: the counter, or a hypervisor's clock at that TSC. */
static u64 clocksource_at(enum sim_clocksource cs, u64 counter)
{
#if SIM_VCLOCKS
	if (cs == SIM_PVCLOCK)
		return hyp_pvclock_at(counter);
	if (cs == SIM_HVCLOCK)
		return hyp_tsc_page_at(counter);
#endif
	return counter;
}

/* The clock mode clocksource @cs publishes while it is readable. */
static s32 clocksource_mode(enum sim_clocksource cs)
{
#if SIM_VCLOCKS
	if (cs == SIM_PVCLOCK)
		return VDSO_CLOCKMODE_PVCLOCK;
	if (cs == SIM_HVCLOCK)
		return VDSO_CLOCKMODE_HVCLOCK;
#endif
	return SIM_COUNTER_MODE;
}

/* The clocksource's read, as the kernel's driver for it reads it. */
static u64 read_counter(void)
{
#if SIM_VCLOCKS
	if (sim_cs != SIM_COUNTER)
		return clocksource_at(sim_cs, hyp_tsc());
#endif
	return __arch_get_hw_counter(SIM_COUNTER_MODE, vdso_data);
}

/*
 * @sample() read between two reads of host clock @ref, as close to one
 * instant as we can get: under emulation each read can take tens of
 * microseconds, so the tightest of several brackets is kept (a preempted
 * one is far off). Returns that sample; *ref_ns is the bracket's middle.
 */
static u64 bracketed(u64 (*sample)(int arg), int arg, int ref, s64 *ref_ns)
{
	s64 best_width = LLONG_MAX;
	u64 best = 0;
	unsigned int i;

	*ref_ns = 0;
	for (i = 0; i < 32; i++) {
		s64 before = host_clock_ns(ref);
		u64 value = sample(arg);
		s64 after = host_clock_ns(ref);

		if (after - before < best_width) {
			best_width = after - before;
			best = value;
			*ref_ns = before + (after - before) / 2;
		}
	}
	return best;
}

static u64 sample_counter(int unused)
{
	return read_counter();
}

static u64 sample_host_clock(int clock)
{
	return host_clock_ns(clock);
}

/* The counter and the host's unadjusted clock at one instant. */
static u64 read_counter_at(s64 *raw_ns)
{
	return bracketed(sample_counter, 0, CLOCK_MONOTONIC_RAW, raw_ns);
}

/* The host's REALTIME minus its MONOTONIC; *width_ns: how tightly that was read. */
static s64 host_wall_offset(s64 *width_ns)
{
	s64 mono0 = host_clock_ns(CLOCK_MONOTONIC);
	s64 real = host_clock_ns(CLOCK_REALTIME);
	s64 mono1 = host_clock_ns(CLOCK_MONOTONIC);

	*width_ns = mono1 - mono0;
	return real - (mono0 + (mono1 - mono0) / 2);
}

/* Whether @a and @b, each read within @width_ns, differ by a step. */
static bool wall_differs(s64 a, s64 b, s64 width_ns)
{
	s64 diff = a > b ? a - b : b - a;

	return diff > WALL_STEP_NS && diff > 2 * width_ns;
}

/*
 * Counter frequency against the host's unadjusted clock, over 100 ms; once
 * more if the host's wall clock stepped meanwhile (the counter may be it).
 */
static void calibrate(void)
{
	s64 r0, r1, wall0, wall1, width0, width1;
	unsigned int tries = 0;
	u64 c0, c1;

	/* The first counter read and clock reads are the slow ones: not these. */
	read_counter_at(&r0);
	do {
		wall0 = host_wall_offset(&width0);
		c0 = read_counter_at(&r0);
		host_sleep_ns(100000000);
		c1 = read_counter_at(&r1);
		wall1 = host_wall_offset(&width1);
	} while (wall_differs(wall0, wall1, width0 + width1) && ++tries < 5);
	counter_hz = (c1 - c0) * (u64)NSEC_PER_SEC / (u64)(r1 - r0);
	if (sim_cs == SIM_COUNTER)
		tsc_hz = counter_hz;
}

unsigned long long sim_tsc_hz(void)
{
	return tsc_hz;
}

enum sim_clocksource sim_clocksource_now(void)
{
	return sim_cs;
}

int sim_set_clocksource(enum sim_clocksource cs, int pv_shift)
{
	if (cs != SIM_COUNTER && (!SIM_VCLOCKS || !tsc_hz))
		return -1;
#if SIM_VCLOCKS
	if (cs == SIM_PVCLOCK) {
		struct hyp_pvclock p;

		hyp_pvclock_for_rate(&p, tsc_hz, pv_shift);
		hyp_pvclock_publish(&p, true);
	} else if (cs == SIM_HVCLOCK) {
		u64 scale = hyp_tsc_page_scale(tsc_hz);
		u64 units = (u64)(((unsigned __int128)hyp_tsc() * scale) >> 64);

		/* Hyper-V counts from the partition's start: make that 1000 s ago. */
		hyp_tsc_page_publish(scale, 1000LL * (NSEC_PER_SEC / 100) - (s64)units);
	}
#endif
	sim_cs = cs;
	sim_mode = clocksource_mode(cs);
	/* Another clocksource: calibrate it and find its rate from scratch. */
	counter_hz = 0;
	tk.tkr_mono.mult = 0;
	tk.tkr_raw.mult = 0;
	return 0;
}

/*
 * mult/shift for the calibrated rate: the largest shift (best precision)
 * whose mult fits 32 bits, with room for steering to raise it by STEER_PPM,
 * and still converts a 10 s delta without overflow.
 */
static void choose_mult_shift(u32 *mult, u32 *shift)
{
	u32 s;

	for (s = 32; s > 0; s--) {
		u64 m = ((u64)NSEC_PER_SEC << s) / counter_hz;

		if (m + m * STEER_PPM / 1000000 <= UINT_MAX &&
		    m <= ULLONG_MAX / (10 * counter_hz)) {
			*mult = m;
			*shift = s;
			return;
		}
	}
	*mult = NSEC_PER_SEC / counter_hz;
	*shift = 0;
}

static struct timespec64 ns_to_timespec64(s64 ns)
{
	struct timespec64 ts = { ns / NSEC_PER_SEC, ns % NSEC_PER_SEC };

	if (ts.tv_nsec < 0) {
		ts.tv_nsec += NSEC_PER_SEC;
		ts.tv_sec--;
	}
	return ts;
}

/* @tkr's time is @host_ns (>= 0) at counter value @now. */
static void anchor_read_base(struct tk_read_base *tkr, u64 now, s64 host_ns, u64 *sec)
{
	tkr->cycle_last = now & tkr->mask;
	tkr->xtime_nsec = (u64)(host_ns % NSEC_PER_SEC) << tkr->shift;
	*sec = host_ns / NSEC_PER_SEC;
}

static void init_read_base(struct tk_read_base *tkr, u64 mask, u64 now, s64 host_ns, u64 *sec)
{
	tkr->clock = &sim_clocksource;
	tkr->mask = mask;
	tkr->mult = base_mult;
	anchor_read_base(tkr, now, host_ns, sec);
}

static s64 timespec64_ns(const struct timespec64 *ts)
{
	return ts->tv_sec * NSEC_PER_SEC + ts->tv_nsec;
}

/* @clock minus @ref at one instant. */
static s64 offset_from(int clock, int ref)
{
	s64 ref_ns;
	s64 ns = bracketed(sample_host_clock, clock, ref, &ref_ns);

	return ns - ref_ns;
}

void sim_init(void *data_records, unsigned int mask_bits)
{
	u64 mask;
	u32 shift, mono_mult = tk.tkr_mono.mult, raw_mult = tk.tkr_raw.mult;
	s64 real, raw, tai, to_boot;
	u64 now;

	if (mask_bits > SIM_COUNTER_BITS)
		mask_bits = SIM_COUNTER_BITS;
	mask = mask_bits >= 64 ? ULLONG_MAX : (1ULL << mask_bits) - 1;

	vdso_data = data_records;
	last_tick_counter = 0;
	max_tick_gap = 0;
	last_steer_ns = 0;
	if (!counter_hz)
		calibrate();
	choose_mult_shift(&base_mult, &shift);

	sim_clocksource.vdso_clock_mode = sim_mode;
	/* Like the kernel: the overflow limit, with room for rate steering, within the mask. */
	sim_clocksource.max_cycles = ULLONG_MAX / (base_mult + base_mult / 1000);
	if (sim_clocksource.max_cycles > mask)
		sim_clocksource.max_cycles = mask;

	/* All bases at the instant of one counter read, however slow that read. */
	now = read_counter_at(&raw);
	real = raw + offset_from(CLOCK_REALTIME, CLOCK_MONOTONIC_RAW);
	tai = raw + offset_from(CLOCK_TAI, CLOCK_MONOTONIC_RAW);

	tk.tkr_mono.shift = shift;
	tk.tkr_raw.shift = shift;
	init_read_base(&tk.tkr_mono, mask, now, real, &tk.xtime_sec);
	init_read_base(&tk.tkr_raw, mask, now, raw, &tk.raw_sec);
	tk.wall_to_monotonic = ns_to_timespec64(-offset_from(CLOCK_REALTIME, CLOCK_MONOTONIC));
	host_wall_seen = -timespec64_ns(&tk.wall_to_monotonic);
	/*
	 * The kernel's grows from 0 by the time suspended; measured on a host
	 * that never slept it is 0 give or take a bracket's noise, and a few
	 * ns below 0 would put BOOTTIME behind MONOTONIC.
	 */
	to_boot = offset_from(CLOCK_BOOTTIME, CLOCK_MONOTONIC);
	tk.monotonic_to_boot = ns_to_timespec64(to_boot > 0 ? to_boot : 0);
	tk.tai_offset = (tai - real + NSEC_PER_SEC / 2) / NSEC_PER_SEC;
	/*
	 * A restart keeps the rates steering found: MONOTONIC runs at the
	 * host's NTP-adjusted rate, not the raw rate the counter was
	 * calibrated against, and steering takes a while to find it again.
	 */
	if (steered && mono_mult) {
		tk.tkr_mono.mult = mono_mult;
		tk.tkr_raw.mult = raw_mult;
	}
	steered = true;

	sim_tick();
}

/*
 * The kernel's per-tick accumulation: time moves by delta * mult, exactly.
 * Returns false, having done nothing, for a counter behind the last tick:
 * it moved back (sim_tick() re-anchors).
 */
static bool accumulate(struct tk_read_base *tkr, u64 now, u64 *sec)
{
	u64 delta = (now - tkr->cycle_last) & tkr->mask;
	const u64 one_sec = (u64)NSEC_PER_SEC << tkr->shift;

	if (delta > vdso_delta_forward_max(tkr->mask))
		return false;

	/* Chunks no larger than max_cycles keep delta * mult within 64 bits. */
	while (delta) {
		u64 max = sim_clocksource.max_cycles ? sim_clocksource.max_cycles : delta;
		u64 chunk = delta < max ? delta : max;

		tkr->xtime_nsec += chunk * tkr->mult;
		delta -= chunk;
		while (tkr->xtime_nsec >= one_sec) {
			tkr->xtime_nsec -= one_sec;
			(*sec)++;
		}
	}
	tkr->cycle_last = now & tkr->mask;
	return true;
}

/*
 * A mult that shrinks the error against the host over the steering window,
 * moving from @mult by at most STEER_SLEW_PPM: a reader that converted a
 * counter value past the tick at the old rate must not be ahead of the new
 * rate by a nanosecond (time would step back), and under emulation the
 * writer can be held up for tens of microseconds before it publishes.
 *
 * The slew bounds how fast the rate can come back, so the rate aimed at
 * is also one that can be brought back to base_mult before the error is
 * gone: slewing at S mult per ns from an excess of r, the error still
 * shrinks by r * r / (2 * S * base_mult) ns. Without that brake the error
 * overshot into a swing of r * r / (2 * S) around the host; with steered
 * ticks tens of ms apart (qemu-arm on a loaded machine) that was 30-250 us
 * after a few seconds, where the checks allow 20.
 */
#define STEER_SLEW_PPM	1

/* The largest r with r * r <= @x. */
static u64 isqrt(u64 x)
{
	u64 r = 0, bit = 1ULL << 62;

	while (bit > x)
		bit >>= 2;
	while (bit) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
		bit >>= 2;
	}
	return r;
}

/* @gap_ns (>= 10 us): how long one slew step lasts, the time between steered ticks. */
static u32 steered_mult(u32 mult, s64 ours_ns, s64 host_ns, s64 gap_ns)
{
	s64 err = host_ns - ours_ns, mag = err < 0 ? -err : err;
	s64 adj = (s64)base_mult * err / STEER_WINDOW_NS;
	s64 limit = (s64)base_mult * STEER_PPM / 1000000;
	s64 slew = (s64)base_mult * STEER_SLEW_PPM / 1000000;
	s64 brake, next;

	if (adj > limit)
		adj = limit;
	if (adj < -limit)
		adj = -limit;
	/* sqrt(2 * S * base_mult * |err|), S = slew / gap; |err| capped to stay in 64 bits. */
	if (mag > NSEC_PER_SEC)
		mag = NSEC_PER_SEC;
	brake = isqrt((u64)(2 * slew * (s64)base_mult / gap_ns) * (u64)mag);
	if (adj > brake)
		adj = brake;
	if (adj < -brake)
		adj = -brake;
	next = (s64)base_mult + adj;
	if (next > (s64)mult + slew)
		next = (s64)mult + slew;
	if (next < (s64)mult - slew)
		next = (s64)mult - slew;
	return next;
}

/*
 * Steer only from host reads that bracket the counter read this tightly,
 * or (under emulation, where no bracket is that tight) at most twice as
 * loosely as the tightest bracket seen.
 */
#define STEER_MAX_BRACKET_NS	5000
static s64 tightest_bracket = LLONG_MAX;

/*
 * A host wall-clock step seen (against what the last tick saw), followed
 * as the kernel's do_settimeofday() does: REALTIME and TAI move, MONOTONIC
 * stays.
 */
static void follow_wall_step(s64 wall, s64 width_ns)
{
	s64 ours = -timespec64_ns(&tk.wall_to_monotonic), step = wall - ours;
	u64 one_sec = (u64)NSEC_PER_SEC << tk.tkr_mono.shift;
	struct timespec64 by = ns_to_timespec64(step);

	if (wall_differs(wall, host_wall_seen, width_ns)) {
		host_wall_seen = wall;
		disturbances++;
	}
	if (!follow_wall || !wall_differs(wall, ours, width_ns))
		return;
	tk.xtime_sec += by.tv_sec;
	tk.tkr_mono.xtime_nsec += (u64)by.tv_nsec << tk.tkr_mono.shift;
	if (tk.tkr_mono.xtime_nsec >= one_sec) {
		tk.tkr_mono.xtime_nsec -= one_sec;
		tk.xtime_sec++;
	}
	tk.wall_to_monotonic = ns_to_timespec64(-wall);
}

/* A counter that jumped: both clocks start again from the host's at @now. */
static void reanchor(u64 now, s64 mono_ns, s64 raw_ns)
{
	anchor_read_base(&tk.tkr_mono, now, mono_ns - timespec64_ns(&tk.wall_to_monotonic),
			 &tk.xtime_sec);
	anchor_read_base(&tk.tkr_raw, now, raw_ns, &tk.raw_sec);
	disturbances++;
}

/*
 * Counter cycles from a tick's last counter read to the end of its
 * publication, as they usually are (a longer one counts at once, then
 * decays by an eighth a tick, so one preempted tick does not widen the
 * margin for long): until the page is odd, a reader may still convert
 * counter values past that read at the old rate (the kernel, too, reads
 * its counter before it starts the write).
 */
static u64 publish_window;

/*
 * Give @tkr rate @mult from cycle_last on. A rate that drops would put a
 * counter value that a reader converted at the old rate during the
 * publication at an earlier time under the new one, up to a nanosecond
 * back under qemu-user's slow ticks and steep steering: the new rate
 * starts from where the old one stands @margin cycles later instead, a
 * forward step of margin * (old - new) shifted nanoseconds.
 */
static void set_rate(struct tk_read_base *tkr, u32 mult, u64 margin, u64 *sec)
{
	const u64 one_sec = (u64)NSEC_PER_SEC << tkr->shift;

	if (mult < tkr->mult) {
		tkr->xtime_nsec += margin * (tkr->mult - mult);
		while (tkr->xtime_nsec >= one_sec) {
			tkr->xtime_nsec -= one_sec;
			(*sec)++;
		}
	}
	tkr->mult = mult;
}

void sim_tick(void)
{
	u32 mono_mult = tk.tkr_mono.mult, raw_mult = tk.tkr_raw.mult;
	s64 mono0, mono1, raw0, raw1, host_mono, host_raw, wall, wall_width;
	bool tight, behind, dropped;
	unsigned long flags;
	u64 now, margin, window;

	/* Bracket the counter with host reads; a preempted tick is not steered. */
	raw0 = host_clock_ns(CLOCK_MONOTONIC_RAW);
	mono0 = host_clock_ns(CLOCK_MONOTONIC);
	now = read_counter();
	mono1 = host_clock_ns(CLOCK_MONOTONIC);
	raw1 = host_clock_ns(CLOCK_MONOTONIC_RAW);
	wall = host_wall_offset(&wall_width);

	host_mono = mono0 + (mono1 - mono0) / 2;
	host_raw = raw0 + (raw1 - raw0) / 2;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	follow_wall_step(wall, wall_width);
	if (raw1 - raw0 < tightest_bracket)
		tightest_bracket = raw1 - raw0;
	tight = raw1 - raw0 < STEER_MAX_BRACKET_NS || raw1 - raw0 <= 2 * tightest_bracket;
	/* Behind the last tick: the kernel's clocksources never go back, this one did. */
	behind = !accumulate(&tk.tkr_mono, now, &tk.xtime_sec);
	accumulate(&tk.tkr_raw, now, &tk.raw_sec);
	if (behind) {
		reanchor(now, host_mono, host_raw);
	} else if (tight) {
		s64 ours_mono = (s64)(tk.xtime_sec + tk.wall_to_monotonic.tv_sec) * NSEC_PER_SEC +
				(s64)(tk.tkr_mono.xtime_nsec >> tk.tkr_mono.shift) +
				tk.wall_to_monotonic.tv_nsec;
		s64 ours_raw = (s64)tk.raw_sec * NSEC_PER_SEC +
			       (s64)(tk.tkr_raw.xtime_nsec >> tk.tkr_raw.shift);
		s64 gap = last_steer_ns ? mono0 - last_steer_ns : NSEC_PER_MSEC;

		if (gap < 10 * NSEC_PER_USEC)
			gap = 10 * NSEC_PER_USEC;
		/* The longer of this gap and the usual one: the next may be as long. */
		steer_gap_ns = steer_gap_ns ? steer_gap_ns + (gap - steer_gap_ns) / 8 : gap;
		if (gap < steer_gap_ns)
			gap = steer_gap_ns;
		last_steer_ns = mono0;
		/* Far beyond what steering leaves: the counter jumped forward. */
		if (ours_mono - host_mono > COUNTER_JUMP_NS || host_mono - ours_mono > COUNTER_JUMP_NS) {
			reanchor(now, host_mono, host_raw);
		} else {
			mono_mult = steered_mult(mono_mult, ours_mono, host_mono, gap);
			raw_mult = steered_mult(raw_mult, ours_raw, host_raw, gap);
		}
	}
	/*
	 * Readers may already have converted counter values past @now at the
	 * old rate: carry the time at that rate to a fresh counter value, so
	 * the new rate starts where they are and time never steps back.
	 */
	now = read_counter();
	accumulate(&tk.tkr_mono, now, &tk.xtime_sec);
	accumulate(&tk.tkr_raw, now, &tk.raw_sec);
	margin = 2 * publish_window;
	dropped = mono_mult < tk.tkr_mono.mult || raw_mult < tk.tkr_raw.mult;
	set_rate(&tk.tkr_mono, mono_mult, margin, &tk.xtime_sec);
	set_rate(&tk.tkr_raw, raw_mult, margin, &tk.raw_sec);
	update_vsyscall(&tk);
	updates++;
	window = (read_counter() - now) & tk.tkr_mono.mask;
	publish_window = window > publish_window ? window :
			 publish_window - (publish_window - window) / 8;
	/* A publication longer than the margin (the writer was preempted): time may have stepped back. */
	if (dropped && window > margin)
		disturbances++;
	/* Masked: a 32-bit counter (mips's Count) wraps between two ticks. */
	if (last_tick_counter && ((now - last_tick_counter) & tk.tkr_mono.mask) > max_tick_gap)
		max_tick_gap = (now - last_tick_counter) & tk.tkr_mono.mask;
	last_tick_counter = now;
	/* Published data is never older than this stamp. */
	WRITE_ONCE(last_tick_ns, mono0);
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

void sim_follow_wall_steps(bool follow)
{
	WRITE_ONCE(follow_wall, follow);
}

unsigned long long sim_disturbances(void)
{
	return READ_ONCE(disturbances);
}

void sim_set_counter_mode(bool readable)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	sim_clocksource.vdso_clock_mode = readable ? sim_mode : VDSO_CLOCKMODE_NONE;
	update_vsyscall(&tk);
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

void sim_set_tz(int minuteswest, int dsttime)
{
	sys_tz.tz_minuteswest = minuteswest;
	sys_tz.tz_dsttime = dsttime;
	update_vsyscall_tz();
}

static void (*write_section_hook)(void *records);

void sim_set_write_section_hook(void (*hook)(void *records))
{
	WRITE_ONCE(write_section_hook, hook);
}

/* Inside the write section, after the real values are written: the hook (poison.c). */
void harness_in_write_section(struct vdso_data *vdata)
{
	void (*hook)(void *records) = READ_ONCE(write_section_hook);

	if (hook)
		hook(vdata);
}

void sim_setup_timens_page(void *ns_records, long long mono_sec, long long boot_sec)
{
	struct vdso_data *vd = ns_records;
	unsigned int i;

	for (i = 0; i < CS_BASES; i++) {
		__builtin_memset(&vd[i], 0, sizeof(vd[i]));
		vd[i].seq = 1;
		vd[i].clock_mode = VDSO_CLOCKMODE_TIMENS;
		vd[i].offset[CLOCK_MONOTONIC].sec = mono_sec;
		vd[i].offset[CLOCK_MONOTONIC_COARSE].sec = mono_sec;
		vd[i].offset[CLOCK_MONOTONIC_RAW].sec = mono_sec;
		vd[i].offset[CLOCK_BOOTTIME].sec = boot_sec;
		vd[i].offset[CLOCK_BOOTTIME_ALARM].sec = boot_sec;
	}
}

unsigned long long sim_counter_hz(void)
{
	return counter_hz;
}

_Bool sim_counter_masked(void)
{
#ifdef VDSO_DELTA_NOMASK
	return false;
#else
	return true;
#endif
}

unsigned int sim_hrtimer_res_ns(void)
{
	return hrtimer_resolution;
}

unsigned int sim_coarse_res_ns(void)
{
	return LOW_RES_NSEC;
}

long long sim_last_tick_ns(void)
{
	return READ_ONCE(last_tick_ns);
}

unsigned long long sim_max_tick_gap_ns(void)
{
	return max_tick_gap * NSEC_PER_SEC / counter_hz;
}

unsigned int sim_page_seq(const void *records)
{
	return READ_ONCE(((const struct vdso_data *)records)->seq);
}

unsigned long long sim_updates(void)
{
	return READ_ONCE(updates);
}

/*
 * Injected states (inject.h): the fault cases set this timekeeper to a
 * state of their own, one view for every clock and no offsets between
 * them, and it publishes that as is. inject_tick() runs it on, exactly.
 */
static struct inject_tk injected;

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
	return __arch_get_hw_counter(SIM_COUNTER_MODE, vdso_data);
}

unsigned long long inject_cs_read(const struct inject_tk *t, unsigned long long counter)
{
	return clocksource_at(t->clocksource, counter);
}

static void injected_view(struct tk_read_base *tkr)
{
	tkr->clock = &sim_clocksource;
	tkr->mask = injected.mask;
	tkr->cycle_last = injected.cycle_last;
	tkr->mult = injected.mult;
	tkr->shift = injected.shift;
	tkr->xtime_nsec = injected.nsec;
}

static void publish_injected(void)
{
	sim_clocksource.vdso_clock_mode = injected.readable ? clocksource_mode(injected.clocksource) :
							      VDSO_CLOCKMODE_NONE;
	sim_clocksource.max_cycles = injected.max_cycles;
	injected_view(&tk.tkr_mono);
	injected_view(&tk.tkr_raw);
	tk.xtime_sec = injected.sec;
	tk.raw_sec = injected.sec;
	tk.wall_to_monotonic = ns_to_timespec64(0);
	tk.monotonic_to_boot = ns_to_timespec64(0);
	tk.tai_offset = 0;
	update_vsyscall(&tk);
	/* No rate of the host's to keep: a sim_init() after this calibrates afresh. */
	steered = false;
}

void inject_publish(const struct inject_tk *t)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	injected = *t;
	publish_injected();
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

void inject_tick(void)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	accumulate(&tk.tkr_mono, inject_cs_read(&injected, inject_counter()), &tk.xtime_sec);
	injected.sec = tk.xtime_sec;
	injected.nsec = tk.tkr_mono.xtime_nsec;
	injected.cycle_last = tk.tkr_mono.cycle_last;
	publish_injected();
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

void inject_set_readable(bool readable)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	injected.readable = readable;
	publish_injected();
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
}

unsigned long long inject_state(struct inject_tk *t)
{
	unsigned long flags;
	u64 now;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	*t = injected;
	now = inject_cs_read(&injected, inject_counter());
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
	return now;
}

unsigned long long inject_coarse_ns(void)
{
	unsigned long flags;
	u64 ns;

	raw_spin_lock_irqsave(&timekeeper_lock, flags);
	ns = injected.sec * NSEC_PER_SEC + (injected.nsec >> injected.shift);
	raw_spin_unlock_irqrestore(&timekeeper_lock, flags);
	return ns;
}
