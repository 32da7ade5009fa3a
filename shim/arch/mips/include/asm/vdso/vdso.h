/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_MIPS_VDSO_VDSO_H
#define _SHIM_ASM_MIPS_VDSO_VDSO_H

/*
 * Stand-in for the kernel's <asm/vdso/vdso.h>, which the graft keeps:
 * the GIC's user page, where the kernel maps one, is the page before the
 * data page (image/mips-pages.lds.h).
 */
#include <linux/types.h>

#define MIPS_VDSO_PAGE_SIZE	(1UL << CONFIG_PAGE_SHIFT)

static __always_inline void __iomem *get_gic(const struct vdso_data *vd)
{
	return (void __iomem *)(((unsigned long)vd & ~(MIPS_VDSO_PAGE_SIZE - 1)) -
				MIPS_VDSO_PAGE_SIZE);
}

#endif /* _SHIM_ASM_MIPS_VDSO_VDSO_H */
