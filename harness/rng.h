/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_RNG_H
#define _HARNESS_RNG_H

/*
 * The harness's kernel side of vDSO getrandom() (rng-writer.c): the RNG
 * state of the data page, published as drivers/char/random.c does. Plain
 * C types only: the writer is built in the kernel environment, the tests
 * in the libc one (as sim.h).
 */

/* Start over on the state at @rng_data: not ready, never reseeded. */
void sim_rng_init(void *rng_data);
void sim_rng_set_ready(_Bool ready);
/* A reseed of the kernel's RNG: the next generation, as random.c publishes it. */
void sim_rng_reseed(void);
unsigned long long sim_rng_generation(void);
/* Make @ns_records a time namespace's page (odd count, clock mode TIMENS). */
void sim_rng_timens_page(void *ns_records);

#endif /* _HARNESS_RNG_H */
