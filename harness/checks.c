// SPDX-License-Identifier: GPL-2.0
/*
 * The harness's TAP checks: our image, mapped as Linux maps it and served
 * by our writer from the simulated timekeeper, against the host kernel's
 * syscalls (harness IMAGE [SECONDS]; SECONDS scales the stress runs).
 */
#define _GNU_SOURCE
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>

#include "harness.h"
#include "hypervisor.h"
#include "poison.h"
#include "readers.h"
#include "vdso_tap.h"

/*
 * How far our clocks may be from the host's: the simulated timekeeper steers
 * towards the host every tick, so what remains is calibration noise over a
 * tick and the time between its counter and host clock reads (see
 * set_tolerance() for emulated hosts).
 */
#define HRES_TOLERANCE_NS	20000LL
/* Under emulation host reads are slow: allow this many of them instead. */
#define TOLERANCE_BRACKETS	50

/* The tolerance in force: HRES_TOLERANCE_NS, or more where host reads are slow. */
static long long tolerance_ns = HRES_TOLERANCE_NS;

/*
 * Our clock can only be steered as closely as the host's clock can be read:
 * measure the median time between two host reads (tens of ns natively,
 * microseconds under qemu-user) and widen the tolerance to 50 of them.
 */
static void set_tolerance(void)
{
	long long widths[101], t;
	unsigned int i, j;

	for (i = 0; i < 101; i++) {
		t = host_clock_ns(VDSO_CLOCK_MONOTONIC);
		widths[i] = host_clock_ns(VDSO_CLOCK_MONOTONIC) - t;
		for (j = i; j > 0 && widths[j - 1] > widths[j]; j--) {
			t = widths[j];
			widths[j] = widths[j - 1];
			widths[j - 1] = t;
		}
	}
	if (TOLERANCE_BRACKETS * widths[50] > tolerance_ns)
		tolerance_ns = TOLERANCE_BRACKETS * widths[50];
	tap_diag("tolerance vs the host: %lld ns (host reads take %lld ns)", tolerance_ns,
		 widths[50]);
}

/*
 * A check that failed while the host's wall clock stepped, or our counter
 * jumped with it (writer.c), compared no time a kernel would publish: it
 * runs again, at most RERUNS times. The ticks that follow a step just
 * made are waited for before the count is looked at.
 */
#define RERUNS			5

static bool again_after_disturbance_max(unsigned long long since, int *reruns, int max,
					const char *what)
{
	host_sleep_ns(3 * TICK_NS);
	if (sim_disturbances() == since || ++*reruns > max)
		return false;
	tap_diag("%s: the host's wall clock stepped meanwhile: again", what);
	return true;
}

static bool again_after_disturbance(unsigned long long since, int *reruns, const char *what)
{
	return again_after_disturbance_max(since, reruns, RERUNS, what);
}

#define SETTLE_NS		200000000LL
#define STRESS_PERIOD_NS	10000LL
#define STRESS_SLICE_NS		100000000LL
/*
 * Stalls from none to 50 us: enough updates within a second under
 * qemu-user; make torture stalls up to 1 ms.
 */
#define STRESS_MAX_STALL_NS	50000ULL
#define NS_MONO_OFFSET		1000LL
#define NS_BOOT_OFFSET		2000LL
#define ENOTRECOVERABLE_MARK	131

static const char *image_path;
static double stress_seconds = 2.0;
static struct harness_image img, img_ns;
static void *records, *ns_records;

/* ---- clock classes, as the reader sees them ---- */

static bool served_hres(int clock)
{
	return clock == VDSO_CLOCK_REALTIME || clock == VDSO_CLOCK_MONOTONIC ||
	       clock == VDSO_CLOCK_BOOTTIME || clock == VDSO_CLOCK_TAI ||
	       clock == VDSO_CLOCK_MONOTONIC_RAW;
}

static bool served_coarse(int clock)
{
	return clock == VDSO_CLOCK_REALTIME_COARSE || clock == VDSO_CLOCK_MONOTONIC_COARSE;
}

