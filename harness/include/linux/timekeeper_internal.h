/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_TIMEKEEPER_INTERNAL_H
#define _HARNESS_TIMEKEEPER_INTERNAL_H

/*
 * The simulated timekeeper: just the fields of the kernel's struct
 * timekeeper (same names, same meaning) that the vDSO writer reads.
 */
#include <linux/types.h>

struct clocksource {
	s32			vdso_clock_mode;
	u64			max_cycles;	/* deltas above this overflow * mult */
};

struct timespec64 {
	s64			tv_sec;
	long			tv_nsec;
};

/* One view of the clocksource: conversion and time at cycle_last. */
struct tk_read_base {
	struct clocksource	*clock;
	u64			mask;
	u64			cycle_last;
	u32			mult;
	u32			shift;
	u64			xtime_nsec;	/* shifted nanoseconds */
};

struct timekeeper {
	struct tk_read_base	tkr_mono;	/* REALTIME/MONOTONIC view */
	struct tk_read_base	tkr_raw;	/* MONOTONIC_RAW view */
	u64			xtime_sec;	/* REALTIME seconds */
	struct timespec64	wall_to_monotonic;
	s32			tai_offset;
	u64			raw_sec;
	struct timespec64	monotonic_to_boot;
};

/* The writer's entry points, as the kernel declares them here. */
void update_vsyscall(struct timekeeper *tk);
void update_vsyscall_tz(void);

#endif /* _HARNESS_TIMEKEEPER_INTERNAL_H */
