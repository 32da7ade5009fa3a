// SPDX-License-Identifier: GPL-2.0
/*
 * The guest's init (PID 1). Runs every selftest in /selftests, the
 * benchmark, the same for each other ABI the kernel runs (/selftests32:
 * 32-bit programs on a 64-bit x86 or arm kernel; /selftests-o32 and
 * /selftests-n32 on a mips64el one), the kernel's own vDSO selftests
 * (/kselftests, /kselftests32, ...), the user's programs in /extra, then every
 * selftest, ours and the kernel's, again inside a new time namespace, and reboots (QEMU
 * runs with -no-reboot, so that ends the run). With gvdso.soak=MINUTES on
 * the command line it loops instead (make soak): the programs in /soak
 * and each other ABI's /soak32, /soak-o32, ... (the real-vDSO soak, the
 * torture of our image) and the selftests, in a time namespace for the
 * second half. Lines starting with
 * "GVDSO:" are for the host's parser (scripts/run.sh); everything else is
 * the programs' own output.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/klog.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#define TEST_TIMEOUT_S		300
#define EXTRA_TIMEOUT_S		60
/*
 * The time namespace's offsets. Their nanosecond parts make the reader
 * carry into the seconds (MONOTONIC on about one read in eight, BOOTTIME on
 * nearly every one), which whole seconds would never exercise.
 */
#define TIMENS_MONO_S		86400
#define TIMENS_MONO_NS		123456789
#define TIMENS_BOOT_S		172800
#define TIMENS_BOOT_NS		987654321
#define __stringify_1(x)	#x
#define __stringify(x)		__stringify_1(x)
/* Logged at KERN_WARNING; scripts/kernel-complaints.sh looks for it. */
#define WARNING_PROBE		"gvdso: this KERN_WARNING line reached the console"
/* Seconds of each soak program per round (a string: it is an argument). */
#define SOAK_ROUND_S		"20"

/* The counters the vDSO may read (VDSO_CLOCKSOURCES), as the selftests know them. */
#include "vdso_config.h"

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * One directory of selftests and benchmark per ABI: /selftests, and
 * /selftests<suffix> for each other ABI the host put in (scripts/run.sh),
 * whose kernel's own vDSO selftests are in /kselftests<suffix> (modes
 * "kernel", "kernel-timens") and soak program in /soak<suffix>.
 */
#define MAX_ABIS		4
#define ABI_SUFFIX_LEN		16
static char abi_suffix[MAX_ABIS][ABI_SUFFIX_LEN];
static unsigned int nr_abis;

