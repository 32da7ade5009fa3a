/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETRANDOM_H
#define __ASM_VDSO_GETRANDOM_H

/*
 * arm64 hooks of the generic vDSO getrandom(): the syscall, and where the
 * kernel's RNG state is: __VDSO_RND_DATA_OFFSET into the data page (the
 * linker script names it _vdso_rng_data), or as far into _timens_data's
 * page, which holds the real data when the task is in a time namespace.
 */

#ifndef __ASSEMBLY__

#include <asm/unistd.h>
#include <vdso/datapage.h>

/* getrandom(2): svc, number in x8, arguments in x0-x2, result in x0. */
static __always_inline ssize_t getrandom_syscall(void *buffer, size_t len, unsigned int flags)
{
	register void *x0 asm("x0") = buffer;
	register size_t x1 asm("x1") = len;
	register unsigned int x2 asm("x2") = flags;
	register long x8 asm("x8") = __NR_getrandom;
	register long ret asm("x0");

	asm volatile("svc #0"
		     : "=r" (ret)
		     : "r" (x0), "r" (x1), "r" (x2), "r" (x8)
		     : "memory");
	return ret;
}

static __always_inline const struct vdso_rng_data *__arch_get_vdso_rng_data(void)
{
	if (IS_ENABLED(CONFIG_TIME_NS) &&
	    __arch_get_vdso_data()->clock_mode == VDSO_CLOCKMODE_TIMENS)
		return (const struct vdso_rng_data *)((unsigned long)&_vdso_rng_data +
						      (unsigned long)_timens_data -
						      (unsigned long)_vdso_data);
	return &_vdso_rng_data;
}

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETRANDOM_H */
