/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's compat image (AArch32 tasks): the same two pages before the
 * text as the 64-bit image, and the arm vDSO's exports at version
 * LINUX_2.6.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf32-littlearm")

VDSO_IMAGE(
	_vdso_data = . - 2 * 4096;
	_timens_data = _vdso_data + 4096;
	VDSO_IMAGE_LAYOUT(_vdso_data, _vdso_data, _timens_data)
)

VERSION
{
	LINUX_2.6 {
	global:
		__vdso_clock_gettime;
		__vdso_gettimeofday;
		__vdso_clock_getres;
		__vdso_clock_gettime64;
	local: *;
	};
}
