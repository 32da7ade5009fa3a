/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64le image: three pages before the text as Linux maps them (the
 * arch's own page, kept zero here, then the data records, then the time
 * namespace slot), and the exports libc looks for at version
 * LINUX_2.6.15. The exported names are the stand-in trampolines of
 * ppc64le-entry.S; the kernel's image also exports its own sigtramp,
 * getcpu, sync_dicache, get_tbfreq, get_syscall_map and getrandom.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-powerpcle")
OUTPUT_ARCH(powerpc:common64)

VDSO_IMAGE(
	_vdso_datapage = . - 3 * 4096;
	_vdso_data = _vdso_datapage + 4096;
	_timens_data = _vdso_data + 4096;
	VDSO_IMAGE_LAYOUT(_vdso_datapage, _vdso_data, _timens_data))

VERSION
{
	LINUX_2.6.15 {
	global:
		__kernel_clock_gettime;
		__kernel_gettimeofday;
		__kernel_clock_getres;
		__kernel_time;
	local: *;
	};
}
