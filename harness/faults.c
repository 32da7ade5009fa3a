// SPDX-License-Identifier: GPL-2.0
/*
 * Fault injection against our image (issue 8). Each case publishes a
 * timekeeper state through the real writer (inject.c) and reads the image
 * between two counter reads c0 and c1: the result must lie exactly in
 * [ref(c0), ref(c1)], where ref is an independent 128-bit computation of
 * what the reader must return at a counter value (inject_ref_ns()).
 *
 *  - a counter behind cycle_last (the writer's CPU ahead of the reader's),
 *    for 64-, 56- and 32-bit counters: exactly the base time, no leap;
 *  - a writer late by 5/8 of a 32-bit counter's range: read onwards, and
 *    held at the base time only past 7/8 (timekeeping's bound);
 *  - a 32-bit counter crossing its wrap (waited for, with the real counter);
 *  - a 56-bit counter crossing its wrap: the real counter is far from
 *    2^56, so cycle_last is published near 2^56 (the subtraction borrows
 *    through bit 56 as at a real crossing) with a rate small enough for
 *    the plain multiply;
 *  - a writer stalled past max_cycles, so delta * mult needs the wide
 *    multiply (and overflows 64 bits, checked);
 *  - a rate change moving the base back (as timekeeping does when it
 *    changes mult): the coarse clocks hold, then follow;
 *  - the clock mode flipping between the counter and NONE while readers
 *    run: the syscalls the image makes are trapped (trap.c) and answered
 *    from the same timekeeper, as the kernel would, so every clock must
 *    stay strictly monotonic across the switches;
 *  - a namespace page whose count stays odd: readers take the namespace
 *    path (exact offsets) and finish under alarm(), no spin;
 *  - x86-64's paravirt clocks (kvm-clock's pvclock page, Hyper-V's TSC
 *    page) from a simulated hypervisor: every scale exact, their update
 *    protocols (version odd or moving, sequence 0 or moving) under
 *    readers, the stable bit cleared or flipping, scales changing;
 * and the bad-input sweep (vdso_sweep.h) on the image under the
 * simulated timekeeper.
 *
 * usage: faults IMAGE
 */
#define _GNU_SOURCE
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "hypervisor.h"
#include "image.h"
#include "inject.h"
#include "sim.h"
#include "trap.h"
#include "vdso_sweep.h"
#include "vdso_tap.h"

#define NS_MONO_OFFSET	1000LL
#define NS_BOOT_OFFSET	2000LL
#define BASE_SEC	1000ULL
/* The sweep: how far the simulated timekeeper is steered from the host's (see sweep_slack_now()). */
#define SWEEP_STEER_NS	1000000LL
/* Steps of the host's coarse clock watched to measure its tick, and for how long at most. */
#define HOST_TICK_STEPS	32
#define HOST_TICK_WATCH_NS	500000000LL

static struct harness_image img, img_ns;
static void *records, *ns_records;
static unsigned long long hz;

static const int hres_clocks[] = {
	VDSO_CLOCK_REALTIME, VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_BOOTTIME, VDSO_CLOCK_TAI,
	VDSO_CLOCK_MONOTONIC_RAW,
};

static unsigned long long ms_cycles(unsigned long long ms)
{
	return hz * ms / 1000;
}

static unsigned long long mask_of(unsigned int bits)
{
	return bits >= 64 ? ULLONG_MAX : (1ULL << bits) - 1;
}

/* The largest shift (at most 32) whose mult fits 32 bits: Linux's usual choice. */
static void usual_rate(struct inject_tk *t)
{
	unsigned int s = 32;

	while (s && (unsigned long long)NSEC_PER_SEC * (1ULL << s) / hz > UINT_MAX)
		s--;
	t->shift = s;
	t->mult = inject_mult(hz, s);
}

/* A new timekeeper's state, on a page cleared as at boot. */
static void base_tk(struct inject_tk *t, unsigned int bits)
{
	inject_fresh_page();
	memset(t, 0, sizeof(*t));
	t->mask = mask_of(bits);
	usual_rate(t);
	t->max_cycles = inject_max_cycles(t->mult, t->mask);
	t->sec = BASE_SEC;
	t->nsec = 123456789ULL << t->shift;
	t->readable = true;
}

struct exact {
	long reads, behind, onwards, crossed, overflowing;
	char why[200];
};

/*
 * One read of @clock between counter reads, checked against the reference.
 * Also counts reads made wholly behind cycle_last, the others, wholly past a numeric
 * wrap of the masked counter below cycle_last, and with delta * mult
 * overflowing 64 bits.
 */
static bool exact_read(const struct inject_tk *t, int clock, struct exact *e)
{
	unsigned long long c0, c1, lo, hi, v;
	struct vdso_ts ts = { -1, -1 };
	bool in;
	long ret;

	c0 = inject_counter();
	ret = img.fns.gettime(clock, &ts);
	c1 = inject_counter();
	lo = inject_ref_ns(t, c0);
	hi = inject_ref_ns(t, c1);
	v = ts.sec * NSEC_PER_SEC + ts.nsec;
	e->reads++;
	if (inject_behind(t, c0) && inject_behind(t, c1)) {
		e->behind++;
	} else {
		e->onwards++;
		if ((c0 & t->mask) < (t->cycle_last & t->mask))
			e->crossed++;
	}
	if (inject_overflows(t, c0))
		e->overflowing++;
	in = v >= lo && v <= hi;
	/* Read across the bound where the reference drops back to the base: either side. */
	if (lo > hi)
		in = v == hi || (v >= lo && v <= inject_ref_ns(t, inject_last_onwards(t)));
	if (ret || ts.nsec < 0 || ts.nsec >= NSEC_PER_SEC || !in) {
		snprintf(e->why, sizeof(e->why),
			 "%s: ret %ld, %llu ns not in [%llu, %llu] (cycle_last %#llx, c0 %#llx, mask %#llx)",
			 vdso_clock_name(clock), ret, v, lo, hi, t->cycle_last, c0, t->mask);
		return false;
	}
	return true;
}

