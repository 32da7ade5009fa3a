/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 image: two pages before the text as Linux maps them (the data
 * page, which also holds the getrandom() state, and the time namespace
 * page), the data records at the start of the first, and the exports libc
 * looks for at version LINUX_2.6.39. The kernel's image also exports
 * __kernel_rt_sigreturn from its own sigreturn.S, which is not ours.
 */
#include "common.lds.h"
#include <asm/vdso/vsyscall.h>

OUTPUT_FORMAT("elf64-littleaarch64")

VDSO_IMAGE(VDSO_DATA_THEN_TIMENS_PAGE
	_vdso_rng_data = _vdso_data + __VDSO_RND_DATA_OFFSET;
	VDSO_IMAGE_RNG_LAYOUT(_vdso_rng_data))

VERSION
{
	LINUX_2.6.39 {
	global:
		__kernel_clock_gettime;
		__kernel_gettimeofday;
		__kernel_clock_getres;
		__kernel_getrandom;
	local: *;
	};
}
