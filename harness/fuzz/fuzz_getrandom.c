// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer driver for our vDSO getrandom() (getrandom.c). An input is
 *
 *	flags, length, where the state lies (aligned, misaligned, across a
 *	page, NULL), the state length passed (right, off by one, 0, the
 *	query), the published generation and readiness, the state's
 *	contents (zero, or one the vDSO could have left: pos <= 96), then
 *	one byte per syscall the code makes: fail it, return short, or
 *	reseed meanwhile.
 *
 * Every call must return what the syscall rules say: the query fills the
 * parameters; a state it cannot use, a flag it does not serve, an RNG
 * not ready or a state in use get exactly one syscall with the caller's
 * arguments and its answer, the state untouched; a state across a page
 * -EFAULT; otherwise the bytes asked for, after at most two key fetches
 * into the state's key, leaving the state at the current generation,
 * not in use, its handed-out bytes zeroed; or, after a failed key fetch
 * or two invalidated fills, the caller's syscall. Nothing outside the
 * state and the buffer is written (guard bytes, and ASan).
 *
 * Built with -DFUZZ_STANDALONE it is its own driver (driver.h; make
 * check-sanitize).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_getrandom.h"

#define FUZZ_NAME	"fuzz_getrandom"
/* The standalone driver's inputs: a fixed pseudo-random sequence. */
#define FUZZ_SEED	0x13198a2e03707344ULL
#include "driver.h"

#define PAGE		4096UL
#define HEADER		15
/* Our state's layout (include/vdso/getrandom.h). */
#define ST_KEY		96
#define ST_GEN		128
#define ST_POS		136
#define ST_IN_USE	137
#define ST_BATCH	96

#define MAX_CALLS	8

struct call {
	void *buf;
	unsigned long len;
	unsigned int flags;
	long ret;
};

static struct call calls[MAX_CALLS];
static unsigned int ncalls;
static const unsigned char *stream;
static size_t stream_left;

static unsigned char next_byte(void)
{
	if (!stream_left)
		return 0;
	stream_left--;
	return *stream++;
}

long fuzz_rng_syscall(void *buffer, unsigned long len, unsigned int flags)
{
	unsigned char b = next_byte();
	unsigned long i;
	long ret = len;

	if (b & 4)
		fuzz_rng_reseed();
	if (b & 1)
		ret = -11;	/* -EAGAIN */
	else if ((b & 2) && len)
		ret = len - 1;
	for (i = 0; ret > 0 && i < (unsigned long)ret; i++)
		((unsigned char *)buffer)[i] = (unsigned char)(i * 131 + b + 1);
	if (ncalls < MAX_CALLS)
		calls[ncalls] = (struct call){ buffer, len, flags, ret };
	ncalls++;
	return ret;
}

static void fail(const char *what, long ret)
{
	fprintf(stderr, "fuzz_getrandom: %s (returned %ld, %u syscalls)\n", what, ret, ncalls);
	abort();
}