/* Read every hres clock until the counter has moved @cycles past now. */
static bool exact_run(const struct inject_tk *t, unsigned long long cycles, struct exact *e)
{
	unsigned long long until = inject_counter() + cycles;
	unsigned int i;

	while (inject_counter() < until)
		for (i = 0; i < ARRAY_SIZE(hres_clocks); i++)
			if (!exact_read(t, hres_clocks[i], e))
				return false;
	return true;
}

/*
 * Read on, 10 ms at a time and up to 200 ms more, while fewer than 100
 * reads of @e came after the event @after counts (a reader descheduled
 * across it on a loaded machine has not read there yet).
 */
static bool exact_run_on(const struct inject_tk *t, struct exact *e, const long *after)
{
	unsigned int i;

	for (i = 0; i < 20 && *after <= 100; i++)
		if (!exact_run(t, ms_cycles(10), e))
			return false;
	return true;
}

/*
 * Whether a case of a counter narrower than 64 bits applies: an arch
 * whose every vDSO counter never wraps (VDSO_DELTA_NOMASK) reads no
 * mask from the page, so a case built on a narrow mask tests what its
 * reader does not do, and the wraps such cases build are states its
 * counters never reach. Reports the skip when not.
 */
static bool narrow_counter_applies(const char *desc, unsigned int bits)
{
	if (bits == 64 || sim_counter_masked())
		return true;
	tap_skip(desc, "every vDSO counter of %s never wraps: its reader applies no mask (VDSO_DELTA_NOMASK)",
		 VDSO_ARCH_NAME);
	return false;
}

/* ---- a counter slightly behind cycle_last ---- */

static void check_behind(unsigned int bits)
{
	struct inject_tk t;
	struct exact e = { 0 };
	char desc[128];
	bool ok;

	snprintf(desc, sizeof(desc),
		 "%u-bit counter 20 ms behind cycle_last: exactly the base time, then onwards",
		 bits);
	if (!narrow_counter_applies(desc, bits))
		return;
	base_tk(&t, bits);
	t.cycle_last = (inject_counter() + ms_cycles(20)) & t.mask;
	inject_publish(&t);
	ok = exact_run(&t, ms_cycles(30), &e) && exact_run_on(&t, &e, &e.onwards);
	tap_diag("%u-bit behind: %ld reads, %ld wholly behind cycle_last", bits, e.reads,
		 e.behind);
	tap_check(ok && e.behind > 100 && e.onwards > 100, desc, "%s (%ld behind of %ld)",
		  e.why, e.behind, e.reads);
}

/*
 * ---- a writer late by most of a 32-bit counter's range ----
 *
 * A guest whose ticks stopped for 12.9 s (half of a 32-bit counter at
 * 166 MHz) must still read onwards, as timekeeping will when its next
 * update comes: only the top eighth of the range is a counter behind.
 * First 5/8 of the range late, then across the bound: onwards, then held.
 */
static void check_late32(void)
{
	const char *desc = "32-bit counter 5/8 of its range past cycle_last: onwards; past 7/8: "
			   "held at the base time";
	unsigned long long mask = mask_of(32);
	struct inject_tk t;
	struct exact e = { 0 };
	bool ok;

	if (!narrow_counter_applies(desc, 32))
		return;
	base_tk(&t, 32);
	t.cycle_last = (inject_counter() - (mask / 8) * 5) & mask;
	inject_publish(&t);
	ok = exact_run(&t, ms_cycles(10), &e);
	if (ok && e.behind) {
		snprintf(e.why, sizeof(e.why), "%ld reads 5/8 of the range late held", e.behind);
		ok = false;
	}
	t.cycle_last = (inject_counter() - (mask / 8) * 7 + ms_cycles(10)) & mask;
	inject_publish(&t);
	ok = ok && exact_run(&t, ms_cycles(30), &e) && exact_run_on(&t, &e, &e.behind);
	tap_diag("32-bit late: %ld reads, %ld onwards, %ld held", e.reads, e.onwards, e.behind);
	tap_check(ok && e.onwards > 200 && e.behind > 100, desc, "%s (%ld onwards, %ld held)",
		  e.why, e.onwards, e.behind);
}

/* ---- a 32-bit counter crossing its wrap, for real ---- */

static void check_wrap32(void)
{
	const char *desc = "32-bit counter crossing its wrap: exact across the crossing";
	unsigned long long mask = mask_of(32), c, to_go;
	struct inject_tk t;
	struct exact e = { 0 };
	unsigned int tries;
	bool ok;

	if (!narrow_counter_applies(desc, 32))
		return;
	if ((mask + 1) / hz > 5) {
		tap_skip(desc, "at %llu Hz a 32-bit counter wraps every %llu s", hz,
			 (mask + 1) / hz);
		return;
	}
	/*
	 * Wait until the wrap is 10 ms away, publish, read across it. A sleep
	 * that overslept past the wrap (a loaded machine) waits for the next
	 * one, which comes a wrap period later: the crossing must be read.
	 */
	tries = 0;
	do {
		if (++tries > 20) {
			tap_check(false, desc, "every sleep to 10 ms before the wrap overslept it");
			return;
		}
		c = inject_counter();
		to_go = mask + 1 - (c & mask);
		if (to_go < ms_cycles(10))
			to_go += mask + 1;
		host_sleep_ns((to_go - ms_cycles(10)) * 1000000000ULL / hz);
		to_go = mask + 1 - (inject_counter() & mask);
	} while (to_go < ms_cycles(2) || to_go > ms_cycles(12));
	base_tk(&t, 32);
	t.cycle_last = inject_counter() & mask;
	inject_publish(&t);
	ok = exact_run(&t, ms_cycles(30), &e) && exact_run_on(&t, &e, &e.crossed);
	tap_diag("32-bit wrap: %ld reads, %ld after the crossing (masked counter below cycle_last %#llx)",
		 e.reads, e.crossed, t.cycle_last);
	tap_check(ok && e.crossed > 100 && e.reads - e.crossed > 100, desc, "%s (%ld crossed)",
		  e.why, e.crossed);
}

/* ---- a 56-bit counter crossing its wrap, by offsetting cycle_last ---- */

