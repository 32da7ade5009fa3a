// SPDX-License-Identifier: GPL-2.0
/*
 * A guest init that looks for lost timer interrupts on a one-CPU mips
 * guest (make soak ARCH=mips64el saw neither the tick nor a SCHED_FIFO
 * thread run for over 22.5 s). It runs, for tick.s=SECONDS (default
 * 180) of CP0 Count time:
 *
 *  - tick.spinners=N (default 2) SCHED_OTHER threads that spin reading
 *    CP0 Count with rdhwr (as the vDSO readers do), extending it to 64
 *    bits, and every 64 rounds read CLOCK_MONOTONIC and
 *    CLOCK_MONOTONIC_COARSE through the syscall: MONOTONIC - COARSE is
 *    how long the kernel's timekeeping has gone without a tick, and
 *    MONOTONIC against the Count shows time the kernel lost;
 *  - one SCHED_FIFO thread sleeping 1 ms (clock_nanosleep, relative) in
 *    a loop, its wake-up latency measured both with CLOCK_MONOTONIC (the
 *    syscall) and with the extended Count, which goes on across a stall
 *    that timekeeping cannot follow (beyond 7/8 of the 32-bit range).
 *
 * /proc/interrupts before and after, the worst figures, and every wake-up
 * later than 100 ms are printed ("TICK:" lines), then it reboots.
 * Nothing here uses the vDSO: the kernel's own paths only, so it runs
 * the same on a stock kernel.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#define MAX_SPINNERS	8
#define SLEEP_NS	1000000L
#define BIG_NS		100000000LL	/* wake-ups later than this are listed */

static uint64_t ns_per_cycle_q32;	/* ns per Count cycle, << 32 */
static _Atomic uint64_t ext_pub;	/* the latest extended Count a spinner saw */
static atomic_int stop;
static uint64_t end_cycles;

struct spinner {
	pthread_t thread;
	uint64_t rounds, syscalls;
	int64_t max_lag_ns;		/* MONOTONIC - MONOTONIC_COARSE */
	uint64_t max_lag_at;		/* extended Count at the worst lag */
	int64_t min_drift_ns, max_drift_ns; /* MONOTONIC - Count time, from the start */
	uint64_t backwards;		/* MONOTONIC read lower than the last */
	uint64_t max_gap_cycles;	/* longest time between two Count reads */
} spinners[MAX_SPINNERS];

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	n = snprintf(buf, sizeof(buf), "TICK: ");
	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof(buf) - n - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (write(1, buf, n) < 0)
		return;
}

static inline uint32_t read_count(void)
{
	uint32_t v;

	__asm__ volatile(".set push\n\t.set mips32r2\n\trdhwr %0, $2\n\t.set pop" : "=r"(v));
	return v;
}

/* Extend a raw Count read with the latest published extended value. */
static uint64_t ext_now(void)
{
	uint64_t base = atomic_load(&ext_pub);

	return base + (uint32_t)(read_count() - (uint32_t)base);
}

static int64_t cycles_to_ns(uint64_t c)
{
	return (int64_t)(((unsigned __int128)c * ns_per_cycle_q32) >> 32);
}

