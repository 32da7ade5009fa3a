/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_UAPI_LINUX_RANDOM_H
#define _SHIM_UAPI_LINUX_RANDOM_H

/*
 * The part of the getrandom() ABI the vDSO uses (Linux 6.12's
 * include/uapi/linux/random.h): the flags, and what the parameter query
 * of vDSO getrandom() fills in for the caller's state allocator.
 */
#include <linux/types.h>

#define GRND_NONBLOCK	0x0001
#define GRND_RANDOM	0x0002
#define GRND_INSECURE	0x0004

struct vgetrandom_opaque_params {
	__u32 size_of_opaque_state;
	__u32 mmap_prot;
	__u32 mmap_flags;
	__u32 reserved[13];
};

#endif /* _SHIM_UAPI_LINUX_RANDOM_H */
