/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390x image: two pages before the text as Linux maps them (data, then
 * the time namespace slot), the getrandom() state at 768 of the first
 * (the kernel's asm/vdso/vsyscall.h, __VDSO_RND_DATA_OFFSET), and the
 * exports libc looks for at version LINUX_2.6.29. The time functions'
 * names are the stand-ins of s390x-entry.S for the kernel's wrappers;
 * getrandom() is the C function itself, as in the kernel. The kernel's
 * image also exports getcpu, restart_syscall and the sigreturns.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-s390")
OUTPUT_ARCH(s390:64-bit)

VDSO_IMAGE(VDSO_DATA_THEN_TIMENS_PAGE
	_vdso_rng_data = _vdso_data + 768;
	VDSO_IMAGE_RNG_LAYOUT(_vdso_rng_data))

VERSION
{
	LINUX_2.6.29 {
	global:
		__kernel_clock_gettime;
		__kernel_gettimeofday;
		__kernel_clock_getres;
		__kernel_getrandom;
	local: *;
	};
}
