/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_MIPS_VDSO_PROCESSOR_H
#define _SHIM_ASM_MIPS_VDSO_PROCESSOR_H

/*
 * Stand-in for the kernel's <asm/vdso/processor.h>, which the graft keeps:
 * on the CPUs other than Loongson64 (whose store buffer wants a full
 * barrier in a spin), cpu_relax() only stops the compiler.
 */
#include <linux/compiler.h>

#define cpu_relax()	barrier()

#endif /* _SHIM_ASM_MIPS_VDSO_PROCESSOR_H */
