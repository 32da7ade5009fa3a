/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_FUZZ_DRIVER_H
#define _HARNESS_FUZZ_DRIVER_H

/*
 * The driver both fuzz targets share (fuzz_vdso.c, fuzz_getrandom.c),
 * included by each after its headers, so that each target stays one
 * object (scripts/fuzz.sh builds them so for coverage). The target
 * defines FUZZ_NAME and FUZZ_SEED first, then
 *
 *	static int run_one(const unsigned char *data, size_t size);
 *	static size_t make_input(unsigned char *buf, size_t max);
 *
 * the second only with -DFUZZ_STANDALONE, where it may draw on
 * rand_byte(). Without that flag this is libFuzzer's entry point; with it
 * a main() of its own (for make check-sanitize without libFuzzer): it runs
 * the files it is given, then -runs=N (default 200,000) inputs from a
 * fixed pseudo-random sequence.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run_one(const unsigned char *data, size_t size);

#ifndef FUZZ_STANDALONE

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	return run_one(data, size);
}

#else

static size_t make_input(unsigned char *buf, size_t max);

static unsigned long long rand_state = FUZZ_SEED;

static unsigned char rand_byte(void)
{
	rand_state ^= rand_state << 13;
	rand_state ^= rand_state >> 7;
	rand_state ^= rand_state << 17;
	return rand_state >> 24;
}

int main(int argc, char **argv)
{
	static unsigned char buf[1 << 16];
	long runs = 200000, i;
	int a;

	for (a = 1; a < argc; a++) {
		FILE *f;
		size_t n;

		if (!strncmp(argv[a], "-runs=", 6)) {
			runs = atol(argv[a] + 6);
			continue;
		}
		f = fopen(argv[a], "rb");
		if (!f) {
			perror(argv[a]);
			return 1;
		}
		n = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		run_one(buf, n);
	}
	for (i = 0; i < runs; i++)
		run_one(buf, make_input(buf, sizeof(buf)));
	printf("%s (standalone): %ld inputs, no failure\n", FUZZ_NAME, runs);
	return 0;
}

#endif /* FUZZ_STANDALONE */

#endif /* _HARNESS_FUZZ_DRIVER_H */
