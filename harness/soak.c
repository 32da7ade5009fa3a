// SPDX-License-Identifier: GPL-2.0
/*
 * The guest half of make soak (issue 8): this process's real vDSO against
 * the kernel's own writer, for SECONDS. The kernel updates the page at
 * every tick; a steering thread makes each update different by changing
 * the tick length (within 4%) and the frequency (within 500 ppm) through
 * adjtimex() at random, so mult moves all the time. Reader threads check
 * every clock round after round (clockcheck.h). On a uniprocessor guest the
 * races are real all the same: the tick interrupts a reader mid-read; on
 * an SMP guest (make soak SMP=2) the readers and the tick also run on
 * different CPUs at once.
 *
 * Figures, printed as the torture prints them:
 *  - reads: clock_gettime() calls checked;
 *  - retries: an upper bound, the reads of rounds during which the kernel
 *    updated the page (REALTIME_COARSE, read before and after the round,
 *    moved; every tick update moves it), as only those can have retried;
 *  - fallbacks: time syscalls made from inside [vdso] (seccomp traps them
 *    and answers them, trap.c);
 *  - violations, which must be 0.
 *
 * usage: vdso_soak [--steer] [SECONDS]
 * --steer (root; the guest's init passes it) changes the clock's rate: it
 * is off by default so that a run elsewhere never steers a real machine.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/timex.h>
#include <unistd.h>

#include "clockcheck.h"
#include "sim.h"
#include "trap.h"
#include "vdso_tap.h"

#define READERS		2
#define TICK_PERCENT	4
#define MAX_FREQ_PPM	500
/* A clock's rate against the syscall MONOTONIC: MONOTONIC_RAW does not follow the steering. */
#define DRIFT_PPM	((TICK_PERCENT + 1) * 10000)

static struct vdso_fns fns;
static volatile bool running;
static unsigned long long steerings;

struct reader {
	struct clockcheck check;
	long long spanning;	/* reads of rounds that met an update */
};

static long read_vdso_clock(struct clockcheck *c, int clock, long long *sec, long long *nsec,
			    bool *overlapped)
{
	long ret;

	if (fns.gettime64) {
		struct vdso_ts64 ts = { -1, -1 };

		ret = fns.gettime64(clock, &ts);
		*sec = ts.sec;
		*nsec = ts.nsec;
	} else {
		struct vdso_ts ts = { -1, -1 };

		ret = fns.gettime(clock, &ts);
		*sec = ts.sec;
		*nsec = ts.nsec;
	}
	return ret;
}

/*
 * The elapsed time, by the syscall, made so that the trap never counts it:
 * an i386 libc's syscall() enters the kernel through the vDSO's
 * __kernel_vsyscall, inside the trapped range, where every round's
 * reference read counted as a fallback (207,616 in 3 s against the host's
 * vdso32); trap_answer_syscall() enters it from here.
 */
static long long syscall_monotonic_ns(void)
{
	if (VDSO_HAS_GETTIME64) {
		struct vdso_ts64 t;

		if (trap_answer_syscall(VDSO_NR_CLOCK_GETTIME64, VDSO_CLOCK_MONOTONIC, (long)&t))
			return 0;
		return t.sec * NSEC_PER_SEC + t.nsec;
	} else {
		struct vdso_ts t;

		if (trap_answer_syscall(VDSO_NR_CLOCK_GETTIME, VDSO_CLOCK_MONOTONIC, (long)&t))
			return 0;
		return (int64_t)t.sec * NSEC_PER_SEC + t.nsec;
	}
}

static long long update_mark(void)
{
	long long sec = 0, nsec = 0;
	bool unused;

	read_vdso_clock(NULL, VDSO_CLOCK_REALTIME_COARSE, &sec, &nsec, &unused);
	return sec * NSEC_PER_SEC + nsec;
}

static void *reader_main(void *arg)
{
	struct reader *r = arg;
	long long before, reads;

	clockcheck_start(&r->check);
	while (running) {
		before = update_mark();
		reads = r->check.reads;
		clockcheck_round(&r->check);
		if (update_mark() != before)
			r->spanning += r->check.reads - reads;
	}
	return NULL;
}

/* Random tick length and frequency, until the readers stop. */
static void *steer_main(void *arg)
{
	const struct timex *initial = arg;
	long tick_span = initial->tick * TICK_PERCENT / 100;
	struct timex tx;

	srand(getpid());
	while (running) {
		memset(&tx, 0, sizeof(tx));
		tx.modes = ADJ_TICK | ADJ_FREQUENCY;
		tx.tick = initial->tick - tick_span + rand() % (2 * tick_span + 1);
		tx.freq = ((long)(rand() % (2 * MAX_FREQ_PPM + 1)) - MAX_FREQ_PPM) * 65536;
		if (adjtimex(&tx) >= 0)
			__atomic_add_fetch(&steerings, 1, __ATOMIC_RELAXED);
		host_sleep_ns(1000000);
	}
	return NULL;
}