static int64_t sys_ns(clockid_t id)
{
	struct timespec ts;

	syscall(SYS_clock_gettime, id, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/*
 * The kernel's view of its timers (/proc/timer_list): when the tick has
 * been missing for seconds, whether the clock event device's next_event
 * lies in the past (the event was programmed, the interrupt never came).
 */
static void show_timer_list(const char *when)
{
	static const char *const keys[] = { "now at", "expires_next", "next_event",
					    "retries", "nr_events", "nr_retries", "nr_hangs",
					    "max_hang_time", "mode:", "set_next_event",
					    "event_handler", "min_delta_ns", "max_delta_ns", NULL };
	static char buf[65536];
	char *line, *save;
	int fd = open("/proc/timer_list", O_RDONLY), n, len = 0, k;

	if (fd < 0) {
		say("%s timer_list: %s", when, strerror(errno));
		return;
	}
	while (len < (int)sizeof(buf) - 1 && (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		for (k = 0; keys[k]; k++)
			if (strstr(line, keys[k])) {
				say("%s timer_list: %s", when, line);
				break;
			}
}

static atomic_int stall_dumped;

static void *spin(void *arg)
{
	struct spinner *s = arg;
	uint64_t ext = atomic_load(&ext_pub), ext0, pub;
	uint32_t last = (uint32_t)ext, c;
	int64_t mono0 = sys_ns(CLOCK_MONOTONIC), last_mono = mono0;

	ext0 = ext;
	s->min_drift_ns = INT64_MAX;
	s->max_drift_ns = INT64_MIN;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		/*
		 * The published value is read before the Count, so it is never
		 * from a later Count than this one (one CPU); extending from it
		 * is right while it is less than 2^32 cycles old.
		 */
		pub = atomic_load(&ext_pub);
		c = read_count();
		ext = pub + (uint32_t)(c - (uint32_t)pub);
		if ((uint32_t)(c - last) > s->max_gap_cycles)
			s->max_gap_cycles = (uint32_t)(c - last);
		last = c;
		while (ext > pub && !atomic_compare_exchange_weak(&ext_pub, &pub, ext))
			;
		if (++s->rounds % 64 == 0) {
			int64_t mono = sys_ns(CLOCK_MONOTONIC);
			int64_t coarse = sys_ns(CLOCK_MONOTONIC_COARSE);
			int64_t drift = (mono - mono0) - cycles_to_ns(ext - ext0);

			s->syscalls += 2;
			if (mono < last_mono)
				s->backwards++;
			last_mono = mono;
			if (mono - coarse > 2000000000LL && !atomic_exchange(&stall_dumped, 1)) {
				say("stall: MONOTONIC - COARSE %.6f s at %.3f s (Count time), Count %#x",
				    (mono - coarse) / 1e9, cycles_to_ns(ext - ext0) / 1e9,
				    (unsigned int)c);
				show_timer_list("stall");
			}
			if (mono - coarse > s->max_lag_ns) {
				s->max_lag_ns = mono - coarse;
				s->max_lag_at = ext;
			}
			if (drift < s->min_drift_ns)
				s->min_drift_ns = drift;
			if (drift > s->max_drift_ns)
				s->max_drift_ns = drift;
		}
	}
	return NULL;
}

static void show_interrupts(const char *when)
{
	char buf[4096];
	int fd = open("/proc/interrupts", O_RDONLY), n;
	char *line, *save;

	if (fd < 0) {
		say("%s: /proc/interrupts: %s", when, strerror(errno));
		return;
	}
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		say("%s interrupts: %s", when, line);
}

static long arg(const char *cmdline, const char *key, long def)
{
	const char *p = strstr(cmdline, key);

	return p ? atol(p + strlen(key)) : def;
}

int main(void)
{
	char cmdline[512] = "";
	struct sched_param fifo = { .sched_priority = 50 };
	struct timespec req = { 0, SLEEP_NS };
	int64_t max_lat_mono = 0, max_lat_cnt = 0, over_10ms = 0, over_100ms = 0, over_1s = 0;
	int64_t seconds, nspin, rounds = 0, next_report, start_mono, mono_span;
	uint64_t ext0, e, hz;
	int64_t m0;
	int fd, n, i;

	mkdir("/proc", 0755);
	mount("proc", "/proc", "proc", 0, NULL);
	fd = open("/proc/cmdline", O_RDONLY);
	if (fd >= 0) {
		n = read(fd, cmdline, sizeof(cmdline) - 1);
		cmdline[n > 0 ? n : 0] = 0;
		close(fd);
	}
	seconds = arg(cmdline, "tick.s=", 180);
	nspin = arg(cmdline, "tick.spinners=", 2);
	if (nspin < 0 || nspin > MAX_SPINNERS)
		nspin = 2;
	{
		char rel[128] = "";

		fd = open("/proc/sys/kernel/osrelease", O_RDONLY);
		if (fd >= 0) {
			n = read(fd, rel, sizeof(rel) - 1);
			rel[n > 0 ? n - 1 : 0] = 0;
			close(fd);
		}
		say("start kernel %s, %ld s, %ld spinners, one SCHED_FIFO 1 ms sleeper", rel,
		    (long)seconds, (long)nspin);
	}

	/* The Count's rate, against CLOCK_MONOTONIC_RAW over 1 s, nothing else running. */
	{
		struct timespec one = { 1, 0 };
		uint32_t c0 = read_count(), c1;
		int64_t r0 = sys_ns(CLOCK_MONOTONIC_RAW), r1;

		nanosleep(&one, NULL);
		c1 = read_count();
		r1 = sys_ns(CLOCK_MONOTONIC_RAW);
		hz = (uint64_t)((c1 - c0) * 1000000000.0 / (double)(r1 - r0));
		ns_per_cycle_q32 = (uint64_t)((double)(r1 - r0) / (uint32_t)(c1 - c0) * 4294967296.0);
		say("Count rate %llu Hz (2^32 cycles = %.2f s)", (unsigned long long)hz,
		    4294967296.0 / hz);
	}

	show_interrupts("before");
	atomic_store(&ext_pub, read_count());
	ext0 = atomic_load(&ext_pub);
	end_cycles = ext0 + (uint64_t)seconds * hz;
	start_mono = sys_ns(CLOCK_MONOTONIC);
	for (i = 0; i < nspin; i++)
		pthread_create(&spinners[i].thread, NULL, spin, &spinners[i]);
	if (sched_setscheduler(0, SCHED_FIFO, &fifo))
		say("sched_setscheduler(SCHED_FIFO): %s", strerror(errno));
	next_report = 10;
	for (;;) {
		int64_t mb = sys_ns(CLOCK_MONOTONIC), ma, lm, lc;
		uint64_t eb = ext_now(), ea;

		syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, NULL);
		ma = sys_ns(CLOCK_MONOTONIC);
		ea = ext_now();
		rounds++;
		lm = ma - mb - SLEEP_NS;
		lc = cycles_to_ns(ea - eb) - SLEEP_NS;
		if (lm > max_lat_mono)
			max_lat_mono = lm;
		if (lc > max_lat_cnt)
			max_lat_cnt = lc;
		if (lc > 10000000)
			over_10ms++;
		if (lc > BIG_NS) {
			over_100ms++;
			say("late wake-up at %.3f s (Count time): %.6f s by Count, %.6f s by CLOCK_MONOTONIC",
			    cycles_to_ns(eb - ext0) / 1e9, lc / 1e9, lm / 1e9);
		}
		if (lc > 1000000000)
			over_1s++;
		if (ea >= end_cycles)
			break;
		if (cycles_to_ns(ea - ext0) >= next_report * 1000000000LL) {
			say("%lld s: %lld wake-ups, worst %.6f s (Count) %.6f s (MONOTONIC)",
			    (long long)next_report, (long long)rounds, max_lat_cnt / 1e9,
			    max_lat_mono / 1e9);
			next_report += 10;
		}
	}
	atomic_store(&stop, 1);
	fifo.sched_priority = 0;
	sched_setscheduler(0, SCHED_OTHER, &fifo);
	for (i = 0; i < nspin; i++)
		pthread_join(spinners[i].thread, NULL);
	e = ext_now();
	m0 = sys_ns(CLOCK_MONOTONIC);
	mono_span = m0 - start_mono;
	show_interrupts("after");
	show_timer_list("after");
	say("sleeper: %lld wake-ups in %.3f s (Count) / %.3f s (MONOTONIC); worst latency %.6f s (Count), %.6f s (MONOTONIC); over 10 ms %lld, over 100 ms %lld, over 1 s %lld",
	    (long long)rounds, cycles_to_ns(e - ext0) / 1e9, mono_span / 1e9, max_lat_cnt / 1e9,
	    max_lat_mono / 1e9, (long long)over_10ms, (long long)over_100ms, (long long)over_1s);
	for (i = 0; i < nspin; i++) {
		struct spinner *s = &spinners[i];

		say("spinner %d: %llu rounds, %llu syscalls, worst MONOTONIC-COARSE %.6f s at %.3f s, MONOTONIC-Count drift %.6f..%.6f s, %llu backwards, longest gap between its Count reads %.6f s",
		    i, (unsigned long long)s->rounds, (unsigned long long)s->syscalls,
		    s->max_lag_ns / 1e9, cycles_to_ns(s->max_lag_at - ext0) / 1e9,
		    s->min_drift_ns / 1e9, s->max_drift_ns / 1e9,
		    (unsigned long long)s->backwards, cycles_to_ns(s->max_gap_cycles) / 1e9);
	}
	say("done");
	sync();
	reboot(RB_AUTOBOOT);
	return 0;
}
