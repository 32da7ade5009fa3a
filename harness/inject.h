/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_INJECT_H
#define _HARNESS_INJECT_H

/*
 * Fault injection (faults.c), plain C like sim.h: the simulated
 * timekeeper (writer.c) publishes the injected states, inject.c holds the
 * exact reference they are checked against; both are built in the kernel
 * environment, the checks in the libc one; hence _Bool, as in sim.h.
 */

/*
 * A timekeeper state published as is through the real writer
 * (update_vsyscall()): one clocksource view for every clock, no offsets
 * between them (REALTIME = MONOTONIC = BOOTTIME = TAI, and MONOTONIC_RAW
 * the same), so each clock's exact value at any counter value is known.
 */
struct inject_tk {
	unsigned long long cycle_last;	/* as published: may be unmasked on purpose */
	unsigned long long mask;
	unsigned long long max_cycles;
	unsigned int mult, shift;
	unsigned long long sec;		/* seconds at cycle_last */
	unsigned long long nsec;	/* shifted nanoseconds at cycle_last, < 1 s */
	_Bool readable;			/* clock mode: the counter, or NONE */
	int clocksource;		/* enum sim_clocksource: what the counter is */
};

/* Write to this data page from now on (the simulated writer must be stopped). */
void inject_init(void *records);
/* Clear the data page, as at boot: a new timekeeper follows (no coarse time to hold). */
void inject_fresh_page(void);
/* Make @t the timekeeper's state and publish it. */
void inject_publish(const struct inject_tk *t);
/* The arch's ordered counter read, as the image does it. */
unsigned long long inject_counter(void);
/*
 * @t's clocksource at counter value @counter: the counter itself, or (x86-64)
 * the simulated hypervisor's clock at that TSC (hypervisor.h).
 */
unsigned long long inject_cs_read(const struct inject_tk *t, unsigned long long counter);
/*
 * The reader's answer in ns for a counter value, computed independently
 * with 128-bit arithmetic: the base time for a counter behind cycle_last
 * (inject_behind()), else base + delta * mult >> shift, whatever its size.
 */
unsigned long long inject_ref_ns(const struct inject_tk *t, unsigned long long counter);
/*
 * Whether a counter value is behind cycle_last: its masked delta is in
 * the top eighth of the range, which timekeeping reads as no time passed.
 */
_Bool inject_behind(const struct inject_tk *t, unsigned long long counter);
/* The last counter value past cycle_last that is not behind it. */
unsigned long long inject_last_onwards(const struct inject_tk *t);
/* Whether delta * mult at this counter value overflows 64 bits. */
_Bool inject_overflows(const struct inject_tk *t, unsigned long long counter);
/* mult for @hz and @shift: ns = cycles * mult >> shift. */
unsigned int inject_mult(unsigned long long hz, unsigned int shift);
/* The kernel's overflow limit for @mult (with its 12.5% margin), within @mask. */
unsigned long long inject_max_cycles(unsigned int mult, unsigned long long mask);
/* Whether the image was built with GENERIC_VDSO_OVERFLOW_PROTECT. */
_Bool inject_overflow_protected(void);

/* A running timekeeper on the state last published (the mode-flip case). */
void inject_tick(void);
void inject_set_readable(_Bool readable);
/* The state published last, and its clocksource's value now, read under the timekeeper's lock. */
unsigned long long inject_state(struct inject_tk *t);
/* What the kernel's clock_gettime() says now: the same timekeeper, read under its lock. */
unsigned long long inject_kernel_ns(void);
/* The coarse clocks' value: the time of the last update. */
unsigned long long inject_coarse_ns(void);

/* Whether a namespace page still has odd counts and mode TIMENS, as the kernel keeps it. */
_Bool inject_ns_page_odd(const void *ns_records);

#endif /* _HARNESS_INJECT_H */
