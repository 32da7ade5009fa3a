/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_CLOCKCHECK_H
#define _HARNESS_CLOCKCHECK_H

/*
 * One reader's view of every clock, checked round after round: the rules
 * the seqlock torture (our writer, torture.c) and the guest soak (the
 * kernel's writer, soak.c) hold a vDSO to. Each round reads MONOTONIC,
 * REALTIME, BOOTTIME, TAI, MONOTONIC again, MONOTONIC_RAW, both coarse
 * clocks and MONOTONIC a third time, and checks:
 *  - every call returns 0 with 0 <= tv_nsec < 1e9;
 *  - every clock is monotonic, and never further from its first value than
 *    the elapsed time (plus the allowed rate difference) plus a second: a
 *    torn read is garbage;
 *  - REALTIME, BOOTTIME and TAI each stay at one constant offset from
 *    MONOTONIC: the offsets a clock read between two MONOTONIC reads
 *    allows are intersected over the whole run and must never be empty;
 *  - BOOTTIME >= MONOTONIC;
 *  - a coarse clock is never ahead of its hres clock (its lag behind
 *    MONOTONIC is recorded; the caller knows what lag is allowed).
 */
#include <stdbool.h>

#include "vdso_calls.h"

enum { CLOCKCHECK_OFF_REAL, CLOCKCHECK_OFF_BOOT, CLOCKCHECK_OFF_TAI, CLOCKCHECK_OFFS };

struct clockcheck;

/*
 * Read @clock into *sec and *nsec; returns the call's result. Sets
 * *overlapped when the read may have met a write section (a retry).
 */
typedef long (*clockcheck_read_fn)(struct clockcheck *c, int clock, long long *sec,
				   long long *nsec, bool *overlapped);

struct clockcheck {
	/* Set by the caller before clockcheck_start(). */
	clockcheck_read_fn read;
	void *ctx;
	const char *view;		/* "" or e.g. "timens: ", prefixes messages */
	long long drift_ppm;		/* how far any clock's rate may differ from the reference */
	long long (*elapsed_ns)(void);	/* the reference clock, syscall-served */

	/* Results. */
	long long reads, overlapped, rounds, violations;
	long long worst_lag;		/* MONOTONIC minus MONOTONIC_COARSE */
	char why[200];			/* the first violation */

	/* State. */
	long long prev[VDSO_NR_CLOCKS], first[VDSO_NR_CLOCKS];
	long long lo[CLOCKCHECK_OFFS], hi[CLOCKCHECK_OFFS];	/* offsets still possible */
	long long start;
};

void clockcheck_start(struct clockcheck *c);
/* One round of reads and checks. */
void clockcheck_round(struct clockcheck *c);

#endif /* _HARNESS_CLOCKCHECK_H */
