// SPDX-License-Identifier: GPL-2.0
/*
 * Our vDSO getrandom() built for the fuzzer: lib/vdso/getrandom.c with
 * the x86 glue, in the kernel environment, its syscall and RNG state
 * replaced (include/asm/vdso/getrandom.h), and the ChaCha20 stand-in.
 */
#include <linux/types.h>

#include "../../lib/vdso/getrandom.c"
#include "fuzz_getrandom.h"

static struct vdso_rng_data rng;

const struct vdso_rng_data *fuzz_rng_data(void)
{
	return &rng;
}

void fuzz_rng_set(unsigned long long generation, int ready)
{
	WRITE_ONCE(rng.generation, generation);
	WRITE_ONCE(rng.is_ready, ready);
}

void fuzz_rng_reseed(void)
{
	WRITE_ONCE(rng.generation, rng.generation + 1 ? rng.generation + 1 : 1);
}

unsigned long long fuzz_rng_generation(void)
{
	return READ_ONCE(rng.generation);
}

unsigned long fuzz_state_size(void)
{
	return sizeof(struct vgetrandom_state);
}

long fuzz_getrandom(void *buffer, unsigned long len, unsigned int flags, void *state,
		    unsigned long state_len)
{
	return __cvdso_getrandom(buffer, len, flags, state, state_len);
}
