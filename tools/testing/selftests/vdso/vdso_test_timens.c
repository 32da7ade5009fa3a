// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_timens: inside a time namespace the vDSO shows the namespace's
 * clocks, exactly as the syscall does.
 *
 * The test makes a time namespace with MONOTONIC moved 1000.6 s and
 * BOOTTIME 2000.3 s ahead, reads the clocks, and forks a child, which is
 * born inside the namespace. The child checks that the vDSO agrees with
 * the syscall there, that the offset clocks are shifted by the namespace
 * offsets against the parent's reading while REALTIME is not, and that
 * adding an offset's nanoseconds carries into the seconds: each offset
 * clock is read once where the sum passes a second and once where it does
 * not. The child reports through a pipe; the parent prints.
 *
 * When the whole suite already runs inside a namespace, the driver sets
 * VDSO_TIMENS_EXPECT_MONO_OFFSET=<sec>; then the offsets are read from
 * /proc/self/timens_offsets (whatever they are, nanoseconds included), the
 * driver's seconds must be the namespace's, the vDSO must agree with the
 * syscall, MONOTONIC and BOOTTIME must be at least their offsets, BOOTTIME
 * must lead MONOTONIC by at least the offsets' difference, and the carry is
 * exercised as above.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME	0x00000080
#endif

/* Our own namespace's offsets: nanosecond parts near the middle of a second. */
#define OWN_MONO_SEC	1000LL
#define OWN_MONO_NSEC	600000000LL
#define OWN_BOOT_SEC	2000LL
#define OWN_BOOT_NSEC	300000000LL
#define OFFSETS_TEXT	"monotonic 1000 600000000\nboottime 2000 300000000\n"
#define SLACK_NS	NSEC_PER_SEC	/* time allowed between parent and child reads */
#define CARRY_TRIES	6		/* sleeps allowed to reach the other side of a second */
#define CARRY_MIN_NS	2000000LL	/* narrowest side aimed at (hres clocks) */

#define TIMENS_OFFSETS	"/proc/self/timens_offsets"

static struct vdso_fns fns;

/* A namespace's offsets in nanoseconds. */
struct ns_offsets {
	int64_t mono;
	int64_t boot;
};

static const int ns_clocks[] = {
	VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_BOOTTIME, VDSO_CLOCK_MONOTONIC_RAW,
	VDSO_CLOCK_MONOTONIC_COARSE, VDSO_CLOCK_REALTIME,
};

#define NR_NS_CLOCKS	ARRAY_SIZE(ns_clocks)
#define NR_OFFSET_CLOCKS	(NR_NS_CLOCKS - 1)	/* all but REALTIME */

/* The offset the namespace adds to @clock. */
static int64_t clock_offset(const struct ns_offsets *o, int clock)
{
	if (clock == VDSO_CLOCK_BOOTTIME)
		return o->boot;
	if (clock == VDSO_CLOCK_REALTIME)
		return 0;
	return o->mono;
}

/* A check done by the child, reported by the parent. */
struct result {
	int ok;			/* 1 pass, 0 fail, -1 skip */
	char desc[96];
	char why[160];
};

/* One vDSO reading, as the widest entry point gives it, nanoseconds unnormalised. */
static long vdso_read(int clock, int64_t *sec, int64_t *nsec)
{
	long ret;

	if (fns.gettime64) {
		struct vdso_ts64 t = { 0, 0 };

		ret = fns.gettime64(clock, &t);
		*sec = t.sec;
		*nsec = t.nsec;
	} else {
		struct vdso_ts t = { 0, 0 };

		ret = fns.gettime(clock, &t);
		*sec = t.sec;
		*nsec = t.nsec;
	}
	return ret;
}

/*
 * A vDSO reading between two syscall readings; returns 1 if it is, with
 * the reading in @sec/@nsec. The coarse clock's bound is the one
 * vdso_test_correctness derives (coarse_within()): no earlier than the
 * syscall's coarse reading before it, no later than the syscall's hres
 * MONOTONIC after it (the writer may hold it beyond the syscall's coarse
 * reading after it for one tick, never beyond the hres clock). The offsets
 * are the same for both, so the bound holds in a namespace unchanged.
 */
