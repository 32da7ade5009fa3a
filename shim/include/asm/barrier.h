/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_BARRIER_H
#define _SHIM_ASM_BARRIER_H

/*
 * SMP read and write barriers, as the kernel defines them per arch: x86
 * keeps loads and stores in order, so only the compiler must be stopped;
 * the others order loads against loads (rmb) and stores against stores
 * (wmb) among the CPUs of the inner shareable domain.
 */
#include <linux/compiler.h>

#if defined(__x86_64__) || defined(__i386__)
#define smp_rmb()	barrier()
#define smp_wmb()	barrier()
#elif defined(__aarch64__)
#define smp_rmb()	do { asm volatile("dmb ishld" : : : "memory"); } while (0)
#define smp_wmb()	do { asm volatile("dmb ishst" : : : "memory"); } while (0)
#elif defined(__arm__)
#define smp_rmb()	do { asm volatile("dmb ish" : : : "memory"); } while (0)
#define smp_wmb()	do { asm volatile("dmb ishst" : : : "memory"); } while (0)
#elif defined(__riscv)
#define smp_rmb()	do { asm volatile("fence r, r" : : : "memory"); } while (0)
#define smp_wmb()	do { asm volatile("fence w, w" : : : "memory"); } while (0)
#elif defined(__powerpc64__)
/* lwsync orders load-load and store-store (not store-load): both suffice. */
#define smp_rmb()	do { asm volatile("lwsync" : : : "memory"); } while (0)
#define smp_wmb()	do { asm volatile("lwsync" : : : "memory"); } while (0)
#elif defined(__s390x__)
/* s390 keeps loads and stores in order, as x86 does. */
#define smp_rmb()	barrier()
#define smp_wmb()	barrier()
#elif defined(__mips__)
/*
 * Linux's mips rmb() and wmb() on the weakly ordered CPUs other than
 * Octeon: a full sync (stype 0) each, which smp_*() use on SMP kernels.
 */
#define smp_rmb()	do { asm volatile("sync" : : : "memory"); } while (0)
#define smp_wmb()	do { asm volatile("sync" : : : "memory"); } while (0)
/* Their mb() and rmb(), which __raw_readl() puts around an MMIO load: the same sync. */
#define mb()		smp_rmb()
#define rmb()		smp_rmb()
#else
#error "no barriers for this architecture"
#endif

#endif /* _SHIM_ASM_BARRIER_H */
