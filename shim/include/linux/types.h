/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_LINUX_TYPES_H
#define _SHIM_LINUX_TYPES_H

/*
 * The kernel's fixed-size and ABI types, for a freestanding build that
 * sees no libc and no system uapi headers. Every Linux arch uses the
 * long-long 64-bit types inside the kernel, and a long as wide as a
 * pointer, so the compiler's own size macros decide the rest.
 */
typedef unsigned char		__u8;
typedef signed char		__s8;
typedef unsigned short		__u16;
typedef signed short		__s16;
typedef unsigned int		__u32;
typedef signed int		__s32;
typedef unsigned long long	__u64;
typedef signed long long	__s64;

typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;
typedef __s8 s8;
typedef __s16 s16;
typedef __s32 s32;
typedef __s64 s64;

typedef _Bool bool;
#define true	1
#define false	0

#define NULL	((void *)0)

typedef __SIZE_TYPE__		size_t;
typedef __PTRDIFF_TYPE__	ssize_t;
typedef __UINTPTR_TYPE__	uintptr_t;

/* The uapi names of the time ABI (include/uapi/asm-generic/posix_types.h). */
typedef long			__kernel_long_t;
typedef unsigned long		__kernel_ulong_t;
typedef __kernel_long_t		__kernel_old_time_t;
typedef long long		__kernel_time64_t;
typedef int			__kernel_clockid_t;

typedef __kernel_clockid_t clockid_t;
typedef s64 ktime_t;

#endif /* _SHIM_LINUX_TYPES_H */
