// SPDX-License-Identifier: GPL-2.0
/*
 * The generic vDSO reader: clock_gettime(), gettimeofday(), time() and
 * clock_getres() answered in user mode from the data page the kernel's
 * timekeeping fills (see vsyscall.c beside this file).
 *
 * Read top to bottom: the cycles-to-nanoseconds step, one
 * seqlock-protected read of one clock, the time-namespace wrapper around
 * it, the clock-id dispatcher, then the __cvdso_* functions each arch's
 * entry points (<vdso/entries.h>) call. Every helper is __always_inline so
 * each entry point compiles to one straight function with no calls on the
 * fast path.
 *
 * The arch's hooks (counter read, fallbacks, data page) and the defaults
 * of the optional ones are gathered in <vdso/datapage.h>; the three that
 * shape the arithmetic (VDSO_DELTA_NOMASK, vdso_shift_ns(), vdso_calc_ns())
 * are here, next to the step they change.
 */
#ifndef __LIB_VDSO_GETTIMEOFDAY_C
#define __LIB_VDSO_GETTIMEOFDAY_C

#include <vdso/datapage.h>
#include <vdso/helpers.h>

/* Result of reading one clock from one data page. */
enum vdso_read_result {
	VDSO_READ_OK,
	VDSO_READ_FALLBACK,	/* ask the kernel */
	VDSO_READ_TIMENS,	/* this is a namespace page: read the real one */
};

/*
 * An arch whose every vDSO counter never wraps defines VDSO_DELTA_NOMASK:
 * 64 bits wide (powerpc's timebase, s390's TOD clock, riscv's time CSR),
 * or the Arm generic timer (arm64, AArch32), at least 56 bits that the
 * architecture rolls over no sooner than 40 years after they start, the
 * span the kernel sizes the clocksource's mask from
 * (arch_counter_get_width()). The plain
 * 64-bit subtraction is then the masked delta in every state the counter
 * can reach, and the compiler drops the AND instead of loading mask from
 * the page.
 */
#ifdef VDSO_DELTA_NOMASK
#define vdso_delta_mask(vd)	ULLONG_MAX
#else
#define vdso_delta_mask(vd)	((vd)->mask)
#endif

/*
 * Whether masked delta @delta is a counter behind cycle_last. A counter
 * that never wraps (VDSO_DELTA_NOMASK) is behind when the subtraction
 * went negative, a sign the arch gets for free from it (arm64: subs and
 * one select, three instructions fewer than the bound); the kernel's
 * bound, 7/8 of the range, would be a constant to build on every read,
 * and a forward delta between the two is decades of counting without an
 * update.
 */
#ifdef VDSO_DELTA_NOMASK
#define vdso_delta_behind(delta, mask)	((s64)(delta) < 0)
#else
/* unlikely(): else GCC lays the zeroed delta's copy of the multiply inline (mips o32: 1 more). */
#define vdso_delta_behind(delta, mask)	unlikely(vdso_delta_past_forward_max(delta, mask))
#endif

/*
 * Which of the sets, masks of BIT()s, clock @clock (below VDSO_BASES) is
 * in: vdso_clock_in(set, vdso_clock_key(clock)). Where an AND with an
 * immediate can hold every set (powerpc's andi., s390's tmll, mips's andi)
 * the key is BIT(clock), made once, and each set costs one test. An arch
 * whose immediates cannot hold the hres set (A64 and A32/T32 logical
 * immediates; x86_64, where BIT() wants the id in %cl) defines
 * VDSO_CLOCK_SET_BY_SHIFT: the key is the id, each set shifted down by it
 * and bit 0 tested, two instructions fewer on the hres path (callgrind,
 * x86_64: 65 to 63; arm64's disassembly: 5 to 3) for at most one more on
 * the coarse.
 */
