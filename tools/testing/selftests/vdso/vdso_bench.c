// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_bench: how long a vDSO clock read takes next to the syscall it
 * replaces. Not a test: it always exits 0 unless its arguments are wrong.
 *
 * Usage: vdso_bench [-n scale] [-b batches]
 *   -n scale    multiply the 2 ms batch duration by scale (e.g. 0.1 under
 *               emulation); VDSO_BENCH_SCALE in the environment does the same
 *   -b batches  number of batches per measurement (default 31)
 *
 * Output: a header line, then for each clock
 *   bench <clock> vdso_ns=<x.x> syscall_ns=<y.y>
 * ("na" where a side cannot be measured), the same for getrandom() of 4,
 * 16, 64, 256 and 4096 bytes where the vDSO has it (getrandom_<bytes>),
 * then a summary line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parse_vdso.h"
#include "vdso_bench_core.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_getrandom.h"

struct getrandom_call {
	vgetrandom_fn fn;	/* NULL: the syscall */
	void *state;
	size_t state_len, len;
	unsigned char buf[4096];
};

static int getrandom_once(void *arg)
{
	struct getrandom_call *c = arg;
	ssize_t ret = c->fn ? c->fn(c->buf, c->len, 0, c->state, c->state_len) :
			      sys_getrandom(c->buf, c->len, 0);

	return ret == (ssize_t)c->len ? 0 : -1;
}

/* getrandom() of a few sizes, vDSO and syscall interleaved. Returns how many were measured. */
static int bench_getrandom(const struct vdso_image *img, const struct bench_opts *opts)
{
	static const size_t sizes[] = { 4, 16, 64, 256, 4096 };
	static struct getrandom_call vd, sys;
	struct vgr_params params;
	struct vgr_states states;
	unsigned int i;
	int measured = 0;
	double v, y;

	if (!VDSO_HAS_GETRANDOM)
		return 0;
	vd.fn = vgr_resolve(img);
	if (!vd.fn || vgr_query(vd.fn, &params) || vgr_states_map(&states, &params, 1))
		return 0;
	vd.state = vgr_state(&states, 0);
	vd.state_len = states.size;
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		vd.len = sys.len = sizes[i];
		if (bench_pair_median_ns(getrandom_once, &vd, getrandom_once, &sys, opts, &v, &y))
			continue;
		printf("bench getrandom_%zu vdso_ns=%.1f syscall_ns=%.1f\n", sizes[i], v, y);
		measured++;
	}
	return measured;
}

static int print_usage(const char *prog)
{
	fprintf(stderr, "usage: %s [-n scale] [-b batches]\n", prog);
	return 2;
}

int main(int argc, char **argv)
{
	const char *env = getenv("VDSO_BENCH_SCALE");
	double scale = env && *env ? atof(env) : 1.0;
	unsigned int batches = BENCH_DEFAULT_BATCHES;
	struct bench_opts opts;
	struct vdso_image img;
	struct vdso_fns fns;
	const char *why;
	int opt, ret, measured;

	while ((opt = getopt(argc, argv, "n:b:")) != -1) {
		switch (opt) {
		case 'n':
			scale = atof(optarg);
			break;
		case 'b':
			batches = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		default:
			return print_usage(argv[0]);
		}
	}
	if (scale <= 0 || !batches || batches > BENCH_MAX_BATCHES)
		return print_usage(argv[0]);

	bench_default_opts(&opts, scale);
	opts.batches = batches;
	printf("vdso_bench: arch %s, median ns per call over %u batches of ~%.2f ms, "
	       "vDSO and syscall batches interleaved\n",
	       VDSO_ARCH_NAME, opts.batches, opts.batch_ns / 1e6);

	ret = vdso_open_self(&img, &fns, &why);
	if (ret) {
		printf("vdso_bench: nothing measured: %s\n", why);
		return 0;
	}
	measured = bench_vdso_image(&img, &opts, stdout);
	measured += bench_getrandom(&img, &opts);
	printf("vdso_bench: done, %d entry points measured against the syscall\n", measured);
	return 0;
}
