// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_monotonic: the monotonic clocks never run backwards, whether
 * read through the vDSO alone or alternately through the vDSO and the
 * syscall, and the clocks keep their order: BOOTTIME is never behind
 * MONOTONIC, REALTIME_COARSE never ahead of REALTIME.
 *
 * Usage: vdso_test_monotonic [calls-per-clock]   (default 2000000)
 */
#include <stdio.h>
#include <stdlib.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#define DEFAULT_CALLS	2000000UL
#define ORDER_ROUNDS	10000UL

static struct vdso_fns fns;

static const int mono_clocks[] = {
	VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_MONOTONIC_RAW, VDSO_CLOCK_BOOTTIME,
	VDSO_CLOCK_MONOTONIC_COARSE,
};

static void check_vdso_only(int clock, unsigned long calls)
{
	int64_t prev, now;
	unsigned long i;
	char desc[96];
	long ret;

	snprintf(desc, sizeof(desc), "%s: %lu vDSO reads never go backwards",
		 vdso_clock_name(clock), calls);
	ret = vdso_gettime_ns(&fns, clock, &prev);
	for (i = 1; !ret && i < calls; i++) {
		ret = vdso_gettime_ns(&fns, clock, &now);
		if (!ret && now < prev) {
			tap_fail(desc, "read %lu went back %lld ns (%lld -> %lld)", i,
				 (long long)(prev - now), (long long)prev, (long long)now);
			return;
		}
		prev = now;
	}
	if (ret)
		tap_fail(desc, "read %lu returned %ld (%s)", i, ret, vdso_err_name(ret));
	else
		tap_pass(desc);
}

/* Alternate vDSO and syscall reads; neither may be behind the other. */
static void check_interleaved(int clock, unsigned long pairs)
{
	int64_t prev = 0, v, s;
	unsigned long i;
	char desc[96];
	long rv, rs;

	snprintf(desc, sizeof(desc), "%s: %lu vDSO/syscall pairs never go backwards",
		 vdso_clock_name(clock), pairs);
	for (i = 0; i < pairs; i++) {
		rv = vdso_gettime_ns(&fns, clock, &v);
		rs = sys_gettime_ns(clock, &s);
		if (rv || rs) {
			tap_fail(desc, "pair %lu: vDSO returned %ld, syscall %ld", i, rv, rs);
			return;
		}
		if (v < prev) {
			tap_fail(desc, "pair %lu: vDSO %lld behind the syscall before it %lld",
				 i, (long long)v, (long long)prev);
			return;
		}
		if (s < v) {
			tap_fail(desc, "pair %lu: syscall %lld behind the vDSO before it %lld",
				 i, (long long)s, (long long)v);
			return;
		}
		prev = s;
	}
	tap_pass(desc);
}

/* Clock first is read before clock second, so second must not be behind. */
static void check_order(int first, int second, unsigned long rounds)
{
	int64_t a, b;
	unsigned long i;
	char desc[96];
	long ra, rb;

	snprintf(desc, sizeof(desc), "%s read before %s is never ahead of it (%lu rounds)",
		 vdso_clock_name(first), vdso_clock_name(second), rounds);
	for (i = 0; i < rounds; i++) {
		ra = vdso_gettime_ns(&fns, first, &a);
		rb = vdso_gettime_ns(&fns, second, &b);
		if (ra || rb) {
			tap_fail(desc, "round %lu: vDSO returned %ld / %ld", i, ra, rb);
			return;
		}
		if (b < a) {
			tap_fail(desc, "round %lu: %s %lld > %s %lld", i, vdso_clock_name(first),
				 (long long)a, vdso_clock_name(second), (long long)b);
			return;
		}
	}
	tap_pass(desc);
}

int main(int argc, char **argv)
{
	unsigned long calls = DEFAULT_CALLS;
	struct vdso_image img;
	unsigned int i;

	if (argc > 1) {
		calls = strtoul(argv[1], NULL, 0);
		if (!calls) {
			fprintf(stderr, "usage: %s [calls-per-clock]\n", argv[0]);
			return 2;
		}
	}

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || (VDSO_HAS_GETTIME64 && !fns.gettime64))
		return vdso_tap_bail("vDSO clock_gettime present",
				     "entry point missing, see vdso_test_abi");
	/* Each clock alone, MONOTONIC against the syscall, two orders. */
	tap_plan(ARRAY_SIZE(mono_clocks) + 1 + 2);

	for (i = 0; i < ARRAY_SIZE(mono_clocks); i++)
		check_vdso_only(mono_clocks[i], calls);
	check_interleaved(VDSO_CLOCK_MONOTONIC, calls / 10 ? calls / 10 : 1);
	check_order(VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_BOOTTIME, ORDER_ROUNDS);
	check_order(VDSO_CLOCK_REALTIME_COARSE, VDSO_CLOCK_REALTIME, ORDER_ROUNDS);
	return tap_finish();
}
