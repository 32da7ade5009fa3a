/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86-64 image: four pages before the text as Linux maps them (data,
 * pvclock, Hyper-V, time namespace), the data records at offset 128 of the
 * first and the getrandom() state at 640 (the kernel's asm/vvar.h), and
 * the exports libc looks for at version LINUX_2.6.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-x86-64")

VDSO_IMAGE(VDSO_X86_PAGES
	vvar__vdso_rng_data = vvar_start + 640;
	VDSO_IMAGE_RNG_LAYOUT(vvar__vdso_rng_data))

VERSION
{
	LINUX_2.6 {
	global:
		clock_gettime;
		__vdso_clock_gettime;
		gettimeofday;
		__vdso_gettimeofday;
		time;
		__vdso_time;
		clock_getres;
		__vdso_clock_getres;
		getrandom;
		__vdso_getrandom;
	local: *;
	};
}
