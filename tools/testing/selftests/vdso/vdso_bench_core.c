// SPDX-License-Identifier: GPL-2.0
/*
 * Timing core for vdso_bench; see vdso_bench_core.h.
 *
 * The stopwatch is libc's clock_gettime(CLOCK_MONOTONIC). Whatever it costs
 * is paid twice per batch of thousands of calls, so it does not show.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vdso_bench_core.h"
#include "vdso_calls.h"
#include "vdso_config.h"

#define MAX_BATCH_CALLS		(1UL << 28)

static double stopwatch_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Runs n calls; returns the elapsed ns, or -1 if any call failed. */
static double run_batch(bench_call_fn call, void *arg, unsigned long n)
{
	double start = stopwatch_ns();
	unsigned long i;
	int err = 0;

	for (i = 0; i < n; i++)
		err |= call(arg);
	return err ? -1 : stopwatch_ns() - start;
}

/* Calls per batch so that a batch lasts about target ns; 0 on failure. */
static unsigned long calibrate(bench_call_fn call, void *arg, double target)
{
	unsigned long n = 1;
	double t, scaled;

	for (;;) {
		t = run_batch(call, arg, n);
		if (t < 0)
			return 0;
		if (t >= target / 4 || n >= MAX_BATCH_CALLS)
			break;
		n *= 2;
	}
	if (t <= 0)
		return n;
	scaled = (double)n * target / t;
	if (scaled < 1)
		return 1;
	return scaled > MAX_BATCH_CALLS ? MAX_BATCH_CALLS : (unsigned long)scaled;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(double *v, unsigned int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static unsigned int batches_of(const struct bench_opts *opts)
{
	if (!opts->batches)
		return 1;
	return opts->batches > BENCH_MAX_BATCHES ? BENCH_MAX_BATCHES : opts->batches;
}

void bench_default_opts(struct bench_opts *opts, double scale)
{
	opts->batches = BENCH_DEFAULT_BATCHES;
	opts->batch_ns = BENCH_DEFAULT_BATCH_NS * (scale > 0 ? scale : 1);
}

double bench_median_ns(bench_call_fn call, void *arg, const struct bench_opts *opts)
{
	double per_call[BENCH_MAX_BATCHES], t;
	unsigned int i, batches = batches_of(opts);
	unsigned long n = calibrate(call, arg, opts->batch_ns);

	if (!n)
		return -1;
	for (i = 0; i < batches; i++) {
		t = run_batch(call, arg, n);
		if (t < 0)
			return -1;
		per_call[i] = t / (double)n;
	}
	return median(per_call, batches);
}

int bench_multi_median_ns(unsigned int n, bench_call_fn const *calls, void *const *args,
			  const struct bench_opts *opts, double *ns)
{
	double per[BENCH_MAX_CALLS][BENCH_MAX_BATCHES];
	unsigned long calls_per_batch[BENCH_MAX_CALLS];
	unsigned int i, k, batches = batches_of(opts);
	double t;

	for (k = 0; k < n; k++)
		ns[k] = -1;
	if (n > BENCH_MAX_CALLS)
		return -1;
	for (k = 0; k < n; k++) {
		calls_per_batch[k] = calibrate(calls[k], args[k], opts->batch_ns);
		if (!calls_per_batch[k])
			return -1;
	}
	for (i = 0; i < batches; i++) {
		for (k = 0; k < n; k++) {
			t = run_batch(calls[k], args[k], calls_per_batch[k]);
			if (t < 0)
				return -1;
			per[k][i] = t / (double)calls_per_batch[k];
		}
	}
	for (k = 0; k < n; k++)
		ns[k] = median(per[k], batches);
	return 0;
}

int bench_pair_median_ns(bench_call_fn a, void *arg_a, bench_call_fn b, void *arg_b,
			 const struct bench_opts *opts, double *a_ns, double *b_ns)
{
	bench_call_fn const calls[] = { a, b };
	void *const args[] = { arg_a, arg_b };
	double ns[2];
	int ret = bench_multi_median_ns(2, calls, args, opts, ns);

	*a_ns = ns[0];
	*b_ns = ns[1];
	return ret;
}

/* What one timed call needs: the entry points and the clock to read. */
struct bench_arg {
	const struct vdso_fns *fns;
	int clock;
};

/* On 32-bit both sides use the 64-bit time calls, as current libcs do. */
static int vdso_gettime_call(void *p)
{
	const struct bench_arg *a = p;
	struct vdso_ts64 ts64;
	struct vdso_ts ts;

	if (a->fns->gettime64)
		return a->fns->gettime64(a->clock, &ts64);
	return a->fns->gettime(a->clock, &ts);
}

static int sys_gettime_call(void *p)
{
	const struct bench_arg *a = p;
	struct vdso_ts64 ts64;
	struct vdso_ts ts;

	if (VDSO_HAS_GETTIME64)
		return (int)sys_clock_gettime64(a->clock, &ts64);
	return (int)sys_clock_gettime(a->clock, &ts);
}

static int vdso_gettimeofday_call(void *p)
{
	const struct bench_arg *a = p;
	struct vdso_tv tv;

	return a->fns->gettimeofday(&tv, NULL);
}

static int sys_gettimeofday_call(void *p)
{
	struct vdso_tv tv;

	(void)p;
	return (int)sys_gettimeofday(&tv, NULL);
}

#if VDSO_HAS_TIME
static int vdso_time_call(void *p)
{
	const struct bench_arg *a = p;

	return a->fns->time(NULL) > 0 ? 0 : -1;
}

static int sys_time_call(void *p)
{
	(void)p;
	return sys_time(NULL) > 0 ? 0 : -1;
}
#endif

struct bench_entry {
	const char *name;
	int clock;
	bench_call_fn vdso;
	bench_call_fn sys;
};

static const struct bench_entry bench_entries[] = {
	{ "REALTIME", VDSO_CLOCK_REALTIME, vdso_gettime_call, sys_gettime_call },
	{ "MONOTONIC", VDSO_CLOCK_MONOTONIC, vdso_gettime_call, sys_gettime_call },
	{ "MONOTONIC_RAW", VDSO_CLOCK_MONOTONIC_RAW, vdso_gettime_call, sys_gettime_call },
	{ "BOOTTIME", VDSO_CLOCK_BOOTTIME, vdso_gettime_call, sys_gettime_call },
	{ "TAI", VDSO_CLOCK_TAI, vdso_gettime_call, sys_gettime_call },
	{ "REALTIME_COARSE", VDSO_CLOCK_REALTIME_COARSE, vdso_gettime_call, sys_gettime_call },
	{ "MONOTONIC_COARSE", VDSO_CLOCK_MONOTONIC_COARSE, vdso_gettime_call, sys_gettime_call },
	{ "gettimeofday", 0, vdso_gettimeofday_call, sys_gettimeofday_call },
#if VDSO_HAS_TIME
	{ "time", 0, vdso_time_call, sys_time_call },
#endif
};

static int vdso_has(const struct vdso_fns *f, bench_call_fn vdso)
{
	if (vdso == vdso_gettimeofday_call)
		return !!f->gettimeofday;
#if VDSO_HAS_TIME
	if (vdso == vdso_time_call)
		return !!f->time;
#endif
	return VDSO_HAS_GETTIME64 ? !!f->gettime64 : !!f->gettime;
}

static void print_ns(FILE *out, const char *key, double ns)
{
	if (ns < 0)
		fprintf(out, " %s=na", key);
	else
		fprintf(out, " %s=%.1f", key, ns);
}

int bench_vdso_image(const struct vdso_image *img, const struct bench_opts *opts, FILE *out)
{
	const unsigned int n = ARRAY_SIZE(bench_entries);
	struct vdso_fns fns;
	int measured = 0;
	unsigned int i;

	vdso_fns_resolve(img, &fns);
	for (i = 0; i < n; i++) {
		const struct bench_entry *e = &bench_entries[i];
		struct bench_arg arg = { &fns, e->clock };
		double v = -1, s = -1;

		/* A failing vDSO call is reported as "na", the syscall still timed. */
		if (vdso_has(&fns, e->vdso) && e->vdso(&arg) == 0 && e->sys(&arg) == 0) {
			if (!bench_pair_median_ns(e->vdso, &arg, e->sys, &arg, opts, &v, &s))
				measured++;
		} else {
			s = bench_median_ns(e->sys, &arg, opts);
		}
		fprintf(out, "bench %s", e->name);
		print_ns(out, "vdso_ns", v);
		print_ns(out, "syscall_ns", s);
		fprintf(out, "\n");
		fflush(out);
	}
	return measured;
}