#ifdef VDSO_CLOCK_SET_BY_SHIFT
#define vdso_clock_key(clock)		((unsigned long)(clock))
#define vdso_clock_in(set, key)		(((unsigned long)(set) >> (key)) & 1)
#elif defined(VDSO_CLOCK_BOUND_IN_KEY)
/*
 * An arch with a set-on-less-than whose shifts by a register take the
 * count modulo the word's width (mips: sltiu, dsllv; riscv: sltiu, sll)
 * defines VDSO_CLOCK_BOUND_IN_KEY: the key is the bound test's 0 or 1
 * shifted by the id, BIT(clock) below VDSO_BASES and 0, in no set, for
 * any other id, which then falls back through the set tests. Two
 * instructions on the hres path where the compare, its branch, the 1 and
 * the shift were four (the modulo is the shift's own; mips n64 kernel
 * image: 54 to 52).
 */
#define vdso_clock_key(clock)						\
	((unsigned long)((u32)(clock) < VDSO_BASES) << ((u32)(clock) % (8 * sizeof(long))))
#define vdso_clock_in(set, key)		((key) & (set))
#else
#define vdso_clock_key(clock)		BIT(clock)
#define vdso_clock_in(set, key)		((key) & (set))
#endif

/* Whether @clock must be refused before its key is made (not when the key holds the bound). */
#ifdef VDSO_CLOCK_BOUND_IN_KEY
#define vdso_clock_out_of_range(clock)	false
#else
#define vdso_clock_out_of_range(clock)	((u32)(clock) >= VDSO_BASES)
#endif

#if defined(VDSO_SHIFT_NS_BY_HALVES)
/*
 * The final shift, for a 32-bit arch whose 64-bit shift by a variable is a
 * sequence of several instructions (powerpc32; AArch32: 8 where this is 6).
 * Shifted nanoseconds are shifted by less than 32 there, so the halves
 * can be shifted on their own: clocks_calc_mult_shift() picks 32 only for
 * a maxsec below 2^32 / NSEC_PER_SEC (4.3 s), and a clocksource wider than
 * 32 bits, as the timebase and the generic timer are, gets 600.
 */
static __always_inline u64 vdso_shift_ns(u64 ns, u32 shift)
{
	u32 hi = ns >> 32;
	u32 lo = ns;

	/* hi << 1 << (31 - shift): defined for a shift of 0 too. */
	lo = (lo >> shift) | (hi << 1 << (31 - shift));
	return ((u64)(hi >> shift) << 32) | lo;
}
#elif !defined(vdso_shift_ns)
/* The final shift; an arch may still define its own vdso_shift_ns, as 6.12's interface allows. */
static __always_inline u64 vdso_shift_ns(u64 ns, u32 shift)
{
	return ns >> shift;
}
#endif

#ifndef vdso_calc_ns
/*
 * Nanoseconds at @cycles, given @base (shifted nanoseconds at cycle_last).
 * An arch that converts the delta its own way defines vdso_calc_ns() and
 * takes over this whole step, the counter-behind case included.
 *
 * A delta above vdso_delta_forward_max() is a counter slightly behind
 * cycle_last (read on a CPU whose counter lags the writer's), not one
 * nearly a wrap ahead: time stays at cycle_last rather than leap, as
 * timekeeping reads it.
 *
 * With GENERIC_VDSO_OVERFLOW_PROTECT the writer publishes max_cycles, at
 * most that bound, and one compare keeps both rare cases off the fast
 * path; beyond it a delta that would overflow delta * mult (the writer
 * stalled) takes the wide multiply. Without it the behind case is a
 * select (conditional select or move where the arch has one: no branch).
 */
static __always_inline u64 vdso_calc_ns(const struct vdso_data *vd, u64 cycles, u64 base)
{
	u64 mask = vdso_delta_mask(vd);
	u64 delta = (cycles - vd->cycle_last) & mask;

#ifdef CONFIG_GENERIC_VDSO_OVERFLOW_PROTECT
	if (unlikely(delta > vd->max_cycles)) {
		/*
		 * The bound itself, not vdso_delta_behind()'s form: with that
		 * GCC kept the fast path's delta in another register, one move
		 * more (x86_64 under callgrind, 63 to 64).
		 */
		if (delta > vdso_delta_forward_max(mask))
			return vdso_shift_ns(base, vd->shift);
		return mul_u64_u32_add_u64_shr(delta, vd->mult, base, vd->shift);
	}
#else
	if (vdso_delta_behind(delta, mask))
		delta = 0;
#endif
	return vdso_shift_ns(delta * vd->mult + base, vd->shift);
}
#endif /* !vdso_calc_ns */

