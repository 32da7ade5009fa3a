/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_COMPAT_BARRIER_H
#define __ASM_VDSO_COMPAT_BARRIER_H

/*
 * The compat vDSO is AArch32 code compiled against arm64's headers, whose
 * barriers are written for the kernel. These are the reader's barriers in
 * AArch32 terms (ARMv8: DMB ISHLD orders loads against loads and stores).
 */

#ifndef __ASSEMBLY__

#ifndef ENABLE_COMPAT_VDSO
#error "compat_barrier.h is for the compat vDSO (ENABLE_COMPAT_VDSO) only"
#endif

#undef smp_rmb
#undef smp_wmb
#define smp_rmb()	do { asm volatile("dmb ishld" : : : "memory"); } while (0)
#define smp_wmb()	do { asm volatile("dmb ishst" : : : "memory"); } while (0)

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_COMPAT_BARRIER_H */