static void check_wrap56(void)
{
	const char *desc = "56-bit counter crossing its wrap: exact with cycle_last near 2^56";
	unsigned long long mask = mask_of(56), c = inject_counter(), d;
	struct inject_tk t;
	struct exact e = { 0 };
	bool ok;

	if (!narrow_counter_applies(desc, 56))
		return;
	if (c > mask >> 3) {
		tap_skip(desc, "the counter (%#llx) is too close to 2^56 for this construction", c);
		return;
	}
	/* A distance larger than the counter itself puts cycle_last above it, near 2^56. */
	d = c + ms_cycles(1000);
	base_tk(&t, 56);
	t.shift = 0;
	while (t.shift < 32 && (double)inject_mult(hz, t.shift + 1) * 2 * d < 9e18)
		t.shift++;
	t.mult = inject_mult(hz, t.shift);
	t.nsec = 0;
	t.max_cycles = inject_max_cycles(t.mult, mask);
	t.cycle_last = (c - d) & mask;
	inject_publish(&t);
	ok = exact_run(&t, ms_cycles(20), &e);
	tap_diag("56-bit wrap: cycle_last %#llx, counter %#llx, delta %#llx (max_cycles %#llx, "
		 "mult %u shift %u), %ld reads", t.cycle_last, c, d, t.max_cycles, t.mult, t.shift,
		 e.reads);
	tap_check(ok && e.crossed == e.reads && d < t.max_cycles && e.reads > 100, desc,
		  "%s (%ld of %ld reads crossed, delta %s max_cycles)", e.why, e.crossed, e.reads,
		  d < t.max_cycles ? "within" : "beyond");
}

/* ---- a stalled writer: delta * mult overflows, the wide multiply must hold ---- */

static void check_stall(void)
{
	static const unsigned long long times[] = { 0, 1, 4, 1000 };
	struct inject_tk t;
	struct exact e = { 0 };
	unsigned int i;
	bool ok = true;
	char why[256] = "";

	if (!inject_overflow_protected()) {
		tap_skip("a writer stalled past max_cycles: the wide multiply is exact",
			 "the arch does not select GENERIC_VDSO_OVERFLOW_PROTECT (in Linux 6.12 only "
			 "x86 does): its kernel updates well before max_cycles instead");
		return;
	}
	base_tk(&t, 64);
	for (i = 0; i < ARRAY_SIZE(times) && ok; i++) {
		/* max_cycles itself (plain path), then just past it and far beyond. */
		unsigned long long d = times[i] ? times[i] * t.max_cycles + 1 : t.max_cycles;

		t.cycle_last = inject_counter() - d;
		inject_publish(&t);
		ok = exact_run(&t, ms_cycles(5), &e);
		snprintf(why, sizeof(why), "delta %#llx (max_cycles %#llx): %s", d, t.max_cycles,
			 e.why);
	}
	tap_diag("stall: %ld reads, %ld with delta * mult over 64 bits (mult %u shift %u)",
		 e.reads, e.overflowing, t.mult, t.shift);
	tap_check(ok && e.overflowing > 100, "a writer stalled past max_cycles: the wide multiply "
		  "is exact", "%s (%ld overflowing reads)", why, e.overflowing);
}

/* ---- a rate change moving the base back: coarse clocks hold ---- */

static long long coarse_read(int clock)
{
	struct vdso_ts ts = { -1, -1 };

	if (img.fns.gettime(clock, &ts))
		return -1;
	return ts.sec * NSEC_PER_SEC + ts.nsec;
}

/*
 * Timekeeping changing mult moves xtime_nsec back by the correction that
 * keeps the hres clocks continuous (timekeeping_apply_adjustment() in
 * Linux 6.12): the coarse clocks must hold their value rather than step
 * back, and follow again once time has passed it.
 */
static void check_coarse_hold(void)
{
	const unsigned long long step_ns = 5000;
	unsigned long long before, held_mono, held_real, after_mono, after_real;
	struct inject_tk t;

	base_tk(&t, 64);
	t.cycle_last = inject_counter();
	inject_publish(&t);
	before = t.sec * NSEC_PER_SEC + (t.nsec >> t.shift);

	t.mult += t.mult / 100;
	t.nsec -= step_ns << t.shift;
	inject_publish(&t);
	held_mono = coarse_read(VDSO_CLOCK_MONOTONIC_COARSE);
	held_real = coarse_read(VDSO_CLOCK_REALTIME_COARSE);

	t.nsec += (2 * step_ns) << t.shift;
	inject_publish(&t);
	after_mono = coarse_read(VDSO_CLOCK_MONOTONIC_COARSE);
	after_real = coarse_read(VDSO_CLOCK_REALTIME_COARSE);

	tap_check(held_mono == before && held_real == before,
		  "a rate change moving the base back 5 us: coarse clocks hold",
		  "MONOTONIC_COARSE %llu, REALTIME_COARSE %llu, before %llu", held_mono, held_real,
		  before);
	tap_check(after_mono == before + step_ns && after_real == before + step_ns,
		  "coarse clocks follow again once time passes the hold",
		  "MONOTONIC_COARSE %llu, REALTIME_COARSE %llu, expected %llu", after_mono,
		  after_real, before + step_ns);
}

/* ---- a ticking timekeeper for the cases with threads ---- */

static volatile bool ticking;
static volatile long flips;
static long flip_every;

static void *ticker_main(void *arg)
{
	long n = 0;

	while (ticking) {
		inject_tick();
		if (flip_every && ++n % flip_every == 0) {
			inject_set_readable(n / flip_every % 2 == 0);
			flips++;
		}
		host_sleep_ns(50000);
	}
	inject_set_readable(true);
	return NULL;
}

/* The kernel's answers, from the same timekeeper the page is published from. */
static long kernel_answer(long nr, long clock, long res)
{
	struct vdso_ts *ts = (struct vdso_ts *)res;
	unsigned long long ns;

	if (nr != VDSO_NR_CLOCK_GETTIME || !ts)
		return trap_answer_syscall(nr, clock, res);
	switch (clock) {
	case VDSO_CLOCK_REALTIME:
	case VDSO_CLOCK_MONOTONIC:
	case VDSO_CLOCK_BOOTTIME:
	case VDSO_CLOCK_TAI:
	case VDSO_CLOCK_MONOTONIC_RAW:
		ns = inject_kernel_ns();
		break;
	case VDSO_CLOCK_REALTIME_COARSE:
	case VDSO_CLOCK_MONOTONIC_COARSE:
		ns = inject_coarse_ns();
		break;
	default:
		return trap_answer_syscall(nr, clock, res);
	}
	ts->sec = ns / NSEC_PER_SEC;
	ts->nsec = ns % NSEC_PER_SEC;
	return 0;
}

