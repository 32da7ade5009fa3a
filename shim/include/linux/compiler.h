/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_LINUX_COMPILER_H
#define _SHIM_LINUX_COMPILER_H

/* The kernel's compiler helpers the vDSO code uses, for a userspace build. */

#define __always_inline		inline __attribute__((__always_inline__))
#define notrace
#define __packed		__attribute__((__packed__))
#define __maybe_unused		__attribute__((__unused__))

/* sparse's address spaces: I/O memory, and the casts that leave it. */
#ifdef __CHECKER__
#define __iomem			__attribute__((noderef, address_space(__iomem)))
#define __force			__attribute__((force))
#else
#define __iomem
#define __force
#endif

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)

#define barrier()		do { asm volatile("" : : : "memory"); } while (0)
/* The optimiser no longer knows where @var's value came from (one register of its own). */
#define OPTIMIZER_HIDE_VAR(var)	asm("" : "+r" (var))

/* One access of exactly this size, never merged, split or repeated. */
#define READ_ONCE(x)		(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val)	do { *(volatile __typeof__(x) *)&(x) = (val); } while (0)

#endif /* _SHIM_LINUX_COMPILER_H */
