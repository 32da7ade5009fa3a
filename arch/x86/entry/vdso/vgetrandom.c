// SPDX-License-Identifier: GPL-2.0
/*
 * x86-64 vDSO getrandom(): libc finds __vdso_getrandom at version
 * LINUX_2.6 (vdso.lds.S); the plain name is a weak alias, as for the
 * time entry points.
 */
#include "../../../../lib/vdso/getrandom.c"

ssize_t __vdso_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			 size_t opaque_len);
ssize_t __vdso_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
			 size_t opaque_len)
{
	return __cvdso_getrandom(buffer, len, flags, opaque_state, opaque_len);
}

ssize_t getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
		  size_t opaque_len) __attribute__((weak, alias("__vdso_getrandom")));