/* Offset a time namespace applies to @clock, in ns. */
static long long ns_offset(int clock)
{
	switch (clock) {
	case VDSO_CLOCK_MONOTONIC:
	case VDSO_CLOCK_MONOTONIC_RAW:
	case VDSO_CLOCK_MONOTONIC_COARSE:
		return NS_MONO_OFFSET * NSEC_PER_SEC;
	case VDSO_CLOCK_BOOTTIME:
	case VDSO_CLOCK_BOOTTIME_ALARM:
		return NS_BOOT_OFFSET * NSEC_PER_SEC;
	default:
		return 0;
	}
}

/* The clock a coarse clock follows, one tick behind. */
static int precise_clock(int clock)
{
	if (clock == VDSO_CLOCK_REALTIME_COARSE)
		return VDSO_CLOCK_REALTIME;
	if (clock == VDSO_CLOCK_MONOTONIC_COARSE)
		return VDSO_CLOCK_MONOTONIC;
	return clock;
}

/*
 * One comparison of @f's clock against the host syscall. Returns true if
 * it agrees; *err is how far outside [before, after] it was (0 if inside).
 * Coarse clocks are compared with the precise clock they follow: they may
 * lag it by the time since our writer's last tick, never lead it. (The host's own coarse
 * clocks follow the host's tick, which is not ours.)
 */
static bool compare_clock(const struct vdso_fns *f, int clock, long long offset, long long *err,
			  char *why, size_t len)
{
	long long lag = 0;
	long long slack = served_hres(clock) || served_coarse(clock) ? tolerance_ns : 0;
	int64_t before, after, ours;
	long sret, vret;

	sret = sys_gettime_ns(precise_clock(clock), &before);
	/*
	 * Measured after @before, so the bound covers the time between the two
	 * reads too (microseconds under emulation): the coarse value is at
	 * least the time of the tick whose stamp is read here, or a later one.
	 */
	if (served_coarse(clock))
		lag = host_clock_ns(VDSO_CLOCK_MONOTONIC) - sim_last_tick_ns();
	vret = vdso_gettime_ns(f, clock, &ours);
	sys_gettime_ns(precise_clock(clock), &after);
	*err = 0;
	if (sret || vret) {
		snprintf(why, len, "syscall returned %s, vDSO %s", vdso_err_name(sret),
			 vdso_err_name(vret));
		return sret == vret;
	}
	ours -= offset;
	if (ours < before - lag)
		*err = before - lag - ours;
	else if (ours > after)
		*err = ours - after;
	snprintf(why, len, "vDSO %lld ns outside [syscall before%s, after] (allowed %lld)",
		 *err, lag ? " - time since the tick" : "", slack);
	return *err <= slack;
}

static void check_all_clocks(const struct vdso_fns *f, bool in_ns, const char *view)
{
	char desc[96], why[160];
	int clock, i;

	for (clock = 0; clock < VDSO_NR_CLOCKS; clock++) {
		unsigned long long mark;
		long long err, worst;
		int reruns = 0;
		bool ok;

		snprintf(desc, sizeof(desc), "%s clock_gettime(%s) agrees with the syscall%s",
			 view, vdso_clock_name(clock), in_ns ? " plus the namespace offset" : "");
		do {
			mark = sim_disturbances();
			ok = true;
			worst = 0;
			for (i = 0; i < 200 && ok; i++) {
				ok = compare_clock(f, clock, in_ns ? ns_offset(clock) : 0, &err,
						   why, sizeof(why));
				if (err > worst)
					worst = err;
			}
		} while (!ok && again_after_disturbance(mark, &reruns, desc));
		if (ok)
			tap_diag("%s: worst distance outside the syscall bracket %lld ns",
				 vdso_clock_name(clock), worst);
		tap_check(ok, desc, "%s", why);
	}
}

/* ---- bad input ---- */

static int cpu_clock_id(pid_t pid, int thread)
{
	/* Linux encodes CPU-time clocks as ~pid << 3 | type (2 = SCHED), bit 2 = thread. */
	return (int)((~(unsigned int)pid << 3) | 2 | (thread ? 4 : 0));
}

