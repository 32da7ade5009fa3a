/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_READERS_H
#define _HARNESS_READERS_H

/*
 * Reader threads on our image, each checking every clock round after
 * round by the torture's rules (clockcheck.h), while a writer runs: the
 * torture (torture.c) and the harness's short stress check (checks.c).
 */
#include <pthread.h>

#include "clockcheck.h"

struct image_reader {
	struct clockcheck check;	/* the rules, and the results */
	const struct vdso_fns *f;
	const void *records;		/* the live data page: its count shows overlapping reads */
	pthread_t thread;
};

/* @view: "" or e.g. "timens: ", as clockcheck prints it. */
void image_reader_init(struct image_reader *r, const struct vdso_fns *f, const void *records,
		       const char *view);
/* Run @n readers until image_readers_stop(). */
void image_readers_start(struct image_reader *r, int n);
void image_readers_stop(struct image_reader *r, int n);

#endif /* _HARNESS_READERS_H */
