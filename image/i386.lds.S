/* SPDX-License-Identifier: GPL-2.0 */
/*
 * i386 image (a 32-bit kernel's, and a 64-bit kernel's vdso32): the same
 * four pages before the text as x86-64 (data, pvclock, Hyper-V, time
 * namespace), and the exports 32-bit libcs look for: the time calls at
 * LINUX_2.6, __kernel_vsyscall at LINUX_2.5.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf32-i386")

VDSO_IMAGE(VDSO_X86_PAGES)

VERSION
{
	LINUX_2.6 {
	global:
		__vdso_clock_gettime;
		__vdso_gettimeofday;
		__vdso_time;
		__vdso_clock_getres;
		__vdso_clock_gettime64;
	};

	LINUX_2.5 {
	global:
		__kernel_vsyscall;
	local: *;
	};
}