static void find_abis(void)
{
	static const char base[] = "selftests";
	struct dirent **names;
	int i, n;

	/* Sorted, so /selftests comes first. */
	n = scandir("/", &names, NULL, alphasort);
	for (i = 0; i < n; i++) {
		const char *name = names[i]->d_name;

		if (!strncmp(name, base, strlen(base)) && names[i]->d_type == DT_DIR) {
			if (nr_abis < MAX_ABIS && strlen(name + strlen(base)) < ABI_SUFFIX_LEN)
				strcpy(abi_suffix[nr_abis++], name + strlen(base));
			else
				say("/%s: not run (init knows at most %d ABIs, suffixes below %d)",
				    name, MAX_ABIS, ABI_SUFFIX_LEN);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/* @base ("selftests", "kselftests", "soak") of ABI @abi, as a path in @buf. */
static const char *abi_dir(const char *base, unsigned int abi, char *buf, size_t len)
{
	/* The precision bounds the suffix for GCC too (the scan keeps it shorter). */
	snprintf(buf, len, "/%s%.*s", base, ABI_SUFFIX_LEN - 1, abi_suffix[abi]);
	return buf;
}

static void say(const char *fmt, ...)
{
	va_list ap;

	printf("GVDSO: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

static void read_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");

	buf[0] = 0;
	if (f) {
		if (fgets(buf, len, f))
			buf[strcspn(buf, "\n")] = 0;
		fclose(f);
	}
}

/* Why the kernel chose its clocksource: its log lines that say so. */
static void show_clocksource_log(void)
{
	static char log[1 << 16];
	char *line, *save;
	int len = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, log, sizeof(log) - 1);

	if (len <= 0)
		return;
	log[len] = 0;
	for (line = strtok_r(log, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		if (strstr(line, "clocksource") || strstr(line, "tsc") || strstr(line, "TSC"))
			say("kernel: %s", line);
}

/* One line at KERN_WARNING (4) into the kernel's log, for the console check. */
static void log_warning_probe(void)
{
	static const char probe[] = "<4>" WARNING_PROBE "\n";
	int fd = open("/dev/kmsg", O_WRONLY);

	if (fd < 0 || write(fd, probe, strlen(probe)) != (ssize_t)strlen(probe))
		say("printk: cannot log to /dev/kmsg: %s", strerror(errno));
	if (fd >= 0)
		close(fd);
}

/* Whether @cs is one of VDSO_CLOCKSOURCES (a space-separated list). */
static bool is_vdso_clocksource(const char *cs)
{
	static const char list[] = VDSO_CLOCKSOURCES;
	size_t len = strlen(cs);
	const char *p;

	for (p = strstr(list, cs); p; p = strstr(p + 1, cs))
		if ((p == list || p[-1] == ' ') && (p[len] == ' ' || !p[len]))
			return true;
	return false;
}

/*
 * x86 starts on tsc-early and switches later: measure on the final one.
 * The switch waits for the TSC's refined calibration, a delayed work that
 * a 32-bit guest under TCG reached only after more than 10 s.
 */
#define CLOCKSOURCE_WAIT_S	60

static void wait_for_clocksource(void)
{
	char cs[64];
	unsigned int tries;

	for (tries = 0; tries < CLOCKSOURCE_WAIT_S * 10; tries++) {
		read_line("/sys/devices/system/clocksource/clocksource0/current_clocksource",
			  cs, sizeof(cs));
		if (cs[0] && is_vdso_clocksource(cs)) {
			say("clocksource %s", cs);
			return;
		}
		usleep(100000);
	}
	say("clocksource %s (not one the vDSO reads: its fast path goes untested)",
	    cs[0] ? cs : "unknown");
	show_clocksource_log();
}

/* Run @argv with a time limit; returns its exit status, 128+signal, or 255. */
static int run_argv(char *const argv[], const char *mode, unsigned int timeout_s,
		    char *const env[])
{
	const char *path = argv[0];
	int status = 0, elapsed_ms = 0;
	pid_t pid;

	say("begin %s %s", path, mode);
	pid = fork();
	if (pid == 0) {
		execve(path, argv, env);
		fprintf(stderr, "exec %s: %s\n", path, strerror(errno));
		_exit(255);
	}
	if (pid < 0) {
		say("end %s %s status=255 (fork failed)", path, mode);
		return 255;
	}
	while (waitpid(pid, &status, WNOHANG) == 0) {
		if (elapsed_ms >= (int)timeout_s * 1000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			say("end %s %s status=124 (timed out after %u s)", path, mode, timeout_s);
			return 124;
		}
		usleep(10000);
		elapsed_ms += 10;
	}
	status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	say("end %s %s status=%d", path, mode, status);
	return status;
}

static int run(const char *path, const char *mode, unsigned int timeout_s, char *const env[])
{
	char *const argv[] = { (char *)path, NULL };

	return run_argv(argv, mode, timeout_s, env);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Run every executable in @dir whose name starts with @prefix, in order. */
static void run_dir(const char *dir, const char *prefix, const char *mode,
		    unsigned int timeout_s, char *const env[])
{
	struct dirent **names;
	char path[512];
	struct stat st;
	int i, n;

	n = scandir(dir, &names, NULL, by_name);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (!strncmp(names[i]->d_name, prefix, strlen(prefix)) &&
		    !stat(path, &st) && S_ISREG(st.st_mode) && (st.st_mode & 0111))
			run(path, mode, timeout_s, env);
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/* Children of this process from now on live in a time namespace with offsets. */
static int enter_timens(void)
{
	char offsets[128];
	int fd, len;

	/* A kernel without time namespaces (32-bit arm has none) has no such link. */
	if (access("/proc/self/ns/time", F_OK)) {
		say("timens skipped: this kernel has no time namespaces (no /proc/self/ns/time)");
		return -1;
	}
	if (unshare(CLONE_NEWTIME)) {
		say("timens unavailable: unshare: %s", strerror(errno));
		return -1;
	}
	len = snprintf(offsets, sizeof(offsets), "monotonic %d %d\nboottime %d %d\n",
		       TIMENS_MONO_S, TIMENS_MONO_NS, TIMENS_BOOT_S, TIMENS_BOOT_NS);
	fd = open("/proc/self/timens_offsets", O_WRONLY);
	if (fd < 0 || write(fd, offsets, len) != len) {
		say("timens unavailable: timens_offsets: %s", strerror(errno));
		return -1;
	}
	close(fd);
	say("timens offsets monotonic %d.%09d s, boottime %d.%09d s", TIMENS_MONO_S,
	    TIMENS_MONO_NS, TIMENS_BOOT_S, TIMENS_BOOT_NS);
	return 0;
}

/*
 * make soak: rounds of the real-vDSO soak (the kernel steered through
 * adjtimex()), the torture of our image where the arch has one, and every
 * selftest, until @minutes have passed; the second half in a time
 * namespace. Each program prints its own counters; the host adds them up.
 */
static void soak(unsigned int minutes, char *const plain_env[], char *const timens_env[])
{
	char soak_path[80], *const soak_argv[] = { soak_path, "--steer", SOAK_ROUND_S, NULL };
	char *const torture_argv[] = { "/soak/torture", "/soak/vdso.so", SOAK_ROUND_S, NULL };
	char dir[64];
	struct timespec now, start;
	bool timens = false;
	unsigned int round, i;
	long elapsed = 0;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (round = 1; elapsed < (long)minutes * 60; round++) {
		if (!timens && elapsed >= (long)minutes * 30 && !enter_timens())
			timens = true;
		say("soak round %u%s, %ld s of %u min", round, timens ? " (timens)" : "", elapsed,
		    minutes);
		/* The first ABI's soak program runs even when missing: its failure shows. */
		for (i = 0; i < nr_abis; i++) {
			snprintf(soak_path, sizeof(soak_path), "%s/vdso_soak",
				 abi_dir("soak", i, dir, sizeof(dir)));
			if (!i || !access(soak_path, X_OK))
				run_argv(soak_argv, timens ? "soak-timens" : "soak", TEST_TIMEOUT_S,
					 timens ? timens_env : plain_env);
		}
		if (!access(torture_argv[0], X_OK))
			run_argv(torture_argv, "torture", TEST_TIMEOUT_S, plain_env);
		for (i = 0; i < nr_abis; i++)
			run_dir(abi_dir("selftests", i, dir, sizeof(dir)), "vdso_test_",
				timens ? "timens" : "plain", TEST_TIMEOUT_S,
				timens ? timens_env : plain_env);
		clock_gettime(CLOCK_MONOTONIC, &now);
		elapsed = now.tv_sec - start.tv_sec;
	}
	say("soak done: %u rounds in %ld s", round - 1, elapsed);
}

int main(void)
{
	char *plain_env[] = { "PATH=/selftests", NULL };
	/* Whole seconds: vdso_test_timens reads these as lower bounds. */
	char *timens_env[] = { "PATH=/selftests",
			       "VDSO_TIMENS_EXPECT_MONO_OFFSET=" __stringify(TIMENS_MONO_S),
			       "VDSO_TIMENS_EXPECT_BOOT_OFFSET=" __stringify(TIMENS_BOOT_S), NULL };
	char bench[80], dir[64], cmdline[512], printk_levels[64], *soak_arg;
	struct utsname u;
	unsigned int i;
	bool bench_only;

	mkdir("/proc", 0755);
	mkdir("/sys", 0755);
	mkdir("/dev", 0755);
	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);

	uname(&u);
	say("start %s %s %s, %ld CPUs online", u.sysname, u.release, u.machine,
	    sysconf(_SC_NPROCESSORS_ONLN));
	/*
	 * The host fails the run unless the console shows KERN_WARNING lines:
	 * say the levels, and log one such line, which must reach the console.
	 */
	read_line("/proc/sys/kernel/printk", printk_levels, sizeof(printk_levels));
	say("printk %s", printk_levels[0] ? printk_levels : "unknown");
	log_warning_probe();
	wait_for_clocksource();
	find_abis();
	/* gvdso.bench: only the benchmark (make bench-kernel boots stock kernels too). */
	read_line("/proc/cmdline", cmdline, sizeof(cmdline));
	bench_only = strstr(cmdline, "gvdso.bench") != NULL;
	soak_arg = strstr(cmdline, "gvdso.soak=");
	if (soak_arg) {
		soak(atoi(soak_arg + strlen("gvdso.soak=")), plain_env, timens_env);
		say("done");
		sync();
		reboot(RB_AUTOBOOT);
		return 0;
	}

	for (i = 0; i < nr_abis; i++) {
		abi_dir("selftests", i, dir, sizeof(dir));
		snprintf(bench, sizeof(bench), "%s/vdso_bench", dir);
		if (!bench_only)
			run_dir(dir, "vdso_test_", "plain", TEST_TIMEOUT_S, plain_env);
		run(bench, "bench", TEST_TIMEOUT_S, plain_env);
	}
	if (!bench_only) {
		for (i = 0; i < nr_abis; i++)
			run_dir(abi_dir("kselftests", i, dir, sizeof(dir)), "vdso_", "kernel",
				TEST_TIMEOUT_S, plain_env);
		run_dir("/extra", "", "extra", EXTRA_TIMEOUT_S, plain_env);
	}
	if (!bench_only && !enter_timens())
		for (i = 0; i < nr_abis; i++) {
			run_dir(abi_dir("selftests", i, dir, sizeof(dir)), "vdso_test_", "timens",
				TEST_TIMEOUT_S, timens_env);
			run_dir(abi_dir("kselftests", i, dir, sizeof(dir)), "vdso_",
				"kernel-timens", TEST_TIMEOUT_S, timens_env);
		}

	say("done");
	sync();
	reboot(RB_AUTOBOOT);
	return 0;
}
