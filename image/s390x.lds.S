/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390x image: two pages before the text as Linux maps them (data, then
 * the time namespace slot) and the exports libc looks for at version
 * LINUX_2.6.29. The exported names are the stand-ins of s390x-entry.S for
 * the kernel's wrappers; the kernel's image also exports getcpu,
 * getrandom, restart_syscall and the sigreturns.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-s390")
OUTPUT_ARCH(s390:64-bit)

VDSO_IMAGE(VDSO_DATA_THEN_TIMENS_PAGE)

VERSION
{
	LINUX_2.6.29 {
	global:
		__kernel_clock_gettime;
		__kernel_gettimeofday;
		__kernel_clock_getres;
	local: *;
	};
}
