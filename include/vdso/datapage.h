/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_DATAPAGE_H
#define __VDSO_DATAPAGE_H

/*
 * The data page: written by the kernel's timekeeping (lib/vdso/vsyscall.c),
 * read by the vDSO (lib/vdso/gettimeofday.c). 64-bit and 32-bit (compat)
 * vDSOs read the same page, so every field has a fixed size.
 */

#ifndef __ASSEMBLY__

#include <linux/compiler.h>
#include <uapi/linux/time.h>
#include <uapi/linux/types.h>
#include <uapi/asm-generic/errno-base.h>

#include <vdso/bits.h>
#include <vdso/clocksource.h>
#include <vdso/ktime.h>
#include <vdso/limits.h>
#include <vdso/math64.h>
#include <vdso/processor.h>
#include <vdso/time.h>
#include <vdso/time32.h>
#include <vdso/time64.h>

#ifdef CONFIG_ARCH_HAS_VDSO_DATA
#include <asm/vdso/data.h>
#else
struct arch_vdso_data {};
#endif

/* One base time slot per clock id up to the highest one the vDSO serves. */
#define VDSO_BASES	(CLOCK_TAI + 1)

/* Clock id sets, tested as bit masks so dispatch costs one AND per set. */
#define VDSO_HRES	(BIT(CLOCK_REALTIME) | BIT(CLOCK_MONOTONIC) | \
			 BIT(CLOCK_BOOTTIME) | BIT(CLOCK_TAI))
#define VDSO_COARSE	(BIT(CLOCK_REALTIME_COARSE) | BIT(CLOCK_MONOTONIC_COARSE))
#define VDSO_RAW	(BIT(CLOCK_MONOTONIC_RAW))

/*
 * Two records, one per clocksource view: the NTP-adjusted one that serves
 * the hres and coarse clocks, and the unadjusted one behind MONOTONIC_RAW.
 */
#define CS_HRES_COARSE	0
#define CS_RAW		1
#define CS_BASES	(CS_RAW + 1)

/*
 * Time of one clock. For hres and raw clocks it is the time at cycle_last
 * and @nsec is scaled up by the record's shift (the reader adds the scaled
 * cycle delta before shifting down). For coarse clocks it is the time
 * itself, in plain nanoseconds.
 */
struct vdso_timestamp {
	u64	sec;
	u64	nsec;
};

/*
 * One record of the data page. Hot fields (those every hres read touches)
 * come first so a read stays within one cache line.
 *
 * In a time namespace's page, @seq is 1 forever and @clock_mode is
 * VDSO_CLOCKMODE_TIMENS: the reader then reads the real page and adds
 * @offset. Clocks a namespace does not shift have a zero offset.
 */
struct vdso_data {
	u32			seq;		/* odd while the writer is in */
	s32			clock_mode;	/* enum vdso_clock_mode */
	u64			cycle_last;	/* counter at the last update */
#ifdef CONFIG_GENERIC_VDSO_OVERFLOW_PROTECT
	u64			max_cycles;	/* larger deltas overflow delta * mult */
#endif
	u64			mask;		/* counter width */
	u32			mult;		/* ns = (cycles * mult) >> shift */
	u32			shift;

	union {
		struct vdso_timestamp	basetime[VDSO_BASES];
		struct timens_offset	offset[VDSO_BASES];
	};

	s32			tz_minuteswest;	/* settimeofday()'s timezone */
	s32			tz_dsttime;
	u32			hrtimer_res;	/* hres clock_getres(), in ns */
	u32			__unused;

	struct arch_vdso_data	arch_data;
};

/* State the vDSO getrandom() reads: reseed generation and readiness. */
struct vdso_rng_data {
	u64	generation;
	u8	is_ready;
};

/*
 * The linker places these at fixed offsets before the vDSO text. Hidden
 * visibility makes the compiler address them PC-relative instead of through
 * a GOT entry the vDSO could never have relocated.
 */
extern struct vdso_data _vdso_data[CS_BASES] __attribute__((visibility("hidden")));
extern struct vdso_data _timens_data[CS_BASES] __attribute__((visibility("hidden")));
extern struct vdso_rng_data _vdso_rng_data __attribute__((visibility("hidden")));

/* Page-sized storage for the kernel's copy of the data page. */
union vdso_data_store {
	struct vdso_data	data[CS_BASES];
	u8			page[1U << CONFIG_PAGE_SHIFT];
};

/* The reader's hooks: counter, fallbacks and data location per architecture. */
#ifdef ENABLE_COMPAT_VDSO
#include <asm/vdso/compat_gettimeofday.h>
#else
#include <asm/vdso/gettimeofday.h>
#endif

/*
 * The defaults of the reader's optional hooks: an arch overrides one by
 * defining the macro of the same name in its <asm/vdso/gettimeofday.h>.
 * What every arch must supply there is __arch_get_hw_counter() and the
 * fallbacks (<vdso/fallback.h> builds these from one syscall primitive).
 * The writer's hooks and their defaults are in <vdso/vsyscall.h>.
 */

/*
 * The data page the linker script names _vdso_data, and _timens_data,
 * where a task in a time namespace finds the real data while the
 * namespace's page takes _vdso_data's place.
 */
#ifndef __arch_get_vdso_data
static __always_inline const struct vdso_data *__arch_get_vdso_data(void)
{
	return _vdso_data;
}
#endif

#ifndef __arch_get_timens_vdso_data
static __always_inline const struct vdso_data *
__arch_get_timens_vdso_data(const struct vdso_data *vd)
{
	return _timens_data;
}
#endif

#ifndef vdso_clocksource_ok
/* Whether the counter behind this record can be read from user mode. */
static __always_inline bool vdso_clocksource_ok(const struct vdso_data *vd)
{
	return vd->clock_mode != VDSO_CLOCKMODE_NONE;
}
#endif

#ifndef vdso_cycles_ok
/*
 * Whether a counter value read in @clock_mode is usable: some counters
 * signal invalidation by their value. The mode lets an arch whose other
 * counters are always valid keep the test off their path.
 */
static __always_inline bool vdso_cycles_ok(s32 clock_mode, u64 cycles)
{
	return true;
}
#endif

#ifndef __arch_vdso_hres_capable
/* Whether this task may read the counter at all (e.g. not trapped). */
static __always_inline bool __arch_vdso_hres_capable(void)
{
	return true;
}
#endif

#endif /* !__ASSEMBLY__ */

#endif /* __VDSO_DATAPAGE_H */
