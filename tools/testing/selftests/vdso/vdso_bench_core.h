/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Timing core of vdso_bench, kept apart so that a harness which maps a
 * vDSO image on its own can time it the same way: hand bench_vdso_image()
 * the parsed image and it prints the same "bench" lines as vdso_bench.
 *
 * A measurement is the median, over a number of batches, of the time per
 * call within a batch. Batch sizes are calibrated so that one batch lasts
 * about opts->batch_ns. No global state.
 */
#ifndef VDSO_BENCH_CORE_H
#define VDSO_BENCH_CORE_H

#include <stdio.h>

#include "parse_vdso.h"

#define BENCH_DEFAULT_BATCHES	31
#define BENCH_DEFAULT_BATCH_NS	2e6	/* 2 ms */
#define BENCH_MAX_BATCHES	1001
#define BENCH_MAX_CALLS		4	/* timed together by bench_multi_median_ns() */

struct bench_opts {
	unsigned int batches;	/* odd numbers give a true median */
	double batch_ns;	/* target duration of one batch */
};

/* One call of the function to time; returns 0 on success. */
typedef int (*bench_call_fn)(void *arg);

/* Fills opts with the defaults scaled by scale (1.0 = 2 ms batches). */
void bench_default_opts(struct bench_opts *opts, double scale);

/* Median ns per call of call(arg). Returns a negative value on error. */
double bench_median_ns(bench_call_fn call, void *arg, const struct bench_opts *opts);

/*
 * Times two calls with their batches interleaved, a then b, so that both
 * see the same machine conditions. Returns 0, or -1 if either call fails
 * (the failing side's result is then negative).
 */
int bench_pair_median_ns(bench_call_fn a, void *arg_a, bench_call_fn b, void *arg_b,
			 const struct bench_opts *opts, double *a_ns, double *b_ns);

/*
 * The same for @n calls (at most BENCH_MAX_CALLS), one batch of each in
 * turn: @ns[k] is calls[k](args[k])'s median. Returns 0, or -1 if any
 * call fails (every result is then negative).
 */
int bench_multi_median_ns(unsigned int n, bench_call_fn const *calls, void *const *args,
			  const struct bench_opts *opts, double *ns);

/*
 * Times every clock entry point of img against the raw syscall and prints
 * one line per clock to out, exactly
 *	bench <clock> vdso_ns=<x.x> syscall_ns=<y.y>
 * with "na" for a side that is missing or fails. Returns the number of
 * clocks for which both sides were measured.
 */
int bench_vdso_image(const struct vdso_image *img, const struct bench_opts *opts, FILE *out);

#endif /* VDSO_BENCH_CORE_H */
