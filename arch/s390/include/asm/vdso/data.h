/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __S390_ASM_VDSO_DATA_H
#define __S390_ASM_VDSO_DATA_H

#include <linux/types.h>

/*
 * What the vDSO needs beyond the generic record to read the TOD clock as
 * the kernel does: the steering in progress (time.c writes both under
 * vdso_update_begin()/end()). A negative delta means the clock is being
 * slowed down.
 */
struct arch_vdso_data {
	__s64	tod_steering_delta;
	__u64	tod_steering_end;	/* raw TOD at which steering ends */
};

#endif /* __S390_ASM_VDSO_DATA_H */
