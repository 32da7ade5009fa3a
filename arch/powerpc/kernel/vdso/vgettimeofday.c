// SPDX-License-Identifier: GPL-2.0
/*
 * powerpc vDSO time entry points, in C: the kernel's asm trampolines
 * (gettimeofday.S) export __kernel_clock_gettime and the others at
 * version LINUX_2.6.15 (vdso32.lds.S, vdso64.lds.S), find the data page,
 * call these with it as the last argument, and turn a negative result
 * into the syscall ABI's error convention.
 */
#define VDSO_ENTRY(name)	__c_kernel_##name
#define VDSO_HAS_TIME		1
#define VDSO_DATA_PASSED	1
#include <vdso/entries.h>
