/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Checks of a vDSO getrandom() that hold for any Linux vDSO that has one
 * (Linux 6.11+ on x86_64 and arm64): the selftest runs them on the vDSO
 * the kernel mapped, the harness on our image. Each check_* function
 * emits a fixed number of TAP lines, given next to it, so the callers can
 * plan up front.
 *
 * The vDSO answers errors the kernel's way (-errno); sys_getrandom()
 * turns libc's -1/errno into the same.
 */
#ifndef VDSO_GETRANDOM_H
#define VDSO_GETRANDOM_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#define VGR_GRND_NONBLOCK	0x0001
#define VGR_GRND_RANDOM		0x0002
#define VGR_GRND_INSECURE	0x0004
#ifndef MAP_DROPPABLE
#define MAP_DROPPABLE		0x08
#endif
#ifndef MADV_WIPEONFORK
#define MADV_WIPEONFORK		18
#endif
#ifndef SECCOMP_RET_KILL_PROCESS
#define SECCOMP_RET_KILL_PROCESS	0x80000000U
#endif

typedef ssize_t (*vgetrandom_fn)(void *buf, size_t len, unsigned int flags, void *state,
				 size_t state_len);

/* @img's getrandom(), called as C calls it (powerpc: through its adapter), or NULL. */
static inline vgetrandom_fn vgr_resolve(const struct vdso_image *img)
{
	return (vgetrandom_fn)VDSO_CALL_ADAPT(GETRANDOM,
					      vdso_image_sym(img, VDSO_VERSION, VDSO_SYM_GETRANDOM));
}

/* struct vgetrandom_opaque_params, include/uapi/linux/random.h (6.11+). */
struct vgr_params {
	uint32_t size_of_opaque_state;
	uint32_t mmap_prot;
	uint32_t mmap_flags;
	uint32_t reserved[13];
};

/* Where the states are, and whether they were mapped as the vDSO asked. */
struct vgr_states {
	unsigned char *map;
	size_t map_len;
	size_t size;		/* size_of_opaque_state */
	size_t stride;		/* states are this far apart, none across a page */
	unsigned int n;
	int as_asked;		/* 0: MAP_DROPPABLE refused, MADV_WIPEONFORK used */
};

static inline ssize_t sys_getrandom(void *buf, size_t len, unsigned int flags)
{
	long ret = syscall(SYS_getrandom, buf, len, flags);

	return ret == -1 ? -errno : ret;
}

static inline ssize_t vgr_query(vgetrandom_fn fn, struct vgr_params *p)
{
	return fn(NULL, 0, 0, p, ~0UL);
}

/* @n states laid out as a libc would: never straddling a page. */
static inline int vgr_states_map(struct vgr_states *s, const struct vgr_params *p, unsigned int n)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	unsigned int per_page;

	memset(s, 0, sizeof(*s));
	s->size = p->size_of_opaque_state;
	s->stride = (s->size + 63) & ~(size_t)63;
	if (!s->size || s->stride > page)
		return -1;
	per_page = page / s->stride;
	s->n = n;
	s->map_len = (n + per_page - 1) / per_page * page;
	s->as_asked = 1;
	s->map = mmap(NULL, s->map_len, p->mmap_prot, p->mmap_flags, -1, 0);
	if (s->map == MAP_FAILED) {
		/* Before 6.11, or under qemu-user: the same semantics but for memory pressure. */
		s->as_asked = 0;
		s->map = mmap(NULL, s->map_len, PROT_READ | PROT_WRITE,
			      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (s->map == MAP_FAILED || madvise(s->map, s->map_len, MADV_WIPEONFORK))
			return -1;
	}
	return 0;
}

static inline void *vgr_state(const struct vgr_states *s, unsigned int i)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE), per_page = page / s->stride;

	return s->map + i / per_page * page + i % per_page * s->stride;
}

