/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

#ifndef __ASSEMBLY__

/*
 * Zihintpause's PAUSE, spelled as its encoding (a FENCE with no successor
 * set) so any assembler takes it; cores without the extension run it as a
 * harmless fence. The clobber keeps spin loops re-reading memory.
 */
static __always_inline void cpu_relax(void)
{
	asm volatile(".4byte 0x0100000f" : : : "memory");
}

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_PROCESSOR_H */