static int agrees_at(int clock, int64_t *sec, int64_t *nsec, char *why, size_t len)
{
	int coarse = clock == VDSO_CLOCK_MONOTONIC_COARSE;
	int64_t before, after, hres = 0, now;
	long rb, rv, ra, rh = 0;

	rb = sys_gettime_ns(clock, &before);
	rv = vdso_read(clock, sec, nsec);
	ra = sys_gettime_ns(clock, &after);
	if (coarse)
		rh = sys_gettime_ns(VDSO_CLOCK_MONOTONIC, &hres);
	if (rb || rv || ra || rh) {
		snprintf(why, len, "syscall returned %ld / %ld / %ld, vDSO %ld", rb, ra, rh, rv);
		return 0;
	}
	if (*nsec < 0 || *nsec >= NSEC_PER_SEC) {
		snprintf(why, len, "vDSO tv_nsec out of range: %lld.%09lld", (long long)*sec,
			 (long long)*nsec);
		return 0;
	}
	now = *sec * NSEC_PER_SEC + *nsec;
	if (now < before || now > (coarse ? hres : after)) {
		snprintf(why, len, "vDSO %lld ns not within [syscall %lld, syscall %s %lld]",
			 (long long)now, (long long)before,
			 coarse ? "MONOTONIC" : vdso_clock_name(clock),
			 (long long)(coarse ? hres : after));
		return 0;
	}
	return 1;
}

static int agrees(int clock, int64_t *vdso_ns, char *why, size_t len)
{
	int64_t sec = 0, nsec = 0;
	int ok = agrees_at(clock, &sec, &nsec, why, len);

	*vdso_ns = sec * NSEC_PER_SEC + nsec;
	return ok;
}

static void sleep_ns(int64_t ns)
{
	struct timespec t = { ns / NSEC_PER_SEC, ns % NSEC_PER_SEC };

	while (nanosleep(&t, &t) && errno == EINTR)
		;
}

/*
 * Adding the offset's nanoseconds @off_nsec to a clock's passes a second
 * (the reader must carry into tv_sec) exactly when the result's tv_nsec is
 * below @off_nsec. Reads @clock, each reading checked as agrees() does,
 * until it has seen both a reading with the carry and one without,
 * sleeping each time to the middle of the side of the second still
 * missing. A coarse clock moves a tick at a time, so its narrowest side
 * must hold a few ticks.
 */
static void check_carry(int clock, int64_t off_nsec, struct result *r)
{
	int64_t sec, nsec, narrow, res_ns = 0, target;
	int seen_carry = 0, seen_plain = 0, i;
	struct vdso_ts res;

	snprintf(r->desc, sizeof(r->desc),
		 "in timens: vDSO %s carries the offset's %lld ns into the seconds",
		 vdso_clock_name(clock), (long long)off_nsec);
	if (clock == VDSO_CLOCK_MONOTONIC_COARSE && !sys_clock_getres(clock, &res))
		res_ns = res.sec * NSEC_PER_SEC + res.nsec;
	narrow = off_nsec < NSEC_PER_SEC - off_nsec ? off_nsec : NSEC_PER_SEC - off_nsec;
	if (!off_nsec || narrow < CARRY_MIN_NS || narrow < 4 * res_ns) {
		r->ok = -1;
		snprintf(r->why, sizeof(r->why), "the offset's nanoseconds (%lld) leave %s",
			 (long long)off_nsec, off_nsec ? "too narrow a side of a second to aim at" :
			 "nothing to carry");
		return;
	}
	for (i = 0; i <= CARRY_TRIES && !(seen_carry && seen_plain); i++) {
		if (!agrees_at(clock, &sec, &nsec, r->why, sizeof(r->why))) {
			r->ok = 0;
			return;
		}
		if (nsec < off_nsec)
			seen_carry = 1;
		else
			seen_plain = 1;
		target = seen_carry ? (off_nsec + NSEC_PER_SEC) / 2 : off_nsec / 2;
		if (!(seen_carry && seen_plain))
			sleep_ns((target - nsec + NSEC_PER_SEC) % NSEC_PER_SEC);
	}
	r->ok = seen_carry && seen_plain;
	if (!r->ok)
		snprintf(r->why, sizeof(r->why), "%d readings never reached the side %s a carry",
			 CARRY_TRIES + 1, seen_carry ? "without" : "with");
}

static void child_checks(const int64_t *parent_ns, const struct ns_offsets *o,
			 struct result *res)
{
	unsigned int i;

	for (i = 0; i < NR_NS_CLOCKS; i++) {
		const char *name = vdso_clock_name(ns_clocks[i]);
		struct result *a = &res[2 * i], *s = &res[2 * i + 1];
		int64_t now = 0, delta, off = clock_offset(o, ns_clocks[i]);

		snprintf(a->desc, sizeof(a->desc), "in timens: vDSO %s agrees with the syscall",
			 name);
		a->ok = agrees(ns_clocks[i], &now, a->why, sizeof(a->why));

		snprintf(s->desc, sizeof(s->desc),
			 "in timens: vDSO %s is the parent's + %lld.%09lld s", name,
			 (long long)(off / NSEC_PER_SEC), (long long)(off % NSEC_PER_SEC));
		/* Published values never go back, coarse ones included: no slack below. */
		delta = now - parent_ns[i] - off;
		s->ok = a->ok && delta >= 0 && delta <= SLACK_NS;
		if (!a->ok)
			snprintf(s->why, sizeof(s->why), "no valid reading");
		else if (!s->ok)
			snprintf(s->why, sizeof(s->why),
				 "child %lld ns - parent %lld ns is off the offset by %lld ns",
				 (long long)now, (long long)parent_ns[i], (long long)delta);
	}
	for (i = 0; i < NR_OFFSET_CLOCKS; i++)
		check_carry(ns_clocks[i], clock_offset(o, ns_clocks[i]) % NSEC_PER_SEC,
			    &res[2 * NR_NS_CLOCKS + i]);
}

