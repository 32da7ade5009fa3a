/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_UAPI_ASM_GENERIC_ERRNO_H
#define _SHIM_UAPI_ASM_GENERIC_ERRNO_H

/* Past errno-base.h: what arm64's vDSO getrandom() answers without SIMD. */
#define ENOSYS		38

#endif /* _SHIM_UAPI_ASM_GENERIC_ERRNO_H */
