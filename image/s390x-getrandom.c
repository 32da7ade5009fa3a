// SPDX-License-Identifier: GPL-2.0
/*
 * The userspace-built s390x image's getrandom(), in place of the kernel's
 * arch/s390/kernel/vdso64/vgetrandom.c, which the graft keeps (kbuild
 * compiles it with lib/vdso/getrandom.c included). The kernel exports the
 * C function itself, __kernel_getrandom at version LINUX_2.6.29 (no
 * wrapper). Its ChaCha20 is vector code, so it serves only with the vector
 * facility and otherwise answers the query -ENOSYS; this image's is the
 * portable C stand-in, which needs no facility.
 */
#include "../lib/vdso/getrandom.c"

ssize_t __kernel_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			   size_t opaque_len);
ssize_t __kernel_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			   size_t opaque_len)
{
	return __cvdso_getrandom(buffer, len, flags, opaque_state, opaque_len);
}
