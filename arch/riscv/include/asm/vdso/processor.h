/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

#ifndef __ASSEMBLY__

/*
 * A spin-loop pause, the whole kernel's (asm/processor.h includes this):
 * with the M extension a division by zero, whose result nobody reads,
 * first holds the hart for the divider's latency; then Zihintpause's
 * PAUSE, spelled as its encoding (a FENCE with no successor set) so any
 * assembler takes it and cores without the extension run it as a
 * harmless fence. The clobber keeps spin loops re-reading memory.
 */
static __always_inline void cpu_relax(void)
{
#ifdef __riscv_muldiv
	long stall;

	asm volatile("div %0, %0, zero" : "=r" (stall));
#endif
	asm volatile(".4byte 0x0100000f" : : : "memory");
}

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_PROCESSOR_H */
