// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_bad_input: the vDSO answers odd arguments exactly as the
 * syscall does.
 *
 * Clock ids outside the fixed set are either errors or dynamic clocks (CPU
 * time of a process or thread, posix clock devices behind an fd) that only
 * the kernel can answer, so the vDSO must hand them to the syscall and
 * return its result unchanged. A NULL timespec makes the syscall fail with
 * -EFAULT; a vDSO that writes through it instead crashes, which is why each
 * NULL case runs in a child of its own.
 *
 * Stock kernel vDSOs are known to differ from their syscalls in two ways:
 * they write through a NULL timespec for the clocks they handle, and since
 * 6.17 their clock_getres answers the auxiliary clock ids 16..23 even where
 * the syscall rejects them. Both are failures here; setting
 * VDSO_STOCK_QUIRKS_OK=1 reports them as skips instead, so a stock kernel
 * can serve as a baseline.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

/* How the kernel encodes dynamic clock ids in a negative clockid_t. */
#define CPUCLOCK_PROF		0
#define CPUCLOCK_VIRT		1
#define CPUCLOCK_SCHED		2
#define CPUCLOCK_BAD_WHICH	3	/* beyond CPUCLOCK_MAX */
#define CPUCLOCK_PERTHREAD	4
#define CLOCKFD			3

#define PROCESS_CPUCLOCK(pid, which)	((int)(~(unsigned int)(pid) << 3) | (which))
#define THREAD_CPUCLOCK(tid, which)	PROCESS_CPUCLOCK(tid, (which) | CPUCLOCK_PERTHREAD)
#define FD_CLOCK(fd)			((int)(~(unsigned int)(fd) << 3) | CLOCKFD)

/* Fits the 29 bits of pid in a clock id, yet is above PID_MAX_LIMIT. */
#define NO_SUCH_PID			0x0fffffff

#define AUX_CLOCK_FIRST	16
#define AUX_CLOCK_LAST	23

static struct vdso_fns fns;

static int stock_quirks_ok(void)
{
	const char *v = getenv("VDSO_STOCK_QUIRKS_OK");

	return v && !strcmp(v, "1");
}

/* The 6.17+ stock vDSO answers clock_getres for AUX ids on its own. */
static int aux_getres_quirk(int clock, long rs, long rv)
{
	return clock >= AUX_CLOCK_FIRST && clock <= AUX_CLOCK_LAST && rs == -EINVAL && rv == 0;
}

struct bad_clock {
	int id;
	char name[64];
};

#define MAX_BAD	32
static struct bad_clock bad[MAX_BAD];
static unsigned int nbad;

static void add(int id, const char *name)
{
	if (nbad < MAX_BAD) {
		bad[nbad].id = id;
		snprintf(bad[nbad].name, sizeof(bad[nbad].name), "%s", name);
		nbad++;
	}
}

/* Returns an fd that is not open, for a dynamic clock id without a file. */
static int unused_fd(void)
{
	int fd;

	for (fd = 1000; fd < 1100; fd++)
		if (fcntl(fd, F_GETFD) < 0)
			return fd;
	return 999;
}

static void build_clock_list(void)
{
	int pid = getpid(), tid = (int)syscall(SYS_gettid), fd;

	add(-1, "-1");
	add(-2, "-2");
	add(10, "10 (unused id)");
	add(12, "12");
	add(16, "16");
	add(31, "31");
	add(32, "32");
	add(64, "64");
	add(INT_MAX, "INT_MAX");
	add(INT_MIN, "INT_MIN");
	add(PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED), "process cpu clock SCHED (own pid)");
	add(PROCESS_CPUCLOCK(pid, CPUCLOCK_PROF), "process cpu clock PROF (own pid)");
	add(PROCESS_CPUCLOCK(pid, CPUCLOCK_VIRT), "process cpu clock VIRT (own pid)");
	add(PROCESS_CPUCLOCK(0, CPUCLOCK_SCHED), "process cpu clock SCHED (pid 0)");
	add(PROCESS_CPUCLOCK(pid, CPUCLOCK_BAD_WHICH), "process cpu clock, bad type");
	add(PROCESS_CPUCLOCK(NO_SUCH_PID, CPUCLOCK_SCHED), "process cpu clock of no process");
	add(THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED), "thread cpu clock SCHED (own tid)");
	add(THREAD_CPUCLOCK(0, CPUCLOCK_SCHED), "thread cpu clock SCHED (tid 0)");
	add(THREAD_CPUCLOCK(tid, CPUCLOCK_BAD_WHICH), "thread cpu clock, bad type");

	fd = open("/dev/null", O_RDONLY);
	if (fd >= 0)
		add(FD_CLOCK(fd), "fd clock of /dev/null");
	add(FD_CLOCK(unused_fd()), "fd clock of a closed fd");
}

