/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The bad-input sweep, shared by vdso_test_sweep (any Linux vDSO) and the
 * harness's fault program (our image under the simulated timekeeper): clock
 * ids across the whole int range, dynamic CPU-time and fd clocks, NULL and
 * unaligned result pointers. Every call must give exactly the syscall's
 * return value; where both succeed, the value must lie between two syscall
 * readings (widened by @slack_ns, which is 0 for a real kernel's vDSO, or
 * by what @slack_now says at each comparison).
 *
 * One TAP line per family of cases, naming the first case that differs.
 */
#ifndef VDSO_SWEEP_H
#define VDSO_SWEEP_H

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "vdso_calls.h"
#include "vdso_tap.h"

#define SWEEP_RANDOM_IDS	100000
/* TAP lines vdso_sweep_run() prints: three id families, unaligned, NULL. */
#define VDSO_SWEEP_CHECKS	5
#define SWEEP_SEED		0x5eedc10cu

/* The 6.17+ stock vDSO's clock_getres answers AUX clocks the syscall may reject. */
#define SWEEP_AUX_FIRST		16
#define SWEEP_AUX_LAST		23

struct vdso_sweep {
	const struct vdso_fns *f;
	const char *view;	/* prefix of each description */
	long long slack_ns;	/* how far the vDSO's clocks may be from the host's */
	long long (*slack_now)(void);	/* if set, that distance now, in place of slack_ns */
	long coarse_res_ns;	/* if set, the coarse clocks' resolution the vDSO was built with */
	int stock_quirks_ok;	/* report a stock vDSO's known departures as skips */
	unsigned int quirks;	/* departures seen and tolerated */
	char why[200];		/* the first mismatch */
};

static inline long long sweep_slack(const struct vdso_sweep *s)
{
	return s->slack_now ? s->slack_now() : s->slack_ns;
}

/* A small deterministic generator, so a failing id can be reproduced. */
static inline unsigned int sweep_rand(unsigned int *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 17;
	*state ^= *state << 5;
	return *state;
}

static inline int sweep_aux_quirk(const struct vdso_sweep *s, int id, long sret, long vret)
{
	return s->stock_quirks_ok && id >= SWEEP_AUX_FIRST && id <= SWEEP_AUX_LAST &&
	       sret == -EINVAL && vret == 0;
}

/*
 * One clock_gettime() case: syscall, vDSO, syscall. @ts points at the
 * result slot (possibly unaligned), read back with memcpy.
 */
static inline int sweep_gettime_at(struct vdso_sweep *s, int id, void *ts)
{
	struct vdso_ts t;
	int64_t before, now, after;
	long long slack;
	long rb, rv, ra;

	rb = sys_clock_gettime(id, ts);
	memcpy(&t, ts, sizeof(t));
	before = (int64_t)t.sec * NSEC_PER_SEC + t.nsec;
	rv = s->f->gettime(id, ts);
	memcpy(&t, ts, sizeof(t));
	now = (int64_t)t.sec * NSEC_PER_SEC + t.nsec;
	ra = sys_clock_gettime(id, ts);
	memcpy(&t, ts, sizeof(t));
	after = (int64_t)t.sec * NSEC_PER_SEC + t.nsec;

	if (rb != rv) {
		snprintf(s->why, sizeof(s->why), "clock_gettime(%d): syscall %ld (%s), vDSO %ld (%s)",
			 id, rb, vdso_err_name(rb), rv, vdso_err_name(rv));
		return 0;
	}
	if (rb || ra)
		return 1;
	slack = sweep_slack(s);
	if (now < before - slack || now > after + slack) {
		snprintf(s->why, sizeof(s->why),
			 "clock_gettime(%d): vDSO %lld not within syscall [%lld, %lld] +- %lld",
			 id, (long long)now, (long long)before, (long long)after, slack);
		return 0;
	}
	return 1;
}

static inline int sweep_gettime64(struct vdso_sweep *s, int id)
{
	struct vdso_ts64 b, v, a;
	long long slack;
	long rb, rv, ra;

	rb = sys_clock_gettime64(id, &b);
	rv = s->f->gettime64(id, &v);
	ra = sys_clock_gettime64(id, &a);
	if (rb != rv) {
		snprintf(s->why, sizeof(s->why), "clock_gettime64(%d): syscall %ld, vDSO %ld",
			 id, rb, rv);
		return 0;
	}
	slack = sweep_slack(s);
	if (!rb && !ra &&
	    (v.sec * NSEC_PER_SEC + v.nsec < b.sec * NSEC_PER_SEC + b.nsec - slack ||
	     v.sec * NSEC_PER_SEC + v.nsec > a.sec * NSEC_PER_SEC + a.nsec + slack)) {
		snprintf(s->why, sizeof(s->why), "clock_gettime64(%d): value outside the syscall's",
			 id);
		return 0;
	}
	return 1;
}

