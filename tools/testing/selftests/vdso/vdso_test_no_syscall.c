// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_no_syscall: the vDSO answers the clocks it is meant to answer
 * without entering the kernel.
 *
 * Each case runs in a child that first installs a seccomp filter killing
 * the process on any time syscall, then calls the vDSO once. A child that
 * survives proves the call stayed in user space; one killed by SIGSYS
 * names the clock that fell back to the syscall.
 *
 * The high resolution clocks can only avoid the syscall when the current
 * clock source is one the vDSO can read; otherwise falling back is correct
 * and those cases are skipped. The coarse clocks never need the counter,
 * and neither does clock_getres() of any clock the vDSO serves (it reads
 * the published hrtimer resolution or its own tick), with or without a
 * result.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#ifndef SECCOMP_RET_KILL_PROCESS
#define SECCOMP_RET_KILL_PROCESS	0x80000000U
#endif

#define CLOCKSOURCE_FILE "/sys/devices/system/clocksource/clocksource0/current_clocksource"

#define EXIT_NO_SECCOMP	77	/* the child could not install the filter */
#define EXIT_BAD_RET	78	/* the vDSO survived but returned an error */

static struct vdso_fns fns;

enum call {
	CALL_GETTIME, CALL_GETTIME64, CALL_GETTIMEOFDAY, CALL_TIME, CALL_GETRES,
	CALL_GETRES_NULL, CALL_RAW_SYSCALL, CALL_RAW_GETRES,
};

struct ncase {
	enum call call;
	int clock;
	int hres;	/* needs a vDSO-readable clock source */
};

static const char *const call_names[] = {
	"clock_gettime", "clock_gettime64", "gettimeofday", "time", "clock_getres",
	"clock_getres", "raw syscall clock_gettime", "raw syscall clock_getres",
};

static int install_filter(void)
{
	static const int banned[] = {
		VDSO_NR_CLOCK_GETTIME, VDSO_NR_GETTIMEOFDAY, VDSO_NR_CLOCK_GETRES,
#if VDSO_HAS_GETTIME64
		VDSO_NR_CLOCK_GETTIME64, VDSO_NR_CLOCK_GETRES_TIME64,
#endif
#if VDSO_HAS_TIME
		VDSO_NR_TIME,
#endif
	};
	enum { NBANNED = ARRAY_SIZE(banned) };
	struct sock_filter insns[4 + 2 * NBANNED + 1];
	struct sock_fprog prog;
	unsigned int n = 0, i;

	insns[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						  offsetof(struct seccomp_data, arch));
	insns[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, VDSO_AUDIT_ARCH, 1, 0);
	insns[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
	insns[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						  offsetof(struct seccomp_data, nr));
	for (i = 0; i < NBANNED; i++) {
		insns[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K,
							  (unsigned int)banned[i], 0, 1);
		insns[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
							  SECCOMP_RET_KILL_PROCESS);
	}
	insns[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);

	prog.len = n;
	prog.filter = insns;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0);
}

static long do_call(const struct ncase *c)
{
	struct vdso_ts ts;
	struct vdso_ts64 ts64;
	struct vdso_tv tv;

	switch (c->call) {
	case CALL_GETTIME:
		return fns.gettime(c->clock, &ts);
	case CALL_GETTIME64:
		return fns.gettime64(c->clock, &ts64);
	case CALL_GETTIMEOFDAY:
		return fns.gettimeofday(&tv, NULL);
	case CALL_TIME:
		return fns.time(NULL) > 0 ? 0 : -1;
	case CALL_GETRES:
		return fns.getres(c->clock, &ts);
	case CALL_GETRES_NULL:
		return fns.getres(c->clock, NULL);
	case CALL_RAW_GETRES:
		return sys_clock_getres(c->clock, &ts);
	default:
		return sys_clock_gettime(c->clock, &ts);
	}
}

/* 0 if the child survived, else its wait status; -1 if it could not run. */
static int run_case(const struct ncase *c, int *status)
{
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (install_filter())
			_exit(EXIT_NO_SECCOMP);
		_exit(do_call(c) ? EXIT_BAD_RET : 0);
	}
	if (waitpid(pid, status, 0) != pid)
		return -1;
	return 0;
}

/* Reason to skip the high resolution cases, or NULL if they must pass. */
static const char *hres_skip_reason(void)
{
	static char reason[160];
	const char *p, *list = VDSO_CLOCKSOURCES;
	char cs[64] = "";
	size_t len;
	FILE *f;

	f = fopen(CLOCKSOURCE_FILE, "r");
	if (!f) {
		tap_diag("cannot read %s; assuming a vDSO-capable clock source", CLOCKSOURCE_FILE);
		return NULL;
	}
	if (!fgets(cs, sizeof(cs), f))
		cs[0] = 0;
	fclose(f);
	cs[strcspn(cs, "\n")] = 0;
	len = strlen(cs);
	tap_diag("current clock source: %s (vDSO-capable on %s: %s)", cs, VDSO_ARCH_NAME, list);

	for (p = list; *p; p += strcspn(p, " "), p += strspn(p, " "))
		if (len && !strncmp(p, cs, len) && (p[len] == ' ' || !p[len]))
			return NULL;
	snprintf(reason, sizeof(reason),
		 "clock source %s is not read by the vDSO, so falling back is correct", cs);
	return reason;
}

