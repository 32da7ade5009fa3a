/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_FUZZ_H
#define _HARNESS_FUZZ_H

/*
 * The fuzzer's two halves, in plain C: reader.c compiles our reader
 * (lib/vdso/gettimeofday.c) with the x86 glue in the kernel environment,
 * its counter read and its syscalls replaced (include/asm/vdso/); the
 * driver (fuzz_vdso.c) decodes inputs and checks the results.
 */

/* What each fallback returns, so the driver can tell it from a result. */
#define FUZZ_FALLBACK_RET	0x7e57

struct fuzz_ts {
	long long sec, nsec;
};

struct fuzz_tv {
	long sec, usec;
};

struct fuzz_stats {
	unsigned long counter_reads;	/* one per hres read attempt */
	unsigned long fallbacks;
	unsigned long relaxes;		/* waits on an odd count */
	unsigned long clamped;		/* counter values beyond the writer's promise */
};

/*
 * Fill the two data pages (the one at _vdso_data and the one at
 * _timens_data, two records each) from @data, made into something a
 * kernel could publish (fuzz_fixup), and keep @stream for the counter
 * values and the concurrent writer's moves. Returns the bytes used for
 * the pages.
 */
unsigned long fuzz_load(const unsigned char *data, unsigned long size,
			const unsigned char *stream, unsigned long stream_size);
/* Size of the two pages' records in an input. */
unsigned long fuzz_pages_size(void);

int fuzz_clock_gettime(int clock, struct fuzz_ts *ts);
int fuzz_clock_getres(int clock, struct fuzz_ts *res);
int fuzz_gettimeofday(struct fuzz_tv *tv, void *tz);
long fuzz_time(long *t);

extern struct fuzz_stats fuzz_stats;

/* The coarse resolution the reader was built with, and the page's hrtimer_res. */
long fuzz_low_res_ns(void);
long fuzz_hres_res_ns(void);
/* Whether the reader may spin now: some record it reads has an odd count and is no namespace page. */
int fuzz_may_wait(int clock);
/* Served by the reader itself, when the page allows. */
int fuzz_clock_served(int clock);

/* Called by the reader's cpu_relax(): the driver bails out when the writer will not finish. */
void fuzz_relax(void);
/* The input's say on whether the writer a reader waits for finishes now. */
void fuzz_writer_finishes(void);

#endif /* _HARNESS_FUZZ_H */