static void check_bad_ids(void)
{
	const int ids[] = { -1, -2, 10, 12, 15, 16, 31, 32, 64, 1000, INT_MAX, INT_MIN,
			    cpu_clock_id(getpid(), 0), cpu_clock_id(gettid(), 1),
			    cpu_clock_id(0, 0), (int)(~3U << 3 | 3) /* fd 3's clock */ };
	char why[160];
	unsigned int i;
	bool ok = true;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]) && ok; i++) {
		struct vdso_ts a, b;
		long s = sys_clock_gettime(ids[i], &a), v = img.fns.gettime(ids[i], &b);
		long sr = sys_clock_getres(ids[i], &a), vr = img.fns.getres(ids[i], &b);

		snprintf(why, sizeof(why), "id %d: gettime syscall %s vDSO %s, getres %s vs %s",
			 ids[i], vdso_err_name(s), vdso_err_name(v), vdso_err_name(sr),
			 vdso_err_name(vr));
		ok = s == v && sr == vr;
	}
	tap_check(ok, "unknown, CPU-time and fd clock ids get the syscall's answer", "%s", why);
}

static long gettime_null(void *arg)
{
	return img.fns.gettime((int)(long)arg, NULL);
}

static void check_null_results(void)
{
	const int ids[] = { VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_REALTIME_COARSE,
			    VDSO_CLOCK_MONOTONIC_RAW, 10, -1 };
	unsigned int i;
	char why[160] = "";
	bool ok = true;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]) && ok; i++) {
		long want = sys_clock_gettime(ids[i], NULL), got = 0;
		int sig = vdso_call_in_child(gettime_null, (void *)(long)ids[i], &got);

		if (sig)
			snprintf(why, sizeof(why), "%s with NULL: child died (%s)",
				 vdso_clock_name(ids[i]), sig > 0 ? vdso_signame(sig) : "?");
		else
			snprintf(why, sizeof(why), "%s with NULL: syscall %s, vDSO %s",
				 vdso_clock_name(ids[i]), vdso_err_name(want), vdso_err_name(got));
		ok = !sig && got == want;
	}
	tap_check(ok, "clock_gettime with a NULL result behaves as the syscall", "%s", why);
	tap_check(img.fns.getres(VDSO_CLOCK_MONOTONIC, NULL) == 0 &&
		  img.fns.getres(VDSO_CLOCK_MONOTONIC_COARSE, NULL) == 0,
		  "clock_getres with a NULL result succeeds like the syscall", "non-zero return");
}

/* ---- monotonicity ---- */

static void check_monotonic(const struct vdso_fns *f, int clock, long calls, const char *view)
{
	unsigned long long mark;
	int64_t prev, now;
	int reruns = 0;
	char desc[96];
	long i;

	snprintf(desc, sizeof(desc), "%s %s never goes backwards over %ld calls", view,
		 vdso_clock_name(clock), calls);
	do {
		mark = sim_disturbances();
		prev = 0;
		for (i = 0; i < calls; i++) {
			if (vdso_gettime_ns(f, clock, &now) || now < prev)
				break;
			prev = now;
		}
	} while (i < calls && again_after_disturbance(mark, &reruns, desc));
	tap_check(i == calls, desc, "call %ld: %lld after %lld", i, (long long)now,
		  (long long)prev);
}

/* ---- getres, gettimeofday, time ---- */

static void check_getres(const struct vdso_fns *f, const char *view)
{
	char desc[96];
	int clock;

	for (clock = 0; clock < VDSO_NR_CLOCKS; clock++) {
		struct vdso_ts res = { -1, -1 }, sres = { -1, -1 };
		long want_ns, ret, sret;

		if (!served_hres(clock) && !served_coarse(clock))
			continue;
		want_ns = served_hres(clock) ? sim_hrtimer_res_ns() : sim_coarse_res_ns();
		ret = f->getres(clock, &res);
		sret = sys_clock_getres(clock, &sres);
		snprintf(desc, sizeof(desc), "%s clock_getres(%s) is the published resolution",
			 view, vdso_clock_name(clock));
		tap_check(ret == 0 && sret == 0 && res.sec == 0 && res.nsec == want_ns, desc,
			  "ret %ld, %ld.%09ld, want 0.%09ld", ret, res.sec, res.nsec, want_ns);
	}
}

