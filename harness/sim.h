/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_SIM_H
#define _HARNESS_SIM_H

/*
 * The simulated kernel timekeeper that drives our writer
 * (lib/vdso/vsyscall.c) in userspace. It counts with the real hardware
 * counter, calibrated against the host's CLOCK_MONOTONIC_RAW, accumulates
 * time per tick exactly like the kernel does, and gently steers its rate
 * towards the host clocks so results can be compared with the syscall.
 *
 * This header uses only plain C types (no <stdint.h>, and _Bool rather than
 * <stdbool.h>'s bool): the writer side is built in the kernel environment
 * (shim, freestanding), the tests in the libc one.
 */

/*
 * The clocksources the timekeeper can run on: the arch's counter, or on
 * x86-64 a simulated hypervisor's clock (hypervisor.h) the way the
 * kernel's kvm-clock and Hyper-V TSC page drivers run on it: their reads
 * are the counter, published as clock mode PVCLOCK or HVCLOCK.
 */
enum sim_clocksource {
	SIM_COUNTER,
	SIM_PVCLOCK,
	SIM_HVCLOCK,
};

/*
 * Run on @cs from the next sim_init() (which calibrates it again). For a
 * hypervisor's clock, its page is published first, at the TSC's rate
 * (the TSC shifted by @pv_shift for pvclock); hyp_init() must have been
 * called. Returns 0, or -1 where @cs does not exist.
 */
int sim_set_clocksource(enum sim_clocksource cs, int pv_shift);
enum sim_clocksource sim_clocksource_now(void);
/* The arch's counter's rate (the TSC's on x86), calibrated once. */
unsigned long long sim_tsc_hz(void);

/* Start over from the host clocks, with a counter @mask bits wide (1..64). */
void sim_init(void *data_records, unsigned int mask_bits);
/* Accumulate the time since the last tick and publish it. */
void sim_tick(void);
/* Whether the published clock mode is the counter (true) or NONE (false). */
void sim_set_counter_mode(_Bool readable);
void sim_set_tz(int minuteswest, int dsttime);
/* Called inside every write section, after the real values are written (poison.h). */
void sim_set_write_section_hook(void (*hook)(void *records));
/* Fill a time namespace's page: offsets in seconds for MONOTONIC and BOOTTIME. */
void sim_setup_timens_page(void *ns_records, long long mono_sec, long long boot_sec);

unsigned long long sim_counter_hz(void);
/* Whether the reader masks the counter delta (narrower counters can be simulated). */
_Bool sim_counter_masked(void);
unsigned int sim_hrtimer_res_ns(void);
/* What clock_getres() of a coarse clock must say, as the image was built. */
unsigned int sim_coarse_res_ns(void);
unsigned long long sim_updates(void);
/* Longest time between two ticks since sim_init(), in ns. */
unsigned long long sim_max_tick_gap_ns(void);
/* Host CLOCK_MONOTONIC when the last tick was published. */
long long sim_last_tick_ns(void);
/*
 * How often the host's wall clock stepped or the counter jumped since the
 * start (writer.c): a check that failed across one may run again.
 */
unsigned long long sim_disturbances(void);
/* Whether the timekeeper follows the host's wall-clock steps (default true). */
void sim_follow_wall_steps(_Bool follow);
/* The count of a data page's first record (odd, or moved: a write section met). */
unsigned int sim_page_seq(const void *records);

/* Host side, in the libc world (host.c). */
long long host_clock_ns(int clock_id);
void host_sleep_ns(long long ns);

#endif /* _HARNESS_SIM_H */
