/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_POWERPC_VDSO_PROCESSOR_H
#define _SHIM_ASM_POWERPC_VDSO_PROCESSOR_H

/*
 * Stand-in for the kernel's <asm/vdso/processor.h>, which the graft keeps
 * (it also holds the kernel's thread priority macros): cpu_relax() drops
 * this hardware thread's priority and restores it, the kernel's form
 * before POWER10 (there a feature fixup patches in a pause instead).
 */
#define cpu_relax()	do { asm volatile("or 1, 1, 1\n\tor 2, 2, 2" : : : "memory"); } while (0)

#endif /* _SHIM_ASM_POWERPC_VDSO_PROCESSOR_H */
