/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_TIME_H
#define __VDSO_TIME_H

#include <uapi/linux/types.h>

/*
 * Offset of one clock in a time namespace. It shares storage with the
 * base times in the namespace's copy of the data page (see datapage.h).
 */
struct timens_offset {
	s64	sec;
	u64	nsec;
};

#endif /* __VDSO_TIME_H */
