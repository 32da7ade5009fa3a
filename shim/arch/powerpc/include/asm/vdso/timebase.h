/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_POWERPC_VDSO_TIMEBASE_H
#define _SHIM_ASM_POWERPC_VDSO_TIMEBASE_H

/*
 * Stand-in for the kernel's <asm/vdso/timebase.h>, which the graft keeps
 * (the kernel reads the timebase through it too): get_tb() on a 64-bit
 * Book3S CPU without the Cell erratum is one mftb.
 */
#include <linux/types.h>

static __always_inline u64 get_tb(void)
{
	u64 tb;

	asm volatile("mftb %0" : "=r" (tb));
	return tb;
}

#endif /* _SHIM_ASM_POWERPC_VDSO_TIMEBASE_H */