/*
 * A stream that is not random fails here: a constant one (byte
 * frequencies), one biased in its bits (ones count), or one that repeats
 * (a 16-byte block seen twice: 2^-100 for random 1 MiB). @why says which.
 */
static inline int vgr_looks_random(const unsigned char *buf, size_t len, char *why, size_t wlen)
{
	unsigned long long counts[256] = { 0 }, ones = 0, i;
	double chi = 0, expect = (double)len / 256, bits = (double)len * 8, dev;
	size_t nblocks = len / 16, j;
	uint64_t *keys;

	if (len < 4096) {
		snprintf(why, wlen, "need 4096 bytes at least");
		return 0;
	}
	for (i = 0; i < len; i++) {
		counts[buf[i]]++;
		ones += __builtin_popcount(buf[i]);
	}
	for (i = 0; i < 256; i++)
		chi += (counts[i] - expect) * (counts[i] - expect) / expect;
	/* 255 degrees of freedom: mean 255, sd 22.6; 400 is beyond 6 sd. */
	if (chi > 400) {
		snprintf(why, wlen, "byte frequencies: chi-square %.1f over 255 degrees", chi);
		return 0;
	}
	/* Ones: mean bits / 2, variance bits / 4; more than 6 sd off fails. */
	dev = ones - bits / 2;
	if (dev * dev > 36 * bits / 4) {
		snprintf(why, wlen, "%llu ones in %.0f bits", ones, bits);
		return 0;
	}
	/* Repeats: an open-addressing set of the blocks' first 8 bytes, then a full compare. */
	keys = calloc(nblocks * 2, sizeof(*keys) * 2);
	if (!keys) {
		snprintf(why, wlen, "out of memory");
		return 0;
	}
	for (j = 0; j < nblocks; j++) {
		uint64_t k, slot;

		memcpy(&k, buf + 16 * j, 8);
		slot = (k * 0x9e3779b97f4a7c15ULL) % (nblocks * 2);
		while (keys[2 * slot + 1]) {
			size_t other = keys[2 * slot + 1] - 1;

			if (keys[2 * slot] == k && !memcmp(buf + 16 * other, buf + 16 * j, 16)) {
				snprintf(why, wlen, "16-byte block %zu repeats block %zu", j, other);
				free(keys);
				return 0;
			}
			slot = (slot + 1) % (nblocks * 2);
		}
		keys[2 * slot] = k;
		keys[2 * slot + 1] = j + 1;
	}
	free(keys);
	return 1;
}

/* The checker itself fails a constant stream and a repeating one. 2 lines. */
static inline void check_stats_checker(void)
{
	size_t len = 1 << 20;
	unsigned char *buf = malloc(len);
	char why[128] = "";
	size_t i;

	if (!buf) {
		tap_fail("the statistical check fails a constant stream", "out of memory");
		tap_fail("the statistical check fails a repeating random stream", "out of memory");
		return;
	}
	memset(buf, 0x5a, len);
	tap_check(!vgr_looks_random(buf, len, why, sizeof(why)),
		  "the statistical check fails a constant stream", "it passed");
	if (sys_getrandom(buf, 4096, 0) != 4096) {
		tap_fail("the statistical check fails a repeating random stream", "no syscall bytes");
	} else {
		for (i = 4096; i < len; i++)
			buf[i] = buf[i % 4096];
		tap_check(!vgr_looks_random(buf, len, why, sizeof(why)),
			  "the statistical check fails a repeating random stream", "it passed");
	}
	free(buf);
}

