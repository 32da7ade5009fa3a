// SPDX-License-Identifier: GPL-2.0
/*
 * Our image's getrandom() under the harness's kernel side (rng-writer.c,
 * publishing as drivers/char/random.c does): the checks any vDSO must
 * pass (tools/testing/selftests/vdso/vdso_getrandom.h), and those only a
 * harness can make, because it owns the data page and sees each syscall
 * the image makes: the ChaCha20 stand-in against RFC 8439, an RNG not
 * ready, the state's generation and key erasure, a reseed between calls,
 * during a fill and on every key fetch, a state in use or zeroed, and the
 * time namespace view.
 *
 *   harness-getrandom IMAGE
 *   harness-getrandom IMAGE --bench CSV [OTHER [NAME]]
 *                              ns per call: ours, OTHER (another image with the same data
 *                              layout, e.g. stock 6.12's; its CSV column is NAME_ns), the
 *                              host's vDSO where it has getrandom(), the syscall
 *   harness-getrandom IMAGE --loop LEN N   N calls of LEN bytes (scripts/icount.sh)
 *
 * The syscalls the image makes are trapped (seccomp, SIGSYS), counted,
 * and made for it; under qemu-user, which has no seccomp, those checks
 * skip.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <ucontext.h>

#include "image.h"
#include "rng.h"
#include "vdso_bench_core.h"
#include "vdso_getrandom.h"

/* The stand-in's interface, as include/vdso/getrandom.h declares it. */
void __arch_chacha20_blocks_nostack(uint8_t *dst_bytes, const uint32_t *key, uint32_t *counter,
				    size_t nblocks);

/* Our state's layout (include/vdso/getrandom.h), to look inside. */
struct harness_state {
	uint8_t batch[96];
	uint32_t key[8];
	uint64_t generation;
	uint8_t pos;
	uint8_t in_use;
};

#define NCHECKS	(3 + 2 + 4 + 2 + 3 + VGR_NLENGTHS + 2 + 6 + 1 + 5 + 2 + 1 + 3 + 7)

static vgetrandom_fn fn;
static struct vgr_states states;

/* ---- the trap: every getrandom syscall made from the image's text */

#if defined(__x86_64__)
#define GR_ARG(uc, i)	((uc)->uc_mcontext.gregs[(i) == 0 ? REG_RDI : (i) == 1 ? REG_RSI : REG_RDX])
#define GR_RESULT(uc)	((uc)->uc_mcontext.gregs[REG_RAX])
#elif defined(__aarch64__)
#define GR_ARG(uc, i)	((uc)->uc_mcontext.regs[i])
#define GR_RESULT(uc)	((uc)->uc_mcontext.regs[0])
#endif

static volatile unsigned long trapped;
static volatile uintptr_t last_buf;
static volatile size_t last_len;
static volatile unsigned int last_flags;
/* Called before each trapped syscall is made: the kernel reseeding meanwhile. */
static void (*volatile on_trap)(void);
static int trap_on;

#ifdef GR_ARG
static void on_sigsys(int sig, siginfo_t *info, void *ctx)
{
	ucontext_t *uc = ctx;
	int saved = errno;
	long ret;

	trapped++;
	last_buf = GR_ARG(uc, 0);
	last_len = GR_ARG(uc, 1);
	last_flags = GR_ARG(uc, 2);
	if (on_trap)
		on_trap();
	ret = syscall(SYS_getrandom, GR_ARG(uc, 0), GR_ARG(uc, 1), GR_ARG(uc, 2));
	GR_RESULT(uc) = ret == -1 ? -errno : ret;
	errno = saved;
}