static void check_gettimeofday(const struct vdso_fns *f, const char *view)
{
	struct vdso_tv tv, before, after;
	struct vdso_tz tz;
	unsigned long long mark;
	long long us, lo, hi;
	int reruns = 0;
	char desc[96];
	bool ok;
	long ret;

	sim_set_tz(-60, 1);
	snprintf(desc, sizeof(desc), "%s gettimeofday matches the syscall, timezone too", view);
	do {
		mark = sim_disturbances();
		tz.minuteswest = 0;
		tz.dsttime = 0;
		sys_gettimeofday(&before, NULL);
		ret = f->gettimeofday(&tv, &tz);
		sys_gettimeofday(&after, NULL);
		us = tv.sec * 1000000LL + tv.usec;
		lo = before.sec * 1000000LL + before.usec - tolerance_ns / 1000;
		hi = after.sec * 1000000LL + after.usec + tolerance_ns / 1000;
		ok = ret == 0 && us >= lo && us <= hi && tv.usec < 1000000 &&
		     tz.minuteswest == -60 && tz.dsttime == 1;
	} while (!ok && again_after_disturbance(mark, &reruns, desc));
	tap_check(ok, desc,
		  "ret %ld, %lld us vs [%lld, %lld], tz %d/%d", ret, us, lo, hi,
		  tz.minuteswest, tz.dsttime);

	tz.minuteswest = 0;
	ret = f->gettimeofday(NULL, &tz);
	snprintf(desc, sizeof(desc), "%s gettimeofday(NULL, tz) fills only tz", view);
	tap_check(ret == 0 && tz.minuteswest == -60, desc, "ret %ld, tz %d", ret,
		  tz.minuteswest);
	snprintf(desc, sizeof(desc), "%s gettimeofday(tv, NULL) succeeds", view);
	tap_check(f->gettimeofday(&tv, NULL) == 0, desc, "non-zero return");
	sim_set_tz(0, 0);
}

/*
 * time() is REALTIME's seconds at the last tick: it may lag the syscall by
 * the time since the tick and lead it by our tolerance, so it can sit one
 * second either side only across a second boundary.
 */
static void check_time(const struct vdso_fns *f, const char *view)
{
	int64_t before, after, lag;
	unsigned long long mark;
	long ours, stored;
	int reruns = 0;
	char desc[96];
	bool ok;

	if (!f->time) {
		snprintf(desc, sizeof(desc), "%s time()", view);
		tap_skip(desc, "this arch's vDSO has no time()");
		return;
	}
	snprintf(desc, sizeof(desc), "%s time() matches the syscall and stores its result", view);
	do {
		mark = sim_disturbances();
		stored = -1;
		lag = host_clock_ns(VDSO_CLOCK_MONOTONIC) - sim_last_tick_ns();
		sys_gettime_ns(VDSO_CLOCK_REALTIME, &before);
		ours = f->time(&stored);
		sys_gettime_ns(VDSO_CLOCK_REALTIME, &after);
		before = (before - lag - tolerance_ns) / NSEC_PER_SEC;
		after = (after + tolerance_ns) / NSEC_PER_SEC;
		ok = ours >= before && ours <= after && stored == ours && f->time(NULL) >= ours;
	} while (!ok && again_after_disturbance(mark, &reruns, desc));
	tap_check(ok, desc, "time %ld stored %ld, syscall [%lld, %lld]", ours, stored,
		  (long long)before, (long long)after);
}

/* ---- clock mode NONE: the syscall answers ---- */

/*
 * In a child, the clock_gettime syscall is made to fail with a mark. While
 * the counter is readable, no call may see the mark (no syscall); with
 * clock mode NONE, hres calls must see it (they fell back) and coarse
 * calls must not (they never need the counter).
 */