/* The parameter query. 4 lines. */
static inline void check_params(vgetrandom_fn fn, struct vgr_params *p, size_t max_state)
{
	ssize_t ret;
	unsigned int i, reserved_zero = 1;

	memset(p, 0xff, sizeof(*p));
	ret = vgr_query(fn, p);
	tap_check(ret == 0, "the parameter query (NULL, 0, 0, &params, ~0UL) returns 0",
		  "returned %zd", ret);
	tap_check(p->size_of_opaque_state >= 64 && p->size_of_opaque_state <= max_state,
		  "the state size is sane", "%u bytes", p->size_of_opaque_state);
	tap_check(p->mmap_prot == (PROT_READ | PROT_WRITE) &&
		  p->mmap_flags == (MAP_DROPPABLE | MAP_ANONYMOUS),
		  "states are mapped read-write, MAP_DROPPABLE | MAP_ANONYMOUS",
		  "prot %#x flags %#x", p->mmap_prot, p->mmap_flags);
	for (i = 0; i < 13; i++)
		reserved_zero &= !p->reserved[i];
	tap_check(reserved_zero, "the reserved words are zeroed", "not all zero");
}

/* Output differs between states and between calls, and is not zero. 3 lines. */
static inline void check_distinct(vgetrandom_fn fn, const struct vgr_states *s)
{
	unsigned char a[32], b[32], c[32], zero[32] = { 0 };
	ssize_t ra, rb, rc;

	ra = fn(a, sizeof(a), 0, vgr_state(s, 0), s->size);
	rb = fn(b, sizeof(b), 0, vgr_state(s, 0), s->size);
	rc = fn(c, sizeof(c), 0, vgr_state(s, 1), s->size);
	tap_check(ra == 32 && rb == 32 && rc == 32 && memcmp(a, zero, 32),
		  "32 bytes per call, not zero", "returned %zd %zd %zd", ra, rb, rc);
	tap_check(memcmp(a, b, 32), "two calls on one state give different bytes", "equal");
	tap_check(memcmp(a, c, 32) && memcmp(b, c, 32), "two states give different bytes",
		  "equal");
}

/*
 * Lengths around the batch and block sizes up to 1 MiB: the count the
 * syscall would return, every byte written, none past the end, from a
 * misaligned buffer too. VGR_NLENGTHS + 2 lines.
 */
static const size_t vgr_lengths[] = {
	0, 1, 2, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 191, 192, 193,
	255, 256, 257, 1000, 4095, 4096, 4097, 65536, 65537, 1 << 20,
};
#define VGR_NLENGTHS	ARRAY_SIZE(vgr_lengths)

static inline void check_lengths(vgetrandom_fn fn, const struct vgr_states *s)
{
	size_t max = 1 << 20, i, j, len;
	unsigned char *buf = malloc(max + 2), *seen = malloc(max), *p;
	char desc[112], why[128] = "";
	unsigned int round;
	ssize_t ret = 0, sys;

	if (!buf || !seen) {
		for (i = 0; i < VGR_NLENGTHS + 2; i++)
			tap_fail("lengths", "out of memory");
		free(buf);
		free(seen);
		return;
	}
	for (i = 0; i < VGR_NLENGTHS; i++) {
		int ok = 1;

		len = vgr_lengths[i];
		snprintf(desc, sizeof(desc),
			 "%zu bytes: the syscall's count, every byte written, none past the end", len);
		sys = sys_getrandom(buf, len, 0);
		/* A byte written eight times stays 0 with odds of 2^-64: all must turn non-zero. */
		memset(buf, 0, len + 2);
		memset(seen, 0, len);
		for (round = 0; round < 8 && ok; round++) {
			ret = fn(buf + 1, len, 0, vgr_state(s, 0), s->size);
			ok = ret == sys && !buf[0] && !buf[len + 1];
			for (j = 0; j < len; j++)
				seen[j] |= buf[1 + j];
		}
		for (j = 0; ok && j < len; j++)
			ok = seen[j] != 0;
		tap_check(ok, desc, "returned %zd (syscall %zd), guards %#x %#x, byte %zu never set",
			  ret, sys, buf[0], buf[len + 1], j ? j - 1 : 0);
	}
	free(seen);
	/* The biggest output, and one from another state, look random and differ. */
	p = malloc(max);
	ret = fn(buf, max, 0, vgr_state(s, 0), s->size);
	tap_check(ret == (ssize_t)max && vgr_looks_random(buf, max, why, sizeof(why)),
		  "1 MiB of output passes the statistical check", "%s (returned %zd)",
		  ret == (ssize_t)max ? why : "short", ret);
	ret = p ? fn(p, max, 0, vgr_state(s, 1), s->size) : -1;
	tap_check(ret == (ssize_t)max && memcmp(buf, p, max) &&
		  vgr_looks_random(p, max, why, sizeof(why)),
		  "1 MiB from another state differs and passes too", "returned %zd %s", ret,
		  ret == (ssize_t)max ? why : "");
	free(p);
	free(buf);
}