static int trap_install(uintptr_t start, size_t len)
{
	uint32_t hi = (uint64_t)start >> 32, lo = start, end = lo + len;
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, VDSO_AUDIT_ARCH, 0, 8),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, VDSO_NR_GETRANDOM, 0, 6),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, instruction_pointer) + 4),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, hi, 0, 4),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, instruction_pointer)),
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, lo, 0, 2),
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, end, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = ARRAY_SIZE(f), .filter = f };
	struct sigaction sa;

	if ((uint64_t)start >> 32 != (uint64_t)(start + len - 1) >> 32)
		return -1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_sigsys;
	sa.sa_flags = SA_SIGINFO;
	if (sigaction(SIGSYS, &sa, NULL) || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		return -1;
	return 0;
}
#else
static int trap_install(uintptr_t start, size_t len)
{
	return -1;
}
#endif

/* A check that needs the trap: skipped without it. */
#define trap_check(cond, desc, ...)						\
	(trap_on ? tap_check(cond, desc, __VA_ARGS__) :				\
	 (tap_skip(desc, "no seccomp trap here (qemu-user)"), 1))

/* ---- the checks */

/* RFC 8439 A.1: test vectors 1, 2 and 4 (nonce 0), and the counter's carry. 3 lines. */
static void check_chacha(void)
{
	static const uint8_t tv1_2[128] = {
		0x76, 0xb8, 0xe0, 0xad, 0xa0, 0xf1, 0x3d, 0x90, 0x40, 0x5d, 0x6a, 0xe5,
		0x53, 0x86, 0xbd, 0x28, 0xbd, 0xd2, 0x19, 0xb8, 0xa0, 0x8d, 0xed, 0x1a,
		0xa8, 0x36, 0xef, 0xcc, 0x8b, 0x77, 0x0d, 0xc7, 0xda, 0x41, 0x59, 0x7c,
		0x51, 0x57, 0x48, 0x8d, 0x77, 0x24, 0xe0, 0x3f, 0xb8, 0xd8, 0x4a, 0x37,
		0x6a, 0x43, 0xb8, 0xf4, 0x15, 0x18, 0xa1, 0x1c, 0xc3, 0x87, 0xb6, 0x69,
		0xb2, 0xee, 0x65, 0x86,
		0x9f, 0x07, 0xe7, 0xbe, 0x55, 0x51, 0x38, 0x7a, 0x98, 0xba, 0x97, 0x7c,
		0x73, 0x2d, 0x08, 0x0d, 0xcb, 0x0f, 0x29, 0xa0, 0x48, 0xe3, 0x65, 0x69,
		0x12, 0xc6, 0x53, 0x3e, 0x32, 0xee, 0x7a, 0xed, 0x29, 0xb7, 0x21, 0x76,
		0x9c, 0xe6, 0x4e, 0x43, 0xd5, 0x71, 0x33, 0xb0, 0x74, 0xd8, 0x39, 0xd5,
		0x31, 0xed, 0x1f, 0x28, 0x51, 0x0a, 0xfb, 0x45, 0xac, 0xe1, 0x0a, 0x1f,
		0x4b, 0x79, 0x4d, 0x6f,
	};
	static const uint8_t tv4[64] = {
		0x72, 0xd5, 0x4d, 0xfb, 0xf1, 0x2e, 0xc4, 0x4b, 0x36, 0x26, 0x92, 0xdf,
		0x94, 0x13, 0x7f, 0x32, 0x8f, 0xea, 0x8d, 0xa7, 0x39, 0x90, 0x26, 0x5e,
		0xc1, 0xbb, 0xbe, 0xa1, 0xae, 0x9a, 0xf0, 0xca, 0x13, 0xb2, 0x5a, 0xa2,
		0x6c, 0xb4, 0xa6, 0x48, 0xcb, 0x9b, 0x9d, 0x1b, 0xe6, 0x5b, 0x2c, 0x09,
		0x24, 0xa6, 0x6c, 0x54, 0xd5, 0x45, 0xec, 0x1b, 0x73, 0x74, 0xf4, 0x87,
		0x2e, 0x99, 0xf0, 0x96,
	};
	/* Block 2^32 of the zero key: what a 96-bit-nonce ChaCha20 calls nonce word 1. */
	static const uint8_t carry[16] = {
		0x3d, 0xb4, 0x1d, 0x3a, 0xa0, 0xd3, 0x29, 0x28, 0x5d, 0xe6, 0xf2, 0x25,
		0xe6, 0xe2, 0x4b, 0xd5,
	};
	uint32_t key[8] = { 0 }, counter[2] = { 0, 0 };
	uint8_t out[128 + 1];

	out[128] = 0xee;
	__arch_chacha20_blocks_nostack(out, key, counter, 2);
	tap_check(!memcmp(out, tv1_2, 128) && counter[0] == 2 && !counter[1] && out[128] == 0xee,
		  "ChaCha20 stand-in: RFC 8439 A.1 vectors 1 and 2, counter advanced by 2",
		  "counter %u:%u", counter[1], counter[0]);
	key[0] = 0xff00;	/* key bytes 00 ff 00 ... little-endian */
	counter[0] = 2;
	__arch_chacha20_blocks_nostack(out + 1, key, counter, 1);
	tap_check(!memcmp(out + 1, tv4, 64) && counter[0] == 3,
		  "ChaCha20 stand-in: RFC 8439 A.1 vector 4, to a misaligned buffer", "differs");
	key[0] = 0;
	counter[0] = 0xffffffff;
	counter[1] = 0;
	__arch_chacha20_blocks_nostack(out, key, counter, 2);
	tap_check(!memcmp(out + 64, carry, 16) && counter[0] == 1 && counter[1] == 1,
		  "ChaCha20 stand-in: the block counter carries into its second word",
		  "counter %u:%u", counter[1], counter[0]);
}

