/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_HWPROBE_H
#define _SHIM_ASM_HWPROBE_H

/*
 * riscv's data page sizes its hwprobe answers by the highest key the
 * kernel knows, a kernel-internal fact (arch/riscv/include/asm/hwprobe.h
 * in Linux 6.12) that system uapi headers do not carry.
 */
#define RISCV_HWPROBE_MAX_KEY	9

#endif /* _SHIM_ASM_HWPROBE_H */