/*
 * Flags: those the syscall accepts are served with its count, the rest
 * get its error. 6 lines.
 */
static inline void check_flags(vgetrandom_fn fn, const struct vgr_states *s)
{
	static const struct {
		unsigned int flags;
		const char *name;
	} cases[] = {
		{ VGR_GRND_NONBLOCK, "GRND_NONBLOCK" },
		{ VGR_GRND_RANDOM, "GRND_RANDOM" },
		{ VGR_GRND_INSECURE, "GRND_INSECURE" },
		{ VGR_GRND_NONBLOCK | VGR_GRND_RANDOM, "GRND_NONBLOCK | GRND_RANDOM" },
		{ 0x8, "unknown flag 0x8" },
		{ ~0U, "every flag bit" },
	};
	unsigned char buf[64];
	unsigned int i;
	char desc[96];

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		ssize_t sys = sys_getrandom(buf, sizeof(buf), cases[i].flags);
		ssize_t ret = fn(buf, sizeof(buf), cases[i].flags, vgr_state(s, 0), s->size);

		snprintf(desc, sizeof(desc), "%s: the syscall's answer (%zd)", cases[i].name, sys);
		tap_check(ret == sys, desc, "the vDSO answered %zd", ret);
	}
}

/*
 * GRND_RANDOM | GRND_INSECURE, which the syscall refuses with -EINVAL.
 * Stock vDSOs (6.11 to at least 6.18) serve it instead. 1 line.
 */
static inline int check_random_insecure(vgetrandom_fn fn, const struct vgr_states *s,
					int stock_quirks_ok)
{
	unsigned int flags = VGR_GRND_RANDOM | VGR_GRND_INSECURE;
	unsigned char buf[64];
	ssize_t sys = sys_getrandom(buf, sizeof(buf), flags);
	ssize_t ret = fn(buf, sizeof(buf), flags, vgr_state(s, 0), s->size);
	const char *desc = "GRND_RANDOM | GRND_INSECURE: the syscall's answer";

	if (ret != sys && stock_quirks_ok && ret == (ssize_t)sizeof(buf)) {
		tap_skip(desc, "stock vDSO quirk: serves it, the syscall says %zd", sys);
		return 1;
	}
	return tap_check(ret == sys, desc, "the vDSO answered %zd, the syscall %zd", ret, sys);
}

/*
 * States the vDSO cannot use go to the syscall, which fills the buffer:
 * wrong sizes, NULL, misaligned; one straddling a page is refused with
 * -EFAULT, as stock does. @nullsafe: the vDSO is known not to
 * dereference a NULL state (stock 6.12 does). Needs two pages of states.
 * 5 lines.
 */
