/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What every mips image has before its text, n64, n32 and o32 alike, as
 * Linux maps them where the board has a GIC: its user page with the
 * counter (kept zero here: the harness publishes the CP0 Count mode), then
 * the data page right before the text (no time namespace page:
 * __image_timens_data 0), and _start, the image's first byte, which the
 * reader finds the data page from as in the kernel's image (whose linker
 * script names it so). The time exports libcs look for are at
 * LINUX_2.6; the kernel's images also export their sigreturn trampolines.
 */

/* The compiler predefines mips as 1 (kbuild's linker scripts get -Umips). */
#undef mips

#define VDSO_MIPS_PAGES							\
	_start = .;							\
	_vdso_gic_page = . - 2 * 4096;					\
	_vdso_data = . - 4096;						\
	VDSO_IMAGE_LAYOUT(_vdso_gic_page, _vdso_data, 0)
