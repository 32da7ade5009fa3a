/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_DATA_H
#define __ASM_VDSO_DATA_H

#ifndef __ASSEMBLY__

#include <linux/types.h>
#include <asm/hwprobe.h>

/*
 * riscv's part of the data page: the answers to riscv_hwprobe() for the
 * set of all CPUs, filled once at boot (arch/riscv/kernel/sys_hwprobe.c),
 * so the vDSO's __vdso_riscv_hwprobe() can answer without a syscall.
 */
struct arch_vdso_data {
	__u64	all_cpu_hwprobe_values[RISCV_HWPROBE_MAX_KEY + 1];
	/* Every CPU gives the same answers: any CPU set may be served here. */
	__u8	homogeneous_cpus;
};

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_DATA_H */
