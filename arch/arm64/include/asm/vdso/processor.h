/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

#ifndef __ASSEMBLY__

/*
 * YIELD hints a spin loop to the core (and to a hypervisor that traps it).
 * The same encoding exists in A64 and in A32/T32, so the compat vDSO and
 * the kernel share this one.
 */
static inline void cpu_relax(void)
{
	asm volatile("yield" ::: "memory");
}

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_PROCESSOR_H */
