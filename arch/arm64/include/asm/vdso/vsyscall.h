/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_VSYSCALL_H
#define __ASM_VDSO_VSYSCALL_H

/*
 * The kernel's side of the arm64 data pages (arch/arm64/kernel/vdso.c maps
 * them, the vDSO linker scripts place them before the text): the page the
 * writer fills, and its getrandom() state right after the two records.
 * The linker script reads the offset too, so it is a plain number.
 */
#define __VDSO_RND_DATA_OFFSET	480

#ifndef __ASSEMBLY__

#include <linux/build_bug.h>
#include <vdso/datapage.h>

/* Both records must end before the getrandom() state starts. */
static_assert(sizeof(struct vdso_data) * CS_BASES <= __VDSO_RND_DATA_OFFSET);

/*
 * Page offsets in the [vvar] mapping. In a time namespace the namespace's
 * page sits at the data offset and the real page moves to the next one.
 */
enum vvar_pages {
	VVAR_DATA_PAGE_OFFSET,
	VVAR_TIMENS_PAGE_OFFSET,
	VVAR_NR_PAGES,
};

/* The kernel's data page (vdso.c's vdso_data_store). */
extern struct vdso_data *vdso_data;

static __always_inline struct vdso_data *__arm64_get_k_vdso_data(void)
{
	return vdso_data;
}
#define __arch_get_k_vdso_data __arm64_get_k_vdso_data

static __always_inline struct vdso_rng_data *__arm64_get_k_vdso_rng_data(void)
{
	return (void *)vdso_data + __VDSO_RND_DATA_OFFSET;
}
#define __arch_get_k_vdso_rng_data __arm64_get_k_vdso_rng_data

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_VSYSCALL_H */
