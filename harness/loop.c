// SPDX-License-Identifier: GPL-2.0
/*
 * The instruction-count loop (scripts/icount.sh): N calls of one entry
 * point, named as ENTRY:
 *
 *	clock_gettime:CLOCK	e.g. clock_gettime:MONOTONIC
 *	clock_getres:CLOCK	e.g. clock_getres:MONOTONIC_COARSE (the tick, a constant)
 *	gettimeofday
 *	time
 *
 * with no writer thread: a tick every 1000 calls (tick_every()), outside
 * what is counted, keeps the page as fresh as a kernel's tick would, so
 * every call takes the same path. Under callgrind only the calls themselves are counted:
 * the client request switches collection on and off around each one.
 * Under qemu-user the count is of the instructions whose address lies in
 * the image, which the loop prints before its first call.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#ifdef HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#define LOOP_TOGGLE_COLLECT()	CALLGRIND_TOGGLE_COLLECT
#else
#define LOOP_TOGGLE_COLLECT()	do { } while (0)
#endif

/*
 * Calls between two ticks: 1000 by default. Under qemu-user
 * (scripts/icount.sh) 1 (HARNESS_LOOP_TICK_EVERY=1): its few thousand
 * calls run slowly enough that one read in a few hundred would otherwise
 * carry its nanoseconds past a second (an instruction or two more), which
 * made a count differ from run to run.
 */
static long tick_every(void)
{
	const char *every = getenv("HARNESS_LOOP_TICK_EVERY");

	return every && atol(every) > 0 ? atol(every) : 1000;
}

/* @calls calls of @call, counted one by one; a loop of its own per entry point. */
#define COUNT_CALLS(calls, call) do {				\
	long i, every = tick_every();				\
								\
	for (i = 0; i < (calls); i++) {				\
		if (i % every == 0)				\
			sim_tick();				\
		LOOP_TOGGLE_COLLECT();				\
		call;						\
		LOOP_TOGGLE_COLLECT();				\
	}							\
} while (0)

/* The clock id @name stands for (vdso_clock_name()'s spelling), or -1. */
static int clock_by_name(const char *name)
{
	int clock;

	for (clock = 0; clock < VDSO_NR_CLOCKS; clock++)
		if (!strcmp(vdso_clock_name(clock), name))
			return clock;
	return -1;
}

int harness_loop(const char *path, const char *entry, long calls, const char *mode)
{
	static struct harness_image img;
	const char *colon = strchr(entry, ':');
	int clock = colon ? clock_by_name(colon + 1) : -1;
	size_t len = colon ? (size_t)(colon - entry) : strlen(entry);
	enum sim_clocksource cs;
	void *records;
	struct vdso_ts ts;
	struct vdso_tv tv;

	if (harness_parse_mode(mode, &cs)) {
		fprintf(stderr, "unknown clock mode %s (tsc, pvclock, hvclock)\n", mode);
		return 2;
	}
	if (colon && clock < 0) {
		fprintf(stderr, "unknown clock %s\n", colon + 1);
		return 2;
	}
	if (harness_map_served(&img, path, &records, cs) < 0) {
		fprintf(stderr, "%s: cannot map: %s\n", path, strerror(errno));
		return 1;
	}
	harness_image_print_range(&img);
	if (colon && len == strlen("clock_gettime") && !strncmp(entry, "clock_gettime", len))
		COUNT_CALLS(calls, img.fns.gettime(clock, &ts));
	else if (colon && len == strlen("clock_getres") && !strncmp(entry, "clock_getres", len))
		COUNT_CALLS(calls, img.fns.getres(clock, &ts));
	else if (!colon && !strcmp(entry, "gettimeofday"))
		COUNT_CALLS(calls, img.fns.gettimeofday(&tv, NULL));
	else if (!colon && !strcmp(entry, "time") && img.fns.time)
		COUNT_CALLS(calls, img.fns.time(NULL));
	else {
		fprintf(stderr, "%s: no entry point %s (clock_gettime:CLOCK, clock_getres:CLOCK, "
			"gettimeofday, time)\n", path, entry);
		return 2;
	}
	return 0;
}
