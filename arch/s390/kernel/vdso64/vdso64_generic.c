// SPDX-License-Identifier: GPL-2.0
/*
 * s390 vDSO time entry points, in C: the kernel's wrappers
 * (vdso_user_wrapper.S) export __kernel_clock_gettime and the others at
 * version LINUX_2.6.29 (vdso64.lds.S), set up a stack frame and call
 * these.
 */
#define VDSO_ENTRY(name)	__s390_vdso_##name
#include <vdso/entries.h>
