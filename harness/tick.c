// SPDX-License-Identifier: GPL-2.0
/*
 * What the harness's jobs share: the simulated timekeeper ticking from a
 * thread, and our image mapped on a data page it serves, on the counter
 * or on a simulated hypervisor's clock.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "hypervisor.h"

static pthread_t tick_thread;
static volatile bool tick_run;
static volatile long long tick_period_ns = TICK_NS;

volatile bool tick_publishes = true;

static void *tick_main(void *arg)
{
	while (tick_run) {
		if (tick_publishes)
			sim_tick();
		if (tick_period_ns)
			host_sleep_ns(tick_period_ns);
	}
	return NULL;
}

/*
 * The kernel updates the page well within half a counter wrap, whatever
 * else runs; real-time priority gives the harness's tick the same promise
 * on a busy machine (when allowed: root, or RLIMIT_RTPRIO).
 */
void tick_thread_start(long long period_ns)
{
	struct sched_param prio = { .sched_priority = 10 };

	tick_period_ns = period_ns;
	tick_run = true;
	pthread_create(&tick_thread, NULL, tick_main, NULL);
	/* Not for a writer that updates back to back: it would starve readers. */
	if (period_ns >= TICK_NS)
		pthread_setschedparam(tick_thread, SCHED_FIFO, &prio);
}

void tick_thread_stop(void)
{
	tick_run = false;
	pthread_join(tick_thread, NULL);
}

int harness_parse_mode(const char *mode, enum sim_clocksource *cs)
{
	if (!strcmp(mode, "tsc") || !strcmp(mode, "counter"))
		*cs = SIM_COUNTER;
	else if (!strcmp(mode, "pvclock"))
		*cs = SIM_PVCLOCK;
	else if (!strcmp(mode, "hvclock"))
		*cs = SIM_HVCLOCK;
	else
		return -1;
	return 0;
}

int harness_map_served(struct harness_image *im, const char *path, void **records,
		       enum sim_clocksource cs)
{
	int real_fd = harness_data_page(records);

	if (real_fd < 0)
		return -1;
	if (cs != SIM_COUNTER) {
		void *pv, *hv;
		int pv_fd = harness_shared_page(&pv), hv_fd = harness_shared_page(&hv);

		if (pv_fd < 0 || hv_fd < 0)
			return -1;
		if (!harness_image_has_vclocks()) {
			fprintf(stderr, "%s has no pvclock or Hyper-V pages\n", VDSO_ARCH_NAME);
			errno = ENOENT;
			return -1;
		}
#ifdef __x86_64__
		hyp_init(pv, hv);
#endif
		harness_image_vclock_pages(pv_fd, hv_fd);
	}
	if (harness_image_map(im, path, real_fd, -1))
		return -1;
	sim_init(*records, 64);
	if (cs != SIM_COUNTER) {
		if (sim_set_clocksource(cs, -1)) {
			fprintf(stderr, "no simulated hypervisor on %s\n", VDSO_ARCH_NAME);
			errno = ENOENT;
			return -1;
		}
		sim_init(*records, 64);
	}
	return real_fd;
}
