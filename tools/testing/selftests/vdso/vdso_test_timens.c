// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_timens: inside a time namespace the vDSO shows the namespace's
 * clocks, exactly as the syscall does.
 *
 * The test makes a time namespace with MONOTONIC moved 1000 s and BOOTTIME
 * 2000 s ahead, reads the clocks, and forks a child, which is born inside
 * the namespace. The child checks that the vDSO agrees with the syscall
 * there, and that the offset clocks are shifted by the namespace offsets
 * against the parent's reading, while REALTIME is not. The child reports
 * through a pipe; the parent prints.
 *
 * When the whole suite already runs inside a namespace, the driver sets
 * VDSO_TIMENS_EXPECT_MONO_OFFSET=<sec>; then only the agreement with the
 * syscall is checked, plus that MONOTONIC is at least that offset.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME	0x00000080
#endif

#define MONO_OFFSET	1000LL
#define BOOT_OFFSET	2000LL
#define OFFSETS_TEXT	"monotonic 1000 0\nboottime 2000 0\n"
#define SLACK_NS	NSEC_PER_SEC	/* time allowed between parent and child reads */

static struct vdso_fns fns;

static const struct {
	int clock;
	long long offset;	/* seconds the namespace adds to this clock */
} ns_clocks[] = {
	{ VDSO_CLOCK_MONOTONIC, MONO_OFFSET },
	{ VDSO_CLOCK_BOOTTIME, BOOT_OFFSET },
	{ VDSO_CLOCK_MONOTONIC_RAW, MONO_OFFSET },
	{ VDSO_CLOCK_MONOTONIC_COARSE, MONO_OFFSET },
	{ VDSO_CLOCK_REALTIME, 0 },
};

#define NR_NS_CLOCKS	ARRAY_SIZE(ns_clocks)

/* A check done by the child, reported by the parent. */
struct result {
	int ok;
	char desc[96];
	char why[160];
};

static int64_t coarse_slack(int clock)
{
	struct vdso_ts res;

	if (clock != VDSO_CLOCK_MONOTONIC_COARSE || sys_clock_getres(clock, &res))
		return 0;
	return res.sec * NSEC_PER_SEC + res.nsec;
}

/* vDSO reading between two syscall readings; returns 1 if it is. */
static int agrees(int clock, int64_t *vdso_ns, char *why, size_t len)
{
	int64_t before, after, slack = coarse_slack(clock);
	long rb, rv, ra;

	rb = sys_gettime_ns(clock, &before);
	rv = vdso_gettime_ns(&fns, clock, vdso_ns);
	ra = sys_gettime_ns(clock, &after);
	if (rb || rv || ra) {
		snprintf(why, len, "syscall returned %ld / %ld, vDSO %ld", rb, ra, rv);
		return 0;
	}
	if (*vdso_ns < before - slack || *vdso_ns > after + slack) {
		snprintf(why, len, "vDSO %lld ns not within syscall [%lld, %lld]",
			 (long long)*vdso_ns, (long long)before, (long long)after);
		return 0;
	}
	return 1;
}

static void child_checks(const int64_t *parent_ns, struct result *res)
{
	unsigned int i;

	for (i = 0; i < NR_NS_CLOCKS; i++) {
		const char *name = vdso_clock_name(ns_clocks[i].clock);
		struct result *a = &res[2 * i], *s = &res[2 * i + 1];
		int64_t now = 0, delta;

		snprintf(a->desc, sizeof(a->desc), "in timens: vDSO %s agrees with the syscall",
			 name);
		a->ok = agrees(ns_clocks[i].clock, &now, a->why, sizeof(a->why));

		snprintf(s->desc, sizeof(s->desc), "in timens: vDSO %s is the parent's + %lld s",
			 name, ns_clocks[i].offset);
		delta = now - parent_ns[i] - ns_clocks[i].offset * NSEC_PER_SEC;
		s->ok = a->ok && delta >= -coarse_slack(ns_clocks[i].clock) && delta <= SLACK_NS;
		if (!a->ok)
			snprintf(s->why, sizeof(s->why), "no valid reading");
		else if (!s->ok)
			snprintf(s->why, sizeof(s->why),
				 "child %lld ns - parent %lld ns is off the offset by %lld ns",
				 (long long)now, (long long)parent_ns[i], (long long)delta);
	}
}

