/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_UNALIGNED_H
#define __VDSO_UNALIGNED_H

/*
 * Access a value of @type at a possibly misaligned address. Wrapping it in
 * a packed struct tells the compiler the alignment is 1, so it emits
 * accesses that are safe on every architecture.
 */
#define __get_unaligned_t(type, ptr) ({						\
	const struct { type v; } __packed *__up = (typeof(__up))(ptr);		\
	__up->v;								\
})

#define __put_unaligned_t(type, val, ptr) do {					\
	struct { type v; } __packed *__up = (typeof(__up))(ptr);		\
	__up->v = (val);							\
} while (0)

#endif /* __VDSO_UNALIGNED_H */
