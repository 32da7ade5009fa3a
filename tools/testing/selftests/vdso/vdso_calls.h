/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Typed vDSO entry points and the raw syscalls they are compared against.
 *
 * The layouts below are the kernel's, not libc's: libc may have a 64-bit
 * time_t on a 32-bit arch, while the vDSO's clock_gettime there still takes
 * two 32-bit fields. A {long, long} pair is exactly the native kernel
 * timespec/timeval on every arch we support, and clock_gettime64 always
 * takes two 64-bit fields.
 *
 * Both sides report errors the kernel's way, as a negative errno: the vDSO
 * returns what its fallback syscall returned, and sys_*() below turn libc's
 * -1/errno back into that.
 */
#ifndef VDSO_CALLS_H
#define VDSO_CALLS_H

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "parse_vdso.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#endif

#define NSEC_PER_SEC	1000000000LL
#define VDSO_NR_CLOCKS	12	/* ids 0..11 */

/* Clock ids, spelled out so old libc headers do not matter. */
#define VDSO_CLOCK_REALTIME		0
#define VDSO_CLOCK_MONOTONIC		1
#define VDSO_CLOCK_PROCESS_CPUTIME_ID	2
#define VDSO_CLOCK_THREAD_CPUTIME_ID	3
#define VDSO_CLOCK_MONOTONIC_RAW	4
#define VDSO_CLOCK_REALTIME_COARSE	5
#define VDSO_CLOCK_MONOTONIC_COARSE	6
#define VDSO_CLOCK_BOOTTIME		7
#define VDSO_CLOCK_REALTIME_ALARM	8
#define VDSO_CLOCK_BOOTTIME_ALARM	9
#define VDSO_CLOCK_TAI			11

struct vdso_ts {		/* native kernel timespec (old_timespec32 on 32-bit) */
	long sec;
	long nsec;
};

struct vdso_ts64 {		/* __kernel_timespec */
	int64_t sec;
	int64_t nsec;
};

struct vdso_tv {		/* native kernel timeval */
	long sec;
	long usec;
};

struct vdso_tz {
	int minuteswest;
	int dsttime;
};

typedef int (*vdso_gettime_fn)(int clock, struct vdso_ts *ts);
typedef int (*vdso_gettime64_fn)(int clock, struct vdso_ts64 *ts);
typedef int (*vdso_getres_fn)(int clock, struct vdso_ts *res);
typedef int (*vdso_gettimeofday_fn)(struct vdso_tv *tv, struct vdso_tz *tz);
typedef long (*vdso_time_fn)(long *t);

/* How this arch's entry points are called (powerpc: through adapters). */
#include "vdso_powerpc.h"

/* Entry points found in an image; NULL where missing. */
struct vdso_fns {
	vdso_gettime_fn gettime;
	vdso_gettime64_fn gettime64;
	vdso_getres_fn getres;
	vdso_gettimeofday_fn gettimeofday;
	vdso_time_fn time;
};

static inline void vdso_fns_resolve(const struct vdso_image *img, struct vdso_fns *f)
{
	f->gettime = (vdso_gettime_fn)VDSO_CALL_ADAPT(GETTIME,
		vdso_image_sym(img, VDSO_VERSION, VDSO_SYM_GETTIME));
	f->getres = (vdso_getres_fn)VDSO_CALL_ADAPT(GETRES,
		vdso_image_sym(img, VDSO_VERSION, VDSO_SYM_GETRES));
	f->gettimeofday = (vdso_gettimeofday_fn)VDSO_CALL_ADAPT(GETTIMEOFDAY,
		vdso_image_sym(img, VDSO_VERSION, VDSO_SYM_GETTIMEOFDAY));
	f->gettime64 = NULL;
	f->time = NULL;
	if (VDSO_HAS_GETTIME64)
		f->gettime64 = (vdso_gettime64_fn)vdso_image_sym(img, VDSO_VERSION,
								 VDSO_SYM_GETTIME64);
	if (VDSO_HAS_TIME)
		f->time = (vdso_time_fn)VDSO_CALL_ADAPT(TIME,
			vdso_image_sym(img, VDSO_VERSION, VDSO_SYM_TIME));
}

/*
 * Finds and parses this process's vDSO. Returns 0 on success, 1 if the
 * process has no vDSO (a reason to skip) and -1 if it has one that cannot
 * be parsed (a failure); *why then says which.
 */
static inline int vdso_open_self(struct vdso_image *img, struct vdso_fns *f, const char **why)
{
	uintptr_t base = vdso_base_from_auxv();

	if (!base) {
		*why = "no vDSO: AT_SYSINFO_EHDR is absent from the auxiliary vector";
		return 1;
	}
	if (vdso_image_init(img, base)) {
		*why = "the vDSO at AT_SYSINFO_EHDR is not a parsable ELF image";
		return -1;
	}
	vdso_fns_resolve(img, f);
	return 0;
}

/*
 * The opening every test shares: vdso_open_self(). When it fails the
 * program's plan is that one result, the reason (a skip when the process
 * has no vDSO, a failure when it cannot be parsed); when it succeeds
 * nothing is printed and the caller states its own plan. Returns 0 when
 * the test can go on.
 */
static inline int vdso_tap_open_self(struct vdso_image *img, struct vdso_fns *f)
{
	const char *why;
	int ret = vdso_open_self(img, f, &why);

	if (ret)
		tap_plan(1);
	if (ret > 0)
		tap_skip("vDSO present", "%s", why);
	else if (ret < 0)
		tap_fail("vDSO present and parsable", "%s", why);
	return ret;
}

