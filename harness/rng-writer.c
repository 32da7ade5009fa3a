// SPDX-License-Identifier: GPL-2.0
/*
 * What drivers/char/random.c does for vDSO getrandom(), in the harness:
 * it sets is_ready once the RNG is seeded, and after every reseed
 * publishes the new generation with a store-release. random.c's own
 * generation starts invalid (ULONG_MAX) and skips that value when it
 * wraps; the vDSO's is one more, so 0 is never published and a zeroed
 * state never matches. Built in the kernel environment, so the pointer
 * comes through the same __arch_get_k_vdso_rng_data() hook.
 */
#include <asm/barrier.h>
#include <vdso/datapage.h>
#include <vdso/vsyscall.h>

#include "rng.h"

struct vdso_rng_data *harness_k_vdso_rng_data;
static unsigned long base_generation;

void sim_rng_init(void *rng_data)
{
	harness_k_vdso_rng_data = rng_data;
	base_generation = ULONG_MAX;
	WRITE_ONCE(__arch_get_k_vdso_rng_data()->is_ready, false);
	WRITE_ONCE(__arch_get_k_vdso_rng_data()->generation, 0);
}

void sim_rng_set_ready(bool ready)
{
	WRITE_ONCE(__arch_get_k_vdso_rng_data()->is_ready, ready);
}

void sim_rng_reseed(void)
{
	unsigned long next = base_generation + 1;

	if (next == ULONG_MAX)
		next++;
	base_generation = next;
	/* The store-release: the new key before the generation that announces it. */
	smp_wmb();
	WRITE_ONCE(__arch_get_k_vdso_rng_data()->generation, (u64)next + 1);
}

unsigned long long sim_rng_generation(void)
{
	return READ_ONCE(__arch_get_k_vdso_rng_data()->generation);
}

void sim_rng_timens_page(void *ns_records)
{
	struct vdso_data *vd = ns_records;

	WRITE_ONCE(vd->seq, 1);
	WRITE_ONCE(vd->clock_mode, VDSO_CLOCKMODE_TIMENS);
}
