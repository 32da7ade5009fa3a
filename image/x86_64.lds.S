/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86-64 image: four pages before the text as Linux maps them (data,
 * pvclock, Hyper-V, time namespace), the data records at offset 128 of the
 * first, and the exports libc looks for at version LINUX_2.6.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-x86-64")

VDSO_IMAGE(VDSO_X86_PAGES)

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
	local: *;
	};
}
