/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_LINUX_TIME_H
#define _HARNESS_LINUX_TIME_H

/* The uapi time ABI plus the kernel's current timezone, as settimeofday() sets it. */
#include <uapi/linux/time.h>

extern struct timezone sys_tz;

#endif /* _HARNESS_LINUX_TIME_H */