/* The executable range of [vdso], for the fallback trap. */
static int vdso_text(const void **start, unsigned long *len)
{
	unsigned long lo, hi;
	char line[256], perms[8];
	FILE *maps = fopen("/proc/self/maps", "r");
	int found = -1;

	while (maps && fgets(line, sizeof(line), maps))
		if (strstr(line, "[vdso]") &&
		    sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && perms[2] == 'x') {
			*start = (const void *)lo;
			*len = hi - lo;
			found = 0;
		}
	if (maps)
		fclose(maps);
	return found;
}

int main(int argc, char **argv)
{
	bool steer_wanted = argc > 1 && !strcmp(argv[1], "--steer");
	double seconds = argc > 1 + steer_wanted ? atof(argv[1 + steer_wanted]) : 30;
	struct reader rd[READERS];
	pthread_t readers[READERS], steer;
	struct timex initial, restore;
	struct vdso_image img;
	const void *text;
	unsigned long text_len;
	const char *why = "no executable [vdso] in /proc/self/maps";
	long long reads = 0, spanning = 0, violations = 0, worst_lag = 0, rounds = 0;
	unsigned long long fallbacks, trapped_before;
	char fallback_figure[24];
	bool steered;
	int i, trap = -1;

	if (vdso_tap_open_self(&img, &fns) || !fns.gettime) {
		if (!fns.gettime)
			tap_fail("the vDSO has clock_gettime", "symbol not found");
		return tap_finish();
	}
	if (!vdso_text(&text, &text_len))
		trap = trap_install(&text, &text_len, 1, trap_answer_syscall, &why);
	if (!trap) {
		/* A CPU-time clock always falls back: the counter must see it. */
		long long sec, nsec;
		bool unused;

		read_vdso_clock(NULL, VDSO_CLOCK_PROCESS_CPUTIME_ID, &sec, &nsec, &unused);
		tap_check(trap_count() == 1, "the fallback counter sees a CPU-time clock's fallback",
			  "counted %llu", trap_count());
	}
	trapped_before = trap_count();

	memset(&initial, 0, sizeof(initial));
	steered = steer_wanted && adjtimex(&initial) >= 0 && initial.tick > 0;

	memset(rd, 0, sizeof(rd));
	running = true;
	for (i = 0; i < READERS; i++) {
		rd[i].check.read = read_vdso_clock;
		rd[i].check.ctx = &rd[i];
		rd[i].check.view = "";
		rd[i].check.elapsed_ns = syscall_monotonic_ns;
		rd[i].check.drift_ppm = DRIFT_PPM;
		pthread_create(&readers[i], NULL, reader_main, &rd[i]);
	}
	if (steered)
		pthread_create(&steer, NULL, steer_main, &initial);
	host_sleep_ns((long long)(seconds * 1e9));
	running = false;
	for (i = 0; i < READERS; i++)
		pthread_join(readers[i], NULL);
	if (steered) {
		pthread_join(steer, NULL);
		memset(&restore, 0, sizeof(restore));
		restore.modes = ADJ_TICK | ADJ_FREQUENCY;
		restore.tick = initial.tick;
		restore.freq = initial.freq;
		adjtimex(&restore);
	}
	fallbacks = trap_count() - trapped_before;

	for (i = 0; i < READERS; i++) {
		const struct clockcheck *c = &rd[i].check;
		char desc[160];

		reads += c->reads;
		spanning += rd[i].spanning;
		violations += c->violations;
		rounds += c->rounds;
		if (c->worst_lag > worst_lag)
			worst_lag = c->worst_lag;
		snprintf(desc, sizeof(desc), "reader %d: %lld rounds, no torn, backward or "
			 "inconsistent time", i, c->rounds);
		tap_check(!c->violations && c->rounds > 100, desc, "%lld violations, first: %s",
			  c->violations, c->violations ? c->why : "none (too few rounds)");
	}
	tap_diag("soak: %d readers, %.0f s, %llu steerings (tick +-%d%%, frequency +-%d ppm), "
		 "worst coarse lag %lld us", READERS, seconds, steerings, TICK_PERCENT,
		 MAX_FREQ_PPM, worst_lag / 1000);
	if (steered)
		tap_check(steerings > 0, "adjtimex() steered the kernel's clock", "no steering");
	else
		tap_skip("adjtimex() steered the kernel's clock", "%s",
			 steer_wanted ? "adjtimex() failed" : "not asked to (--steer)");
	tap_check(spanning > 0, "the kernel updated the page while readers read",
		  "no round met an update in %lld rounds", rounds);
	if (trap)
		tap_skip("no read fell back to the syscall", "%s", why);
	else
		tap_check(fallbacks == 0, "no read fell back to the syscall", "%llu fallbacks",
			  fallbacks);
	snprintf(fallback_figure, sizeof(fallback_figure), "%llu", fallbacks);
	printf("soak: reads %lld retries<=%lld fallbacks %s violations %lld\n", reads, spanning,
	       trap ? "n/a" : fallback_figure, violations);
	return tap_finish();
}
