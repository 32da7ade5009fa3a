/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETRANDOM_H
#define __ASM_VDSO_GETRANDOM_H

/*
 * x86-64 hooks of the generic vDSO getrandom(): the syscall, and where
 * the kernel's RNG state is: offset 640 of the first data page (asm/vvar.h
 * places it; the records are at 128), and as far into the last one, which
 * holds the real page when the task is in a time namespace. The linker
 * script names only the first, so the second is found from the records.
 */

#ifndef __ASSEMBLY__

#include <asm/unistd.h>
#include <vdso/datapage.h>

extern struct vdso_rng_data vvar__vdso_rng_data __attribute__((visibility("hidden")));

_Static_assert(128 + sizeof(struct vdso_data) * CS_BASES <= 640,
	       "the data records overlap asm/vvar.h's vdso_rng_data");

/* getrandom(2): number in rax, arguments in rdi, rsi, rdx; rcx and r11 are lost. */
static __always_inline ssize_t getrandom_syscall(void *buffer, size_t len, unsigned int flags)
{
	long ret;

	asm volatile("syscall"
		     : "=a" (ret)
		     : "0" (__NR_getrandom), "D" (buffer), "S" (len), "d" (flags)
		     : "rcx", "r11", "memory");
	return ret;
}

static __always_inline const struct vdso_rng_data *__arch_get_vdso_rng_data(void)
{
	if (IS_ENABLED(CONFIG_TIME_NS) &&
	    __arch_get_vdso_data()->clock_mode == VDSO_CLOCKMODE_TIMENS)
		return (const struct vdso_rng_data *)((unsigned long)&vvar__vdso_rng_data +
						      (unsigned long)timens__vdso_data -
						      (unsigned long)vvar__vdso_data);
	return &vvar__vdso_rng_data;
}

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETRANDOM_H */