/* clock_getres(): same return value and, on success, the very same resolution. */
static inline int sweep_getres_at(struct vdso_sweep *s, int id, void *res)
{
	struct vdso_ts sr, vr;
	long rs, rv;

	memset(res, 0x5a, sizeof(sr));
	rs = sys_clock_getres(id, res);
	memcpy(&sr, res, sizeof(sr));
	memset(res, 0xa5, sizeof(vr));
	rv = s->f->getres(id, res);
	memcpy(&vr, res, sizeof(vr));
	if (sweep_aux_quirk(s, id, rs, rv)) {
		s->quirks++;
		return 1;
	}
	if (rs != rv) {
		snprintf(s->why, sizeof(s->why), "clock_getres(%d): syscall %ld (%s), vDSO %ld (%s)",
			 id, rs, vdso_err_name(rs), rv, vdso_err_name(rv));
		return 0;
	}
	/* A vDSO built for another HZ than the running kernel's has its own tick (README). */
	if (s->coarse_res_ns && (id == VDSO_CLOCK_REALTIME_COARSE ||
				 id == VDSO_CLOCK_MONOTONIC_COARSE))
		sr.nsec = s->coarse_res_ns;
	if (!rs && (sr.sec != vr.sec || sr.nsec != vr.nsec)) {
		snprintf(s->why, sizeof(s->why), "clock_getres(%d): syscall %ld.%09ld, vDSO %ld.%09ld",
			 id, sr.sec, sr.nsec, vr.sec, vr.nsec);
		return 0;
	}
	return 1;
}

static inline int sweep_one(struct vdso_sweep *s, int id)
{
	struct vdso_ts ts;

	return sweep_gettime_at(s, id, &ts) && sweep_getres_at(s, id, &ts) &&
	       (!s->f->gettime64 || sweep_gettime64(s, id));
}

static inline void sweep_report(struct vdso_sweep *s, int ok, const char *what)
{
	char desc[160];

	snprintf(desc, sizeof(desc), "%ssweep: %s give the syscall's answers", s->view, what);
	if (ok && s->quirks)
		tap_skip(desc, "%u clock_getres calls on AUX ids 16..23 succeed where the syscall "
			 "says -EINVAL (stock vDSO, VDSO_STOCK_QUIRKS_OK=1)", s->quirks);
	else
		tap_check(ok, desc, "%s", s->why);
	s->quirks = 0;
}

/* Linux's dynamic clock ids: ~pid << 3 | type (bit 2: per thread), fd clocks type 3. */
static inline int sweep_cpu_clock(unsigned int pid, unsigned int type)
{
	return (int)(~pid << 3 | type);
}

static inline void sweep_ids(struct vdso_sweep *s)
{
	unsigned int state = SWEEP_SEED, i;
	int id, ok = 1, fd;

	for (id = -64; id <= 64 && ok; id++)
		ok = sweep_one(s, id);
	ok = ok && sweep_one(s, INT_MIN) && sweep_one(s, INT_MAX) &&
	     sweep_one(s, INT_MIN + 1) && sweep_one(s, INT_MAX - 1);
	sweep_report(s, ok, "clock ids -64..64, INT_MIN, INT_MAX");

	ok = 1;
	for (i = 0; i < SWEEP_RANDOM_IDS && ok; i++)
		ok = sweep_one(s, (int)sweep_rand(&state));
	sweep_report(s, ok, "100000 random clock ids (xorshift seed 0x5eedc10c)");

	fd = open("/dev/null", O_RDONLY);
	ok = sweep_one(s, sweep_cpu_clock(getpid(), 0)) &&
	     sweep_one(s, sweep_cpu_clock(getpid(), 1)) &&
	     sweep_one(s, sweep_cpu_clock(getpid(), 2)) &&
	     sweep_one(s, sweep_cpu_clock(0, 2)) &&
	     sweep_one(s, sweep_cpu_clock((unsigned int)syscall(SYS_gettid), 6)) &&
	     sweep_one(s, sweep_cpu_clock(0, 6)) &&
	     sweep_one(s, sweep_cpu_clock(1, 2)) &&
	     (fd < 0 || sweep_one(s, sweep_cpu_clock(fd, 3))) &&
	     sweep_one(s, sweep_cpu_clock(1000000, 3));
	if (fd >= 0)
		close(fd);
	sweep_report(s, ok, "CPU-time clocks (own, pid 0, init's) and fd clocks");
}

struct sweep_unaligned_case {
	const struct vdso_fns *f;
	void *slot;
};

