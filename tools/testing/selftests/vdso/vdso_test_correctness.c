// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_correctness: every vDSO time entry point agrees with the raw
 * syscall it stands in for.
 *
 * For a clock the kernel supports, a vDSO reading taken between two
 * syscall readings must lie between them (the coarse clocks: see
 * coarse_within()). For a clock it rejects, the vDSO must return the very
 * same error. clock_getres must match exactly.
 */
#include <stdio.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

static struct vdso_fns fns;

/* A reading of any width, widened. */
struct stamp {
	int64_t sec;
	int64_t nsec;
};

static int64_t stamp_ns(const struct stamp *s)
{
	return s->sec * NSEC_PER_SEC + s->nsec;
}

/* One way of reading a clock: the syscall and its vDSO twin. */
struct reader {
	const char *name;
	long (*sys)(int clock, struct stamp *s);
	long (*vdso)(int clock, struct stamp *s);
};

static long sys_native(int clock, struct stamp *s)
{
	struct vdso_ts t = { 0, 0 };
	long ret = sys_clock_gettime(clock, &t);

	s->sec = t.sec;
	s->nsec = t.nsec;
	return ret;
}

static long vdso_native(int clock, struct stamp *s)
{
	struct vdso_ts t = { 0, 0 };
	long ret = fns.gettime(clock, &t);

	s->sec = t.sec;
	s->nsec = t.nsec;
	return ret;
}

#if VDSO_HAS_GETTIME64
static long sys_wide(int clock, struct stamp *s)
{
	struct vdso_ts64 t = { 0, 0 };
	long ret = sys_clock_gettime64(clock, &t);

	s->sec = t.sec;
	s->nsec = t.nsec;
	return ret;
}

static long vdso_wide(int clock, struct stamp *s)
{
	struct vdso_ts64 t = { 0, 0 };
	long ret = fns.gettime64(clock, &t);

	s->sec = t.sec;
	s->nsec = t.nsec;
	return ret;
}

#endif

static const struct reader readers[] = {
	{ "clock_gettime", sys_native, vdso_native },
#if VDSO_HAS_GETTIME64
	{ "clock_gettime64", sys_wide, vdso_wide },
#endif
};

/* The hres clock a coarse clock is the last tick's base of, or -1. */
static int coarse_twin(int clock)
{
	if (clock == VDSO_CLOCK_REALTIME_COARSE)
		return VDSO_CLOCK_REALTIME;
	if (clock == VDSO_CLOCK_MONOTONIC_COARSE)
		return VDSO_CLOCK_MONOTONIC;
	return -1;
}

/*
 * The bound the design gives a coarse reading @now taken between the
 * syscall's coarse readings @before and @after, with @hres the syscall's
 * hres twin read after them all. A coarse clock is the base of the last
 * update, and the writer (lib/vdso/vsyscall.c) publishes
 * max(that base, the coarse value it published before), so:
 *
 *  - before <= now, exactly: every base the syscall reports was published
 *    by the update that made it, and what is published never goes back;
 *  - now <= after, except while the writer holds: when 6.12's timekeeping
 *    moves the base back on a mult change, its syscall steps back with it
 *    and ours stays at the published value (README), ahead of the
 *    syscall's coarse clock by the hold until the next tick carries time
 *    past it;
 *  - now <= hres, always, hold or not: the held value is a base of the
 *    past, and a base is never ahead of the hres clock at its time.
 *
 * So the test is before <= now <= hres, and a reading beyond @after is
 * named in a diagnostic as the hold. Returns 1 if @now is within.
 */
static int coarse_within(const char *desc, const struct stamp *before, const struct stamp *now,
			 const struct stamp *after, const struct stamp *hres)
{
	if (stamp_ns(now) > stamp_ns(after) && stamp_ns(now) <= stamp_ns(hres))
		tap_diag("%s: %lld ns ahead of the syscall's coarse clock read after it "
			 "(the writer's hold)", desc, (long long)(stamp_ns(now) - stamp_ns(after)));
	return stamp_ns(before) <= stamp_ns(now) && stamp_ns(now) <= stamp_ns(hres);
}

