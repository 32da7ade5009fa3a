// SPDX-License-Identifier: GPL-2.0
/*
 * The generic vDSO getrandom(): the kernel's random bytes without a
 * syscall per call.
 *
 * Each thread's state holds a ChaCha20 key fetched from the kernel by the
 * getrandom syscall, and a batch of output made with it. Output comes
 * from the batch first and is zeroed there as it is copied out; whenever
 * blocks are generated, the last two refill the batch and overwrite the
 * key, so the state never holds what produced earlier output (fast key
 * erasure). The key is fetched again whenever the kernel's RNG reseeds
 * (the generation in struct vdso_rng_data moves) and whenever the state
 * was zeroed (a fork's child, memory pressure): a zeroed state's
 * generation 0 matches no published one.
 *
 * Everything the vDSO cannot answer as the syscall would goes to the
 * syscall: unknown flags or a combination it refuses, an RNG not ready yet (the flags then decide
 * whether to block, fail or not), a state of the wrong size, NULL or
 * misaligned, and a state already in use (a signal handler interrupting
 * its own thread's call).
 *
 * The arch supplies, in <asm/vdso/getrandom.h>, getrandom_syscall() and
 * __arch_get_vdso_rng_data(), and the block function
 * __arch_chacha20_blocks_nostack() in its vgetrandom-chacha.S.
 */
#ifndef __VDSO_GETRANDOM_C
#define __VDSO_GETRANDOM_C

#include <asm/barrier.h>
#include <vdso/datapage.h>
#include <vdso/getrandom.h>
#include <vdso/limits.h>
#include <vdso/unaligned.h>
#include <asm/vdso/getrandom.h>
#include <uapi/linux/mman.h>
#include <uapi/linux/random.h>

#define VGETRANDOM_PAGE_SIZE	(1UL << CONFIG_PAGE_SHIFT)
/*
 * The flags the syscall accepts are exactly 0 to 5: none beyond
 * GRND_INSECURE exists, and GRND_RANDOM with GRND_INSECURE (6, 7) it
 * refuses. One compare tells them apart.
 */
#define VGETRANDOM_FLAGS_MAX	(GRND_INSECURE | GRND_NONBLOCK)
_Static_assert(GRND_NONBLOCK == 1 && GRND_RANDOM == 2 && GRND_INSECURE == 4,
	       "VGETRANDOM_FLAGS_MAX assumes the getrandom(2) flag values");
/* vgetrandom_fill() takes a tail of less than a block from a new batch. */
_Static_assert(sizeof(((struct vgetrandom_state *)0)->batch) >= CHACHA_BLOCK_SIZE,
	       "a batch holds less than a block");
/* The syscall's most per call (MAX_RW_COUNT); a longer request is cut to it. */
#define VGETRANDOM_MAX_LEN	((size_t)INT_MAX & ~(VGETRANDOM_PAGE_SIZE - 1))

/* The parameter query: what a caller's allocator needs to map states. */
static __always_inline ssize_t vgetrandom_params(struct vgetrandom_opaque_params *params)
{
	unsigned int i;

	if (unlikely(!params))
		return -EFAULT;
	params->size_of_opaque_state = sizeof(struct vgetrandom_state);
	params->mmap_prot = PROT_READ | PROT_WRITE;
	params->mmap_flags = MAP_DROPPABLE | MAP_ANONYMOUS;
	for (i = 0; i < sizeof(params->reserved) / sizeof(params->reserved[0]); i++)
		params->reserved[i] = 0;
	return 0;
}

/*
 * Hand out @len bytes of @src, zeroing them as they go: words while 8 or
 * more are left, then one step each of 4, 2 and 1 bytes as @len has them.
 * Unaligned accesses (packed structs) are cheap where vDSO getrandom()
 * exists; no loop of single bytes, and no memcpy() (a vDSO has no libc).
 */
static __always_inline void vgetrandom_take(u8 *dst, u8 *src, size_t len)
{
	for (; len >= sizeof(u64); len -= sizeof(u64), dst += sizeof(u64), src += sizeof(u64)) {
		__put_unaligned_t(u64, __get_unaligned_t(u64, src), dst);
		__put_unaligned_t(u64, 0, src);
	}
	if (len & sizeof(u32)) {
		__put_unaligned_t(u32, __get_unaligned_t(u32, src), dst);
		__put_unaligned_t(u32, 0, src);
		dst += sizeof(u32);
		src += sizeof(u32);
	}
	if (len & sizeof(u16)) {
		__put_unaligned_t(u16, __get_unaligned_t(u16, src), dst);
		__put_unaligned_t(u16, 0, src);
		dst += sizeof(u16);
		src += sizeof(u16);
	}
	if (len & 1) {
		*dst = *src;
		*src = 0;
	}
}

/*
 * A new key for @state at the kernel's generation @gen. The generation is
 * stored first: were the state zeroed after the key arrived, a generation
 * stored after it would make a zero key look current. The read barrier
 * keeps the key from being fetched before @gen was read (the kernel
 * publishes the generation with a store-release after its reseed).
 */