static inline long sweep_unaligned_call(void *arg)
{
	const struct sweep_unaligned_case *c = arg;

	return c->f->gettime(VDSO_CLOCK_MONOTONIC, c->slot);
}

/* A 64-bit store the compiler makes as one, to a slot it is told is aligned. */
static inline long sweep_plain_store(void *arg)
{
	*(volatile long long *)arg = 0;
	return 0;
}

/*
 * Whether the platform kills a task for an unaligned store, with nothing
 * to emulate it (a kernel fixes them up; qemu-user on mips has none to):
 * asked, with a plain store, only once the vDSO has died of one, so an
 * arch that stores unaligned freely never executes the misaligned store.
 */
static inline int sweep_unaligned_traps(struct vdso_sweep *s, void *slot)
{
	struct sweep_unaligned_case c = { s->f, slot };
	long r;

	return vdso_call_in_child(sweep_unaligned_call, &c, &r) == SIGBUS &&
	       vdso_call_in_child(sweep_plain_store, slot, &r) == SIGBUS;
}

/* Every result slot misaligned by 1..7 bytes, for the served clocks and a few others. */
static inline void sweep_unaligned(struct vdso_sweep *s)
{
	static const int ids[] = { 0, 1, 4, 5, 6, 7, 11, 2, 3, 10, -1, 12, INT_MIN };
	union {
		char bytes[64];
		long long align;
	} buf;
	unsigned int i, off;
	int ok = 1;

	if (sweep_unaligned_traps(s, buf.bytes + 1)) {
		char desc[160];

		snprintf(desc, sizeof(desc), "%ssweep: results at unaligned addresses", s->view);
		tap_skip(desc, "any unaligned store dies of SIGBUS here, a plain one too: "
			 "nothing emulates them (a kernel would; qemu-user does not)");
		return;
	}
	for (off = 1; off < 8 && ok; off++)
		for (i = 0; i < ARRAY_SIZE(ids) && ok; i++)
			ok = sweep_gettime_at(s, ids[i], buf.bytes + off) &&
			     sweep_getres_at(s, ids[i], buf.bytes + off);
	sweep_report(s, ok, "results at unaligned addresses");
}

struct sweep_null_case {
	const struct vdso_fns *f;
	int id;
	int getres;
};

static inline long sweep_null_call(void *arg)
{
	const struct sweep_null_case *c = arg;

	return c->getres ? c->f->getres(c->id, NULL) : c->f->gettime(c->id, NULL);
}

/*
 * NULL results, each call in a child: the syscall answers -EFAULT (or
 * -EINVAL for a bad id); a vDSO that writes through the pointer dies.
 */
static inline void sweep_null(struct vdso_sweep *s)
{
	struct sweep_null_case c = { s->f, 0, 0 };
	unsigned int crashed = 0;
	int ok = 1, sig;
	long rv, rs;

	for (c.getres = 0; c.getres < 2 && ok; c.getres++) {
		for (c.id = -16; c.id <= 32 && ok; c.id++) {
			rs = c.getres ? sys_clock_getres(c.id, NULL) : sys_clock_gettime(c.id, NULL);
			rv = 0;
			sig = vdso_call_in_child(sweep_null_call, &c, &rv);
			if (sig > 0 && rs == -EFAULT && s->stock_quirks_ok) {
				crashed++;
				continue;
			}
			if (sig == 0 && c.getres && sweep_aux_quirk(s, c.id, rs, rv)) {
				s->quirks++;
				continue;
			}
			ok = sig == 0 && rv == rs;
			if (!ok)
				snprintf(s->why, sizeof(s->why), "%s(%d, NULL): syscall %ld (%s), vDSO %s %ld",
					 c.getres ? "clock_getres" : "clock_gettime", c.id, rs,
					 vdso_err_name(rs), sig ? "died, signal" : "returned",
					 sig ? (long)sig : rv);
		}
	}
	if (ok && crashed) {
		char desc[160];

		snprintf(desc, sizeof(desc), "%ssweep: NULL results for ids -16..32", s->view);
		tap_skip(desc, "the vDSO wrote through NULL for %u served clocks where the syscall "
			 "says -EFAULT (stock vDSO, VDSO_STOCK_QUIRKS_OK=1)%s", crashed,
			 s->quirks ? "; AUX ids' getres succeed" : "");
		s->quirks = 0;
		return;
	}
	sweep_report(s, ok, "NULL results for ids -16..32");
}

static inline void vdso_sweep_run(struct vdso_sweep *s)
{
	sweep_ids(s);
	sweep_unaligned(s);
	sweep_null(s);
}

#endif /* VDSO_SWEEP_H */
