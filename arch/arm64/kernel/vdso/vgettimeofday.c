// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 vDSO time entry points: libcs look for __kernel_clock_gettime and
 * the others at version LINUX_2.6.39 (vdso.lds.S, which also exports
 * __kernel_rt_sigreturn from sigreturn.S).
 */
#define VDSO_ENTRY(name)	__kernel_##name
#include <vdso/entries.h>
