// SPDX-License-Identifier: GPL-2.0
/* The per-reader checks of clockcheck.h. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "clockcheck.h"

static void violation(struct clockcheck *c, const char *what, int clock, long long a,
		      long long b)
{
	if (!c->violations++)
		snprintf(c->why, sizeof(c->why), "%s%s %s: %lld vs %lld (round %lld)", c->view,
			 vdso_clock_name(clock), what, a, b, c->rounds);
}

void clockcheck_start(struct clockcheck *c)
{
	int i;

	c->reads = c->overlapped = c->rounds = c->violations = c->worst_lag = 0;
	c->why[0] = 0;
	memset(c->prev, 0, sizeof(c->prev));
	memset(c->first, 0, sizeof(c->first));
	for (i = 0; i < CLOCKCHECK_OFFS; i++) {
		c->lo[i] = LLONG_MIN;
		c->hi[i] = LLONG_MAX;
	}
	c->start = c->elapsed_ns();
}

static long long read_clock(struct clockcheck *c, int clock)
{
	long long sec = -1, nsec = -1, v;
	bool overlapped = false;
	long ret;

	ret = c->read(c, clock, &sec, &nsec, &overlapped);
	c->reads++;
	c->overlapped += overlapped;
	v = sec * NSEC_PER_SEC + nsec;
	if (ret || nsec < 0 || nsec >= NSEC_PER_SEC)
		violation(c, "returned an error or an invalid tv_nsec", clock, ret, nsec);
	else if (v < c->prev[clock])
		violation(c, "went backwards", clock, v, c->prev[clock]);
	if (!c->first[clock])
		c->first[clock] = v;
	c->prev[clock] = v;
	return v;
}

/* @x, read between MONOTONIC readings @m0 and @m1, at a constant offset from MONOTONIC. */
static void offset(struct clockcheck *c, int which, int clock, long long x, long long m0,
		   long long m1)
{
	if (x - m1 > c->lo[which])
		c->lo[which] = x - m1;
	if (x - m0 < c->hi[which])
		c->hi[which] = x - m0;
	if (c->lo[which] > c->hi[which]) {
		violation(c, "left its constant offset from MONOTONIC", clock, c->lo[which],
			  c->hi[which]);
		/* One event, counted once: start over from this bracket to catch the next. */
		c->lo[which] = x - m1;
		c->hi[which] = x - m0;
	}
}

void clockcheck_round(struct clockcheck *c)
{
	long long m0, m1, m2, xr, xb, xt, mc, rc, now, limit;
	int clock;

	m0 = read_clock(c, VDSO_CLOCK_MONOTONIC);
	xr = read_clock(c, VDSO_CLOCK_REALTIME);
	xb = read_clock(c, VDSO_CLOCK_BOOTTIME);
	xt = read_clock(c, VDSO_CLOCK_TAI);
	m1 = read_clock(c, VDSO_CLOCK_MONOTONIC);
	offset(c, CLOCKCHECK_OFF_REAL, VDSO_CLOCK_REALTIME, xr, m0, m1);
	offset(c, CLOCKCHECK_OFF_BOOT, VDSO_CLOCK_BOOTTIME, xb, m0, m1);
	offset(c, CLOCKCHECK_OFF_TAI, VDSO_CLOCK_TAI, xt, m0, m1);
	if (xb < m0)
		violation(c, "behind MONOTONIC", VDSO_CLOCK_BOOTTIME, xb, m0);
	read_clock(c, VDSO_CLOCK_MONOTONIC_RAW);
	mc = read_clock(c, VDSO_CLOCK_MONOTONIC_COARSE);
	rc = read_clock(c, VDSO_CLOCK_REALTIME_COARSE);
	m2 = read_clock(c, VDSO_CLOCK_MONOTONIC);

	if (mc > m2)
		violation(c, "ahead of MONOTONIC", VDSO_CLOCK_MONOTONIC_COARSE, mc, m2);
	if (m1 - mc > c->worst_lag)
		c->worst_lag = m1 - mc;
	if (rc > m2 + c->hi[CLOCKCHECK_OFF_REAL])
		violation(c, "ahead of REALTIME", VDSO_CLOCK_REALTIME_COARSE, rc,
			  m2 + c->hi[CLOCKCHECK_OFF_REAL]);
	c->rounds++;

	/* Far from where it started, beyond the elapsed time: garbage. */
	now = c->elapsed_ns() - c->start;
	limit = now + now / 1000000 * c->drift_ppm + NSEC_PER_SEC;
	for (clock = 0; clock < VDSO_NR_CLOCKS; clock++)
		if (c->first[clock] && c->prev[clock] - c->first[clock] > limit)
			violation(c, "moved further than the elapsed time", clock,
				  c->prev[clock] - c->first[clock], now);
}
