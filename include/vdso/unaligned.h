/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_UNALIGNED_H
#define __VDSO_UNALIGNED_H

/*
 * Access a value of @type at a possibly misaligned address. Seen through a
 * packed struct its alignment is 1, so the compiler emits accesses that
 * are safe on every architecture.
 */
#define __get_unaligned_t(type, ptr)						\
	(((const struct { type v; } __packed *)(ptr))->v)

#define __put_unaligned_t(type, val, ptr)					\
	(((struct { type v; } __packed *)(ptr))->v = (val))

#endif /* __VDSO_UNALIGNED_H */
