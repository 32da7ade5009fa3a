// SPDX-License-Identifier: GPL-2.0
/*
 * The userspace-built ppc64le image's C entry point of getrandom(), in
 * place of the kernel's arch/powerpc/kernel/vdso/vgetrandom.c, which the
 * graft keeps (kbuild compiles it with lib/vdso/getrandom.c included).
 * The exported __kernel_getrandom at version LINUX_2.6.15 is the
 * trampoline of ppc64le-entry.S: it calls this with the RNG state as the
 * last argument and returns a negative result as powerpc's syscalls do.
 */
#include "../lib/vdso/getrandom.c"

ssize_t __c_kernel_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			     size_t opaque_len, const struct vdso_rng_data *rng);
ssize_t __c_kernel_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			     size_t opaque_len, const struct vdso_rng_data *rng)
{
	return __cvdso_getrandom_data(rng, buffer, len, flags, opaque_state, opaque_len);
}