/* ---- mode NONE and back, mid-run ---- */

struct flip_result {
	long reads, violations, flips;
	unsigned long long fallbacks;
	char why[200];
};

static struct flip_result *flip_shared;
static volatile bool reading;

static void *flip_reader(void *arg)
{
	static const int clocks[] = { VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_REALTIME,
				      VDSO_CLOCK_MONOTONIC_RAW, VDSO_CLOCK_BOOTTIME,
				      VDSO_CLOCK_TAI, VDSO_CLOCK_MONOTONIC_COARSE };
	struct flip_result *r = arg;
	long long prev[ARRAY_SIZE(clocks)] = { 0 }, now;
	unsigned int i;

	while (reading) {
		for (i = 0; i < ARRAY_SIZE(clocks); i++) {
			struct vdso_ts ts = { -1, -1 };
			long ret = img.fns.gettime(clocks[i], &ts);

			now = ts.sec * NSEC_PER_SEC + ts.nsec;
			r->reads++;
			if ((ret || now < prev[i]) && !r->violations++)
				snprintf(r->why, sizeof(r->why), "%s: ret %ld, %lld after %lld",
					 vdso_clock_name(clocks[i]), ret, now, prev[i]);
			prev[i] = now;
		}
	}
	return NULL;
}

static long flip_child(void *arg)
{
	struct flip_result r[2];
	const void *start = img.map;
	unsigned long len = img.map_len;
	pthread_t ticker, t[2];
	struct inject_tk tk;
	const char *why;
	int i;

	alarm(30);
	if (trap_install(&start, &len, 1, kernel_answer, &why)) {
		snprintf(flip_shared->why, sizeof(flip_shared->why), "%s", why);
		return 1;
	}
	base_tk(&tk, 64);
	tk.cycle_last = inject_counter();
	inject_publish(&tk);
	memset(r, 0, sizeof(r));
	flip_every = 40;	/* 2 ms at a 50 us tick */
	ticking = true;
	reading = true;
	pthread_create(&ticker, NULL, ticker_main, NULL);
	for (i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, flip_reader, &r[i]);
	host_sleep_ns(1000000000LL);
	reading = false;
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	ticking = false;
	pthread_join(ticker, NULL);
	flip_shared->reads = r[0].reads + r[1].reads;
	flip_shared->violations = r[0].violations + r[1].violations;
	flip_shared->flips = flips;
	flip_shared->fallbacks = trap_count();
	memcpy(flip_shared->why, r[0].violations ? r[0].why : r[1].why, sizeof(flip_shared->why));
	return 0;
}

static void check_mode_flips(void)
{
	const char *desc = "clock mode flipping to NONE and back: syscall and vDSO stay monotonic";
	long result = -1;
	int sig;

	sig = vdso_call_in_child(flip_child, NULL, &result);
	if (!sig && result == 1) {
		tap_skip(desc, "no fallback trap: %s", flip_shared->why);
		return;
	}
	tap_diag("mode flips: %ld flips, %ld reads, %llu fell back to the (trapped) syscall, %ld violations",
		 flip_shared->flips, flip_shared->reads, flip_shared->fallbacks,
		 flip_shared->violations);
	tap_check(!sig && !result && !flip_shared->violations && flip_shared->flips > 10 &&
		  flip_shared->fallbacks > 100 && (unsigned long long)flip_shared->reads > flip_shared->fallbacks * 2,
		  desc, "%s", sig ? "the child died" : flip_shared->why);
}

/* ---- a namespace page whose count stays odd ---- */

static long ns_child(void *arg)
{
	static const int clocks[] = { VDSO_CLOCK_REALTIME, VDSO_CLOCK_MONOTONIC,
				      VDSO_CLOCK_MONOTONIC_RAW, VDSO_CLOCK_REALTIME_COARSE,
				      VDSO_CLOCK_MONOTONIC_COARSE, VDSO_CLOCK_BOOTTIME,
				      VDSO_CLOCK_TAI };
	static const long long offsets[] = { 0, NS_MONO_OFFSET, NS_MONO_OFFSET, 0,
					     NS_MONO_OFFSET, NS_BOOT_OFFSET, 0 };
	char *why = arg;
	struct inject_tk tk;
	pthread_t ticker;
	unsigned int i;
	long n, bad = 0;

	alarm(10);
	base_tk(&tk, 64);
	tk.cycle_last = inject_counter();
	inject_publish(&tk);
	flip_every = 0;
	ticking = true;
	pthread_create(&ticker, NULL, ticker_main, NULL);
	for (i = 0; i < ARRAY_SIZE(clocks) && !bad; i++) {
		for (n = 0; n < 100000 && !bad; n++) {
			int64_t p0, v, p1;
			long r0, rv, r1;

			r0 = vdso_gettime_ns(&img.fns, clocks[i], &p0);
			rv = vdso_gettime_ns(&img_ns.fns, clocks[i], &v);
			r1 = vdso_gettime_ns(&img.fns, clocks[i], &p1);
			v -= offsets[i] * NSEC_PER_SEC;
			if (r0 || rv || r1 || v < p0 || v > p1) {
				snprintf(why, 200, "%s: %lld - offset not in [%lld, %lld]",
					 vdso_clock_name(clocks[i]), (long long)v, (long long)p0,
					 (long long)p1);
				bad = 1;
			}
		}
	}
	ticking = false;
	pthread_join(ticker, NULL);
	if (!bad && !inject_ns_page_odd(ns_records)) {
		snprintf(why, 200, "the namespace page's count is no longer odd");
		bad = 1;
	}
	return bad;
}