/*
 * Compares a syscall and a vDSO reading of one id. For a clock the kernel
 * accepts the value must fall between two syscall readings (the dynamic
 * clocks here only count up); otherwise the errors must be identical.
 */
static void compare(const char *desc, long rb, int64_t before, long rv, int64_t now,
		    long ra, int64_t after)
{
	if (rb || rv)
		tap_check(rv == rb, desc, "syscall returned %ld (%s), vDSO %ld (%s)",
			  rb, vdso_err_name(rb), rv, vdso_err_name(rv));
	else if (ra)
		tap_fail(desc, "second syscall returned %ld", ra);
	else
		tap_check(before <= now && now <= after, desc,
			  "vDSO %lld ns not within syscall [%lld, %lld]",
			  (long long)now, (long long)before, (long long)after);
}

static void check_gettime(const struct bad_clock *c)
{
	struct vdso_ts b = { 0, 0 }, v = { 0, 0 }, a = { 0, 0 };
	long rb, rv, ra;
	char desc[128];

	snprintf(desc, sizeof(desc), "clock_gettime(%s) [id %d]", c->name, c->id);
	rb = sys_clock_gettime(c->id, &b);
	rv = fns.gettime(c->id, &v);
	ra = sys_clock_gettime(c->id, &a);
	compare(desc, rb, (int64_t)b.sec * NSEC_PER_SEC + b.nsec,
		rv, (int64_t)v.sec * NSEC_PER_SEC + v.nsec,
		ra, (int64_t)a.sec * NSEC_PER_SEC + a.nsec);
}

static void check_gettime64(const struct bad_clock *c)
{
	struct vdso_ts64 b = { 0, 0 }, v = { 0, 0 }, a = { 0, 0 };
	long rb, rv, ra;
	char desc[128];

	snprintf(desc, sizeof(desc), "clock_gettime64(%s) [id %d]", c->name, c->id);
	rb = sys_clock_gettime64(c->id, &b);
	rv = fns.gettime64(c->id, &v);
	ra = sys_clock_gettime64(c->id, &a);
	compare(desc, rb, b.sec * NSEC_PER_SEC + b.nsec, rv, v.sec * NSEC_PER_SEC + v.nsec,
		ra, a.sec * NSEC_PER_SEC + a.nsec);
}

static void check_getres(const struct bad_clock *c)
{
	struct vdso_ts s = { -1, -1 }, v = { -2, -2 };
	long rs, rv;
	char desc[128];

	snprintf(desc, sizeof(desc), "clock_getres(%s) [id %d]", c->name, c->id);
	rs = sys_clock_getres(c->id, &s);
	rv = fns.getres(c->id, &v);
	if (aux_getres_quirk(c->id, rs, rv) && stock_quirks_ok())
		tap_skip(desc, "vDSO returns 0 for an AUX clock id the syscall rejects "
			 "(VDSO_STOCK_QUIRKS_OK=1)");
	else if (rs || rv)
		tap_check(rv == rs, desc, "syscall returned %ld (%s), vDSO %ld (%s)",
			  rs, vdso_err_name(rs), rv, vdso_err_name(rv));
	else
		tap_check(s.sec == v.sec && s.nsec == v.nsec, desc,
			  "syscall says %ld.%09ld, vDSO %ld.%09ld", s.sec, s.nsec, v.sec, v.nsec);
}

enum null_call { NULL_GETTIME, NULL_GETTIME64, NULL_GETRES };

struct null_case {
	enum null_call call;
	int clock;
};

static long null_vdso(void *arg)
{
	const struct null_case *nc = arg;

	switch (nc->call) {
	case NULL_GETTIME:
		return fns.gettime(nc->clock, NULL);
	case NULL_GETTIME64:
		return fns.gettime64(nc->clock, NULL);
	default:
		return fns.getres(nc->clock, NULL);
	}
}