static __always_inline bool vgetrandom_rekey(struct vgetrandom_state *state, u64 gen)
{
	WRITE_ONCE(state->generation, gen);
	smp_rmb();	/* @gen before the key: see above */
	if (getrandom_syscall(state->key, sizeof(state->key), 0) != sizeof(state->key)) {
		WRITE_ONCE(state->generation, 0);
		return false;
	}
	/* The batch was made with the old key: none of it may be handed out. */
	WRITE_ONCE(state->pos, sizeof(state->batch));
	return true;
}

/*
 * @len bytes, more than @state's batch holds, to @buffer: the rest of the
 * batch, whole blocks straight into the buffer, then two blocks that
 * refill the batch and overwrite the key, and from the new batch the
 * tail (less than a block).
 */
static __always_inline void vgetrandom_fill(struct vgetrandom_state *state, u8 *buffer,
					    size_t len)
{
	u32 counter[2] = { 0, 0 };
	size_t n = sizeof(state->batch) - state->pos;

	vgetrandom_take(buffer, state->batch + state->pos, n);
	buffer += n;
	len -= n;
	n = len / CHACHA_BLOCK_SIZE;
	if (n) {
		__arch_chacha20_blocks_nostack(buffer, state->key, counter, n);
		buffer += n * CHACHA_BLOCK_SIZE;
		len -= n * CHACHA_BLOCK_SIZE;
	}
	__arch_chacha20_blocks_nostack(state->batch_key, state->key, counter,
				       sizeof(state->batch_key) / CHACHA_BLOCK_SIZE);
	vgetrandom_take(buffer, state->batch, len);
	state->pos = len;
}

/*
 * Whether the output just made may be handed out: not if it was made with
 * a key older than the generation now, or by a state zeroed meanwhile
 * (its generation reads 0). The caller then fills once more with a fresh
 * key, then leaves it to the syscall (a reseed storm, or memory pressure).
 */
static __always_inline bool vgetrandom_current(const struct vgetrandom_state *state,
					       const struct vdso_rng_data *rng)
{
	barrier();	/* the fill before the check */
	return READ_ONCE(state->generation) == READ_ONCE(rng->generation);
}

/*
 * getrandom(@buffer, @len, @flags) served from @opaque_state, which must
 * be @opaque_len == the queried size_of_opaque_state bytes in memory mapped
 * as the query says, within one page, and used by one thread at a time.
 * (NULL, 0, 0, &params, ~0UL) is the query. Returns what the syscall
 * would: the number of bytes written, or a negative errno.
 */
static __always_inline ssize_t
__cvdso_getrandom_data(const struct vdso_rng_data *rng, void *buffer, size_t len,
		       unsigned int flags, void *opaque_state, size_t opaque_len)
{
	struct vgetrandom_state *state = opaque_state;
	unsigned long offset = (unsigned long)opaque_state & (VGETRANDOM_PAGE_SIZE - 1);
	bool retried = false;
	size_t served;
	u64 gen;

	if (unlikely(opaque_len == ~0UL && !buffer && !len && !flags))
		return vgetrandom_params(opaque_state);

	if (unlikely(opaque_len != sizeof(*state) || !state ||
		     offset % __alignof__(struct vgetrandom_state)))
		goto syscall;
	/* A page of the state may be dropped alone: a caller's error, as stock answers it. */
	if (unlikely(offset + sizeof(*state) > VGETRANDOM_PAGE_SIZE))
		return -EFAULT;
	if (unlikely(flags > VGETRANDOM_FLAGS_MAX))
		goto syscall;
	/* Before readiness even a zero length may block or fail: the flags decide. */
	if (unlikely(!READ_ONCE(rng->is_ready)))
		goto syscall;
	if (unlikely(!len))
		return 0;

	/*
	 * Not atomic, and need not be: a signal handler runs to completion
	 * first. The compiler barriers keep every other access to the state
	 * between setting and clearing it.
	 */
	if (unlikely(READ_ONCE(state->in_use)))
		goto syscall;
	WRITE_ONCE(state->in_use, true);
	barrier();

	served = len < VGETRANDOM_MAX_LEN ? len : VGETRANDOM_MAX_LEN;
	for (;;) {
		gen = READ_ONCE(rng->generation);
		if (unlikely(READ_ONCE(state->generation) != gen) &&
		    !vgetrandom_rekey(state, gen))
			break;

		/* Most calls: the batch holds what is asked. */
		if (likely(served <= sizeof(state->batch) - state->pos)) {
			vgetrandom_take(buffer, state->batch + state->pos, served);
			state->pos += served;
		} else {
			vgetrandom_fill(state, buffer, served);
		}
		if (likely(vgetrandom_current(state, rng))) {
			barrier();
			WRITE_ONCE(state->in_use, false);
			return served;
		}
		if (retried)
			break;
		retried = true;
	}
	barrier();
	WRITE_ONCE(state->in_use, false);
syscall:
	return getrandom_syscall(buffer, len, flags);
}

static __always_inline ssize_t
__cvdso_getrandom(void *buffer, size_t len, unsigned int flags, void *opaque_state,
		  size_t opaque_len)
{
	return __cvdso_getrandom_data(__arch_get_vdso_rng_data(), buffer, len, flags,
				      opaque_state, opaque_len);
}

#endif /* __VDSO_GETRANDOM_C */
