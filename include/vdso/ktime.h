/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_KTIME_H
#define __VDSO_KTIME_H

#include <vdso/jiffies.h>

/* Resolution the coarse clocks report through clock_getres(). */
#define LOW_RES_NSEC	TICK_NSEC
#define KTIME_LOW_RES	(LOW_RES_NSEC)

#endif /* __VDSO_KTIME_H */
