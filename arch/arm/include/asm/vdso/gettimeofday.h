/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * Hooks of the generic reader for a 32-bit arm kernel's own vDSO. The
 * data page, the counter read and the svc are those of every AArch32 vDSO
 * (<vdso/aarch32.h>); what is arm's own is that it has neither time
 * namespaces nor, without the arch timer, a counter to read.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>
#include <vdso/aarch32.h>

/* Without the arch timer there is no counter: hres clocks take the syscall. */
static __always_inline bool arm_vdso_hres_capable(void)
{
	return IS_ENABLED(CONFIG_ARM_ARCH_TIMER);
}
#define __arch_vdso_hres_capable arm_vdso_hres_capable

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
