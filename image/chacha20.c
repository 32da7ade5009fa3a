// SPDX-License-Identifier: GPL-2.0
/*
 * A STAND-IN for the userspace-built images and the harness only: a
 * portable C ChaCha20 block function with the interface of the kernel's
 * per-arch assembly (arch/{x86/entry,arm64/kernel}/vdso/vgetrandom-chacha.S),
 * which the kernel build keeps. Unlike that assembly, compiled C may
 * spill to the stack; the harness checks its output against RFC 8439.
 */
#include <linux/compiler.h>
#include <linux/types.h>
#include <vdso/getrandom.h>

#define CHACHA_ROUNDS	20

static __always_inline u32 chacha_rotl(u32 v, int n)
{
	return (v << n) | (v >> (32 - n));
}

#define CHACHA_QR(x, a, b, c, d) do {						\
	x[a] += x[b]; x[d] = chacha_rotl(x[d] ^ x[a], 16);			\
	x[c] += x[d]; x[b] = chacha_rotl(x[b] ^ x[c], 12);			\
	x[a] += x[b]; x[d] = chacha_rotl(x[d] ^ x[a], 8);			\
	x[c] += x[d]; x[b] = chacha_rotl(x[b] ^ x[c], 7);			\
} while (0)

void __arch_chacha20_blocks_nostack(u8 *dst_bytes, const u32 *key, u32 *counter, size_t nblocks)
{
	/* "expand 32-byte k", then key, block counter (two words here) and a zero nonce. */
	u32 in[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };
	u32 x[16];
	int i;

	for (i = 0; i < 8; i++)
		in[4 + i] = key[i];
	in[12] = counter[0];
	in[13] = counter[1];
	in[14] = 0;
	in[15] = 0;

	for (; nblocks; nblocks--, dst_bytes += CHACHA_BLOCK_SIZE) {
		for (i = 0; i < 16; i++)
			x[i] = in[i];
		for (i = 0; i < CHACHA_ROUNDS; i += 2) {
			CHACHA_QR(x, 0, 4, 8, 12);
			CHACHA_QR(x, 1, 5, 9, 13);
			CHACHA_QR(x, 2, 6, 10, 14);
			CHACHA_QR(x, 3, 7, 11, 15);
			CHACHA_QR(x, 0, 5, 10, 15);
			CHACHA_QR(x, 1, 6, 11, 12);
			CHACHA_QR(x, 2, 7, 8, 13);
			CHACHA_QR(x, 3, 4, 9, 14);
		}
		/* Little-endian words out, byte by byte: @dst_bytes may be misaligned. */
		for (i = 0; i < 16; i++) {
			u32 v = x[i] + in[i];

			dst_bytes[4 * i] = v;
			dst_bytes[4 * i + 1] = v >> 8;
			dst_bytes[4 * i + 2] = v >> 16;
			dst_bytes[4 * i + 3] = v >> 24;
		}
		if (!++in[12])
			++in[13];
	}
	counter[0] = in[12];
	counter[1] = in[13];

	/* Leave no key stream and no key behind on the stack. */
	for (i = 0; i < 16; i++) {
		WRITE_ONCE(x[i], 0);
		WRITE_ONCE(in[i], 0);
	}
}
