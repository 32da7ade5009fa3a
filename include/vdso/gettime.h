/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _VDSO_GETTIME_H
#define _VDSO_GETTIME_H

#include <linux/types.h>

/* Prototypes of the exported vDSO entry points, per time ABI. */
struct __kernel_timespec;
struct __kernel_old_timeval;
struct timezone;

/* 32-bit time_t: every 32-bit vDSO, including a 64-bit kernel's compat one. */
#if !defined(CONFIG_64BIT) || defined(BUILD_VDSO32_64) || defined(BUILD_VDSO32)
struct old_timespec32;
int __vdso_clock_getres(clockid_t clock, struct old_timespec32 *res);
int __vdso_clock_gettime(clockid_t clock, struct old_timespec32 *ts);
#else
int __vdso_clock_getres(clockid_t clock, struct __kernel_timespec *res);
int __vdso_clock_gettime(clockid_t clock, struct __kernel_timespec *ts);
#endif

__kernel_old_time_t __vdso_time(__kernel_old_time_t *t);
int __vdso_gettimeofday(struct __kernel_old_timeval *tv, struct timezone *tz);
int __vdso_clock_gettime64(clockid_t clock, struct __kernel_timespec *ts);

#endif /* _VDSO_GETTIME_H */
