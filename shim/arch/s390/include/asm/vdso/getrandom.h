/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_S390_VDSO_GETRANDOM_H
#define _SHIM_ASM_S390_VDSO_GETRANDOM_H

/*
 * Stand-in for the kernel's <asm/vdso/getrandom.h>, which the graft keeps:
 * the hooks of the generic vDSO getrandom() on s390. The RNG state is
 * where the linker script puts _vdso_rng_data, in the data page; a task in
 * a time namespace has its namespace's page there and the real one the
 * next page (_timens_data), so its RNG state is one page further.
 */

#ifndef __ASSEMBLY__

#include <asm/unistd.h>
#include <vdso/datapage.h>

/* getrandom(2) by svc 0: number in r1, arguments in r2-r4, the result in r2. */
static __always_inline ssize_t getrandom_syscall(void *buffer, size_t len, unsigned int flags)
{
	register long r1 asm("1") = __NR_getrandom;
	register long r2 asm("2") = (long)buffer;
	register long r3 asm("3") = len;
	register long r4 asm("4") = flags;

	asm volatile("svc 0" : "+r" (r2) : "r" (r1), "r" (r3), "r" (r4) : "memory");
	return r2;
}

static __always_inline const struct vdso_rng_data *__arch_get_vdso_rng_data(void)
{
	const char *rng = (const char *)&_vdso_rng_data;

	if (IS_ENABLED(CONFIG_TIME_NS) &&
	    __arch_get_vdso_data()->clock_mode == VDSO_CLOCKMODE_TIMENS)
		rng += 1UL << CONFIG_PAGE_SHIFT;
	return (const struct vdso_rng_data *)rng;
}

#endif /* !__ASSEMBLY__ */

#endif /* _SHIM_ASM_S390_VDSO_GETRANDOM_H */
