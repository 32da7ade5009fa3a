// SPDX-License-Identifier: GPL-2.0
/*
 * ns/call of our image (served by the simulated timekeeper), another vDSO
 * (the host kernel's own, or another image on the same data page) and the
 * raw syscall, side by side in one process.
 * Each figure is the median over rounds of the bench core's median over
 * batches; within a round the three run back to back, so drift in the
 * machine's speed touches all three alike.
 */
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "vdso_bench_core.h"

#define ROUNDS	5

struct call {
	const struct vdso_fns *fns;	/* NULL: the raw syscall */
	int clock;			/* or BENCH_GETTIMEOFDAY, BENCH_TIME */
};

#define BENCH_GETTIMEOFDAY	-100
#define BENCH_TIME		-101

static int one_call(void *arg)
{
	const struct call *c = arg;
	struct vdso_ts ts;
	struct vdso_tv tv;

	if (c->clock == BENCH_GETTIMEOFDAY)
		return c->fns ? c->fns->gettimeofday(&tv, NULL) : sys_gettimeofday(&tv, NULL);
	if (c->clock == BENCH_TIME)
		return (c->fns ? c->fns->time(NULL) : sys_time(NULL)) < 0;
	return c->fns ? c->fns->gettime(c->clock, &ts) : sys_clock_gettime(c->clock, &ts);
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double round_median(double *v)
{
	qsort(v, ROUNDS, sizeof(*v), by_value);
	return v[ROUNDS / 2];
}

double harness_bench_clock_ns(const struct vdso_fns *fns, int clock)
{
	struct call c = { fns, clock };
	struct bench_opts opts;

	bench_default_opts(&opts, 1.0);
	return bench_median_ns(one_call, &c, &opts);
}

int harness_bench(const struct vdso_fns *ours, const struct vdso_fns *other,
		  const char *other_name, const char *csv)
{
	static const struct { const char *name; int clock; } rows[] = {
		{ "REALTIME", VDSO_CLOCK_REALTIME },
		{ "MONOTONIC", VDSO_CLOCK_MONOTONIC },
		{ "MONOTONIC_RAW", VDSO_CLOCK_MONOTONIC_RAW },
		{ "BOOTTIME", VDSO_CLOCK_BOOTTIME },
		{ "TAI", VDSO_CLOCK_TAI },
		{ "REALTIME_COARSE", VDSO_CLOCK_REALTIME_COARSE },
		{ "MONOTONIC_COARSE", VDSO_CLOCK_MONOTONIC_COARSE },
		{ "gettimeofday", BENCH_GETTIMEOFDAY },
		{ "time", BENCH_TIME },
	};
	const struct vdso_fns *who[3] = { ours, other, NULL };
	struct bench_opts opts;
	unsigned int i, r, w;
	char heading[32];
	FILE *out = fopen(csv, "w");

	if (!out)
		return -1;
	bench_default_opts(&opts, 1.0);
	fprintf(out, "clock,ours_ns,%s_ns,syscall_ns\n", other_name);
	snprintf(heading, sizeof(heading), "ours/%s", other_name);
	printf("%-18s %10s %7s ns %12s %10s\n", "clock", "ours ns", other_name, "syscall ns",
	       heading);
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		double ns[3][ROUNDS], med[3];

		if (rows[i].clock == BENCH_TIME && (!ours->time || !other || !other->time))
			continue;
		for (r = 0; r < ROUNDS; r++)
			for (w = 0; w < 3; w++) {
				struct call c = { who[w], rows[i].clock };

				ns[w][r] = w == 1 && !other ? -1 : bench_median_ns(one_call, &c, &opts);
			}
		for (w = 0; w < 3; w++)
			med[w] = round_median(ns[w]);
		printf("%-18s %10.1f %10.1f %12.1f %10.2f\n", rows[i].name, med[0], med[1], med[2],
		       med[1] > 0 ? med[0] / med[1] : 0);
		fprintf(out, "%s,%.1f,%.1f,%.1f\n", rows[i].name, med[0], med[1], med[2]);
	}
	fclose(out);
	return 0;
}
