/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_VSYSCALL_H
#define __ASM_VDSO_VSYSCALL_H

#ifndef __ASSEMBLY__

#include <vdso/datapage.h>
#include <asm/cacheflush.h>

/* The kernel's data page and whether CNTVCT works, both in arch/arm/kernel/vdso.c. */
extern struct vdso_data *vdso_data;
extern bool cntvct_ok;

static __always_inline struct vdso_data *__arm_get_k_vdso_data(void)
{
	return vdso_data;
}
#define __arch_get_k_vdso_data __arm_get_k_vdso_data

/*
 * Tasks see the page through their own mapping. On a VIPT cache that may
 * alias the kernel's, so an update must leave the data cache before the
 * user alias can see it; on PIPT caches this costs next to nothing.
 */
static __always_inline void __arm_sync_vdso_data(struct vdso_data *vdata)
{
	flush_dcache_page(virt_to_page(vdata));
}
#define __arch_sync_vdso_data __arm_sync_vdso_data

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_VSYSCALL_H */
