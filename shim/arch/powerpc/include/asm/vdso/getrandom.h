/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_POWERPC_VDSO_GETRANDOM_H
#define _SHIM_ASM_POWERPC_VDSO_GETRANDOM_H

/*
 * Stand-in for the kernel's <asm/vdso/getrandom.h>, which the graft keeps:
 * the hooks of the generic vDSO getrandom() on powerpc. The trampoline
 * (the kernel's getrandom.S; image/ppc64le-entry.S here) finds the RNG
 * state in the arch's page before the data records and passes it to the
 * C entry point, which reads it through __cvdso_getrandom_data().
 */

#ifndef __ASSEMBLY__

#include <asm/unistd.h>
#include <vdso/datapage.h>

/*
 * getrandom(2) by sc: number in r0, arguments in r3-r5, the result in r3;
 * on error cr0.SO is set and r3 holds the positive errno, which comes back
 * negative here. The kernel may change r0, r4-r12, cr0 and ctr.
 */
static __always_inline ssize_t getrandom_syscall(void *buffer, size_t len, unsigned int flags)
{
	register long r0 asm("r0") = __NR_getrandom;
	register long r3 asm("r3") = (long)buffer;
	register long r4 asm("r4") = len;
	register long r5 asm("r5") = flags;

	asm volatile("sc\n\t"
		     "bns+ 1f\n\t"
		     "neg %1, %1\n"
		     "1:"
		     : "+r" (r0), "+r" (r3), "+r" (r4), "+r" (r5)
		     :
		     : "memory", "cr0", "ctr", "r6", "r7", "r8", "r9", "r10", "r11", "r12");
	return r3;
}

/* Unused: the trampoline passes the RNG state (see above). */
static __always_inline const struct vdso_rng_data *__arch_get_vdso_rng_data(void)
{
	return NULL;
}

#endif /* !__ASSEMBLY__ */

#endif /* _SHIM_ASM_POWERPC_VDSO_GETRANDOM_H */