static long mode_none_child(void *arg)
{
	struct sock_filter filter[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, VDSO_AUDIT_ARCH, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, VDSO_NR_CLOCK_GETTIME, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOTRECOVERABLE_MARK),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(filter) / sizeof(filter[0]), filter };
	const struct vdso_fns *f = arg;
	struct vdso_ts ts;

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		return 1;
	if (f->gettime(VDSO_CLOCK_MONOTONIC, &ts) != 0)
		return 2;
	sim_set_counter_mode(false);
	if (f->gettime(VDSO_CLOCK_MONOTONIC, &ts) != -ENOTRECOVERABLE_MARK ||
	    f->gettime(VDSO_CLOCK_MONOTONIC_RAW, &ts) != -ENOTRECOVERABLE_MARK)
		return 3;
	if (f->gettime(VDSO_CLOCK_MONOTONIC_COARSE, &ts) != 0)
		return 4;
	sim_set_counter_mode(true);
	if (f->gettime(VDSO_CLOCK_MONOTONIC, &ts) != 0)
		return 5;
	return 0;
}

static void check_mode_none(const struct vdso_fns *f, const char *view)
{
	static const char *const step[] = {
		"served", "could not install the seccomp filter",
		"a call made a syscall while the counter was readable",
		"with clock mode NONE an hres call did not fall back",
		"with clock mode NONE a coarse call fell back",
		"back to the counter, a call still fell back",
	};
	long result = -1;
	char desc[96];
	int sig;

	tick_thread_stop();
	sig = vdso_call_in_child(mode_none_child, (void *)f, &result);
	tick_thread_start(TICK_NS);
	/* qemu-user has no seccomp filters; a kernel without them could not test this either. */
	snprintf(desc, sizeof(desc), "%s%sclock mode NONE sends hres clocks to the syscall", view,
		 *view ? " " : "");
	if (!sig && result == 1) {
		tap_skip(desc,
			 "seccomp filters are unavailable here (qemu-user does not emulate them)");
		return;
	}
	tap_check(!sig && result == 0, desc, "%s",
		  sig ? "the child died" : result >= 0 && result < 6 ? step[result] : "?");
}

/* ---- the hypervisors' clocks (x86-64) ---- */

/*
 * A second view of the image with the simulated hypervisor's pages where
 * the kernel maps kvm-clock's and Hyper-V's, and the timekeeper running on
 * each in turn (clock mode PVCLOCK, then HVCLOCK): every clock against the
 * host, monotonicity, gettimeofday, and no syscall while the page serves.
 */
static void check_vclocks(int real_fd)
{
	static const struct {
		enum sim_clocksource cs;
		int shift;
		const char *view;
	} runs[] = {
		{ SIM_PVCLOCK, -1, "pvclock:" },
		{ SIM_PVCLOCK, 1, "pvclock (shift +1):" },
		{ SIM_HVCLOCK, 0, "hvclock:" },
	};
	static struct harness_image vc;
	void *pv, *hv;
	int pv_fd, hv_fd;
	unsigned int i;

	if (!harness_image_has_vclocks()) {
		tap_skip("paravirt clocks", "%s has no pvclock or Hyper-V pages", VDSO_ARCH_NAME);
		return;
	}
	pv_fd = harness_shared_page(&pv);
	hv_fd = harness_shared_page(&hv);
	if (pv_fd < 0 || hv_fd < 0) {
		tap_fail("paravirt clocks: map the hypervisor's pages", "%s", strerror(errno));
		return;
	}
#ifdef __x86_64__
	hyp_init(pv, hv);
#endif
	harness_image_vclock_pages(pv_fd, hv_fd);
	if (harness_image_map(&vc, image_path, real_fd, -1)) {
		tap_fail("paravirt clocks: map the image", "%s", strerror(errno));
		return;
	}
	harness_image_vclock_pages(-1, -1);

	for (i = 0; i < ARRAY_SIZE(runs); i++) {
		tick_thread_stop();
		if (sim_set_clocksource(runs[i].cs, runs[i].shift)) {
			tap_skip(runs[i].view, "no simulated hypervisor on %s", VDSO_ARCH_NAME);
			tick_thread_start(TICK_NS);
			continue;
		}
		sim_init(records, 64);
		tap_diag("%s the timekeeper's clocksource runs at %llu Hz", runs[i].view,
			 sim_counter_hz());
		tick_thread_start(TICK_NS);
		host_sleep_ns(SETTLE_NS);
		check_all_clocks(&vc.fns, false, runs[i].view);
		check_monotonic(&vc.fns, VDSO_CLOCK_MONOTONIC, 1000000, runs[i].view);
		check_gettimeofday(&vc.fns, runs[i].view);
		check_mode_none(&vc.fns, runs[i].view);
	}
	tick_thread_stop();
	sim_set_clocksource(SIM_COUNTER, 0);
	sim_init(records, 64);
	tick_thread_start(TICK_NS);
	host_sleep_ns(SETTLE_NS);
	harness_image_unmap(&vc);
}

