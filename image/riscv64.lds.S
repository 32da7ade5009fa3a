/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv64 image: two pages before the text as Linux maps them (data, then
 * the time namespace slot), the data records at the start of the first,
 * and the time exports libcs look for at version LINUX_4.15.
 */
#include "common.lds.h"

OUTPUT_ARCH(riscv)

VDSO_IMAGE(VDSO_DATA_THEN_TIMENS_PAGE)

VERSION
{
	LINUX_4.15 {
	global:
		__vdso_clock_gettime;
		__vdso_gettimeofday;
		__vdso_clock_getres;
	local: *;
	};
}
