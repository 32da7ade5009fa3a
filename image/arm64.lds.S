/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 image: two pages before the text as Linux maps them (the data
 * page, which also holds the getrandom() state, and the time namespace
 * page), the data records at the start of the first, and the exports libc
 * looks for at version LINUX_2.6.39. The kernel's image also exports
 * __kernel_rt_sigreturn from its own sigreturn.S, which is not ours.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-littleaarch64")

VDSO_IMAGE(
	_vdso_data = . - 2 * 4096;
	_timens_data = _vdso_data + 4096;
	VDSO_IMAGE_LAYOUT(_vdso_data, _vdso_data, _timens_data)
)

VERSION
{
	LINUX_2.6.39 {
	global:
		__kernel_clock_gettime;
		__kernel_gettimeofday;
		__kernel_clock_getres;
	local: *;
	};
}