static void check_gettime(const struct reader *r, int clock)
{
	struct stamp before, now = { 0, 0 }, after, hres = { 0, 0 };
	int twin = coarse_twin(clock);
	long rb, rv, ra, rh = 0;
	char desc[96];

	snprintf(desc, sizeof(desc), "%s(%s) [id %d]", r->name, vdso_clock_name(clock), clock);
	rb = r->sys(clock, &before);
	rv = r->vdso(clock, &now);
	ra = r->sys(clock, &after);
	if (twin >= 0)
		rh = r->sys(twin, &hres);

	if (rb) {
		tap_check(rv == rb, desc, "syscall returned %ld (%s), vDSO %ld (%s)",
			  rb, vdso_err_name(rb), rv, vdso_err_name(rv));
		return;
	}
	if (rv) {
		tap_fail(desc, "syscall returned 0, vDSO %ld (%s)", rv, vdso_err_name(rv));
		return;
	}
	if (ra || rh) {
		tap_fail(desc, "later syscall returned %ld / %ld", ra, rh);
		return;
	}
	if (now.nsec < 0 || now.nsec >= NSEC_PER_SEC) {
		tap_fail(desc, "vDSO tv_nsec out of range: %lld", (long long)now.nsec);
		return;
	}
	if (twin >= 0) {
		tap_check(coarse_within(desc, &before, &now, &after, &hres), desc,
			  "vDSO %lld.%09lld not within [syscall before %lld.%09lld, "
			  "syscall %s after %lld.%09lld] (syscall after %lld.%09lld)",
			  (long long)now.sec, (long long)now.nsec,
			  (long long)before.sec, (long long)before.nsec, vdso_clock_name(twin),
			  (long long)hres.sec, (long long)hres.nsec,
			  (long long)after.sec, (long long)after.nsec);
		return;
	}
	tap_check(stamp_ns(&before) <= stamp_ns(&now) && stamp_ns(&now) <= stamp_ns(&after), desc,
		  "vDSO %lld.%09lld not within syscall [%lld.%09lld, %lld.%09lld]",
		  (long long)now.sec, (long long)now.nsec,
		  (long long)before.sec, (long long)before.nsec,
		  (long long)after.sec, (long long)after.nsec);
}

static void check_getres(int clock)
{
	struct vdso_ts sres = { -1, -1 }, vres = { -2, -2 };
	long rs, rv;
	char desc[96];

	snprintf(desc, sizeof(desc), "clock_getres(%s) [id %d]", vdso_clock_name(clock), clock);
	rs = sys_clock_getres(clock, &sres);
	rv = fns.getres(clock, &vres);
	if (rs || rv)
		tap_check(rs == rv, desc, "syscall returned %ld (%s), vDSO %ld (%s)",
			  rs, vdso_err_name(rs), rv, vdso_err_name(rv));
	else
		tap_check(sres.sec == vres.sec && sres.nsec == vres.nsec, desc,
			  "syscall says %ld.%09ld, vDSO %ld.%09ld",
			  sres.sec, sres.nsec, vres.sec, vres.nsec);

	if (VDSO_HAS_GETTIME64) {
		/* The 64-bit syscall must say the same as the old one. */
		struct vdso_ts64 wres = { -1, -1 };
		long rw = sys_clock_getres64(clock, &wres);

		snprintf(desc, sizeof(desc), "clock_getres(%s) [id %d] matches clock_getres_time64",
			 vdso_clock_name(clock), clock);
		if (rw || rv)
			tap_check(rw == rv, desc, "time64 syscall returned %ld, vDSO %ld", rw, rv);
		else
			tap_check(wres.sec == vres.sec && wres.nsec == vres.nsec, desc,
				  "time64 syscall says %lld.%09lld, vDSO %ld.%09ld",
				  (long long)wres.sec, (long long)wres.nsec, vres.sec, vres.nsec);
	}
}

static long getres_null_vdso(void *arg)
{
	return fns.getres((int)(intptr_t)arg, NULL);
}

/* clock_getres(clock, NULL) is legal: it only validates the clock. */
static void check_getres_null(int clock)
{
	long rs = sys_clock_getres(clock, NULL), rv = 0;
	char desc[96];
	int sig;

	snprintf(desc, sizeof(desc), "clock_getres(%s, NULL) [id %d]", vdso_clock_name(clock),
		 clock);
	sig = vdso_call_in_child(getres_null_vdso, (void *)(intptr_t)clock, &rv);
	if (sig > 0)
		tap_fail(desc, "vDSO call killed by %s (%d)", vdso_signame(sig), sig);
	else if (sig < 0)
		tap_fail(desc, "could not run the call in a child");
	else
		tap_check(rv == rs, desc, "syscall returned %ld (%s), vDSO %ld (%s)",
			  rs, vdso_err_name(rs), rv, vdso_err_name(rv));
}

static int64_t tv_us(const struct vdso_tv *tv)
{
	return (int64_t)tv->sec * 1000000 + tv->usec;
}