/* Before the RNG is ready every call is the syscall's, and the state stays untouched. 2 lines. */
static void check_not_ready(void)
{
	struct harness_state *st = vgr_state(&states, 4);
	unsigned char buf[40];
	unsigned long before = trapped;
	ssize_t ret;

	ret = fn(buf, sizeof(buf), 0, st, states.size);
	tap_check(ret == sizeof(buf) && !st->generation && !st->in_use,
		  "RNG not ready: the syscall's bytes, the state untouched", "returned %zd, gen %llu",
		  ret, (unsigned long long)st->generation);
	trap_check(trapped == before + 1 && last_buf == (uintptr_t)buf && last_len == sizeof(buf),
		   "RNG not ready: one syscall, with the caller's buffer", "%lu syscalls, len %zu",
		   trapped - before, last_len);
}

/* The state after calls: generation, pos, in_use, key erasure. 3 lines. */
static void check_state(void)
{
	struct harness_state *st = vgr_state(&states, 5);
	uint32_t key[8];
	unsigned char buf[200];
	unsigned int i, zeroed = 1;
	ssize_t ret;

	ret = fn(buf, 10, 0, st, states.size);
	tap_check(ret == 10 && st->generation == sim_rng_generation() && !st->in_use &&
		  st->pos == 10,
		  "a fresh state takes the published generation, 10 bytes from a new batch",
		  "gen %llu of %llu, pos %u, in_use %u", (unsigned long long)st->generation,
		  sim_rng_generation(), st->pos, st->in_use);
	for (i = 0; i < st->pos; i++)
		zeroed &= !st->batch[i];
	tap_check(zeroed, "bytes handed out are zeroed in the batch", "byte %u is not", i);
	memcpy(key, st->key, sizeof(key));
	ret = fn(buf, sizeof(buf), 0, st, states.size);
	tap_check(ret == sizeof(buf) && memcmp(key, st->key, sizeof(key)),
		  "a call that generates blocks replaces the key (erasure)", "returned %zd", ret);
}

static void rng_not_ready(void)
{
	sim_rng_set_ready(0);
}

static void reseed_once(void)
{
	sim_rng_reseed();
	on_trap = NULL;
}

/*
 * Reseeds: between calls, during a fill, on every key fetch; a state in
 * use; a zeroed one; the time namespace view. 7 lines.
 */