static void report(const struct ncase *c, const char *desc, const char *skip_why)
{
	int status;

	if (c->hres && skip_why) {
		tap_skip(desc, "%s", skip_why);
		return;
	}
	if (run_case(c, &status)) {
		tap_fail(desc, "could not fork a child");
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_NO_SECCOMP) {
		tap_skip(desc, "cannot install a seccomp filter here");
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_BAD_RET) {
		tap_fail(desc, "no syscall, but the vDSO returned an error");
	} else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS) {
		tap_fail(desc, "the vDSO made a time syscall (killed by SIGSYS)");
	} else if (WIFSIGNALED(status)) {
		tap_fail(desc, "child killed by %s (%d)", vdso_signame(WTERMSIG(status)),
			 WTERMSIG(status));
	} else {
		tap_check(WIFEXITED(status) && !WEXITSTATUS(status), desc,
			  "child exited with status %d", WEXITSTATUS(status));
	}
}

/*
 * Unless the filter kills the plain syscalls, surviving children prove
 * nothing. Returns 1 if it does (the probe passed).
 */
static int filter_works(enum call call, const char *desc)
{
	const struct ncase probe = { call, VDSO_CLOCK_MONOTONIC, 0 };
	int status;

	if (run_case(&probe, &status)) {
		tap_fail(desc, "could not fork a child");
		return 0;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_NO_SECCOMP) {
		tap_skip(desc, "cannot install a seccomp filter here (prctl failed)");
		return 0;
	}
	if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS) {
		tap_pass(desc);
		return 1;
	}
	tap_fail(desc, "the child was not killed by SIGSYS (status %#x)", status);
	return 0;
}

static const struct {
	int clock;
	int hres;
} clocks[] = {
	{ VDSO_CLOCK_REALTIME, 1 },
	{ VDSO_CLOCK_MONOTONIC, 1 },
	{ VDSO_CLOCK_MONOTONIC_RAW, 1 },
	{ VDSO_CLOCK_BOOTTIME, 1 },
	{ VDSO_CLOCK_TAI, 1 },
	{ VDSO_CLOCK_REALTIME_COARSE, 0 },
	{ VDSO_CLOCK_MONOTONIC_COARSE, 0 },
};

/* One case: run it, or when the filter proved nothing, skip it saying so. */
static void one(const struct ncase *c, const char *skip_why, int filter_ok)
{
	char desc[96];

	if (c->call == CALL_GETTIMEOFDAY || c->call == CALL_TIME)
		snprintf(desc, sizeof(desc), "%s makes no syscall", call_names[c->call]);
	else if (c->call == CALL_GETRES_NULL)
		snprintf(desc, sizeof(desc), "clock_getres(%s, NULL) makes no syscall",
			 vdso_clock_name(c->clock));
	else
		snprintf(desc, sizeof(desc), "%s(%s) makes no syscall", call_names[c->call],
			 vdso_clock_name(c->clock));
	if (filter_ok)
		report(c, desc, skip_why);
	else
		tap_skip(desc, "the seccomp filter is not proven to kill time syscalls (above)");
}

int main(void)
{
	const char *skip_why = NULL;
	struct vdso_image img;
	unsigned int i;
	int filter_ok;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || !fns.gettimeofday || !fns.getres ||
	    (VDSO_HAS_GETTIME64 && !fns.gettime64) || (VDSO_HAS_TIME && !fns.time))
		return vdso_tap_bail("vDSO entry points present",
				     "some are missing, see vdso_test_abi");

	/*
	 * Two probes; per clock clock_gettime (and clock_gettime64) and
	 * clock_getres; clock_getres with a NULL result; gettimeofday; time.
	 */
	tap_plan(2 + ARRAY_SIZE(clocks) * (2 + VDSO_HAS_GETTIME64) + 1 + 1 + VDSO_HAS_TIME);
	filter_ok = filter_works(CALL_RAW_SYSCALL,
				 "seccomp filter kills a raw clock_gettime syscall");
	filter_ok &= filter_works(CALL_RAW_GETRES,
				  "seccomp filter kills a raw clock_getres syscall");
	if (filter_ok)
		skip_why = hres_skip_reason();

	for (i = 0; i < ARRAY_SIZE(clocks); i++) {
		struct ncase c = { CALL_GETTIME, clocks[i].clock, clocks[i].hres };

		one(&c, skip_why, filter_ok);
		if (VDSO_HAS_GETTIME64) {
			c.call = CALL_GETTIME64;
			one(&c, skip_why, filter_ok);
		}
		/* The resolution is published for every clock: no counter needed. */
		c = (struct ncase){ CALL_GETRES, clocks[i].clock, 0 };
		one(&c, skip_why, filter_ok);
	}
	one(&(struct ncase){ CALL_GETRES_NULL, VDSO_CLOCK_MONOTONIC, 0 }, skip_why, filter_ok);
	one(&(struct ncase){ CALL_GETTIMEOFDAY, 0, 1 }, skip_why, filter_ok);
	if (VDSO_HAS_TIME)
		one(&(struct ncase){ CALL_TIME, 0, 0 }, skip_why, filter_ok);
	return tap_finish();
}