/*
 * Start a read of @vd. A writer in progress (odd count) is waited out; a
 * namespace page, whose count is odd by design, is reported instead so the
 * reader never spins on it.
 */
static __always_inline bool vdso_read_begin_or_timens(const struct vdso_data *vd, u32 *seq)
{
	u32 start;

	while (unlikely((start = READ_ONCE(vd->seq)) & 1)) {
		if (IS_ENABLED(CONFIG_TIME_NS) &&
		    READ_ONCE(vd->clock_mode) == VDSO_CLOCKMODE_TIMENS)
			return false;
		cpu_relax();
	}
	smp_rmb();
	*seq = start;
	return true;
}

/*
 * Read clock @clock from record @vd into seconds and (not normalised)
 * nanoseconds. @coarse (the base time alone, no counter) is a constant at
 * every call site, so the choice folds away.
 */
static __always_inline enum vdso_read_result
vdso_read_clock(const struct vdso_data *vd, clockid_t clock, bool coarse, u64 *sec, u64 *ns)
{
	const struct vdso_timestamp *base = &vd->basetime[clock];
	u64 cycles;
	s32 mode;
	u32 seq;

	if (!coarse && !__arch_vdso_hres_capable())
		return VDSO_READ_FALLBACK;

	do {
		if (unlikely(!vdso_read_begin_or_timens(vd, &seq)))
			return VDSO_READ_TIMENS;

		if (coarse) {
			*sec = base->sec;
			*ns = base->nsec;
			continue;
		}

		/* The mode can change with any update, so it is read under the count. */
		if (unlikely(!vdso_clocksource_ok(vd)))
			return VDSO_READ_FALLBACK;
		mode = vd->clock_mode;
		cycles = __arch_get_hw_counter(mode, vd);
		if (unlikely(!vdso_cycles_ok(mode, cycles)))
			return VDSO_READ_FALLBACK;
		*ns = vdso_calc_ns(vd, cycles, base->nsec);
		*sec = base->sec;
	} while (unlikely(vdso_read_retry(vd, seq)));

	return VDSO_READ_OK;
}

/*
 * Read @clock from record @vd of @records, following a time namespace: its page
 * holds per-clock offsets, the real page is elsewhere (the arch knows where)
 * with the same records. The offsets never change once a task can see
 * them, so they need no count.
 */
static __always_inline bool
vdso_read_clock_timens(const struct vdso_data *records, const struct vdso_data *vd, clockid_t clock,
	     bool coarse, u64 *sec, u64 *ns)
{
	enum vdso_read_result ret = vdso_read_clock(vd, clock, coarse, sec, ns);
	const struct timens_offset *offs;
	const struct vdso_data *real;

	if (likely(ret == VDSO_READ_OK))
		return true;
	if (!IS_ENABLED(CONFIG_TIME_NS) || ret != VDSO_READ_TIMENS)
		return false;

	/* The same record of the real page: a byte offset, no division by the record size. */
	real = (const void *)((const char *)__arch_get_timens_vdso_data(records) +
			      ((const char *)vd - (const char *)records));
	/*
	 * One pointer to the offsets, opaque to the compiler, is one value
	 * live across the read instead of the record and the clock's index:
	 * with one register fewer, the ppc64 kernel's image (r30 reserved,
	 * -Os) saves a single callee-saved register on the counter clocks'
	 * path only, where it saved three out of line on every call. Not for
	 * the coarse read, which it made longer on i386 (73 instructions
	 * against 66 under callgrind).
	 */
	offs = &vd->offset[clock];
	if (!coarse)
		OPTIMIZER_HIDE_VAR(offs);
	if (vdso_read_clock(real, clock, coarse, sec, ns) != VDSO_READ_OK)
		return false;
	*sec += offs->sec;
	*ns += offs->nsec;
	/*
	 * A coarse base is published normalised and a namespace adds less
	 * than a second: one step normalises it again, here, so that the
	 * plain coarse read stores its base as it is. (The caller normalises
	 * hres times.)
	 */
	if (coarse && *ns >= NSEC_PER_SEC) {
		*ns -= NSEC_PER_SEC;
		(*sec)++;
	}
	return true;
}