static uint64_t get64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static int run_one(const unsigned char *data, size_t size)
{
	static const unsigned int flag_choices[] = { 0, 1, 2, 4, 3, 6, 8, 0x80000000 };
	static unsigned char region[3 * PAGE] __attribute__((aligned(4096)));
	static unsigned char copy[3 * PAGE];
	unsigned long ssize = fuzz_state_size(), len, state_len, i;
	unsigned int flags, placement;
	unsigned char *st, *buf;
	uint64_t gen;
	int ready, query, usable, fallback;
	long ret;

	if (size < HEADER + ssize)
		return 0;
	flags = data[0] & 0x80 ? get64(data + 5) >> 32 : flag_choices[data[0] % 8];
	len = (data[1] | data[2] << 8) % 5000;
	placement = data[3] % 8;
	gen = get64(data + 5);
	ready = data[13] & 1;

	/* The state: aligned within a page (most inputs), misaligned, across a page, NULL. */
	memset(region, 0xa5, sizeof(region));
	if (placement < 4)
		st = region + PAGE + (data[3] >> 3) % ((PAGE - ssize) / 8) * 8;
	else if (placement == 4)
		st = region + PAGE + 1 + data[3] % 7;
	else if (placement == 5)
		st = region + 2 * PAGE - 8 * (1 + data[3] % (ssize / 8 - 1));
	else if (placement == 6)
		st = NULL;
	else
		st = region + PAGE;
	if (st) {
		if (data[14] & 1) {
			memcpy(st, data + HEADER, ssize);
			st[ST_POS] %= ST_BATCH + 1;
			/* What the vDSO handed out it zeroed. */
			memset(st, 0, st[ST_POS]);
			st[ST_IN_USE] &= 1;
			if (data[14] & 2)
				memcpy(st + ST_GEN, &gen, 8);
		} else {
			memset(st, 0, ssize);
		}
	}
	memcpy(copy, region, sizeof(region));
	stream = data + HEADER + ssize;
	stream_left = size - HEADER - ssize;
	ncalls = 0;

	switch (data[4] % 8) {
	case 1:
		state_len = ssize - 1;
		break;
	case 2:
		state_len = ssize + 1;
		break;
	case 3:
		state_len = 0;
		break;
	case 4:
		state_len = ~0UL;
		len = 0;
		flags = 0;
		break;
	default:
		state_len = ssize;
	}
	query = state_len == ~0UL && !len && !flags;
	/* A caller's struct vgetrandom_opaque_params is aligned (or NULL). */
	if (query && st)
		st = region + PAGE;
	fuzz_rng_set(gen, ready);
	buf = query ? NULL : malloc(len ? len : 1);

	ret = fuzz_getrandom(buf, len, flags, st, state_len);

	if (query) {
		const uint32_t *p = (const uint32_t *)st;

		if (!st) {
			if (ret != -14)
				fail("a NULL parameter block is not -EFAULT", ret);
			return 0;
		}
		if (ret || p[0] != ssize || p[1] != 3 || p[2] != 0x28 || ncalls)
			fail("the parameter query", ret);
		for (i = 3; i < 16; i++)
			if (p[i])
				fail("a reserved word is not zeroed", ret);
		return 0;
	}

	usable = st && state_len == ssize && placement != 4;
	if (usable && placement == 5) {
		if (ret != -14 || ncalls || memcmp(copy, region, sizeof(region)))
			fail("a state across a page is not -EFAULT, untouched", ret);
		goto out;
	}
	fallback = !usable || (flags & ~7U) || (flags & 6) == 6 || !ready ||
		   (len && st[ST_IN_USE]);
	if (fallback) {
		if (ncalls != 1 || calls[0].buf != buf || calls[0].len != len ||
		    calls[0].flags != flags || ret != calls[0].ret)
			fail("a case for the syscall did not get exactly the caller's syscall", ret);
		if (memcmp(copy, region, sizeof(region)))
			fail("a case for the syscall touched the state", ret);
		goto out;
	}
	if (!len) {
		if (ret || ncalls || memcmp(copy, region, sizeof(region)))
			fail("a zero-length call did something", ret);
		goto out;
	}

	/* Served, or the caller's syscall after failed key fetches or two invalidated fills. */
	for (i = 0; i < ncalls && i < MAX_CALLS; i++) {
		int last = i == ncalls - 1;

		if (calls[i].buf == st + ST_KEY && calls[i].len == 32 && !calls[i].flags)
			continue;
		if (!last || calls[i].buf != buf || calls[i].len != len || calls[i].flags != flags)
			fail("a syscall that is neither a key fetch nor the caller's last resort", ret);
	}
	if (ncalls > 3)
		fail("more than two key fetches before the syscall", ret);
	if (st[ST_IN_USE])
		fail("the state is left in use", ret);
	if (ret == (long)len && !(ncalls && calls[ncalls - 1].buf == buf)) {
		if (get64(st + ST_GEN) != fuzz_rng_generation())
			fail("served from a state not at the current generation", ret);
		if (st[ST_POS] > ST_BATCH)
			fail("the batch position is past the batch", ret);
		for (i = 0; i < st[ST_POS]; i++)
			if (st[i])
				fail("a handed-out batch byte is not zeroed", ret);
	} else if (!ncalls || calls[ncalls - 1].buf != buf || ret != calls[ncalls - 1].ret) {
		fail("neither served nor the syscall's answer", ret);
	}
	/* Outside the state nothing changed. */
	for (i = 0; i < sizeof(region); i++)
		if ((region + i < st || region + i >= st + ssize) && region[i] != copy[i])
			fail("a byte outside the state was written", ret);
out:
	free(buf);
	return 0;
}

#ifdef FUZZ_STANDALONE

/* Random inputs, biased towards the served path: usable states, small flags, ready. */
static size_t make_input(unsigned char *buf, size_t max)
{
	size_t n = HEADER + fuzz_state_size() + 16, i;

	for (i = 0; i < n && i < max; i++)
		buf[i] = rand_byte();
	buf[0] &= 0x7f;
	if (rand_byte() & 1) {
		buf[3] &= ~7;
		buf[4] &= ~7;
		buf[13] |= 1;
	}
	for (i = HEADER + fuzz_state_size(); i < n; i++)
		buf[i] = rand_byte() & 0x80 ? 0 : buf[i];
	return n;
}

#endif
