// SPDX-License-Identifier: GPL-2.0
/*
 * The userspace harness: our vDSO image, mapped as Linux maps it, served
 * by our writer from a simulated timekeeper. One program, its jobs chosen
 * by name (harness.h):
 *
 *	harness IMAGE [SECONDS]			the TAP checks (checks.c)
 *	harness --bench IMAGE CSV		ns/call: ours, the host's vDSO, the
 *						syscall (benches.c)
 *	harness --bench-images IMAGE OTHER CSV [MODE]
 *						ours, another image, the syscall
 *	harness --loop IMAGE ENTRY N [MODE]	N calls of one entry point, for
 *						instruction counts (loop.c)
 *	harness --counter-hz			the counter's rate, calibrated
 *						against the host
 *
 * MODE is the clocksource the page names: tsc (default), or on x86-64
 * pvclock or hvclock.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static int counter_hz(void)
{
	void *records;

	if (harness_data_page(&records) < 0)
		return 1;
	sim_init(records, 64);
	printf("%llu\n", sim_counter_hz());
	return 0;
}

int main(int argc, char **argv)
{
	const char *job = argc > 1 ? argv[1] : "";

	if (!strcmp(job, "--bench") && argc == 4)
		return harness_bench_host(argv[2], argv[3]);
	if (!strcmp(job, "--bench-images") && (argc == 5 || argc == 6))
		return harness_bench_images(argv[2], argv[3], argv[4], argc == 6 ? argv[5] : "tsc");
	if (!strcmp(job, "--loop") && (argc == 5 || argc == 6))
		return harness_loop(argv[2], argv[3], atol(argv[4]), argc == 6 ? argv[5] : "tsc");
	if (!strcmp(job, "--counter-hz") && argc == 2)
		return counter_hz();
	if (argc < 2 || job[0] == '-') {
		fprintf(stderr, "usage: %s IMAGE [SECONDS] | --bench IMAGE CSV | "
			"--bench-images IMAGE OTHER CSV [MODE] | --loop IMAGE ENTRY N [MODE] | "
			"--counter-hz\n", argv[0]);
		return 2;
	}
	return harness_checks(argv[1], argc > 2 ? atof(argv[2]) : 2.0);
}
