/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A very small TAP producer for the vDSO selftests.
 *
 * Each program is one translation unit, so the counters live here as
 * statics. Every result line is flushed at once: several tests fork, and a
 * child must never inherit half a buffer. The last line a program prints is
 * always "N passed, N failed, N skipped", which run_all.sh adds up.
 */
#ifndef VDSO_TAP_H
#define VDSO_TAP_H

#include <stdarg.h>
#include <stdio.h>

#ifndef __printf
#define __printf(fmt, args)	__attribute__((format(printf, fmt, args)))
#endif

static unsigned int tap_planned, tap_count, tap_passed, tap_failed, tap_skipped;
static int tap_started, tap_plan_given;

static inline void tap_header(void)
{
	if (!tap_started) {
		tap_started = 1;
		printf("TAP version 13\n");
	}
}

/*
 * Announce the number of checks up front, before the first result, so that
 * a reader of the output (run_all.sh, the guest's console parser) can tell
 * a program that stopped early from one that ran everything. Without a
 * plan tap_finish() prints one at the end.
 */
static inline void tap_plan(unsigned int n)
{
	tap_header();
	tap_plan_given = 1;
	tap_planned = n;
	printf("1..%u\n", n);
	fflush(stdout);
}

static inline void __printf(1, 2)
tap_diag(const char *fmt, ...)
{
	va_list ap;

	tap_header();
	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

static inline void tap_line(const char *status, const char *desc, const char *directive,
			    const char *fmt, va_list ap)
{
	char why[512];

	tap_header();
	vsnprintf(why, sizeof(why), fmt, ap);
	printf("%s %u - %s # %s%s\n", status, ++tap_count, desc, directive, why);
	fflush(stdout);
}

static inline void tap_pass(const char *desc)
{
	tap_header();
	tap_passed++;
	printf("ok %u - %s\n", ++tap_count, desc);
	fflush(stdout);
}

/* A failure always says why, printf style. */
static inline void __printf(2, 3)
tap_fail(const char *desc, const char *fmt, ...)
{
	va_list ap;

	tap_failed++;
	va_start(ap, fmt);
	tap_line("not ok", desc, "", fmt, ap);
	va_end(ap);
}

/* So does a skip. */
static inline void __printf(2, 3)
tap_skip(const char *desc, const char *fmt, ...)
{
	va_list ap;

	tap_skipped++;
	va_start(ap, fmt);
	tap_line("ok", desc, "SKIP ", fmt, ap);
	va_end(ap);
}

/* Pass if cond holds, else fail with the given reason. Returns cond. */
static inline int __printf(3, 4)
tap_check(int cond, const char *desc, const char *fmt, ...)
{
	va_list ap;

	if (cond) {
		tap_pass(desc);
		return 1;
	}
	tap_failed++;
	va_start(ap, fmt);
	tap_line("not ok", desc, "", fmt, ap);
	va_end(ap);
	return 0;
}

/* Prints the trailing lines and returns the exit status for main(). */
static inline int tap_finish(void)
{
	tap_header();
	if (!tap_plan_given) {
		printf("1..%u\n", tap_count);
	} else if (tap_planned != tap_count) {
		printf("# planned %u checks but ran %u\n", tap_planned, tap_count);
		tap_failed++;
	}
	printf("%u passed, %u failed, %u skipped\n", tap_passed, tap_failed, tap_skipped);
	fflush(stdout);
	return tap_failed ? 1 : 0;
}

#endif /* VDSO_TAP_H */