static void report(const struct result *r)
{
	if (r->ok > 0)
		tap_pass(r->desc);
	else if (r->ok < 0)
		tap_skip(r->desc, "%s", r->why);
	else
		tap_fail(r->desc, "%s", r->why);
}

static int write_offsets(char *why, size_t len)
{
	ssize_t n;
	int fd;

	fd = open(TIMENS_OFFSETS, O_WRONLY);
	if (fd < 0) {
		snprintf(why, len, "open " TIMENS_OFFSETS ": %s", strerror(errno));
		return -1;
	}
	n = write(fd, OFFSETS_TEXT, strlen(OFFSETS_TEXT));
	if (n != (ssize_t)strlen(OFFSETS_TEXT)) {
		snprintf(why, len, "write " TIMENS_OFFSETS ": %s",
			 n < 0 ? strerror(errno) : "short write");
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* The child's results: agreement and offset per clock, the carry per offset clock. */
#define NR_CHILD_RESULTS	(2 * NR_NS_CLOCKS + NR_OFFSET_CLOCKS)

static void test_new_namespace(void)
{
	const struct ns_offsets own = {
		OWN_MONO_SEC * NSEC_PER_SEC + OWN_MONO_NSEC,
		OWN_BOOT_SEC * NSEC_PER_SEC + OWN_BOOT_NSEC,
	};
	struct result res[NR_CHILD_RESULTS];
	int64_t parent_ns[NR_NS_CLOCKS];
	char why[160];
	unsigned int i;
	int fds[2], status;
	size_t got = 0;
	ssize_t n;
	pid_t pid;

	if (unshare(CLONE_NEWTIME)) {
		int err = errno;

		tap_plan(1);
		if (err == EPERM || err == EINVAL || err == ENOSYS)
			tap_skip("create a time namespace", "unshare(CLONE_NEWTIME): %s",
				 strerror(err));
		else
			tap_fail("create a time namespace", "unshare(CLONE_NEWTIME): %s",
				 strerror(err));
		return;
	}
	tap_plan(1 + NR_CHILD_RESULTS);
	if (write_offsets(why, sizeof(why))) {
		tap_fail("set the namespace offsets", "%s", why);
		return;
	}
	tap_pass("create a time namespace with MONOTONIC +1000.6 s, BOOTTIME +2000.3 s");

	for (i = 0; i < NR_NS_CLOCKS; i++) {
		long r = vdso_gettime_ns(&fns, ns_clocks[i], &parent_ns[i]);

		if (r) {
			tap_fail("parent reads the clocks", "vDSO %s returned %ld",
				 vdso_clock_name(ns_clocks[i]), r);
			return;
		}
	}

	if (pipe(fds)) {
		tap_fail("fork a child into the namespace", "pipe: %s", strerror(errno));
		return;
	}
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		tap_fail("fork a child into the namespace", "fork: %s", strerror(errno));
		return;
	}
	if (pid == 0) {
		close(fds[0]);
		memset(res, 0, sizeof(res));
		child_checks(parent_ns, &own, res);
		_exit(write(fds[1], res, sizeof(res)) == sizeof(res) ? 0 : 1);
	}
	close(fds[1]);
	while (got < sizeof(res)) {
		n = read(fds[0], (char *)res + got, sizeof(res) - got);
		if (n <= 0)
			break;
		got += n;
	}
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (got != sizeof(res)) {
		if (WIFSIGNALED(status))
			tap_fail("child in the namespace reports", "killed by %s (%d)",
				 vdso_signame(WTERMSIG(status)), WTERMSIG(status));
		else
			tap_fail("child in the namespace reports", "no report (status %#x)",
				 status);
		return;
	}
	for (i = 0; i < NR_CHILD_RESULTS; i++)
		report(&res[i]);
}

/*
 * The namespace's offsets as the kernel shows them: one line per clock,
 * "<name or id> <sec> <nsec>". Returns 0 when both were found.
 */
static int read_offsets(struct ns_offsets *o, char *why, size_t len)
{
	char line[128], name[32];
	long long sec, nsec;
	int found = 0;
	FILE *f = fopen(TIMENS_OFFSETS, "r");

	if (!f) {
		snprintf(why, len, "open " TIMENS_OFFSETS ": %s", strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%31s %lld %lld", name, &sec, &nsec) != 3 ||
		    nsec < 0 || nsec >= NSEC_PER_SEC)
			continue;
		if (!strcmp(name, "monotonic") || atoi(name) == VDSO_CLOCK_MONOTONIC) {
			o->mono = sec * NSEC_PER_SEC + nsec;
			found |= 1;
		} else if (!strcmp(name, "boottime") || atoi(name) == VDSO_CLOCK_BOOTTIME) {
			o->boot = sec * NSEC_PER_SEC + nsec;
			found |= 2;
		}
	}
	fclose(f);
	if (found != 3) {
		snprintf(why, len, TIMENS_OFFSETS " lacks the %s line",
			 found & 1 ? "boottime" : "monotonic");
		return -1;
	}
	return 0;
}

/* Agreement per clock, the driver's seconds, three offset checks, the carries. */
#define NR_INSIDE_RESULTS	(NR_NS_CLOCKS + 1 + 3 + NR_OFFSET_CLOCKS)

/* The suite already runs inside a namespace set up by the driver. */
static void test_inside(const char *offset_text)
{
	long long driver_sec = strtoll(offset_text, NULL, 0);
	int64_t mono = 0, boot = 0, mono2 = 0;
	struct ns_offsets o;
	char desc[128], why[160];
	struct result carry = { 0 };
	unsigned int i;
	long r1, r2, r3;

	if (read_offsets(&o, why, sizeof(why))) {
		tap_plan(1);
		tap_fail("read the namespace's offsets", "%s", why);
		return;
	}
	tap_plan(NR_INSIDE_RESULTS);
	tap_diag("running inside a time namespace: MONOTONIC +%lld.%09lld s, "
		 "BOOTTIME +%lld.%09lld s (" TIMENS_OFFSETS ")",
		 (long long)(o.mono / NSEC_PER_SEC), (long long)(o.mono % NSEC_PER_SEC),
		 (long long)(o.boot / NSEC_PER_SEC), (long long)(o.boot % NSEC_PER_SEC));
	for (i = 0; i < NR_NS_CLOCKS; i++) {
		int64_t now = 0;

		snprintf(desc, sizeof(desc), "vDSO %s agrees with the syscall",
			 vdso_clock_name(ns_clocks[i]));
		if (agrees(ns_clocks[i], &now, why, sizeof(why)))
			tap_pass(desc);
		else
			tap_fail(desc, "%s", why);
	}
	snprintf(desc, sizeof(desc), "the driver's MONOTONIC offset (%lld s) is the namespace's",
		 driver_sec);
	tap_check(driver_sec == o.mono / NSEC_PER_SEC, desc, TIMENS_OFFSETS " says %lld s",
		  (long long)(o.mono / NSEC_PER_SEC));

	/* BOOTTIME - MONOTONIC is the time suspended (>= 0) plus the offsets' difference. */
	r1 = vdso_gettime_ns(&fns, VDSO_CLOCK_MONOTONIC, &mono);
	r2 = vdso_gettime_ns(&fns, VDSO_CLOCK_BOOTTIME, &boot);
	r3 = vdso_gettime_ns(&fns, VDSO_CLOCK_MONOTONIC, &mono2);
	if (r1 || r2 || r3)
		snprintf(why, sizeof(why), "vDSO returned %ld / %ld / %ld", r1, r2, r3);
	else
		snprintf(why, sizeof(why), "MONOTONIC %lld ns, BOOTTIME %lld ns",
			 (long long)mono, (long long)boot);
	tap_check(!r1 && mono >= o.mono, "vDSO MONOTONIC is at least its offset", "%s", why);
	tap_check(!r2 && boot >= o.boot, "vDSO BOOTTIME is at least its offset", "%s", why);
	tap_check(!r1 && !r2 && !r3 && boot - (o.boot - o.mono) >= mono,
		  "vDSO BOOTTIME leads MONOTONIC by at least the offsets' difference", "%s", why);

	for (i = 0; i < NR_OFFSET_CLOCKS; i++) {
		check_carry(ns_clocks[i], clock_offset(&o, ns_clocks[i]) % NSEC_PER_SEC, &carry);
		report(&carry);
	}
}

int main(void)
{
	const char *inside = getenv("VDSO_TIMENS_EXPECT_MONO_OFFSET");
	struct vdso_image img;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || (VDSO_HAS_GETTIME64 && !fns.gettime64))
		return vdso_tap_bail("vDSO clock_gettime present",
				     "entry point missing, see vdso_test_abi");

	if (inside && *inside)
		test_inside(inside);
	else
		test_new_namespace();
	return tap_finish();
}
