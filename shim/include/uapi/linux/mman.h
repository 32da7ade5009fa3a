/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_UAPI_LINUX_MMAN_H
#define _SHIM_UAPI_LINUX_MMAN_H

/*
 * The mmap() constants vDSO getrandom() hands to the caller (the generic
 * values, which x86 and arm64 use; MAP_DROPPABLE is Linux 6.11's: the
 * pages are zeroed under memory pressure and are not inherited by fork).
 */
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define MAP_DROPPABLE	0x08
#define MAP_ANONYMOUS	0x20

#endif /* _SHIM_UAPI_LINUX_MMAN_H */