/* ---- the torture, short: readers against a writer that poisons its write sections ---- */

/*
 * Two readers check every clock by the torture's rules (clockcheck.h)
 * while the writer updates back to back, each write section poisoned and
 * stalled as in the torture (poison.h).
 */
static void check_stress(const struct vdso_fns *f, const char *view)
{
	long long reads[2] = { 0, 0 }, violations = 0, slices = 0, done_ns = 0;
	struct image_reader r[2];
	unsigned long long mark;
	uint64_t updates = 0, before;
	int i, reruns = 0;
	char desc[128], why[420] = "";
	bool ok = true;

	snprintf(desc, sizeof(desc),
		 "%sreaders never see a torn, backward or inconsistent time while the writer poisons",
		 view);
	/* Its rules hold REALTIME to one offset from MONOTONIC: a host's step would break that. */
	sim_follow_wall_steps(false);
	tick_thread_stop();
	poison_start(STRESS_MAX_STALL_NS);
	tick_thread_start(STRESS_PERIOD_NS);
	/*
	 * In slices: one a disturbance spoilt is run again, as long as no more
	 * were spoilt than the run needs.
	 */
	while (ok && done_ns < (long long)(stress_seconds * 1e9)) {
		for (i = 0; i < 2; i++)
			image_reader_init(&r[i], f, records, view);
		mark = sim_disturbances();
		before = sim_updates();
		image_readers_start(r, 2);
		host_sleep_ns(STRESS_SLICE_NS);
		image_readers_stop(r, 2);
		ok = !r[0].check.violations && !r[1].check.violations;
		if (!ok) {
			snprintf(why, sizeof(why), "%s%s", r[0].check.violations ? r[0].check.why : "",
				 r[1].check.violations ? r[1].check.why : "");
			violations = r[0].check.violations + r[1].check.violations;
			ok = again_after_disturbance_max(mark, &reruns,
							 stress_seconds * 1e9 / STRESS_SLICE_NS + 1, desc);
			continue;
		}
		updates += sim_updates() - before;
		reads[0] += r[0].check.reads;
		reads[1] += r[1].check.reads;
		done_ns += STRESS_SLICE_NS;
		slices++;
	}
	tick_thread_stop();
	poison_stop();
	tick_thread_start(TICK_NS);
	sim_follow_wall_steps(true);

	tap_diag("%sstress: %lld reads in %lld slices, %llu poisoned updates, %lld violations",
		 view, reads[0] + reads[1], slices, (unsigned long long)updates, ok ? 0 : violations);
	tap_check(ok && updates > 1000 && reads[0] > 1000 && reads[1] > 1000, desc,
		  "%s (%llu updates; reads %lld and %lld, 1000 each needed)", why,
		  (unsigned long long)updates, reads[0], reads[1]);
}

/* ---- narrow counters: the delta must wrap correctly ---- */