static void check_gettimeofday(int with_tz)
{
	const char *desc = with_tz ? "gettimeofday(tv, tz)" : "gettimeofday(tv, NULL)";
	struct vdso_tz stz = { -1, -1 }, vtz = { -2, -2 };
	struct vdso_tv before, now = { 0, 0 }, after;
	long rb, rv, ra;

	rb = sys_gettimeofday(&before, &stz);
	rv = fns.gettimeofday(&now, with_tz ? &vtz : NULL);
	ra = sys_gettimeofday(&after, NULL);
	if (rb || ra) {
		tap_fail(desc, "syscall returned %ld / %ld", rb, ra);
		return;
	}
	if (rv) {
		tap_fail(desc, "vDSO returned %ld (%s)", rv, vdso_err_name(rv));
		return;
	}
	if (now.usec < 0 || now.usec >= 1000000) {
		tap_fail(desc, "vDSO tv_usec out of range: %ld", now.usec);
		return;
	}
	if (with_tz && (vtz.minuteswest != stz.minuteswest || vtz.dsttime != stz.dsttime)) {
		tap_fail(desc, "timezone: syscall {%d, %d}, vDSO {%d, %d}", stz.minuteswest,
			 stz.dsttime, vtz.minuteswest, vtz.dsttime);
		return;
	}
	tap_check(tv_us(&before) <= tv_us(&now) && tv_us(&now) <= tv_us(&after), desc,
		  "vDSO %ld.%06ld not within syscall [%ld.%06ld, %ld.%06ld]", now.sec, now.usec,
		  before.sec, before.usec, after.sec, after.usec);
}

#define TZ_MISMATCH	1	/* never a kernel return value */

static long gettimeofday_null_tv(void *arg)
{
	const struct vdso_tz *expect = arg;
	struct vdso_tz tz = { -2, -2 };
	long ret = fns.gettimeofday(NULL, &tz);

	if (!ret && (tz.minuteswest != expect->minuteswest || tz.dsttime != expect->dsttime))
		return TZ_MISMATCH;
	return ret;
}

/* A NULL tv is legal too; then only the timezone is reported. */
static void check_gettimeofday_null_tv(void)
{
	const char *desc = "gettimeofday(NULL, tz)";
	struct vdso_tz stz = { -1, -1 };
	long rs = sys_gettimeofday(NULL, &stz), rv = 0;
	int sig;

	sig = vdso_call_in_child(gettimeofday_null_tv, &stz, &rv);
	if (sig > 0)
		tap_fail(desc, "vDSO call killed by %s (%d)", vdso_signame(sig), sig);
	else if (sig < 0)
		tap_fail(desc, "could not run the call in a child");
	else if (rv == TZ_MISMATCH)
		tap_fail(desc, "vDSO timezone differs from the syscall's {%d, %d}",
			 stz.minuteswest, stz.dsttime);
	else
		tap_check(rv == rs, desc, "syscall returned %ld, vDSO %ld", rs, rv);
}

static void check_time(int with_ptr)
{
	const char *desc = with_ptr ? "time(&t)" : "time(NULL)";
	long before, now, after, stored = -1;

	before = sys_time(NULL);
	now = fns.time(with_ptr ? &stored : NULL);
	after = sys_time(NULL);
	if (with_ptr && stored != now) {
		tap_fail(desc, "returned %ld but stored %ld", now, stored);
		return;
	}
	tap_check(before <= now && now <= after, desc, "vDSO %ld not within syscall [%ld, %ld]",
		  now, before, after);
}

int main(void)
{
	struct vdso_image img;
	unsigned int r;
	int clock;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || !fns.getres || !fns.gettimeofday ||
	    (VDSO_HAS_GETTIME64 && !fns.gettime64) || (VDSO_HAS_TIME && !fns.time))
		return vdso_tap_bail("vDSO entry points present",
				     "some are missing, see vdso_test_abi");

	/* Each reader per clock; getres, its time64 twin and NULL per clock; the rest. */
	tap_plan(ARRAY_SIZE(readers) * VDSO_NR_CLOCKS +
		 VDSO_NR_CLOCKS * (2 + VDSO_HAS_GETTIME64) + 3 + 2 * VDSO_HAS_TIME);

	for (r = 0; r < ARRAY_SIZE(readers); r++)
		for (clock = 0; clock < VDSO_NR_CLOCKS; clock++)
			check_gettime(&readers[r], clock);
	for (clock = 0; clock < VDSO_NR_CLOCKS; clock++) {
		check_getres(clock);
		check_getres_null(clock);
	}
	check_gettimeofday(1);
	check_gettimeofday(0);
	check_gettimeofday_null_tv();
	if (VDSO_HAS_TIME) {
		check_time(0);
		check_time(1);
	}
	return tap_finish();
}
