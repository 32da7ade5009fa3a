/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __FUZZ_ASM_VDSO_GETRANDOM_H
#define __FUZZ_ASM_VDSO_GETRANDOM_H

/*
 * x86's getrandom() glue with what touches the kernel replaced for the
 * fuzzer: the syscall (the driver answers it from the input) and the RNG
 * state (a buffer the input fills).
 */
#define getrandom_syscall		x86_real_getrandom_syscall
#define __arch_get_vdso_rng_data	x86_real_get_vdso_rng_data
#include_next <asm/vdso/getrandom.h>
#undef getrandom_syscall
#undef __arch_get_vdso_rng_data

long fuzz_rng_syscall(void *buffer, unsigned long len, unsigned int flags);
const struct vdso_rng_data *fuzz_rng_data(void);

static __always_inline ssize_t getrandom_syscall(void *buffer, size_t len, unsigned int flags)
{
	return fuzz_rng_syscall(buffer, len, flags);
}

static __always_inline const struct vdso_rng_data *__arch_get_vdso_rng_data(void)
{
	return fuzz_rng_data();
}

#endif /* __FUZZ_ASM_VDSO_GETRANDOM_H */
