// SPDX-License-Identifier: GPL-2.0
/*
 * Seqlock torture of our image (issue 8): reader threads on every clock,
 * in the plain view and the time-namespace view, while the real writer
 * (driven by the simulated timekeeper) updates the page as fast as it can
 * and stalls inside its write section for random times with the page
 * poisoned (poison.c).
 *
 * Each reader checks every clock round after round (clockcheck.h); here
 * a coarse clock must also lag MONOTONIC by at most the writer's longest
 * interval between updates plus its longest update (both measured by the
 * writer thread).
 *
 * Figures: reads; reads that overlapped a write section (the count was
 * odd or moved across the call: an upper bound on retries, as the image
 * can keep no counter of its own); fallbacks (syscalls made from inside
 * the image, trapped by seccomp, trap.c); violations, which must be 0.
 *
 * time() is not called: it reads REALTIME's seconds without the count (one
 * word the kernel writes once per update), which the poison overwrites.
 *
 * usage: torture IMAGE [SECONDS]
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"
#include "poison.h"
#include "readers.h"
#include "sim.h"
#include "trap.h"
#include "vdso_tap.h"

#define NS_MONO_OFFSET		1000LL
#define NS_BOOT_OFFSET		2000LL
#define WRITER_PERIOD_NS	10000LL
#define MAX_STALL_NS		1000000ULL
/* Simulated and host clocks run at rates within 200 ppm (the steering limit). */
#define RATE_SLACK(ns)		((ns) / 1000 + 1000)
#define READERS			3

static struct harness_image img, img_ns;
static void *records, *ns_records;
static volatile bool writing;

/* ---- the writer: back-to-back updates, each with a random stall ---- */

static pthread_t writer;
static long long writer_gap, writer_longest, writer_updates;

static void *writer_main(void *arg)
{
	long long last = 0, start, end;

	while (writing) {
		start = host_clock_ns(VDSO_CLOCK_MONOTONIC);
		sim_tick();
		end = host_clock_ns(VDSO_CLOCK_MONOTONIC);
		if (last && start - last > writer_gap)
			writer_gap = start - last;
		if (end - start > writer_longest)
			writer_longest = end - start;
		last = start;
		__atomic_add_fetch(&writer_updates, 1, __ATOMIC_RELEASE);
		host_sleep_ns(WRITER_PERIOD_NS);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	struct image_reader rd[READERS];
	struct sched_param prio = { .sched_priority = 10 };
	const void *start[2];
	unsigned long len[2];
	const char *why = NULL;
	double seconds = argc > 2 ? atof(argv[2]) : 30;
	long long reads = 0, overlapped = 0, violations = 0, worst_lag = 0, lag_limit;
	unsigned long long fallbacks, sections;
	int real_fd, ns_fd, i, trap;

	if (argc < 2) {
		fprintf(stderr, "usage: %s IMAGE [SECONDS]\n", argv[0]);
		return 2;
	}
	real_fd = harness_data_page(&records);
	ns_fd = harness_data_page(&ns_records);
	if (real_fd < 0 || ns_fd < 0 || harness_image_map(&img, argv[1], real_fd, -1) ||
	    (harness_image_has_timens() && harness_image_map(&img_ns, argv[1], real_fd, ns_fd)) ||
	    !img.fns.gettime) {
		tap_fail("map the image and its data pages", "%s: %s", argv[1], strerror(errno));
		return tap_finish();
	}
	sim_init(records, 64);
	/* The readers hold REALTIME to one offset from MONOTONIC: a host's step would break it. */
	sim_follow_wall_steps(false);
	sim_setup_timens_page(ns_records, NS_MONO_OFFSET, NS_BOOT_OFFSET);

	start[0] = img.map;
	len[0] = img.map_len;
	start[1] = img_ns.map;
	len[1] = img_ns.map_len;
	trap = trap_install(start, len, harness_image_has_timens() ? 2 : 1, trap_answer_syscall,
			    &why);

	for (i = 0; i < READERS; i++) {
		bool ns = i == READERS - 1 && harness_image_has_timens();

		image_reader_init(&rd[i], ns ? &img_ns.fns : &img.fns, records,
				  ns ? "timens: " : "");
	}
	tap_diag("torture: %d readers (%s), writer every %lld us with stalls up to %llu us, %.0f s",
		 READERS, harness_image_has_timens() ? "the last in the namespace view" :
		 "no namespace view", WRITER_PERIOD_NS / 1000, MAX_STALL_NS / 1000, seconds);

	poison_start(MAX_STALL_NS);
	writing = true;
	pthread_create(&writer, NULL, writer_main, NULL);
	pthread_setschedparam(writer, SCHED_FIFO, &prio);
	/* Readers see only updates whose timing the writer measured. */
	while (!__atomic_load_n(&writer_updates, __ATOMIC_ACQUIRE))
		host_sleep_ns(100000);
	image_readers_start(rd, READERS);
	host_sleep_ns((long long)(seconds * 1e9));
	image_readers_stop(rd, READERS);
	/* Only now: readers after the last update would see the page age. */
	writing = false;
	pthread_join(writer, NULL);
	poison_stop();
	fallbacks = trap_count();
	sections = poison_sections();

	for (i = 0; i < READERS; i++) {
		char desc[160];

		const struct clockcheck *c = &rd[i].check;

		reads += c->reads;
		overlapped += c->overlapped;
		violations += c->violations;
		if (c->worst_lag > worst_lag)
			worst_lag = c->worst_lag;
		snprintf(desc, sizeof(desc), "reader %d %s: %lld rounds, no torn, backward or "
			 "inconsistent time", i, c->view[0] ? "(timens)" : "(plain)", c->rounds);
		tap_check(!c->violations && c->rounds > 1000, desc,
			  "%lld violations, first: %s", c->violations,
			  c->violations ? c->why : "none (too few rounds)");
	}
	tap_diag("reads %lld, overlapping a write section %lld (upper bound on retries), "
		 "fallbacks %s%llu, violations %lld", reads, overlapped,
		 trap ? "not measured " : "", trap ? 0ULL : fallbacks, violations);
	tap_diag("writer: %llu updates (%llu with the poison hook), stalled %.3f s in total, "
		 "longest stall %llu us, longest gap %lld us, longest update %lld us",
		 (unsigned long long)writer_updates, sections, poison_stalled_ns() / 1e9,
		 poison_max_stall_ns() / 1000, writer_gap / 1000, writer_longest / 1000);
	tap_check(sections > 1000 && overlapped > 0, "the writer updated often and readers met it",
		  "%llu sections, %lld overlapping reads", sections, overlapped);
	if (trap)
		tap_skip("no read fell back to the syscall", "%s", why);
	else
		tap_check(fallbacks == 0, "no read fell back to the syscall", "%llu fallbacks",
			  fallbacks);

	lag_limit = writer_gap + writer_longest + RATE_SLACK(writer_gap + writer_longest);
	tap_check(worst_lag <= lag_limit, "coarse clocks lag MONOTONIC by at most one update",
		  "worst lag %lld ns, limit %lld ns", worst_lag, lag_limit);
	printf("torture: reads %lld retries<=%lld fallbacks %s violations %lld\n", reads,
	       overlapped, trap ? "n/a" : (fallbacks ? "NONZERO" : "0"), violations);
	return tap_finish();
}
