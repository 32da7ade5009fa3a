/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_BARRIER_H
#define _SHIM_ASM_BARRIER_H

/*
 * SMP read and write barriers, as the kernel defines them per arch: x86
 * keeps loads and stores in order, so only the compiler must be stopped.
 */
#include <linux/compiler.h>

#if defined(__x86_64__) || defined(__i386__)
#define smp_rmb()	barrier()
#define smp_wmb()	barrier()
#elif defined(__aarch64__)
#define smp_rmb()	asm volatile("dmb ishld" : : : "memory")
#define smp_wmb()	asm volatile("dmb ishst" : : : "memory")
#elif defined(__arm__)
#define smp_rmb()	asm volatile("dmb ish" : : : "memory")
#define smp_wmb()	asm volatile("dmb ishst" : : : "memory")
#elif defined(__riscv)
#define smp_rmb()	asm volatile("fence r, r" : : : "memory")
#define smp_wmb()	asm volatile("fence w, w" : : : "memory")
#else
#error "no barriers for this architecture"
#endif

#endif /* _SHIM_ASM_BARRIER_H */
