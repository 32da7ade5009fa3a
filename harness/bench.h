/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_BENCH_H
#define _HARNESS_BENCH_H

#include "vdso_calls.h"

/*
 * Print and write to @csv (clock,ours_ns,<other_name>_ns,syscall_ns) the
 * median ns/call of @ours, @other (NULL if there is none, e.g. the host
 * has no vDSO) and the syscall.
 */
int harness_bench(const struct vdso_fns *ours, const struct vdso_fns *other,
		  const char *other_name, const char *csv);

/* Median ns/call of one clock of @fns, timed by the bench core. */
double harness_bench_clock_ns(const struct vdso_fns *fns, int clock);

#endif /* _HARNESS_BENCH_H */
