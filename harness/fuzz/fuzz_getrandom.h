/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_FUZZ_GETRANDOM_H
#define _HARNESS_FUZZ_GETRANDOM_H

/*
 * The getrandom() fuzzer's two halves, in plain C (as fuzz.h): getrandom.c
 * builds our generic getrandom() in the kernel environment; the driver
 * (fuzz_getrandom.c) decodes inputs, answers its syscalls and checks.
 */

/* Our generic getrandom() over the fuzzer's RNG state. */
long fuzz_getrandom(void *buffer, unsigned long len, unsigned int flags, void *state,
		    unsigned long state_len);
unsigned long fuzz_state_size(void);

/* The kernel's side: the published RNG state, and a reseed (never to 0). */
void fuzz_rng_set(unsigned long long generation, int ready);
void fuzz_rng_reseed(void);
unsigned long long fuzz_rng_generation(void);

/* Supplied by the driver: the getrandom syscall as the input has it answer. */
long fuzz_rng_syscall(void *buffer, unsigned long len, unsigned int flags);

#endif /* _HARNESS_FUZZ_GETRANDOM_H */
