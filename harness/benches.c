// SPDX-License-Identifier: GPL-2.0
/*
 * The harness's benches: ns/call of our image under the simulated
 * timekeeper against the host kernel's vDSO or another image on the same
 * data page, and the syscall (bench.c times them), and what a writer's
 * contention costs a reader.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"
#include "harness.h"

static struct harness_image img;
static void *records;

static void *contention_reader(void *arg)
{
	double *ns = arg;

	*ns = harness_bench_clock_ns(&img.fns, VDSO_CLOCK_MONOTONIC);
	return NULL;
}

/*
 * What contention costs a reader: MONOTONIC on our image with one and with
 * two reader threads timing at once, while the writer ticks at 1 kHz and
 * at 100 kHz (asked for; the achieved rate is printed too). A last row has
 * the writer wake at 100 kHz but publish nothing: on a two-core machine
 * two readers and a waking writer oversubscribe the CPUs, and that row
 * shows what the writer's own CPU time costs the readers, apart from the
 * page's updates.
 */
static void bench_contention(const char *csv)
{
	static const struct { long long period_ns; bool publishes; } runs[] = {
		{ 1000000, true }, { 10000, true }, { 10000, false },
	};
	FILE *out = fopen(csv, "w");
	unsigned int p, r;

	if (!out)
		return;
	fprintf(out, "writer_hz,achieved_hz,publishes,one_reader_ns,two_readers_ns\n");
	printf("\n%-34s %12s %10s %10s %8s\n", "MONOTONIC, ours", "updates/s", "1 reader",
	       "2 readers", "2 vs 1");
	for (p = 0; p < ARRAY_SIZE(runs); p++) {
		double one, two[2], start_s = host_clock_ns(VDSO_CLOCK_MONOTONIC) / 1e9, hz;
		unsigned long long start_updates;
		pthread_t t[2];

		tick_thread_stop();
		tick_publishes = runs[p].publishes;
		tick_thread_start(runs[p].period_ns);
		start_updates = sim_updates();
		contention_reader(&one);
		for (r = 0; r < 2; r++)
			pthread_create(&t[r], NULL, contention_reader, &two[r]);
		for (r = 0; r < 2; r++)
			pthread_join(t[r], NULL);
		hz = (sim_updates() - start_updates) /
		     (host_clock_ns(VDSO_CLOCK_MONOTONIC) / 1e9 - start_s);
		printf("writer asked %-8.0f%-13s %12.0f %10.1f %10.1f %+7.1f%%\n",
		       1e9 / runs[p].period_ns, runs[p].publishes ? "" : " wake only", hz, one,
		       (two[0] + two[1]) / 2, ((two[0] + two[1]) / 2 / one - 1) * 100);
		fprintf(out, "%.0f,%.0f,%d,%.1f,%.1f\n", 1e9 / runs[p].period_ns, hz,
			runs[p].publishes, one, (two[0] + two[1]) / 2);
	}
	tick_thread_stop();
	tick_publishes = true;
	tick_thread_start(TICK_NS);
	fclose(out);
}

/*
 * Our image against another image (say stock Linux's) on the same data
 * page, and the syscall, ticking at 1 kHz: the two images' code is the
 * only difference between their columns. @mode picks the clocksource the
 * page names: "tsc", or (x86-64) "pvclock" or "hvclock", the simulated
 * hypervisor's pages then mapped behind both images.
 */
int harness_bench_images(const char *path, const char *other_path, const char *csv,
			 const char *mode)
{
	static struct harness_image other;
	enum sim_clocksource cs;
	int real_fd, ret;

	if (harness_parse_mode(mode, &cs)) {
		fprintf(stderr, "unknown clock mode %s (tsc, pvclock, hvclock)\n", mode);
		return 2;
	}
	real_fd = harness_map_served(&img, path, &records, cs);
	if (real_fd < 0 || harness_image_map(&other, other_path, real_fd, -1)) {
		fprintf(stderr, "%s, %s: cannot map: %s\n", path, other_path, strerror(errno));
		return 1;
	}
	tick_thread_start(TICK_NS);
	ret = harness_bench(&img.fns, &other.fns, "stock", csv);
	tick_thread_stop();
	return ret ? 1 : 0;
}

/* Our image against the host kernel's vDSO and the syscall, ticking at 1 kHz. */
int harness_bench_host(const char *path, const char *csv)
{
	struct vdso_image host_elf;
	struct vdso_fns host;
	const char *why;
	int ret;

	if (harness_map_served(&img, path, &records, SIM_COUNTER) < 0) {
		fprintf(stderr, "%s: cannot map: %s\n", path, strerror(errno));
		return 1;
	}
	tick_thread_start(TICK_NS);
	ret = vdso_open_self(&host_elf, &host, &why);
	if (ret)
		printf("host vDSO: %s\n", why);
	ret = harness_bench(&img.fns, ret ? NULL : &host, "host", csv);
	if (!ret) {
		char contention[512];

		snprintf(contention, sizeof(contention), "%.*s/contention.csv",
			 (int)(strrchr(csv, '/') ? strrchr(csv, '/') - csv : 1),
			 strrchr(csv, '/') ? csv : ".");
		bench_contention(contention);
	}
	tick_thread_stop();
	return ret ? 1 : 0;
}