static inline void check_bad_states(vgetrandom_fn fn, const struct vgr_states *s, int nullsafe)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	unsigned char buf[48];
	unsigned char *st = vgr_state(s, 0);
	unsigned char *straddle;
	ssize_t ret, ret2;

	ret = fn(buf, sizeof(buf), 0, st, s->size - 1);
	ret2 = fn(buf, sizeof(buf), 0, st, s->size + 1);
	tap_check(ret == sizeof(buf) && ret2 == sizeof(buf),
		  "a state of the wrong size gets the syscall's bytes", "returned %zd, %zd",
		  ret, ret2);
	ret = fn(buf, sizeof(buf), 0, st, 0);
	tap_check(ret == sizeof(buf), "a state length of 0 gets the syscall's bytes",
		  "returned %zd", ret);
	if (nullsafe) {
		ret = fn(buf, sizeof(buf), 0, NULL, s->size);
		tap_check(ret == sizeof(buf), "a NULL state gets the syscall's bytes",
			  "returned %zd", ret);
	} else {
		tap_skip("a NULL state gets the syscall's bytes", "stock 6.12 dereferences it");
	}
	ret = fn(buf, sizeof(buf), 0, st + 1, s->size);
	tap_check(ret == sizeof(buf), "a misaligned state gets the bytes asked for", "returned %zd",
		  ret);
	/* The last state slot of the mapping's first page, moved to straddle its end. */
	straddle = s->map + page - s->size / 2;
	straddle -= (uintptr_t)straddle % 8;
	if (s->map_len < 2 * page) {
		tap_skip("a state straddling a page is refused with -EFAULT", "one page mapped");
		return;
	}
	ret = fn(buf, sizeof(buf), 0, straddle, s->size);
	tap_check(ret == -EFAULT, "a state straddling a page is refused with -EFAULT",
		  "returned %zd", ret);
}

/*
 * A fork's child gets a zeroed state (MAP_DROPPABLE or MADV_WIPEONFORK)
 * and so bytes of its own, not the parent's next ones. 2 lines.
 */
static inline void check_fork(vgetrandom_fn fn, const struct vgr_states *s)
{
	unsigned char mine[64], theirs[64], zero[64] = { 0 };
	int pipefd[2], status = 0, wiped = 0;
	unsigned char *st = vgr_state(s, 2);
	ssize_t got = 0;
	pid_t pid;

	if (fn(mine, 16, 0, st, s->size) != 16 || pipe(pipefd)) {
		tap_fail("a forked child's state is wiped", "no warm state");
		tap_fail("a forked child gets other bytes than its parent", "no warm state");
		return;
	}
	pid = fork();
	if (pid == 0) {
		unsigned char out[65];

		out[0] = !memcmp(st, zero, s->size < 64 ? s->size : 64);
		if (fn(out + 1, 64, 0, st, s->size) != 64)
			_exit(2);
		if (write(pipefd[1], out, sizeof(out)) != (ssize_t)sizeof(out))
			_exit(3);
		_exit(0);
	}
	if (fn(mine, 64, 0, st, s->size) != 64)
		memset(mine, 0, 64);
	if (pid > 0) {
		unsigned char in[65];

		got = read(pipefd[0], in, sizeof(in));
		waitpid(pid, &status, 0);
		wiped = in[0];
		memcpy(theirs, in + 1, 64);
	}
	close(pipefd[0]);
	close(pipefd[1]);
	if (got == 65 && !wiped && !s->as_asked) {
		/* qemu-user takes MADV_WIPEONFORK and ignores it. */
		tap_skip("a forked child's state is wiped", "MADV_WIPEONFORK has no effect here");
		tap_skip("a forked child gets other bytes than its parent",
			 "MADV_WIPEONFORK has no effect here");
		return;
	}
	tap_check(got == 65 && wiped, "a forked child's state is wiped",
		  "read %zd, first 64 bytes zero: %d", got, wiped);
	tap_check(got == 65 && WIFEXITED(status) && !WEXITSTATUS(status) &&
		  memcmp(mine, theirs, 64),
		  "a forked child gets other bytes than its parent", "child status %#x, %s", status,
		  got == 65 ? "same bytes" : "no bytes");
}