static void check_wrap(unsigned int bits)
{
	int64_t prev = 0, prev_lo = 0, prev_hi = 0, lo, hi, now;
	double until, wrap_s, run_s;
	char why[160] = "", desc[96];
	long long worst, err, tick_age = 0;
	unsigned long long mark;
	int attempt = 0;
	bool ok, bad, judge;
	long calls;

	/* Long enough for two and a half wraps; a slow counter may not get there. */
	wrap_s = (double)(1ULL << bits) / sim_counter_hz();
	snprintf(desc, sizeof(desc), "a %u-bit counter wraps without a jump", bits);
	if (!sim_counter_masked()) {
		tap_skip(desc, "every vDSO counter of %s never wraps: its reader applies no mask (VDSO_DELTA_NOMASK)",
			 VDSO_ARCH_NAME);
		return;
	}
	if (2.5 * wrap_s > 10) {
		tap_skip(desc, "at %llu Hz a %u-bit counter wraps every %.0f s: too slow to test here",
			 sim_counter_hz(), bits, wrap_s);
		return;
	}
	run_s = stress_seconds > 2.5 * wrap_s ? stress_seconds : 2.5 * wrap_s;
again:
	tick_thread_stop();
	sim_init(records, bits);
	tick_thread_start(TICK_NS);
	mark = sim_disturbances();
	until = host_clock_ns(VDSO_CLOCK_MONOTONIC) + run_s * 1e9;
	judge = false;
	ok = true;
	worst = 0;
	calls = 0;
	tick_age = 0;

	/*
	 * A wrap mishandled shows as a step of our clock a whole wrap (or
	 * half) away from the host's step over the same calls; how closely the
	 * two clocks agree overall is check_all_clocks()'s business. Each of
	 * our reads sits between two host reads, so the host's step between
	 * consecutive calls lies within [lo - prev_hi, hi - prev_lo].
	 */
	while (ok && host_clock_ns(VDSO_CLOCK_MONOTONIC) < until) {
		lo = host_clock_ns(VDSO_CLOCK_MONOTONIC);
		ok = !vdso_gettime_ns(&img.fns, VDSO_CLOCK_MONOTONIC, &now);
		hi = host_clock_ns(VDSO_CLOCK_MONOTONIC);
		if (ok && judge) {
			err = now - prev > hi - prev_lo ? now - prev - (hi - prev_lo) :
			      now - prev < lo - prev_hi ? lo - prev_hi - (now - prev) : 0;
			bad = now < prev || err > tolerance_ns;
			if (bad && again_after_disturbance(mark, &attempt, desc)) {
				/* The step was not the reader's: judge again from the next read. */
				mark = sim_disturbances();
				judge = false;
				calls++;
				continue;
			}
			if (err > worst)
				worst = err;
			if (bad) {
				/* The gap the writer is in now: the measured ones end at a tick. */
				tick_age = hi - sim_last_tick_ns();
				snprintf(why, sizeof(why),
					 "step of %lld ns where the host stepped %lld..%lld ns",
					 (long long)(now - prev), (long long)(lo - prev_hi),
					 (long long)(hi - prev_lo));
				ok = false;
			}
		}
		prev = now;
		prev_lo = lo;
		prev_hi = hi;
		judge = true;
		calls++;
	}
	tap_diag("%u-bit counter: %.1f wraps in %.1f s, %ld calls, worst step error %lld ns, longest tick gap %.1f ms",
		 bits, run_s / wrap_s, run_s, calls, worst, sim_max_tick_gap_ns() / 1e6);
	/*
	 * The reader and the writer take a delta beyond 7/8 of the counter's
	 * range for a counter behind cycle_last, as the kernel's timekeeping
	 * does: a kernel ticks far more often than that. A writer kept off the
	 * CPU for 7/8 of a wrap (a loaded machine) breaks that premise, not
	 * the reader: run again. The gap can be the one the writer is still in
	 * when the read fails.
	 */
	if (!ok && (sim_max_tick_gap_ns() * 8 > wrap_s * 7e9 || tick_age * 8 > wrap_s * 7e9) &&
	    ++attempt < 3) {
		tap_diag("%u-bit counter: the writer did not tick for 7/8 of a wrap: again", bits);
		goto again;
	}

	tap_check(ok, desc, "%s (longest tick gap %.1f ms, last tick %.1f ms before, a wrap is %.1f ms)",
		  why, sim_max_tick_gap_ns() / 1e6, tick_age / 1e6,
		  (1ULL << bits) * 1e3 / sim_counter_hz());

	tick_thread_stop();
	sim_init(records, 64);
	tick_thread_start(TICK_NS);
}