/*
 * Store seconds plus nanoseconds (possibly above a second) normalised.
 * Testing first keeps the division's zero quotient off the fast path:
 * without the test GCC adds it to the seconds on every read, three
 * instructions on ppc64 and on AArch32. (Not unlikely(): that moved the
 * x86_64 store behind a jump, two more there.)
 */
static __always_inline void vdso_set_timespec(struct __kernel_timespec *ts, u64 sec, u64 ns)
{
	if (ns >= NSEC_PER_SEC)
		sec += __iter_div_u64_rem(ns, NSEC_PER_SEC, &ns);
	ts->tv_sec = sec;
	ts->tv_nsec = ns;
}

/* A coarse clock: the base time of the last update, no counter. */
static __always_inline bool
vdso_read_coarse(const struct vdso_data *records, clockid_t clock, struct __kernel_timespec *ts)
{
	u64 sec, ns;

	if (!vdso_read_clock_timens(records, &records[CS_HRES_COARSE], clock, true, &sec, &ns))
		return false;
	/* Normalised already (vdso_read_clock_timens()). */
	ts->tv_sec = sec;
	ts->tv_nsec = ns;
	return true;
}

/*
 * clock_gettime() for any clock id into @ts: true when served here, false
 * when the caller must ask the kernel (unknown or dynamic clock, unreadable
 * counter, or no caller's result to write: @have_result false).
 */
static __always_inline bool
vdso_clock_gettime_common(const struct vdso_data *records, clockid_t clock,
			  struct __kernel_timespec *ts, bool have_result)
{
	const struct vdso_data *vd;
	unsigned long key;
	u64 sec, ns;

	/*
	 * Negative ids (CPU-time and fd clocks) become huge here and fall back
	 * too. A NULL result gets the kernel's answer (-EFAULT or -EINVAL),
	 * not a crash. Two tests: GCC makes one test of both into flag
	 * arithmetic before a branch on Thumb-2, nine instructions where
	 * these are four.
	 */
	if (unlikely(!have_result))
		return false;
	if (unlikely(vdso_clock_out_of_range(clock)))
		return false;
	key = vdso_clock_key(clock);

	/*
	 * Counter clocks differ only in their record: choosing the record
	 * first lets one inlined read (and one namespace read) serve them
	 * all. Separate reads per set made the x86_64 image 30% larger and
	 * the hot path slower (more registers live across the function).
	 */
	if (likely(vdso_clock_in(VDSO_HRES, key)))
		vd = &records[CS_HRES_COARSE];
	else if (vdso_clock_in(VDSO_COARSE, key))
		return vdso_read_coarse(records, clock, ts);
	else if (vdso_clock_in(VDSO_RAW, key))
		vd = &records[CS_RAW];
	else
		return false;

	if (!vdso_read_clock_timens(records, vd, clock, false, &sec, &ns))
		return false;
	vdso_set_timespec(ts, sec, ns);
	return true;
}

/*
 * The entry points come in two forms: __cvdso_*_data() read the data page
 * the caller passes (powerpc's trampolines find it themselves and pass it
 * in), __cvdso_*() the one __arch_get_vdso_data() gives.
 */
static __always_inline int
__cvdso_clock_gettime_data(const struct vdso_data *records, clockid_t clock,
			   struct __kernel_timespec *ts)
{
	if (likely(vdso_clock_gettime_common(records, clock, ts, ts != NULL)))
		return 0;
	return clock_gettime_fallback(clock, ts);
}

static __always_inline int __cvdso_clock_gettime(clockid_t clock, struct __kernel_timespec *ts)
{
	return __cvdso_clock_gettime_data(__arch_get_vdso_data(), clock, ts);
}

static __always_inline int
__cvdso_gettimeofday_data(const struct vdso_data *records, struct __kernel_old_timeval *tv,
			  struct timezone *tz)
{
	if (likely(tv)) {
		struct __kernel_timespec ts;

		if (!vdso_clock_gettime_common(records, CLOCK_REALTIME, &ts, true))
			return gettimeofday_fallback(tv, tz);
		tv->tv_sec = ts.tv_sec;
		/* Division by a constant: a multiply, no libgcc call. */
		tv->tv_usec = (u32)ts.tv_nsec / NSEC_PER_USEC;
	}