static void check_reseeds(struct harness_image *ns_view)
{
	struct harness_state *st = vgr_state(&states, 6);
	vgetrandom_fn ns_fn;
	unsigned char buf[300];
	unsigned long before;
	ssize_t ret;

	fn(buf, 1, 0, st, states.size);
	sim_rng_reseed();
	before = trapped;
	ret = fn(buf, 16, 0, st, states.size);
	trap_check(ret == 16 && trapped == before + 1 && last_len == 32 &&
		   last_buf == (uintptr_t)st->key && st->generation == sim_rng_generation(),
		   "a reseed between calls fetches one new key, then serves",
		   "returned %zd, %lu syscalls, len %zu", ret, trapped - before, last_len);

	sim_rng_reseed();
	on_trap = reseed_once;
	before = trapped;
	ret = fn(buf, sizeof(buf), 0, st, states.size);
	trap_check(ret == sizeof(buf) && trapped == before + 2 && last_buf == (uintptr_t)st->key &&
		   st->generation == sim_rng_generation() && !st->in_use,
		   "a reseed during a fill makes it fetch a key and fill again",
		   "returned %zd, %lu syscalls", ret, trapped - before);

	sim_rng_reseed();
	on_trap = sim_rng_reseed;
	before = trapped;
	ret = fn(buf, sizeof(buf), VGR_GRND_NONBLOCK, st, states.size);
	on_trap = NULL;
	trap_check(ret == sizeof(buf) && trapped == before + 3 && last_buf == (uintptr_t)buf &&
		   last_len == sizeof(buf) && last_flags == VGR_GRND_NONBLOCK && !st->in_use,
		   "a reseed at every key fetch: two tries, then the syscall answers the caller",
		   "returned %zd, %lu syscalls, last len %zu", ret, trapped - before, last_len);

	fn(buf, 1, 0, st, states.size);
	st->in_use = 1;
	before = trapped;
	ret = fn(buf, 20, 0, st, states.size);
	trap_check(ret == 20 && trapped == before + 1 && last_buf == (uintptr_t)buf &&
		   st->in_use == 1 && st->pos == 1,
		   "a state in use (a signal handler's reentry) gets the syscall, untouched",
		   "returned %zd, %lu syscalls, pos %u", ret, trapped - before, st->pos);
	st->in_use = 0;

	memset(st, 0, states.size);
	before = trapped;
	ret = fn(buf, 50, 0, st, states.size);
	trap_check(ret == 50 && trapped == before + 1 && last_buf == (uintptr_t)st->key &&
		   st->generation == sim_rng_generation(),
		   "a zeroed state (dropped under pressure) fetches a key first",
		   "returned %zd, %lu syscalls", ret, trapped - before);

	/* A fallback under the no-syscall proof's filter: its control. */
	ret = vgr_no_syscall_child(fn, &states, rng_not_ready);
	sim_rng_set_ready(1);
	if (WIFEXITED(ret) && WEXITSTATUS(ret) == VGR_EXIT_NO_SECCOMP)
		tap_skip("the no-syscall proof sees a fallback", "no seccomp here");
	else
		tap_check(WIFSIGNALED(ret) && WTERMSIG(ret) == SIGSYS,
			  "the no-syscall proof sees a fallback", "child status %#x", (int)ret);

	if (!ns_view) {
		tap_skip("in a time namespace the real page's RNG state serves",
			 "the image has no time namespace slot");
		return;
	}
	/*
	 * The namespace's page has no RNG state (zero: not ready); only a
	 * view that reads the real page takes the new generation.
	 */
	ns_fn = vgr_resolve(&ns_view->elf);
	fn(buf, 1, 0, st, states.size);
	sim_rng_reseed();
	ret = ns_fn ? ns_fn(buf, 64, 0, st, states.size) : -1;
	tap_check(ret == 64 && st->generation == sim_rng_generation(),
		  "in a time namespace the real page's RNG state serves",
		  "returned %zd, state at generation %llu of %llu", ret,
		  (unsigned long long)st->generation, sim_rng_generation());
}

/*
 * ---- make bench and make bench-stock: ours, another image on the same
 * data page (bench-stock: stock 6.12's), the host kernel's vDSO and the
 * syscall, a batch of each in turn
 */