static void check_ns_odd(void)
{
	const char *desc = "namespace page with an odd count forever: exact offsets, no spin";
	long result = -1;
	int sig;

	if (!harness_image_has_timens()) {
		tap_skip(desc, "%s has no time namespaces", VDSO_ARCH_NAME);
		return;
	}
	sig = vdso_call_in_child(ns_child, flip_shared->why, &result);
	tap_check(!sig && !result, desc, "%s", sig == SIGALRM ? "spun until the alarm" :
		  sig ? "the child died" : flip_shared->why);
}

/* ---- the hypervisors' clocks: pvclock and Hyper-V's TSC page (x86-64) ---- */

#ifdef __x86_64__
/*
 * A second view of the image with the simulated hypervisor's pages where
 * Linux maps them, the timekeeper on the hypervisor's clock (kvm-clock in
 * ns, the Hyper-V TSC page in 100 ns units, mult/shift 100 ppm fast as
 * NTP leaves them). Every read between two TSC reads must be exactly the
 * 128-bit reference of one of the clock's definitions in force (the
 * hypervisor's, through the timekeeper's mult/shift) at a TSC between the
 * two. The cases run in a child with the fallback trap installed: a
 * trapped syscall is answered from the same timekeeper and hypervisor, as
 * the kernel would, and counted.
 */
#define VC_MAX_CASES	12
#define VC_RUN_MS	300

struct vc_case {
	char desc[120];
	char why[240];
	char diag[240];
	bool ok;
};

struct vc_shared {
	unsigned int n;
	char skip[120];
	struct vc_case cases[VC_MAX_CASES];
};

/* One definition of the clocksource's value at a TSC value. */
struct vc_clock {
	int cs;				/* SIM_PVCLOCK or SIM_HVCLOCK */
	struct hyp_pvclock pv;
	unsigned long long scale;	/* Hyper-V */
	long long offset;
};

static struct vc_shared *vc;
static struct harness_image img_vc;
static unsigned long long tsc_hz;

static unsigned long long vc_value(const struct vc_clock *c, unsigned long long tsc)
{
	if (c->cs == SIM_PVCLOCK)
		return hyp_pvclock_calc(&c->pv, tsc);
	return hyp_tsc_page_calc(c->scale, c->offset, tsc);
}

/* The timekeeper on @cs, its cycle_last the clocksource now. */
static void vc_tk(struct inject_tk *t, int cs)
{
	unsigned long long unit = cs == SIM_HVCLOCK ? 100 : 1;

	inject_fresh_page();
	memset(t, 0, sizeof(*t));
	t->clocksource = cs;
	t->mask = ULLONG_MAX;
	t->shift = 24;
	t->mult = (unit << 24) + (unit << 24) / 10000;
	t->max_cycles = inject_max_cycles(t->mult, t->mask);
	t->sec = BASE_SEC;
	t->nsec = 987654321ULL << t->shift;
	t->readable = true;
	t->cycle_last = inject_cs_read(t, inject_counter());
	inject_publish(t);
}

struct vc_run {
	const struct inject_tk *t;
	const struct vc_clock *defs;
	unsigned int ndefs;
	long reads, overlapped;
	char why[240];
	bool bad;
};

/* Bumped by the hypervisor threads around each update, odd inside one. */
static volatile unsigned long hyp_busy;
static volatile bool vc_running;

/* One read of @clock between two TSC reads, exact for one of the definitions. */
static bool vc_read(struct vc_run *r, int clock)
{
	unsigned long long c0, c1, v, lo = 0, hi = 0;
	struct vdso_ts ts = { -1, -1 };
	unsigned long busy0, busy1;
	unsigned int i;
	long ret;

	busy0 = hyp_busy;
	c0 = inject_counter();
	ret = img_vc.fns.gettime(clock, &ts);
	c1 = inject_counter();
	busy1 = hyp_busy;
	r->reads++;
	if ((busy0 & 1) || busy0 != busy1)
		r->overlapped++;
	v = ts.sec * NSEC_PER_SEC + ts.nsec;
	for (i = 0; !ret && ts.nsec >= 0 && ts.nsec < NSEC_PER_SEC && i < r->ndefs; i++) {
		lo = inject_ref_ns(r->t, vc_value(&r->defs[i], c0));
		hi = inject_ref_ns(r->t, vc_value(&r->defs[i], c1));
		if (v >= lo && v <= hi)
			return true;
	}
	if (!r->bad)
		snprintf(r->why, sizeof(r->why), "%s: ret %ld, %llu ns not in [%llu, %llu]%s",
			 vdso_clock_name(clock), ret, v, lo, hi,
			 r->ndefs > 1 ? " nor the other definitions'" : "");
	r->bad = true;
	return false;
}

/* Every hres clock in turn for @ms. */
static void vc_read_for(struct vc_run *r, long ms)
{
	long long until = host_clock_ns(VDSO_CLOCK_MONOTONIC) + ms * 1000000LL;
	unsigned int i;

	while (!r->bad && host_clock_ns(VDSO_CLOCK_MONOTONIC) < until)
		for (i = 0; i < ARRAY_SIZE(hres_clocks) && !r->bad; i++)
			vc_read(r, hres_clocks[i]);
}

static void *vc_reader(void *arg)
{
	vc_read_for(arg, VC_RUN_MS);
	return NULL;
}

/* Two readers for VC_RUN_MS while @hypervisor runs; their counts summed into @r. */
static void vc_under(struct vc_run *r, void *(*hypervisor)(void *), void *arg)
{
	struct vc_run rr[2] = { *r, *r };
	pthread_t h, t[2];
	int i;

	vc_running = true;
	pthread_create(&h, NULL, hypervisor, arg);
	for (i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, vc_reader, &rr[i]);
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	vc_running = false;
	pthread_join(h, NULL);
	r->reads = rr[0].reads + rr[1].reads;
	r->overlapped = rr[0].overlapped + rr[1].overlapped;
	r->bad = rr[0].bad || rr[1].bad;
	memcpy(r->why, rr[0].bad ? rr[0].why : rr[1].why, sizeof(r->why));
}

static struct vc_case *vc_case(const char *desc)
{
	struct vc_case *c = &vc->cases[vc->n++];

