/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_VSYSCALL_H
#define __VDSO_VSYSCALL_H

/*
 * Writer-side hooks. The arch's <asm/vdso/vsyscall.h> must define
 * __arch_get_k_vdso_data() (the kernel's address of the data page); the
 * rest have do-nothing defaults an arch overrides by defining the macro.
 */

#ifndef __ASSEMBLY__

#include <asm/vdso/vsyscall.h>

struct timekeeper;
struct vdso_data;

#ifndef __arch_update_vsyscall
/* Fill arch_data from the timekeeper, inside the write section. */
static __always_inline void __arch_update_vsyscall(struct vdso_data *vdata,
						   struct timekeeper *tk)
{
}
#endif

#ifndef __arch_sync_vdso_data
/* Make an update visible where plain stores are not enough (cache flush). */
static __always_inline void __arch_sync_vdso_data(struct vdso_data *vdata)
{
}
#endif

/* Bracket an out-of-timekeeping update of the data page (arch data). */
unsigned long vdso_update_begin(void);
void vdso_update_end(unsigned long flags);

#endif /* !__ASSEMBLY__ */

#endif /* __VDSO_VSYSCALL_H */
