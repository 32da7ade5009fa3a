/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_CP15_H
#define __ASM_VDSO_CP15_H

/*
 * CP15 system register access for <asm/cp15.h> and the kernel code that
 * names its own registers with __ACCESS_CP15(). A register is described
 * by four macro arguments: the read instruction, the write instruction,
 * the operands, and the C type of the value. read_sysreg(REG) and
 * write_sysreg(val, REG) expand REG into those four. (The vDSO itself
 * reads its counter through <vdso/aarch32.h>.)
 */

#ifndef __ASSEMBLY__

#ifdef CONFIG_CPU_CP15

#include <linux/stringify.h>

/* A 32-bit register: MRC/MCR coprocessor 15, opc1 Op1, CRn, CRm, opc2 Op2. */
#define __ACCESS_CP15(CRn, Op1, CRm, Op2)	\
	"mrc", "mcr", __stringify(p15, Op1) ", %0, " __stringify(CRn, CRm, Op2), u32

/* A 64-bit register: MRRC/MCRR, low word in %Q0, high word in %R0. */
#define __ACCESS_CP15_64(Op1, CRm)		\
	"mrrc", "mcrr", __stringify(p15, Op1) ", %Q0, %R0, " __stringify(CRm), u64

#define __read_sysreg(rd, wr, ops, type) ({		\
	type __val;					\
	asm volatile(rd " " ops : "=r" (__val));	\
	__val;						\
})
#define read_sysreg(...)		__read_sysreg(__VA_ARGS__)

#define __write_sysreg(v, rd, wr, ops, type) do {	\
	asm volatile(wr " " ops : : "r" ((type)(v)));	\
} while (0)
#define write_sysreg(v, ...)		__write_sysreg(v, __VA_ARGS__)

/* Branch predictor and instruction cache invalidation (Spectre v2 work-arounds). */
#define BPIALL				__ACCESS_CP15(c7, 0, c5, 6)
#define ICIALLU				__ACCESS_CP15(c7, 0, c5, 0)

#endif /* CONFIG_CPU_CP15 */

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_CP15_H */