	snprintf(c->desc, sizeof(c->desc), "%s", desc);
	return c;
}

/* How many of a run's reads must fall back. */
enum vc_fallbacks { VC_FB_NONE, VC_FB_SOME, VC_FB_EVERY, VC_FB_ANY };

/* Record a run: exact, at least 1000 reads, and the fallbacks @want says. */
static void vc_record(struct vc_case *c, const struct vc_run *r, unsigned long long fallbacks,
		      enum vc_fallbacks want, const char *extra)
{
	unsigned long long reads = r->reads;
	bool fb_ok = want == VC_FB_NONE ? fallbacks == 0 :
		     want == VC_FB_SOME ? fallbacks > 0 && fallbacks < reads :
		     want == VC_FB_EVERY ? fallbacks == reads : fallbacks <= reads;

	c->ok = !r->bad && r->reads >= 1000 && fb_ok;
	snprintf(c->diag, sizeof(c->diag), "%ld reads, %ld overlapping an update, %llu fell back%s",
		 r->reads, r->overlapped, fallbacks, extra);
	if (r->bad)
		snprintf(c->why, sizeof(c->why), "%s", r->why);
	else
		snprintf(c->why, sizeof(c->why), "%s", fb_ok ? "too few reads" :
			 "unexpected number of fallbacks");
}

/*
 * One case's run with @ndefs of @defs in force: two readers for VC_RUN_MS
 * while @hypervisor runs (given @arg), or without one a reader for 10 ms;
 * recorded with the fallbacks @want says.
 */
static void vc_run_case(struct vc_case *c, const struct inject_tk *t,
			const struct vc_clock *defs, unsigned int ndefs,
			void *(*hypervisor)(void *), void *arg, enum vc_fallbacks want)
{
	struct vc_run r = { .t = t, .defs = defs, .ndefs = ndefs };
	unsigned long long before = trap_count();

	if (hypervisor)
		vc_under(&r, hypervisor, arg);
	else
		vc_read_for(&r, 10);
	vc_record(c, &r, trap_count() - before, want, "");
}

/* ---- the hypervisor's threads ---- */

static unsigned long long vc_rng = 0x2545f4914f6cdd1dULL;

static unsigned int vc_spin(void)
{
	vc_rng ^= vc_rng << 13;
	vc_rng ^= vc_rng >> 7;
	vc_rng ^= vc_rng << 17;
	return vc_rng % 2000;
}

/* Updates in progress: pvclock's version odd, the fields garbage, a stall, the same values back. */
static void *pv_scribbler(void *arg)
{
	while (vc_running) {
		hyp_busy++;
		hyp_pvclock_scribble(vc_spin());
		hyp_busy++;
		host_sleep_ns(20000);
	}
	return NULL;
}

/* The stable bit flipping every millisecond (each an update). */
static void *pv_stable_flipper(void *arg)
{
	bool stable = true;

	while (vc_running) {
		host_sleep_ns(1000000);
		stable = !stable;
		hyp_busy++;
		hyp_pvclock_set_stable(stable);
		hyp_busy++;
	}
	hyp_pvclock_set_stable(true);
	return NULL;
}

/* Two scales on one anchor, alternating every 100 us. */
static void *pv_scale_flipper(void *arg)
{
	const struct vc_clock *defs = arg;
	unsigned int n = 0;

	while (vc_running) {
		host_sleep_ns(100000);
		hyp_busy++;
		hyp_pvclock_publish_as_is(&defs[++n % 2].pv);
		hyp_busy++;
	}
	hyp_pvclock_publish_as_is(&defs[0].pv);
	return NULL;
}

/*
 * Updates of the TSC page: sequence 0, garbage, a stall, the values and a
 * new sequence. Until a reader has met sequence 0 and fallen back, the
 * stall is long (about a millisecond): on a loaded machine the readers may
 * be off the CPU through every short one, and the case must see one.
 */
static void *hv_scribbler(void *arg)
{
	unsigned long long start = trap_count();

	while (vc_running) {
		hyp_busy++;
		hyp_tsc_page_scribble(trap_count() == start ? 20000 : vc_spin());
		hyp_busy++;
		host_sleep_ns(20000);
	}
	return NULL;
}

static void *hv_scale_flipper(void *arg)
{
	const struct vc_clock *defs = arg;
	unsigned int n = 0;

	while (vc_running) {
		host_sleep_ns(100000);
		n++;
		hyp_busy++;
		hyp_tsc_page_publish(defs[n % 2].scale, defs[n % 2].offset);
		hyp_busy++;
	}
	hyp_tsc_page_publish(defs[0].scale, defs[0].offset);
	return NULL;
}

/* ---- the cases ---- */

/* Reads of every hres clock on this page, each a fallback or none. */
static void vc_all_fall_back(struct vc_case *c, const struct inject_tk *t,
			     const struct vc_clock *def)
{
	struct vc_run r = { .t = t, .defs = def, .ndefs = 1 };
	unsigned long long before = trap_count();
	struct vdso_ts ts;
	long i;

	for (i = 0; i < 1000 && !r.bad; i++)
		vc_read(&r, hres_clocks[i % ARRAY_SIZE(hres_clocks)]);
	vc_record(c, &r, trap_count() - before, VC_FB_EVERY, "");
	/* The coarse clocks never need the page. */
	before = trap_count();
	img_vc.fns.gettime(VDSO_CLOCK_MONOTONIC_COARSE, &ts);
	img_vc.fns.gettime(VDSO_CLOCK_REALTIME_COARSE, &ts);
	if (c->ok && trap_count() != before) {
		c->ok = false;
		snprintf(c->why, sizeof(c->why), "a coarse clock fell back");
	}
}

