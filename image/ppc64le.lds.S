/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64le image: three pages before the text as Linux maps them (the
 * arch's own page, struct vdso_arch_data, then the data records, then the
 * time namespace slot), and the exports libc looks for at version
 * LINUX_2.6.15. Of the arch's page only the getrandom() state is read
 * here: rng_data, at 248 on ppc64 (asm-offsets' VDSO_RNG_DATA_OFFSET in
 * Linux 6.12); a time namespace leaves this page in place. The exported
 * names are the stand-in trampolines of ppc64le-entry.S; the kernel's
 * image also exports its own sigtramp, getcpu, sync_dicache, get_tbfreq
 * and get_syscall_map.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf64-powerpcle")
OUTPUT_ARCH(powerpc:common64)

VDSO_IMAGE(
	_vdso_datapage = . - 3 * 4096;
	_vdso_data = _vdso_datapage + 4096;
	_timens_data = _vdso_data + 4096;
	_vdso_rng_data = _vdso_datapage + 248;
	VDSO_IMAGE_LAYOUT(_vdso_datapage, _vdso_data, _timens_data)
	VDSO_IMAGE_RNG_LAYOUT(_vdso_rng_data))

VERSION
{
	LINUX_2.6.15 {
	global:
		__kernel_clock_gettime;
		__kernel_gettimeofday;
		__kernel_clock_getres;
		__kernel_time;
		__kernel_getrandom;
	local: *;
	};
}
