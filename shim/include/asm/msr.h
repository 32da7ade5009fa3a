/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_MSR_H
#define _SHIM_ASM_MSR_H

/*
 * The kernel's ordered TSC read, for a userspace build. The kernel patches
 * its sequence at boot (rdtscp where the CPU has it, else lfence; rdtsc);
 * nothing patches this image, so it is always lfence; rdtsc, which orders
 * the read after earlier loads on every x86 CPU with SSE2. The outputs are
 * the kernel's too: on x86-64, whole registers (RDTSC clears their upper
 * halves, so combining them takes no zero extension); on i386, edx:eax.
 */
#include <linux/types.h>

static __always_inline unsigned long long rdtsc_ordered(void)
{
#ifdef __x86_64__
	unsigned long lo, hi;

	asm volatile("lfence; rdtsc" : "=a" (lo), "=d" (hi));
	return lo | hi << 32;
#else
	unsigned long long val;

	asm volatile("lfence; rdtsc" : "=A" (val));
	return val;
#endif
}

#endif /* _SHIM_ASM_MSR_H */
