/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_ALTERNATIVE_MACROS_H
#define _SHIM_ASM_ALTERNATIVE_MACROS_H

/*
 * arm64's boot-time patched CPU feature test, as arm64's vDSO getrandom()
 * asks it about FP/SIMD. The userspace-built image is never patched and
 * its ChaCha20 is portable C, so every capability reads as present.
 */
#include <linux/types.h>

#define ARM64_HAS_FPSIMD	0

static inline bool alternative_has_cap_likely(unsigned long cap)
{
	return true;
}

#endif /* _SHIM_ASM_ALTERNATIVE_MACROS_H */
