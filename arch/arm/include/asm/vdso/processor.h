/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

#ifndef __ASSEMBLY__

/*
 * On ARMv6 SMP cores, and on Cortex-A9 with erratum 754327, a core spinning
 * on a load may never see another core's store unless it drains its own
 * buffers: a barrier and a few cycles' pause each round. Elsewhere a
 * compiler barrier is all a spin loop needs.
 */
#if __LINUX_ARM_ARCH__ == 6 || defined(CONFIG_ARM_ERRATA_754327)
#define cpu_relax()							\
	do {								\
		smp_mb();						\
		asm volatile("nop; nop; nop; nop; nop; nop; nop; nop; nop; nop;"); \
	} while (0)
#else
#define cpu_relax()			barrier()
#endif

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_PROCESSOR_H */