static void vc_pvclock_cases(void)
{
	static const int shifts[] = { -2, -1, 0, 1, 2 };
	struct vc_clock defs[2] = { { .cs = SIM_PVCLOCK }, { .cs = SIM_PVCLOCK } };
	struct vc_run r = { .defs = defs, .ndefs = 1 };
	struct inject_tk t = { 0 };
	unsigned long long before;
	struct vc_case *c;
	unsigned int i;
	char extra[64];

	r.t = &t;
	/* Scales: each tsc_shift with its mul, then the rate 1% up (continuous). */
	c = vc_case("pvclock: exact at tsc_shift -2..2 and after a 1% scale change");
	before = trap_count();
	for (i = 0; i <= ARRAY_SIZE(shifts) && !r.bad; i++) {
		if (i < ARRAY_SIZE(shifts)) {
			hyp_pvclock_for_rate(&defs[0].pv, tsc_hz, shifts[i]);
		} else {
			defs[0].pv.mul += defs[0].pv.mul / 100;
		}
		hyp_pvclock_publish(&defs[0].pv, false);
		vc_tk(&t, SIM_PVCLOCK);
		vc_read_for(&r, 10);
	}
	snprintf(extra, sizeof(extra), " (mult %u shift %u on the pvclock's ns)", t.mult, t.shift);
	vc_record(c, &r, trap_count() - before, VC_FB_NONE, extra);

	/* The version odd and moving while readers read. */
	hyp_pvclock_for_rate(&defs[0].pv, tsc_hz, -1);
	hyp_pvclock_publish(&defs[0].pv, false);
	vc_tk(&t, SIM_PVCLOCK);
	c = vc_case("pvclock: version odd or changing mid-read: readers retry, never torn");
	vc_run_case(c, &t, defs, 1, pv_scribbler, NULL, VC_FB_NONE);

	/* The stable bit cleared: every hres read falls back, exactly. */
	c = vc_case("pvclock: stable bit cleared: every hres read falls back (exact), coarse do not");
	hyp_pvclock_set_stable(false);
	vc_all_fall_back(c, &t, defs);
	hyp_pvclock_set_stable(true);
	c = vc_case("pvclock: stable bit set again: served again, no fallback");
	vc_run_case(c, &t, defs, 1, NULL, NULL, VC_FB_NONE);

	c = vc_case("pvclock: stable bit flipping every 1 ms under readers: exact either way");
	vc_run_case(c, &t, defs, 1, pv_stable_flipper, NULL, VC_FB_SOME);

	/* Two scales on one anchor: every read is exact for one of them. */
	c = vc_case("pvclock: scale changing every 100 us under readers: exact for one scale");
	defs[1].pv = defs[0].pv;
	defs[1].pv.mul += defs[1].pv.mul / 1000;
	vc_run_case(c, &t, defs, 2, pv_scale_flipper, defs, VC_FB_NONE);
}

static void vc_hvclock_cases(void)
{
	struct vc_clock defs[2] = { { .cs = SIM_HVCLOCK }, { .cs = SIM_HVCLOCK } };
	struct vc_run r = { .defs = defs, .ndefs = 1 };
	unsigned long long before, base = hyp_tsc_page_scale(tsc_hz);
	const unsigned long long scales[] = { base, base + base / 100, base - base / 100 };
	struct inject_tk t = { 0 };
	struct vc_case *c;
	unsigned int i;

	r.t = &t;
	c = vc_case("hvclock: exact at the TSC's scale and 1% either side");
	before = trap_count();
	for (i = 0; i < ARRAY_SIZE(scales) && !r.bad; i++) {
		defs[0].scale = scales[i];
		defs[0].offset = 1000LL * 10000000 -
				 (long long)hyp_tsc_page_calc(scales[i], 0, inject_counter());
		hyp_tsc_page_publish(defs[0].scale, defs[0].offset);
		vc_tk(&t, SIM_HVCLOCK);
		vc_read_for(&r, 10);
	}
	vc_record(c, &r, trap_count() - before, VC_FB_NONE, "");

	c = vc_case("hvclock: sequence 0 (invalid): every hres read falls back (exact), coarse do not");
	hyp_tsc_page_invalidate();
	vc_all_fall_back(c, &t, defs);
	hyp_tsc_page_publish(defs[0].scale, defs[0].offset);
	c = vc_case("hvclock: a valid sequence again: served again, no fallback");
	vc_run_case(c, &t, defs, 1, NULL, NULL, VC_FB_NONE);

	c = vc_case("hvclock: updates under readers (sequence 0, then a new one): retry or fall back, exact");
	vc_run_case(c, &t, defs, 1, hv_scribbler, NULL, VC_FB_SOME);

	c = vc_case("hvclock: scale changing every 100 us under readers: exact for one scale");
	defs[1].scale = defs[0].scale + defs[0].scale / 1000;
	defs[1].offset = defs[0].offset;
	/* Each change passes through sequence 0: a reader may fall back. */
	vc_run_case(c, &t, defs, 2, hv_scale_flipper, defs, VC_FB_ANY);
}

static long vc_child(void *arg)
{
	const void *start = img_vc.map;
	unsigned long len = img_vc.map_len;
	const char *why;

	alarm(60);
	if (trap_install(&start, &len, 1, kernel_answer, &why)) {
		snprintf(vc->skip, sizeof(vc->skip), "no fallback trap: %s", why);
		return 1;
	}
	vc_pvclock_cases();
	vc_hvclock_cases();
	return 0;
}

