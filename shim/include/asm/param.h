/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_PARAM_H
#define _SHIM_ASM_PARAM_H

/*
 * The kernel's tick rate (CONFIG_HZ) the userspace-built image is compiled
 * for: its coarse clocks' clock_getres() answer. The harness's simulated
 * timekeeper ticks on its own; only that answer depends on this.
 */
#define HZ	100

#endif /* _SHIM_ASM_PARAM_H */