static long null_sys(const struct null_case *nc)
{
	switch (nc->call) {
	case NULL_GETTIME:
		return sys_clock_gettime(nc->clock, NULL);
	case NULL_GETTIME64:
		return sys_clock_gettime64(nc->clock, NULL);
	default:
		return sys_clock_getres(nc->clock, NULL);
	}
}

static void check_null(enum null_call call, int clock, const char *clock_name)
{
	static const char *const call_names[] = { "clock_gettime", "clock_gettime64",
						  "clock_getres" };
	struct null_case nc = { call, clock };
	long rs = null_sys(&nc), rv = 0;
	char desc[128];
	int sig;

	snprintf(desc, sizeof(desc), "%s(%s, NULL) [id %d]", call_names[call], clock_name,
		 clock);
	sig = vdso_call_in_child(null_vdso, &nc, &rv);
	if (sig < 0) {
		tap_fail(desc, "could not run the call in a child");
	} else if (sig > 0) {
		if (rs == -EFAULT && stock_quirks_ok())
			tap_skip(desc, "vDSO killed by %s where the syscall returns -EFAULT "
				 "(VDSO_STOCK_QUIRKS_OK=1)", vdso_signame(sig));
		else
			tap_fail(desc, "vDSO killed by %s (%d); syscall returns %ld (%s)",
				 vdso_signame(sig), sig, rs, vdso_err_name(rs));
	} else if (call == NULL_GETRES && aux_getres_quirk(clock, rs, rv) && stock_quirks_ok()) {
		tap_skip(desc, "vDSO returns 0 for an AUX clock id the syscall rejects "
			 "(VDSO_STOCK_QUIRKS_OK=1)");
	} else {
		tap_check(rv == rs, desc, "syscall returned %ld (%s), vDSO %ld (%s)",
			  rs, vdso_err_name(rs), rv, vdso_err_name(rv));
	}
}

static const int null_valid_clocks[] = {
	VDSO_CLOCK_REALTIME, VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_MONOTONIC_RAW,
	VDSO_CLOCK_BOOTTIME, VDSO_CLOCK_TAI, VDSO_CLOCK_REALTIME_COARSE,
	VDSO_CLOCK_MONOTONIC_COARSE, VDSO_CLOCK_PROCESS_CPUTIME_ID,
};

static const int null_invalid_clocks[] = { 10, -1, 16, INT_MAX, INT_MIN };

static void check_null_cases(void)
{
	char name[32];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(null_valid_clocks); i++) {
		int c = null_valid_clocks[i];

		check_null(NULL_GETTIME, c, vdso_clock_name(c));
		if (VDSO_HAS_GETTIME64)
			check_null(NULL_GETTIME64, c, vdso_clock_name(c));
	}
	for (i = 0; i < ARRAY_SIZE(null_invalid_clocks); i++) {
		int c = null_invalid_clocks[i];

		snprintf(name, sizeof(name), "invalid %d", c);
		check_null(NULL_GETTIME, c, name);
		if (VDSO_HAS_GETTIME64)
			check_null(NULL_GETTIME64, c, name);
		check_null(NULL_GETRES, c, name);
	}
}

int main(void)
{
	struct vdso_image img;
	unsigned int i;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || !fns.getres || (VDSO_HAS_GETTIME64 && !fns.gettime64))
		return vdso_tap_bail("vDSO entry points present",
				     "some are missing, see vdso_test_abi");

	build_clock_list();
	/* gettime(64) and getres per bad id; NULL: gettime(64) per valid, also getres per bad. */
	tap_plan(nbad * (2 + VDSO_HAS_GETTIME64) +
		 ARRAY_SIZE(null_valid_clocks) * (1 + VDSO_HAS_GETTIME64) +
		 ARRAY_SIZE(null_invalid_clocks) * (2 + VDSO_HAS_GETTIME64));
	for (i = 0; i < nbad; i++) {
		check_gettime(&bad[i]);
		if (VDSO_HAS_GETTIME64)
			check_gettime64(&bad[i]);
		check_getres(&bad[i]);
	}
	check_null_cases();
	return tap_finish();
}
