// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 vDSO getrandom(), __kernel_getrandom at version LINUX_2.6.39
 * (vdso.lds.S). The kernel's ChaCha20 here is NEON code: on a CPU without
 * FP/SIMD the parameter query answers -ENOSYS, so libcs never use the
 * vDSO, and any other call is the syscall's.
 */
#include <asm/alternative-macros.h>
#include <uapi/asm-generic/errno.h>

#include "../../../../lib/vdso/getrandom.c"

ssize_t __kernel_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			   size_t opaque_len);
ssize_t __kernel_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			   size_t opaque_len)
{
	if (likely(alternative_has_cap_likely(ARM64_HAS_FPSIMD)))
		return __cvdso_getrandom(buffer, len, flags, opaque_state, opaque_len);
	if (opaque_len == ~0UL && !buffer && !len && !flags)
		return -ENOSYS;
	return getrandom_syscall(buffer, len, flags);
}
