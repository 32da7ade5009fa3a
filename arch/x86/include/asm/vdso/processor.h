/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

#ifndef __ASSEMBLY__

/* PAUSE: tells the core this is a spin loop (saves power, frees the sibling). */
static __always_inline void rep_nop(void)
{
	asm volatile("rep; nop" ::: "memory");
}

static __always_inline void cpu_relax(void)
{
	rep_nop();
}

struct getcpu_cache;

notrace long __vdso_getcpu(unsigned int *cpu, unsigned int *node, struct getcpu_cache *unused);

#endif /* __ASSEMBLY__ */

#endif /* __ASM_VDSO_PROCESSOR_H */
