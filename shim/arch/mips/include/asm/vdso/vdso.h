/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_MIPS_VDSO_VDSO_H
#define _SHIM_ASM_MIPS_VDSO_VDSO_H

/*
 * Stand-in for the kernel's <asm/vdso/vdso.h>, which the graft keeps: the
 * vDSO's pages found relative to the code, with no GOT access (ld.so does
 * not relocate a vDSO's GOT). Our image's linker script names the data
 * page _vdso_data (image/mips64el.lds.S); the GIC's user page, where the
 * kernel maps one, is the page before it.
 */
#include <linux/types.h>

#define MIPS_VDSO_PAGE_SIZE	(1UL << CONFIG_PAGE_SHIFT)

/*
 * bal leaves the address of the word after its delay slot in ra; that
 * word holds the data page's distance from itself, which the linker
 * fills in.
 */
static __always_inline const struct vdso_data *get_vdso_data(void)
{
	unsigned long here, offset;

	asm(".set push\n\t"
	    ".set noreorder\n\t"
	    "bal 1f\n\t"
	    " nop\n"
	    "0:\t.word _vdso_data - 0b\n"
	    "1:\tlw %1, 0($31)\n\t"
	    "move %0, $31\n\t"
	    ".set pop"
	    : "=r" (here), "=r" (offset) : : "$31");
	return (const struct vdso_data *)(here + (long)(int)offset);
}

static __always_inline void __iomem *get_gic(const struct vdso_data *vd)
{
	return (void __iomem *)(((unsigned long)vd & ~(MIPS_VDSO_PAGE_SIZE - 1)) -
				MIPS_VDSO_PAGE_SIZE);
}

#endif /* _SHIM_ASM_MIPS_VDSO_VDSO_H */
