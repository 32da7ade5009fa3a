/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_PVCLOCK_ABI_H
#define _SHIM_ASM_PVCLOCK_ABI_H

/*
 * The time page KVM and Xen share with a guest, per vCPU (the ABI of the
 * kernel's asm/pvclock-abi.h): the hypervisor makes @version odd while it
 * rewrites the rest, and the guest's time is
 * system_time + ((tsc - tsc_timestamp) shifted by tsc_shift) * tsc_to_system_mul >> 32.
 */
#include <linux/types.h>

struct pvclock_vcpu_time_info {
	u32	version;
	u32	pad0;
	u64	tsc_timestamp;
	u64	system_time;
	u32	tsc_to_system_mul;
	s8	tsc_shift;
	u8	flags;
	u8	pad[2];
} __attribute__((__packed__));

/* Every vCPU's page agrees and the TSCs are synchronised. */
#define PVCLOCK_TSC_STABLE_BIT	(1 << 0)

#endif /* _SHIM_ASM_PVCLOCK_ABI_H */