/* ---- a time namespace: never spin on its odd count ---- */

/* Results travel back packed, 10 bits each: passed, failed, skipped. */
static long ns_child(void *arg)
{
	unsigned int passed = tap_passed, failed = tap_failed, skipped = tap_skipped;

	alarm(10);
	tick_thread_start(TICK_NS);	/* a child inherits no threads */
	check_all_clocks(&img_ns.fns, true, "timens:");
	check_monotonic(&img_ns.fns, VDSO_CLOCK_MONOTONIC, 200000, "timens:");
	check_getres(&img_ns.fns, "timens:");
	check_gettimeofday(&img_ns.fns, "timens:");
	check_time(&img_ns.fns, "timens:");
	tick_thread_stop();
	return (tap_passed - passed) | (tap_failed - failed) << 10 | (tap_skipped - skipped) << 20;
}

static void count_child_results(long packed)
{
	unsigned int passed = packed & 1023, failed = packed >> 10 & 1023;
	unsigned int skipped = packed >> 20 & 1023;

	tap_passed += passed;
	tap_failed += failed;
	tap_skipped += skipped;
	tap_count += passed + failed + skipped;
}

int harness_checks(const char *path, double seconds)
{
	int real_fd, ns_fd;
	long results = 0;
	int sig;

	image_path = path;
	stress_seconds = seconds;

	real_fd = harness_data_page(&records);
	ns_fd = harness_data_page(&ns_records);
	if (real_fd < 0 || ns_fd < 0 ||
	    harness_image_map(&img, image_path, real_fd, -1) ||
	    (harness_image_has_timens() &&
	     harness_image_map(&img_ns, image_path, real_fd, ns_fd))) {
		tap_fail("map the image and its data pages", "%s: %s", image_path, strerror(errno));
		return tap_finish();
	}
	tap_check(img.fns.gettime && img.fns.getres && img.fns.gettimeofday,
		  "the image exports the arch's entry points at " VDSO_VERSION, "missing");
	if (!img.fns.gettime || !img.fns.getres || !img.fns.gettimeofday)
		return tap_finish();

	sim_init(records, 64);
	sim_setup_timens_page(ns_records, NS_MONO_OFFSET, NS_BOOT_OFFSET);
	tap_diag("counter %llu Hz, data page at %p, namespace view at %p",
		 (unsigned long long)sim_counter_hz(), img.map, img_ns.map);
	set_tolerance();
	tick_thread_start(TICK_NS);
	host_sleep_ns(SETTLE_NS);

	check_all_clocks(&img.fns, false, "");
	check_bad_ids();
	check_null_results();
	check_monotonic(&img.fns, VDSO_CLOCK_MONOTONIC, 3000000, "");
	check_monotonic(&img.fns, VDSO_CLOCK_MONOTONIC_RAW, 1000000, "");
	check_monotonic(&img.fns, VDSO_CLOCK_BOOTTIME, 1000000, "");
	check_monotonic(&img.fns, VDSO_CLOCK_MONOTONIC_COARSE, 1000000, "");
	check_getres(&img.fns, "");
	check_gettimeofday(&img.fns, "");
	check_time(&img.fns, "");
	check_mode_none(&img.fns, "");
	check_vclocks(real_fd);
	check_stress(&img.fns, "");
	check_wrap(32);
	/* And a counter that wraps every ~50 ms whatever its rate. */
	check_wrap(63 - __builtin_clzll(sim_counter_hz() / 20));

	tick_thread_stop();
	if (!harness_image_has_timens()) {
		tap_skip("time namespace checks",
			 "%s has no time namespaces: the image has no namespace page",
			 VDSO_ARCH_NAME);
		return tap_finish();
	}

	/* The namespace checks run in a child: if a reader spins, the alarm ends it. */
	sig = vdso_call_in_child(ns_child, NULL, &results);
	count_child_results(results);
	tap_check(!sig, "time namespace readers finish (no spin on the odd count)",
		  "child died: %s", vdso_signame(sig));
	tick_thread_start(TICK_NS);
	check_stress(&img_ns.fns, "timens: ");

	tick_thread_stop();
	return tap_finish();
}
