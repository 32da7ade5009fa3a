// SPDX-License-Identifier: GPL-2.0
/* Reader threads checking our image by the torture's rules (readers.h). */
#include <stdbool.h>
#include <string.h>

#include "readers.h"
#include "sim.h"

static volatile bool readers_run;

/* Overlapped: the count was odd or moved across the call. */
static long read_image_clock(struct clockcheck *c, int clock, long long *sec, long long *nsec,
			     bool *overlapped)
{
	const struct image_reader *r = c->ctx;
	struct vdso_ts ts = { -1, -1 };
	unsigned int s0, s1;
	long ret;

	s0 = sim_page_seq(r->records);
	ret = r->f->gettime(clock, &ts);
	s1 = sim_page_seq(r->records);
	*overlapped = (s0 & 1) || s0 != s1;
	*sec = ts.sec;
	*nsec = ts.nsec;
	return ret;
}

static long long host_monotonic_ns(void)
{
	return host_clock_ns(VDSO_CLOCK_MONOTONIC);
}

static void *reader_main(void *arg)
{
	struct image_reader *r = arg;

	clockcheck_start(&r->check);
	while (readers_run)
		clockcheck_round(&r->check);
	return NULL;
}

void image_reader_init(struct image_reader *r, const struct vdso_fns *f, const void *records,
		       const char *view)
{
	memset(r, 0, sizeof(*r));
	r->f = f;
	r->records = records;
	r->check.view = view;
	r->check.read = read_image_clock;
	r->check.ctx = r;
	r->check.elapsed_ns = host_monotonic_ns;
}

void image_readers_start(struct image_reader *r, int n)
{
	int i;

	readers_run = true;
	for (i = 0; i < n; i++)
		pthread_create(&r[i].thread, NULL, reader_main, &r[i]);
}

void image_readers_stop(struct image_reader *r, int n)
{
	int i;

	readers_run = false;
	for (i = 0; i < n; i++)
		pthread_join(r[i].thread, NULL);
}