static void check_vclocks(const char *path, int real_fd)
{
	void *pv_page, *hv_page;
	int pv_fd, hv_fd, sig;
	long result = -1;
	unsigned int i;

	if (!harness_image_has_vclocks()) {
		tap_skip("paravirt clocks", "the image has no pvclock or Hyper-V page");
		return;
	}
	vc = mmap(NULL, sizeof(*vc), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pv_fd = harness_shared_page(&pv_page);
	hv_fd = harness_shared_page(&hv_page);
	if (vc == MAP_FAILED || pv_fd < 0 || hv_fd < 0) {
		tap_fail("paravirt clocks: the hypervisor's pages", "%s", strerror(errno));
		return;
	}
	hyp_init(pv_page, hv_page);
	harness_image_vclock_pages(pv_fd, hv_fd);
	if (harness_image_map(&img_vc, path, real_fd, -1)) {
		tap_fail("paravirt clocks: map the image with them", "%s", strerror(errno));
		return;
	}
	harness_image_vclock_pages(-1, -1);
	tsc_hz = sim_tsc_hz();

	sig = vdso_call_in_child(vc_child, NULL, &result);
	if (!sig && result == 1) {
		tap_skip("paravirt clocks", "%s", vc->skip);
		return;
	}
	for (i = 0; i < vc->n; i++) {
		tap_diag("%s: %s", vc->cases[i].desc, vc->cases[i].diag);
		tap_check(vc->cases[i].ok, vc->cases[i].desc, "%s", vc->cases[i].why);
	}
	tap_check(!sig && !result && vc->n > 0, "paravirt clock cases ran to the end", "%s",
		  sig ? vdso_signame(sig) : "the child failed");
}
#else
static void check_vclocks(const char *path, int real_fd)
{
	tap_skip("paravirt clocks", "x86-64 only (the simulated hypervisor needs __int128)");
}
#endif

/* ---- the bad-input sweep, on our image under the simulated timekeeper ---- */

static volatile bool sim_running;
static long long host_tick_ns, host_res_ns, sweep_gap_ns;

static void *sim_main(void *arg)
{
	long long last = host_clock_ns(VDSO_CLOCK_MONOTONIC), now;

	while (sim_running) {
		sim_tick();
		now = host_clock_ns(VDSO_CLOCK_MONOTONIC);
		if (now - last > __atomic_load_n(&sweep_gap_ns, __ATOMIC_RELAXED))
			__atomic_store_n(&sweep_gap_ns, now - last, __ATOMIC_RELAXED);
		last = now;
		host_sleep_ns(1000000);
	}
	return NULL;
}

/*
 * How long the host's coarse clock may stand still: the largest of its
 * steps over a few dozen, and at least two of the ticks it reports as its
 * coarse resolution. A tick that comes late, or whose timekeeping duty
 * passes to another CPU, makes one step two ticks long: this machine (a
 * 4 ms tick) shows 8 ms steps now and then.
 */
static long long measure_host_tick(void)
{
	long long res = 0, start, prev, now, step = 0;
	struct vdso_ts r;
	int steps = 0;

	if (!sys_clock_getres(VDSO_CLOCK_MONOTONIC_COARSE, &r))
		res = r.sec * NSEC_PER_SEC + r.nsec;
	start = host_clock_ns(VDSO_CLOCK_MONOTONIC);
	prev = host_clock_ns(VDSO_CLOCK_MONOTONIC_COARSE);
	while (steps < HOST_TICK_STEPS &&
	       host_clock_ns(VDSO_CLOCK_MONOTONIC) - start < HOST_TICK_WATCH_NS) {
		now = host_clock_ns(VDSO_CLOCK_MONOTONIC_COARSE);
		if (now == prev)
			continue;
		/* The first step may be a part of one. */
		if (steps++ && now - prev > step)
			step = now - prev;
		prev = now;
	}
	host_res_ns = res;
	return step > 2 * res ? step : 2 * res;
}

/*
 * How far our image's clocks may now be from the host's in the sweep,
 * which compares each id with the host syscall of the same id. Ours run
 * on the simulated timekeeper, steered to the host within SWEEP_STEER_NS;
 * its coarse clocks are its last tick's base, and the host's are the
 * host's last tick's. So ours may lead the host's coarse reading before
 * them by up to the host's tick (as measure_host_tick() found it), and
 * trail the host's coarse reading after them by up to the time since our
 * writer's last tick (or, if it ticked meanwhile, the longest gap between
 * its ticks so far): both measured, not assumed, and the slack is their
 * sum plus the steering.
 */
static long long sweep_slack_now(void)
{
	long long since = host_clock_ns(VDSO_CLOCK_MONOTONIC) - sim_last_tick_ns();
	long long gap = __atomic_load_n(&sweep_gap_ns, __ATOMIC_RELAXED);

	return host_tick_ns + (since > gap ? since : gap) + SWEEP_STEER_NS;
}

static void check_sweep(void)
{
	struct vdso_sweep s = { .f = &img.fns, .view = "", .slack_now = sweep_slack_now };
	pthread_t t;

	s.coarse_res_ns = sim_coarse_res_ns();
	host_tick_ns = measure_host_tick();
	sweep_gap_ns = 0;

	sim_running = true;
	pthread_create(&t, NULL, sim_main, NULL);
	vdso_sweep_run(&s);
	sim_running = false;
	pthread_join(t, NULL);
	tap_diag("sweep: host coarse clock still for up to %.3f ms (resolution %.3f ms, "
		 "longest of %d steps, twice the resolution at least), our writer's longest "
		 "gap %.3f ms: a slack of %.3f ms at most",
		 host_tick_ns / 1e6, host_res_ns / 1e6, HOST_TICK_STEPS - 1, sweep_gap_ns / 1e6,
		 (host_tick_ns + sweep_gap_ns + SWEEP_STEER_NS) / 1e6);
}

int main(int argc, char **argv)
{
	int real_fd, ns_fd;

	if (argc < 2) {
		fprintf(stderr, "usage: %s IMAGE\n", argv[0]);
		return 2;
	}
	flip_shared = mmap(NULL, sizeof(*flip_shared), PROT_READ | PROT_WRITE,
			   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	real_fd = harness_data_page(&records);
	ns_fd = harness_data_page(&ns_records);
	if (flip_shared == MAP_FAILED || real_fd < 0 || ns_fd < 0 ||
	    harness_image_map(&img, argv[1], real_fd, -1) ||
	    (harness_image_has_timens() && harness_image_map(&img_ns, argv[1], real_fd, ns_fd)) ||
	    !img.fns.gettime || !img.fns.getres) {
		tap_fail("map the image and its data pages", "%s: %s", argv[1], strerror(errno));
		return tap_finish();
	}
	sim_init(records, 64);
	sim_setup_timens_page(ns_records, NS_MONO_OFFSET, NS_BOOT_OFFSET);
	hz = sim_counter_hz();
	tap_diag("counter %llu Hz", hz);

	check_sweep();

	/* From here on the page holds the injected states. */
	inject_init(records);
	check_behind(64);
	check_behind(56);
	check_behind(32);
	check_late32();
	check_wrap32();
	check_wrap56();
	check_stall();
	check_coarse_hold();
	check_mode_flips();
	check_ns_odd();
	check_vclocks(argv[1], real_fd);
	return tap_finish();
}
