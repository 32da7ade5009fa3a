/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_HARNESS_H
#define _HARNESS_HARNESS_H

/*
 * The harness program's jobs, one file each, chosen by name in main.c:
 * the TAP checks (checks.c), the benches (benches.c) and the instruction
 * count loop (loop.c). What they share: the simulated timekeeper's tick
 * as a thread (tick.c) and the image mapped on a page it serves.
 */
#include <stdbool.h>

#include "image.h"
#include "sim.h"

/* The kernel's tick: what the checks and benches run the writer at. */
#define TICK_NS			1000000LL

/*
 * Tick the simulated timekeeper from a thread every @period_ns (0: back to
 * back) until tick_thread_stop(). While tick_publishes is false the thread
 * wakes but leaves the page alone (the contention bench's last row).
 */
void tick_thread_start(long long period_ns);
void tick_thread_stop(void);
extern volatile bool tick_publishes;

/* The clocksource a MODE argument names: "tsc" (or "counter"), "pvclock", "hvclock". */
int harness_parse_mode(const char *mode, enum sim_clocksource *cs);

/*
 * A data page (*records), the simulated hypervisor's pages behind it where
 * @cs is one of its clocks, @path mapped on it, and the timekeeper started
 * on @cs. Returns the data page's fd, or -1 (errno, and a message for a
 * clocksource this arch lacks).
 */
int harness_map_served(struct harness_image *im, const char *path, void **records,
		       enum sim_clocksource cs);

/* The jobs. Each returns the program's exit status. */
int harness_checks(const char *path, double stress_seconds);
int harness_bench_host(const char *path, const char *csv);
int harness_bench_images(const char *path, const char *other_path, const char *csv,
			 const char *mode);
int harness_loop(const char *path, const char *entry, long calls, const char *mode);

#endif /* _HARNESS_HARNESS_H */