/* seccomp_data's 64-bit arguments as the filter's 32-bit loads see their halves. */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define VGR_ARG_LO(n)	(offsetof(struct seccomp_data, args[n]))
#define VGR_ARG_HI(n)	(offsetof(struct seccomp_data, args[n]) + 4)
#else
#define VGR_ARG_LO(n)	(offsetof(struct seccomp_data, args[n]) + 4)
#define VGR_ARG_HI(n)	(offsetof(struct seccomp_data, args[n]))
#endif

/*
 * In a child: a filter that kills the process on a getrandom syscall,
 * but for a key fetch: 32 bytes into the state at @state (@size bytes).
 * The kernel may reseed at any time (often, early after boot), and then
 * a warm state rightly fetches a new key; anything else is a fallback.
 */
static inline int vgr_forbid_getrandom(const void *state, size_t size)
{
	uint64_t lo = (uintptr_t)state, hi = lo + size;
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, VDSO_AUDIT_ARCH, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned int)VDSO_NR_GETRANDOM, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		/* A key fetch: length 32 ... */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, VGR_ARG_LO(1)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 32, 0, 6),
		/* ... into the state: the buffer's high word, then its low word in range. */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, VGR_ARG_HI(0)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)(lo >> 32), 0, 4),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, VGR_ARG_LO(0)),
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (uint32_t)lo, 0, 2),
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (uint32_t)hi, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
	};
	struct sock_fprog prog = { .len = ARRAY_SIZE(f), .filter = f };

	/* The filter compares 32-bit halves: the state must lie in one 4 GiB window. */
	if (lo >> 32 != (hi - 1) >> 32)
		return -1;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		return -1;
	return 0;
}

#define VGR_EXIT_NO_SECCOMP	77

/*
 * The fast path makes no syscall: a child warms a state (which fetches a
 * key), forbids getrandom but for key fetches, and makes calls of every
 * size up to 4 KiB but 32 (a fallback of 32 bytes could pass for a key
 * fetch) and with each accepted flag. If @poke is given the child calls
 * it after those and then makes one more call, which must be killed (a
 * control that the filter sees the vDSO's fallback). Returns the child's
 * status.
 */
static inline int vgr_no_syscall_child(vgetrandom_fn fn, const struct vgr_states *s,
				       void (*poke)(void))
{
	unsigned char buf[4096];
	int status = 0;
	pid_t pid = fork();

	if (pid == 0) {
		unsigned char *st = vgr_state(s, 3);
		size_t len;

		if (fn(buf, 1, 0, st, s->size) != 1)
			_exit(2);
		if (vgr_forbid_getrandom(st, s->size))
			_exit(VGR_EXIT_NO_SECCOMP);
		for (len = 0; len <= sizeof(buf); len++)
			if (len != 32 &&
			    fn(buf, len, len % 3 ? VGR_GRND_NONBLOCK : 0, st, s->size) != (ssize_t)len)
				_exit(3);
		if (fn(buf, 64, VGR_GRND_INSECURE, st, s->size) != 64 ||
		    fn(buf, 64, VGR_GRND_RANDOM, st, s->size) != 64)
			_exit(3);
		if (poke) {
			poke();
			fn(buf, 16, 0, st, s->size);
			_exit(4);
		}
		_exit(0);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

/* 1 line. */
static inline void check_no_syscall(vgetrandom_fn fn, const struct vgr_states *s)
{
	const char *desc = "4,100 calls of 0-4096 bytes on a warm state make no syscall but key fetches";
	int status = vgr_no_syscall_child(fn, s, NULL);

	if (WIFEXITED(status) && WEXITSTATUS(status) == VGR_EXIT_NO_SECCOMP)
		tap_skip(desc, "seccomp filters are unavailable here");
	else
		tap_check(WIFEXITED(status) && !WEXITSTATUS(status), desc,
			  WIFSIGNALED(status) ? "killed by signal %d: a getrandom fallback" :
			  "child exit status %d", WIFSIGNALED(status) ? WTERMSIG(status) :
			  WEXITSTATUS(status));
}

#endif /* VDSO_GETRANDOM_H */
