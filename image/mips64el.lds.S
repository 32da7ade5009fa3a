/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips64el n64 image: two pages before the text as Linux maps them where
 * the board has a GIC (its user page with the counter, kept zero here: the
 * harness publishes the CP0 Count mode), then the data page right before
 * the text (no time namespace page: __image_timens_data 0), and the time exports libcs look for at version LINUX_2.6.
 * The kernel's image also exports its sigreturn trampolines.
 */
#include "common.lds.h"

/* The compiler predefines mips as 1 (kbuild's linker scripts get -Umips). */
#undef mips

OUTPUT_FORMAT("elf64-tradlittlemips")
OUTPUT_ARCH(mips)

VDSO_IMAGE(
	_vdso_gic_page = . - 2 * 4096;
	_vdso_data = . - 4096;
	VDSO_IMAGE_LAYOUT(_vdso_gic_page, _vdso_data, 0))

VDSO_LINUX_2_6_VERSION()
