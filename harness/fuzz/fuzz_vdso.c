// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target over our reader (issue 8): the input is an entry
 * point, a clock id, the contents of both data pages (every field of
 * both records of the page at _vdso_data and of the one at _timens_data)
 * and a stream of counter values and writer moves. After each call:
 *  - no crash and no sanitizer report (built with ASan and UBSan, any
 *    report aborts);
 *  - no unbounded loop: a reader waiting for a writer that never
 *    finishes is let go after FUZZ_MAX_RELAX waits, and only where a
 *    record it reads really has an odd count and is no namespace page;
 *    every other loop is bounded by the input (libFuzzer's -timeout
 *    catches the rest);
 *  - the result is the fallback (the recorder's value, the result
 *    untouched) or a valid one: a served clock, 0 <= tv_nsec < 1e9 (or
 *    tv_usec < 1e6), a resolution of 0 s and the published hrtimer_res or
 *    the tick.
 *
 * Built with -DFUZZ_STANDALONE it is its own driver instead (driver.h,
 * for make check-sanitize without libFuzzer).
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

#define FUZZ_NAME	"fuzz_vdso"
/* The standalone driver's inputs: a fixed pseudo-random sequence. */
#define FUZZ_SEED	0x243f6a8885a308d3ULL
#include "driver.h"

#define FUZZ_MAX_RELAX	64
#define HEADER		6	/* entry, flags, clock id (4 bytes) */

enum { ENTRY_GETTIME, ENTRY_GETRES, ENTRY_GETTIMEOFDAY, ENTRY_TIME, ENTRIES };

static jmp_buf bail;
static unsigned int relaxes;

void fuzz_relax(void)
{
	if (++relaxes > FUZZ_MAX_RELAX)
		longjmp(bail, 1);
	fuzz_writer_finishes();
}

static void fail(const char *what, int entry, int clock, long ret)
{
	fprintf(stderr, "fuzz_vdso: %s (entry %d, clock %d, ret %ld, fallbacks %lu)\n", what,
		entry, clock, ret, fuzz_stats.fallbacks);
	abort();
}

static const unsigned char poison[sizeof(struct fuzz_ts)] = {
	0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a,
	0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a, 0x5a,
};

static void check_ts(const struct fuzz_ts *ts, int entry, int clock, long ret, int null)
{
	if (fuzz_stats.fallbacks) {
		if (ret != FUZZ_FALLBACK_RET)
			fail("fell back but returned something else", entry, clock, ret);
		if (!null && memcmp(ts, poison, sizeof(*ts)))
			fail("fell back after writing a result", entry, clock, ret);
		return;
	}
	if (null && entry == ENTRY_GETTIME)
		fail("a NULL result was not sent to the syscall", entry, clock, ret);
	if (ret)
		fail("no fallback, yet a non-zero return", entry, clock, ret);
	if (!fuzz_clock_served(clock))
		fail("answered a clock the vDSO does not serve", entry, clock, ret);
	if (null)
		return;
	if (ts->nsec < 0 || ts->nsec >= 1000000000LL)
		fail("tv_nsec out of range", entry, clock, ts->nsec);
	if (entry == ENTRY_GETRES && (ts->sec != 0 || (ts->nsec != fuzz_low_res_ns() &&
						       ts->nsec != fuzz_hres_res_ns())))
		fail("a resolution that is neither hrtimer_res nor the tick", entry, clock,
		     ts->nsec);
}

/* One input: decode, call, check. */
static int run_one(const unsigned char *data, size_t size)
{
	unsigned char head[HEADER] = { 0 };
	volatile int entry, clock, null;
	struct fuzz_ts ts;
	struct fuzz_tv tv;
	int tz[2];
	size_t used;
	long ret = 0, t;

	memcpy(head, data, size < HEADER ? size : HEADER);
	used = size < HEADER ? size : HEADER;
	entry = head[0] % ENTRIES;
	null = head[1] & 1;
	memcpy((int *)&clock, head + 2, sizeof(int));
	used += fuzz_load(data + used, size - used, data + used + fuzz_pages_size(),
			  size - used > fuzz_pages_size() ? size - used - fuzz_pages_size() : 0);
	(void)used;
	memcpy(&ts, poison, sizeof(ts));
	relaxes = 0;

	if (setjmp(bail)) {
		/* Waited FUZZ_MAX_RELAX times for a writer the input never finishes. */
		if (!fuzz_may_wait(entry == ENTRY_GETTIME || entry == ENTRY_GETRES ? clock : 0))
			fail("waited on a count that is even or on a namespace page", entry, clock,
			     0);
		return 0;
	}
	switch (entry) {
	case ENTRY_GETTIME:
		ret = fuzz_clock_gettime(clock, null ? NULL : &ts);
		check_ts(&ts, entry, clock, ret, null);
		break;
	case ENTRY_GETRES:
		ret = fuzz_clock_getres(clock, null ? NULL : &ts);
		check_ts(&ts, entry, clock, ret, null);
		break;
	case ENTRY_GETTIMEOFDAY:
		tv.usec = -1;
		ret = fuzz_gettimeofday(null ? NULL : &tv, head[1] & 2 ? tz : NULL);
		if (fuzz_stats.fallbacks ? ret != FUZZ_FALLBACK_RET :
		    ret || (!null && (tv.usec < 0 || tv.usec >= 1000000)))
			fail("gettimeofday: neither the fallback nor a valid timeval", entry, 0, ret);
		break;
	default:
		ret = fuzz_time(null ? NULL : &t);
		if (!null && t != ret)
			fail("time() stored something else than it returned", entry, 0, ret);
		break;
	}
	return 0;
}

#ifdef FUZZ_STANDALONE

/*
 * Random inputs, biased towards what reaches deep: a readable clock mode
 * (the TSC, 1) or TIMENS, small clock ids, even counts.
 */
static size_t make_input(unsigned char *buf, size_t max)
{
	size_t n = fuzz_pages_size() + HEADER + 64, i;

	for (i = 0; i < n && i < max; i++)
		buf[i] = rand_byte();
	buf[2] = rand_byte() % 16;
	buf[3] = buf[4] = buf[5] = rand_byte() & 0x80 ? 0xff : 0;
	/* Each record's count and mode: the first 8 bytes of each. */
	for (i = 0; i < 4; i++) {
		unsigned char *rec = buf + HEADER + i * (fuzz_pages_size() / 4);
		unsigned char m = rand_byte() % 4;

		rec[0] &= ~(rand_byte() & 1);
		memset(rec + 4, m == 3 ? 0xff : 0, 4);
		if (m == 3)
			rec[7] = 0x7f;	/* INT_MAX: VDSO_CLOCKMODE_TIMENS */
		else
			rec[4] = m;
	}
	return n;
}

#endif