struct bench_call {
	vgetrandom_fn fn;	/* NULL: the syscall */
	void *state;
	size_t state_len, len;
	unsigned char buf[4096];
};

static int bench_one(void *arg)
{
	struct bench_call *c = arg;
	ssize_t ret = c->fn ? c->fn(c->buf, c->len, 0, c->state, c->state_len) :
			      sys_getrandom(c->buf, c->len, 0);

	return ret == (ssize_t)c->len ? 0 : -1;
}

/* A vDSO's getrandom() timed on a state mapped as its own query asks; 0: none. */
static int bench_vdso(struct bench_call *c, vgetrandom_fn vfn, struct vgr_states *s)
{
	struct vgr_params p;

	if (!vfn || vgr_query(vfn, &p) || vgr_states_map(s, &p, 1))
		return 0;
	*c = (struct bench_call){ .fn = vfn, .state = vgr_state(s, 0), .state_len = s->size };
	return 1;
}

static int bench(const char *csv_path, vgetrandom_fn other_fn, const char *other)
{
	static const size_t sizes[] = { 4, 16, 64, 256, 4096 };
	static struct bench_call calls[4];
	const char *names[4];
	bench_call_fn call_fns[4];
	void *args[4];
	struct vgr_states other_states, host_states;
	struct vdso_image host;
	struct bench_opts opts;
	uintptr_t base = vdso_base_from_auxv();
	vgetrandom_fn host_fn = NULL;
	unsigned int k, n = 0, s;
	double ns[4];
	FILE *csv;

	if (base && !vdso_image_init(&host, base))
		host_fn = vgr_resolve(&host);
	calls[n] = (struct bench_call){ .fn = fn, .state = vgr_state(&states, 7),
					.state_len = states.size };
	names[n++] = "ours";
	if (other_fn) {
		if (!bench_vdso(&calls[n], other_fn, &other_states)) {
			fprintf(stderr, "bench: %s: no usable getrandom()\n", other);
			return 1;
		}
		names[n++] = other;
	}
	if (bench_vdso(&calls[n], host_fn, &host_states))
		names[n++] = "host_vdso";
	calls[n] = (struct bench_call){ .fn = NULL };
	names[n++] = "syscall";
	for (k = 0; k < n; k++) {
		call_fns[k] = bench_one;
		args[k] = &calls[k];
	}

	csv = fopen(csv_path, "w");
	if (!csv)
		return 1;
	bench_default_opts(&opts, 1.0);
	fprintf(csv, "bytes");
	printf("# getrandom(), ns/call (ns/byte), a batch of each in turn:");
	for (k = 0; k < n; k++) {
		fprintf(csv, ",%s_ns", names[k]);
		printf(" %s%s", k ? "| " : "", names[k]);
	}
	fprintf(csv, "\n");
	printf("%s%s\n", other_fn ? " | ours/" : "", other_fn ? other : "");
	for (s = 0; s < ARRAY_SIZE(sizes); s++) {
		for (k = 0; k < n; k++)
			calls[k].len = sizes[s];
		if (bench_multi_median_ns(n, call_fns, args, &opts, ns))
			return 1;
		fprintf(csv, "%zu", sizes[s]);
		printf("# %4zu bytes:", sizes[s]);
		for (k = 0; k < n; k++) {
			fprintf(csv, ",%.1f", ns[k]);
			printf(" %s%8.1f (%.2f)", k ? "| " : "", ns[k], ns[k] / sizes[s]);
		}
		fprintf(csv, "\n");
		if (other_fn)
			printf(" | %.2f", ns[0] / ns[1]);
		printf("\n");
	}
	fclose(csv);
	return 0;
}

/* Under callgrind (scripts/icount.sh), collect only within the calls. */
#ifdef HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#define LOOP_TOGGLE_COLLECT()	CALLGRIND_TOGGLE_COLLECT
#else
#define LOOP_TOGGLE_COLLECT()	do { } while (0)
#endif

