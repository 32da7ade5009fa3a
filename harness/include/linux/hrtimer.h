/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_HRTIMER_H
#define _HARNESS_HRTIMER_H

/* Resolution of high-resolution clocks, as the kernel publishes it (ns). */
extern unsigned int hrtimer_resolution;

#endif /* _HARNESS_HRTIMER_H */
