/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_VSYSCALL_H
#define __ASM_VDSO_VSYSCALL_H

#ifndef __ASSEMBLY__

#include <linux/timekeeper_internal.h>
#include <vdso/datapage.h>

/* The kernel's own view of the data page: the vvar array defined in vma.c. */
static __always_inline struct vdso_data *__x86_get_k_vdso_data(void)
{
	return _vdso_data;
}
#define __arch_get_k_vdso_data __x86_get_k_vdso_data

static __always_inline struct vdso_rng_data *__x86_get_k_vdso_rng_data(void)
{
	return &_vdso_rng_data;
}
#define __arch_get_k_vdso_rng_data __x86_get_k_vdso_rng_data

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_VSYSCALL_H */
