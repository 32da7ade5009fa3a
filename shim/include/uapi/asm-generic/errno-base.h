/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_UAPI_ASM_GENERIC_ERRNO_BASE_H
#define _SHIM_UAPI_ASM_GENERIC_ERRNO_BASE_H

/* The errors the vDSO itself returns; the same numbers on every arch. */
#define EFAULT		14
#define EINVAL		22

#endif /* _SHIM_UAPI_ASM_GENERIC_ERRNO_BASE_H */
