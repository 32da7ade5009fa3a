// SPDX-License-Identifier: GPL-2.0
/*
 * mips vDSO time entry points, for the n64 image and, with BUILD_VDSO32
 * (32-bit time, so clock_gettime64 too), the o32 and n32 ones: libcs look
 * them up as __vdso_clock_gettime and the others at version LINUX_2.6
 * (vdso.lds.S, which exports gettimeofday only with
 * MIPS_CLOCK_VSYSCALL: without a counter it would always be the syscall).
 */
#define VDSO_ENTRY(name)	__vdso_##name
#include <vdso/entries.h>