	if (unlikely(tz)) {
		records = vdso_real_page(records);
		tz->tz_minuteswest = records[CS_HRES_COARSE].tz_minuteswest;
		tz->tz_dsttime = records[CS_HRES_COARSE].tz_dsttime;
	}
	return 0;
}

static __always_inline int
__cvdso_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return __cvdso_gettimeofday_data(__arch_get_vdso_data(), tv, tz);
}

/* Seconds of CLOCK_REALTIME: one aligned load, so no count is needed. */
static __always_inline __kernel_old_time_t
__cvdso_time_data(const struct vdso_data *records, __kernel_old_time_t *t)
{
	__kernel_old_time_t sec;

	records = vdso_real_page(records);
	sec = READ_ONCE(records[CS_HRES_COARSE].basetime[CLOCK_REALTIME].sec);
	if (t)
		*t = sec;
	return sec;
}

static __always_inline __kernel_old_time_t __cvdso_time(__kernel_old_time_t *t)
{
	return __cvdso_time_data(__arch_get_vdso_data(), t);
}

/*
 * clock_getres(): hres and raw clocks report the hrtimer resolution the
 * kernel publishes, coarse clocks the tick. A NULL @res is valid.
 */
static __always_inline bool
vdso_clock_getres_common(const struct vdso_data *records, clockid_t clock,
			 struct __kernel_timespec *res)
{
	unsigned long key;
	u32 ns;

	if (unlikely(vdso_clock_out_of_range(clock)))
		return false;
	key = vdso_clock_key(clock);

	if (vdso_clock_in(VDSO_HRES | VDSO_RAW, key))
		ns = READ_ONCE(vdso_real_page(records)[CS_HRES_COARSE].hrtimer_res);
	else if (vdso_clock_in(VDSO_COARSE, key))
		ns = LOW_RES_NSEC;
	else
		return false;

	if (likely(res)) {
		res->tv_sec = 0;
		res->tv_nsec = ns;
	}
	return true;
}

static __always_inline int
__cvdso_clock_getres_data(const struct vdso_data *records, clockid_t clock,
			  struct __kernel_timespec *res)
{
	if (likely(vdso_clock_getres_common(records, clock, res)))
		return 0;
	return clock_getres_fallback(clock, res);
}

static __always_inline int __cvdso_clock_getres(clockid_t clock, struct __kernel_timespec *res)
{
	return __cvdso_clock_getres_data(__arch_get_vdso_data(), clock, res);
}

#ifdef BUILD_VDSO32
/* The 32-bit time ABI: same reads, narrower result, 32-bit syscall fallback. */
static __always_inline int
__cvdso_clock_gettime32_data(const struct vdso_data *records, clockid_t clock,
			     struct old_timespec32 *res)
{
	struct __kernel_timespec ts;

	if (likely(vdso_clock_gettime_common(records, clock, &ts, res != NULL))) {
		res->tv_sec = ts.tv_sec;
		res->tv_nsec = ts.tv_nsec;
		return 0;
	}
	return clock_gettime32_fallback(clock, res);
}

static __always_inline int __cvdso_clock_gettime32(clockid_t clock, struct old_timespec32 *res)
{
	return __cvdso_clock_gettime32_data(__arch_get_vdso_data(), clock, res);
}

static __always_inline int
__cvdso_clock_getres_time32_data(const struct vdso_data *records, clockid_t clock,
				 struct old_timespec32 *res)
{
	struct __kernel_timespec ts;

	if (likely(vdso_clock_getres_common(records, clock, &ts))) {
		if (likely(res)) {
			res->tv_sec = ts.tv_sec;
			res->tv_nsec = ts.tv_nsec;
		}
		return 0;
	}
	return clock_getres32_fallback(clock, res);
}

static __always_inline int __cvdso_clock_getres_time32(clockid_t clock, struct old_timespec32 *res)
{
	return __cvdso_clock_getres_time32_data(__arch_get_vdso_data(), clock, res);
}
#endif /* BUILD_VDSO32 */

#endif /* __LIB_VDSO_GETTIMEOFDAY_C */