/* A test that cannot start ends with this one failure as its whole plan. */
static inline int vdso_tap_bail(const char *desc, const char *why)
{
	tap_plan(1);
	tap_fail(desc, "%s", why);
	return tap_finish();
}

static inline long sys_ret(long r)
{
	return r == -1 ? -errno : r;
}

static inline long sys_clock_gettime(int clock, struct vdso_ts *ts)
{
	return sys_ret(syscall(VDSO_NR_CLOCK_GETTIME, clock, ts));
}

static inline long sys_clock_getres(int clock, struct vdso_ts *res)
{
	return sys_ret(syscall(VDSO_NR_CLOCK_GETRES, clock, res));
}

static inline long sys_clock_gettime64(int clock, struct vdso_ts64 *ts)
{
	return sys_ret(syscall(VDSO_NR_CLOCK_GETTIME64, clock, ts));
}

static inline long sys_clock_getres64(int clock, struct vdso_ts64 *res)
{
	return sys_ret(syscall(VDSO_NR_CLOCK_GETRES_TIME64, clock, res));
}

static inline long sys_gettimeofday(struct vdso_tv *tv, struct vdso_tz *tz)
{
	return sys_ret(syscall(VDSO_NR_GETTIMEOFDAY, tv, tz));
}

/* time() cannot fail with a valid or NULL pointer; its result is the time. */
static inline long sys_time(long *t)
{
	return syscall(VDSO_NR_TIME, t);
}

/*
 * Reads a clock the widest way the arch offers: clock_gettime64 on 32-bit
 * (syscall and vDSO alike), the native call elsewhere. Results in ns
 * (0 when the call failed: the timespec is then never written).
 */
static inline long sys_gettime_ns(int clock, int64_t *ns)
{
	long ret;

	if (VDSO_HAS_GETTIME64) {
		struct vdso_ts64 t;

		ret = sys_clock_gettime64(clock, &t);
		*ns = ret ? 0 : t.sec * NSEC_PER_SEC + t.nsec;
	} else {
		struct vdso_ts t;

		ret = sys_clock_gettime(clock, &t);
		*ns = ret ? 0 : (int64_t)t.sec * NSEC_PER_SEC + t.nsec;
	}
	return ret;
}

static inline long vdso_gettime_ns(const struct vdso_fns *f, int clock, int64_t *ns)
{
	long ret;

	if (f->gettime64) {
		struct vdso_ts64 t;

		ret = f->gettime64(clock, &t);
		*ns = ret ? 0 : t.sec * NSEC_PER_SEC + t.nsec;
	} else {
		struct vdso_ts t;

		ret = f->gettime(clock, &t);
		*ns = ret ? 0 : (int64_t)t.sec * NSEC_PER_SEC + t.nsec;
	}
	return ret;
}

static inline const char *vdso_clock_name(int clock)
{
	static const char *const names[VDSO_NR_CLOCKS] = {
		"REALTIME", "MONOTONIC", "PROCESS_CPUTIME_ID", "THREAD_CPUTIME_ID",
		"MONOTONIC_RAW", "REALTIME_COARSE", "MONOTONIC_COARSE", "BOOTTIME",
		"REALTIME_ALARM", "BOOTTIME_ALARM", "UNUSED_10", "TAI",
	};

	if (clock < 0 || clock >= VDSO_NR_CLOCKS)
		return "INVALID";
	return names[clock];
}

/* Negative errno as text, e.g. "-22 (EINVAL)"; for diagnostics only. */
static inline const char *vdso_err_name(long ret)
{
	switch (ret) {
	case 0:
		return "0";
	case -EINVAL:
		return "-EINVAL";
	case -EFAULT:
		return "-EFAULT";
	case -ENOSYS:
		return "-ENOSYS";
	case -EPERM:
		return "-EPERM";
	case -ENODEV:
		return "-ENODEV";
	case -EOPNOTSUPP:
		return "-EOPNOTSUPP";
	default:
		return ret < 0 ? "-E?" : "positive";
	}
}

static inline const char *vdso_signame(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return "SIGSEGV";
	case SIGBUS:
		return "SIGBUS";
	case SIGILL:
		return "SIGILL";
	case SIGSYS:
		return "SIGSYS";
	case SIGFPE:
		return "SIGFPE";
	case SIGABRT:
		return "SIGABRT";
	case SIGTRAP:
		return "SIGTRAP";
	case SIGKILL:
		return "SIGKILL";
	default:
		return "another signal";
	}
}

/*
 * Runs fn(arg) in a child so that a crash (say, a write through a NULL
 * pointer) cannot take the test down with it. Returns 0 with *result set
 * to fn's return value, the number of the signal that killed the child, or
 * -1 if the child could not be run or did not report.
 */
static inline int vdso_call_in_child(long (*fn)(void *arg), void *arg, long *result)
{
	int fds[2], status;
	ssize_t n;
	pid_t pid;
	long r;

	if (pipe(fds))
		return -1;
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		r = fn(arg);
		_exit(write(fds[1], &r, sizeof(r)) == sizeof(r) ? 0 : 1);
	}
	close(fds[1]);
	n = read(fds[0], &r, sizeof(r));
	close(fds[0]);
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	if (WIFSIGNALED(status))
		return WTERMSIG(status);
	if (!WIFEXITED(status) || WEXITSTATUS(status) || n != sizeof(r))
		return -1;
	*result = r;
	return 0;
}

#endif /* VDSO_CALLS_H */