/* N calls of @len bytes on one warm state: the refills amortised as in use. */
static int loop(size_t len, long n)
{
	static unsigned char buf[4096];
	void *st = vgr_state(&states, 0);
	long i;

	if (len > sizeof(buf) || fn(buf, 1, 0, st, states.size) != 1)
		return 1;
	for (i = 0; i < n; i++) {
		LOOP_TOGGLE_COLLECT();
		fn(buf, len, 0, st, states.size);
		LOOP_TOGGLE_COLLECT();
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct harness_image im, ns;
	struct vgr_params params;
	void *records, *ns_records, *rng;
	int real_fd, ns_fd, have_ns = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s IMAGE\n", argv[0]);
		return 2;
	}
	real_fd = harness_data_page(&records);
	rng = real_fd >= 0 ? harness_rng_data(records) : NULL;
	if (VDSO_HAS_GETRANDOM && rng && !harness_image_map(&im, argv[1], real_fd, -1))
		fn = vgr_resolve(&im.elf);
	if (!fn) {
		/* One line for the lot: nothing of it applies. */
		tap_plan(1);
		tap_skip("getrandom()", "%s", !VDSO_HAS_GETRANDOM ? "no vDSO getrandom() on " VDSO_ARCH_NAME :
			 !rng ? "our userspace image of " VDSO_ARCH_NAME " has no getrandom() (no "
				"ARCH_GETRANDOM_ENTRY in its targets file): the guests test the kernel-built one" :
			 "cannot map the image");
		return tap_finish();
	}
	ns_fd = harness_image_has_timens() ? harness_data_page(&ns_records) : -1;
	if (ns_fd >= 0) {
		sim_rng_timens_page(ns_records);
		have_ns = !harness_image_map(&ns, argv[1], real_fd, ns_fd);
	}
	sim_rng_init(rng);
	if (argc >= 4 && (!strcmp(argv[2], "--bench") || !strcmp(argv[2], "--loop"))) {
		vgetrandom_fn other_fn = NULL;

		sim_rng_reseed();
		sim_rng_set_ready(1);
		vgr_query(fn, &params);
		if (vgr_states_map(&states, &params, 8))
			return 1;
		if (!strcmp(argv[2], "--loop")) {
			/* As harness --loop: for counts taken under qemu-user. */
			harness_image_print_range(&im);
			return argc == 5 ? loop(strtoul(argv[3], NULL, 0), atol(argv[4])) : 2;
		}
		/* Another image on the same data page: the code is the only difference. */
		if (argc >= 5) {
			if (harness_image_map(&ns, argv[4], real_fd, -1))
				return 1;
			other_fn = vgr_resolve(&ns.elf);
			if (!other_fn)
				return 1;
		}
		return bench(argv[3], other_fn, argc == 6 ? argv[5] : "other");
	}
	tap_plan(NCHECKS);
	trap_on = !trap_install(im.elf.base, im.elf.span);
	if (!trap_on)
		tap_diag("no seccomp trap (qemu-user?): the syscall counts skip");

	check_chacha();
	check_params(fn, &params, 4096);
	if (params.size_of_opaque_state != sizeof(struct harness_state) ||
	    vgr_states_map(&states, &params, 32)) {
		tap_diag("state size %u, ours is %zu: nothing more to check",
			 params.size_of_opaque_state, sizeof(struct harness_state));
		return tap_finish();
	}
	if (!states.as_asked)
		tap_diag("MAP_DROPPABLE refused: states use MADV_WIPEONFORK");
	check_not_ready();
	sim_rng_reseed();
	sim_rng_set_ready(1);

	check_stats_checker();
	check_state();
	check_distinct(fn, &states);
	check_lengths(fn, &states);
	check_flags(fn, &states);
	check_random_insecure(fn, &states, 0);
	check_bad_states(fn, &states, 1);
	check_fork(fn, &states);
	check_no_syscall(fn, &states);
	check_reseeds(have_ns ? &ns : NULL);
	return tap_finish();
}
