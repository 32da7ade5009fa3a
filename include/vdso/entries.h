/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_ENTRIES_H
#define __VDSO_ENTRIES_H

/*
 * The time entry points of a vDSO: thin exports of the generic reader.
 * Every arch's entry file is the same three steps: name the entries,
 * say which optional ones it has, include this file.
 *
 *	VDSO_ENTRY(name)	the exported name of @name: __vdso_##name,
 *				__kernel_##name, ...
 *	VDSO_HAS_TIME		time() too (x86)
 *	VDSO_HAS_PLAIN_NAMES	the plain names (clock_gettime, ...) as weak
 *				aliases as well, for programs that link
 *				against the image itself (x86)
 *	VDSO_ENTRY_ALIGN	start each entry point at this alignment
 *				(x86: a cache line)
 *	VDSO_DATA_PASSED	each entry point takes the data page as an
 *				extra last argument (powerpc, whose asm
 *				trampolines find the page and call these)
 *
 * With a 32-bit time_t (BUILD_VDSO32) clock_gettime() and clock_getres()
 * keep the old 32-bit timespec and clock_gettime64() is the y2038-safe
 * one. The versions the names are exported at are the linker script's.
 */

#include <linux/types.h>
/* kbuild also puts the reader in front of some entry files (-include); it is guarded. */
#include "../../lib/vdso/gettimeofday.c"

#ifdef VDSO_ENTRY_ALIGN
#define VDSO_ENTRY_ATTRS	__attribute__((aligned(VDSO_ENTRY_ALIGN)))
#else
#define VDSO_ENTRY_ATTRS
#endif

#ifdef VDSO_DATA_PASSED
#define VDSO_PAGE_PARAM		, const struct vdso_data *vd
#define VDSO_PAGE		vd
#else
#define VDSO_PAGE_PARAM
#define VDSO_PAGE		__arch_get_vdso_data()
#endif

#ifdef VDSO_HAS_PLAIN_NAMES
#include <linux/stringify.h>
/* What makes a plain name a weak alias of entry @name. */
#define VDSO_ALIAS_OF(name)	__attribute__((weak, alias(__stringify(VDSO_ENTRY(name)))))
#endif

#ifdef BUILD_VDSO32
int VDSO_ENTRY(clock_gettime)(clockid_t clock, struct old_timespec32 *ts VDSO_PAGE_PARAM)
	VDSO_ENTRY_ATTRS;
int VDSO_ENTRY(clock_gettime)(clockid_t clock, struct old_timespec32 *ts VDSO_PAGE_PARAM)
{
	return __cvdso_clock_gettime32_data(VDSO_PAGE, clock, ts);
}
#ifdef VDSO_HAS_PLAIN_NAMES
int clock_gettime(clockid_t clock, struct old_timespec32 *ts) VDSO_ALIAS_OF(clock_gettime);
#endif

int VDSO_ENTRY(clock_gettime64)(clockid_t clock, struct __kernel_timespec *ts VDSO_PAGE_PARAM)
	VDSO_ENTRY_ATTRS;
int VDSO_ENTRY(clock_gettime64)(clockid_t clock, struct __kernel_timespec *ts VDSO_PAGE_PARAM)
{
	return __cvdso_clock_gettime_data(VDSO_PAGE, clock, ts);
}
#ifdef VDSO_HAS_PLAIN_NAMES
int clock_gettime64(clockid_t clock, struct __kernel_timespec *ts) VDSO_ALIAS_OF(clock_gettime64);
#endif
#else
int VDSO_ENTRY(clock_gettime)(clockid_t clock, struct __kernel_timespec *ts VDSO_PAGE_PARAM)
	VDSO_ENTRY_ATTRS;
int VDSO_ENTRY(clock_gettime)(clockid_t clock, struct __kernel_timespec *ts VDSO_PAGE_PARAM)
{
	return __cvdso_clock_gettime_data(VDSO_PAGE, clock, ts);
}
#ifdef VDSO_HAS_PLAIN_NAMES
int clock_gettime(clockid_t clock, struct __kernel_timespec *ts) VDSO_ALIAS_OF(clock_gettime);
#endif
#endif

int VDSO_ENTRY(gettimeofday)(struct __kernel_old_timeval *tv, struct timezone *tz VDSO_PAGE_PARAM)
	VDSO_ENTRY_ATTRS;
int VDSO_ENTRY(gettimeofday)(struct __kernel_old_timeval *tv, struct timezone *tz VDSO_PAGE_PARAM)
{
	return __cvdso_gettimeofday_data(VDSO_PAGE, tv, tz);
}
#ifdef VDSO_HAS_PLAIN_NAMES
int gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz) VDSO_ALIAS_OF(gettimeofday);
#endif

#ifdef BUILD_VDSO32
int VDSO_ENTRY(clock_getres)(clockid_t clock, struct old_timespec32 *res VDSO_PAGE_PARAM)
	VDSO_ENTRY_ATTRS;
int VDSO_ENTRY(clock_getres)(clockid_t clock, struct old_timespec32 *res VDSO_PAGE_PARAM)
{
	return __cvdso_clock_getres_time32_data(VDSO_PAGE, clock, res);
}
#ifdef VDSO_HAS_PLAIN_NAMES
int clock_getres(clockid_t clock, struct old_timespec32 *res) VDSO_ALIAS_OF(clock_getres);
#endif
#else
int VDSO_ENTRY(clock_getres)(clockid_t clock, struct __kernel_timespec *res VDSO_PAGE_PARAM)
	VDSO_ENTRY_ATTRS;
int VDSO_ENTRY(clock_getres)(clockid_t clock, struct __kernel_timespec *res VDSO_PAGE_PARAM)
{
	return __cvdso_clock_getres_data(VDSO_PAGE, clock, res);
}
#ifdef VDSO_HAS_PLAIN_NAMES
int clock_getres(clockid_t clock, struct __kernel_timespec *res) VDSO_ALIAS_OF(clock_getres);
#endif
#endif

#ifdef VDSO_HAS_TIME
__kernel_old_time_t VDSO_ENTRY(time)(__kernel_old_time_t *t VDSO_PAGE_PARAM) VDSO_ENTRY_ATTRS;
__kernel_old_time_t VDSO_ENTRY(time)(__kernel_old_time_t *t VDSO_PAGE_PARAM)
{
	return __cvdso_time_data(VDSO_PAGE, t);
}
#ifdef VDSO_HAS_PLAIN_NAMES
__kernel_old_time_t time(__kernel_old_time_t *t) VDSO_ALIAS_OF(time);
#endif
#endif

#endif /* __VDSO_ENTRIES_H */
