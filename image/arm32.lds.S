/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A 32-bit arm kernel's image: one data page before the text, no time
 * namespace page (__image_timens_data 0 says so), and the exports at
 * version LINUX_2.6.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf32-littlearm")

VDSO_IMAGE(
	_vdso_data = . - 4096;
	VDSO_IMAGE_LAYOUT(_vdso_data, _vdso_data, 0)
)

#include "aarch32-version.lds.h"
