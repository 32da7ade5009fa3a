/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _VDSO_GETRANDOM_H
#define _VDSO_GETRANDOM_H

/*
 * vDSO getrandom(): the caller's opaque state, and the per-arch ChaCha20
 * block function the generic code (lib/vdso/getrandom.c) builds on. The
 * kernel's side is the reseed generation and readiness it publishes in
 * struct vdso_rng_data (drivers/char/random.c).
 */

#include <linux/types.h>

#define CHACHA_KEY_SIZE		32
#define CHACHA_BLOCK_SIZE	64

/*
 * One thread's generator, in memory the caller mapped as the parameter
 * query says (MAP_DROPPABLE: zeroed under memory pressure and in a forked
 * child). All zeroes is a valid state: generation 0 is never published,
 * so a zeroed state fetches a new key before it produces anything.
 *
 * @batch:	output not yet handed out, from @pos on; bytes before @pos
 *		were zeroed as they were copied out
 * @key:	the ChaCha20 key of the next output, replaced every time
 *		blocks are generated (fast key erasure)
 * @batch_key:	@batch and @key as the two blocks that refill both at once
 * @generation:	the kernel's reseed generation @key was fetched at
 * @pos:	offset of the next unused byte of @batch
 * @in_use:	set for the duration of a call, so that a signal handler
 *		reusing the state of the thread it interrupted falls back
 */
struct vgetrandom_state {
	union {
		struct {
			u8	batch[CHACHA_BLOCK_SIZE * 3 / 2];
			u32	key[CHACHA_KEY_SIZE / sizeof(u32)];
		};
		u8	batch_key[CHACHA_BLOCK_SIZE * 2];
	};
	u64	generation;
	u8	pos;
	bool	in_use;
};

/*
 * Write @nblocks ChaCha20 blocks of @key's stream (nonce 0) from block
 * @counter (two words, low first; advanced by @nblocks) to @dst_bytes.
 * The arch's assembly touches no memory but its arguments, no stack
 * either: whatever a vDSO leaves on the stack survives into a fork.
 */
void __arch_chacha20_blocks_nostack(u8 *dst_bytes, const u32 *key, u32 *counter, size_t nblocks);

#endif /* _VDSO_GETRANDOM_H */