static void report(const struct result *r)
{
	if (r->ok)
		tap_pass(r->desc);
	else
		tap_fail(r->desc, "%s", r->why);
}

static int write_offsets(char *why, size_t len)
{
	ssize_t n;
	int fd;

	fd = open("/proc/self/timens_offsets", O_WRONLY);
	if (fd < 0) {
		snprintf(why, len, "open /proc/self/timens_offsets: %s", strerror(errno));
		return -1;
	}
	n = write(fd, OFFSETS_TEXT, strlen(OFFSETS_TEXT));
	if (n != (ssize_t)strlen(OFFSETS_TEXT)) {
		snprintf(why, len, "write /proc/self/timens_offsets: %s",
			 n < 0 ? strerror(errno) : "short write");
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

static void test_new_namespace(void)
{
	struct result res[2 * NR_NS_CLOCKS];
	int64_t parent_ns[NR_NS_CLOCKS];
	char why[160];
	unsigned int i;
	int fds[2], status;
	size_t got = 0;
	ssize_t n;
	pid_t pid;

	if (unshare(CLONE_NEWTIME)) {
		if (errno == EPERM || errno == EINVAL || errno == ENOSYS)
			tap_skip("create a time namespace", "unshare(CLONE_NEWTIME): %s",
				 strerror(errno));
		else
			tap_fail("create a time namespace", "unshare(CLONE_NEWTIME): %s",
				 strerror(errno));
		return;
	}
	if (write_offsets(why, sizeof(why))) {
		tap_fail("set the namespace offsets", "%s", why);
		return;
	}
	tap_pass("create a time namespace with MONOTONIC +1000 s, BOOTTIME +2000 s");

	for (i = 0; i < NR_NS_CLOCKS; i++) {
		long r = vdso_gettime_ns(&fns, ns_clocks[i].clock, &parent_ns[i]);

		if (r) {
			tap_fail("parent reads the clocks", "vDSO %s returned %ld",
				 vdso_clock_name(ns_clocks[i].clock), r);
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
		child_checks(parent_ns, res);
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
	for (i = 0; i < 2 * NR_NS_CLOCKS; i++)
		report(&res[i]);
}

/* The suite already runs inside a namespace set up by the driver. */
static void test_inside(const char *offset_text)
{
	long long offset = strtoll(offset_text, NULL, 0);
	int64_t mono = 0;
	char desc[96], why[160];
	unsigned int i;

	tap_diag("running inside a time namespace, MONOTONIC offset %lld s", offset);
	for (i = 0; i < NR_NS_CLOCKS; i++) {
		int64_t now = 0;
		int ok;

		snprintf(desc, sizeof(desc), "vDSO %s agrees with the syscall",
			 vdso_clock_name(ns_clocks[i].clock));
		ok = agrees(ns_clocks[i].clock, &now, why, sizeof(why));
		if (ns_clocks[i].clock == VDSO_CLOCK_MONOTONIC)
			mono = now;
		if (ok)
			tap_pass(desc);
		else
			tap_fail(desc, "%s", why);
	}
	snprintf(desc, sizeof(desc), "vDSO MONOTONIC is at least the offset of %lld s", offset);
	tap_check(mono >= offset * NSEC_PER_SEC, desc, "MONOTONIC reads %lld ns",
		  (long long)mono);
}

int main(void)
{
	const char *inside = getenv("VDSO_TIMENS_EXPECT_MONO_OFFSET");
	struct vdso_image img;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || (VDSO_HAS_GETTIME64 && !fns.gettime64)) {
		tap_fail("vDSO clock_gettime present", "entry point missing, see vdso_test_abi");
		return tap_finish();
	}

	if (inside && *inside)
		test_inside(inside);
	else
		test_new_namespace();
	return tap_finish();
}
