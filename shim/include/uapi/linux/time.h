/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_UAPI_LINUX_TIME_H
#define _SHIM_UAPI_LINUX_TIME_H

/*
 * The time ABI between tasks and the kernel, as far as the vDSO passes it
 * (include/uapi/linux/time.h and time_types.h in Linux 6.12): the
 * structures' layouts and the clock ids are fixed by the syscall ABI.
 */
#include <linux/types.h>

struct __kernel_timespec {
	__kernel_time64_t	tv_sec;
	long long		tv_nsec;
};

struct __kernel_old_timeval {
	__kernel_long_t		tv_sec;
	__kernel_long_t		tv_usec;
};

struct timezone {
	int	tz_minuteswest;
	int	tz_dsttime;
};

#define CLOCK_REALTIME			0
#define CLOCK_MONOTONIC			1
#define CLOCK_PROCESS_CPUTIME_ID	2
#define CLOCK_THREAD_CPUTIME_ID		3
#define CLOCK_MONOTONIC_RAW		4
#define CLOCK_REALTIME_COARSE		5
#define CLOCK_MONOTONIC_COARSE		6
#define CLOCK_BOOTTIME			7
#define CLOCK_REALTIME_ALARM		8
#define CLOCK_BOOTTIME_ALARM		9
#define CLOCK_SGI_CYCLE			10
#define CLOCK_TAI			11

#define MAX_CLOCKS			16

#endif /* _SHIM_UAPI_LINUX_TIME_H */
