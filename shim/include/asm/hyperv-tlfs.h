/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_HYPERV_TLFS_H
#define _SHIM_ASM_HYPERV_TLFS_H

/*
 * Hyper-V's reference TSC page (the layout of the kernel's
 * asm-generic/hyperv-tlfs.h): time in 100 ns units is
 * (tsc * tsc_scale >> 64) + tsc_offset while @tsc_sequence is non-zero
 * and unchanged across the read.
 */
#include <linux/types.h>

struct ms_hyperv_tsc_page {
	volatile u32	tsc_sequence;
	u32		reserved1;
	volatile u64	tsc_scale;
	volatile s64	tsc_offset;
} __attribute__((__packed__));

#endif /* _SHIM_ASM_HYPERV_TLFS_H */
