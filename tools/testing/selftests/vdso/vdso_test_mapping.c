// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_mapping: what the kernel maps for the vDSO cannot be turned
 * against the process.
 *  - [vdso] is r-x and not writable; a write to it faults;
 *  - every [vvar] mapping (the data pages; newer kernels split off
 *    [vvar_vclock]) is read-only and not executable, a write faults, and
 *    it cannot be made writable with mprotect();
 *  - the image has no writable and no writable-and-executable segment,
 *    and its stack note (if any) asks for no executable stack;
 *  - the vDSO's address differs between two execs (ASLR), unless address
 *    randomisation is off, which is then a skip with the reason.
 * Writes are made in children, where the expected fault kills only them.
 *
 *   vdso_test_mapping [--print-base]   (--print-base: used by the ASLR check)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/personality.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_tap.h"

#define MAX_MAPS	8

struct mapping {
	unsigned long start, end;
	char perms[5];
	char name[32];
};

static struct mapping maps[MAX_MAPS];
static unsigned int nmaps;

/* The [vdso] and [vvar*] lines of /proc/self/maps. */
static int read_maps(void)
{
	char line[512], name[256];
	FILE *f = fopen("/proc/self/maps", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f) && nmaps < MAX_MAPS) {
		struct mapping *m = &maps[nmaps];

		name[0] = 0;
		if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %255s", &m->start, &m->end, m->perms,
			   name) < 3)
			continue;
		if (strcmp(name, "[vdso]") && strncmp(name, "[vvar", 5))
			continue;
		snprintf(m->name, sizeof(m->name), "%s", name);
		nmaps++;
	}
	fclose(f);
	return 0;
}

static long write_byte(void *arg)
{
	*(volatile char *)arg = 0;
	return 0;
}

/* A write at @addr must kill a child with SIGSEGV (or SIGBUS). */
static void check_write_faults(const struct mapping *m)
{
	char desc[96];
	long result = -1;
	int sig;

	snprintf(desc, sizeof(desc), "a write to %s faults", m->name);
	sig = vdso_call_in_child(write_byte, (void *)m->start, &result);
	tap_check(sig == SIGSEGV || sig == SIGBUS, desc, "%s",
		  sig > 0 ? vdso_signame(sig) : sig ? "the child could not run" :
		  "the write succeeded");
}

static long make_writable(void *arg)
{
	const struct mapping *m = arg;

	if (!mprotect((void *)m->start, m->end - m->start, PROT_READ | PROT_WRITE))
		return 0;
	return -errno;
}

static void check_mappings(uintptr_t base)
{
	unsigned int i, vdso = 0, vvar = 0;
	char desc[96];

	for (i = 0; i < nmaps; i++) {
		const struct mapping *m = &maps[i];

		if (!strcmp(m->name, "[vdso]")) {
			vdso++;
			snprintf(desc, sizeof(desc), "[vdso] is r-x, not writable");
			tap_check(m->perms[0] == 'r' && m->perms[1] == '-' && m->perms[2] == 'x',
				  desc, "permissions %s", m->perms);
			tap_check(base >= m->start && base < m->end,
				  "AT_SYSINFO_EHDR lies in [vdso]", "%#lx not in %#lx-%#lx",
				  (unsigned long)base, m->start, m->end);
			check_write_faults(m);
		} else {
			long result = 1;
			int sig;

			vvar++;
			snprintf(desc, sizeof(desc), "%s is read-only, not executable", m->name);
			tap_check(m->perms[0] == 'r' && m->perms[1] == '-' && m->perms[2] == '-',
				  desc, "permissions %s", m->perms);
			check_write_faults(m);
			snprintf(desc, sizeof(desc), "%s cannot be made writable", m->name);
			sig = vdso_call_in_child(make_writable, (void *)m, &result);
			tap_check(!sig && result < 0, desc, "%s",
				  sig ? "the child died" : "mprotect(PROT_WRITE) succeeded");
		}
	}
	tap_check(vdso == 1, "one [vdso] mapping", "found %u", vdso);
	tap_check(vvar >= 1, "[vvar] mappings present", "found %u", vvar);
}

static void check_segments(const struct vdso_image *img)
{
	unsigned int i, bad = 0, loads = 0;
	int stack_exec = 0;

	for (i = 0; i < img->phnum; i++) {
		const vdso_phdr_t *p = &img->phdr[i];

		if (p->p_type == PT_LOAD) {
			loads++;
			if (p->p_flags & PF_W)
				bad++;
		} else if (p->p_type == PT_GNU_STACK && (p->p_flags & PF_X)) {
			stack_exec = 1;
		}
	}
	tap_check(loads && !bad, "no writable (or writable and executable) segment",
		  "%u of %u PT_LOAD segments writable", bad, loads);
	tap_check(!stack_exec, "no executable stack asked for", "PT_GNU_STACK has PF_X");
}

/* The vDSO base of a fresh exec of this program. */
static unsigned long child_base(void)
{
	char buf[64] = "";
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	if (pipe(fds))
		return 0;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "vdso_test_mapping", "--print-base", NULL };

		dup2(fds[1], 1);
		execv("/proc/self/exe", argv);
		_exit(127);
	}
	close(fds[1]);
	n = read(fds[0], buf, sizeof(buf) - 1);
	close(fds[0]);
	waitpid(pid, &status, 0);
	if (n <= 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		return 0;
	buf[n] = 0;
	return strtoul(buf, NULL, 16);
}

static int aslr_off(char *why, size_t len)
{
	char buf[8] = "";
	int fd = open("/proc/sys/kernel/randomize_va_space", O_RDONLY);
	int persona = personality(0xffffffff);

	if (persona != -1 && (persona & ADDR_NO_RANDOMIZE)) {
		snprintf(why, len, "this process runs with ADDR_NO_RANDOMIZE");
		return 1;
	}
	if (fd >= 0) {
		ssize_t n = read(fd, buf, sizeof(buf) - 1);

		close(fd);
		if (n > 0 && buf[0] == '0') {
			snprintf(why, len, "kernel.randomize_va_space is 0");
			return 1;
		}
	}
	return 0;
}

/*
 * Two execs sharing a base by chance is unlikely but possible, so a third
 * exec decides: all three equal means no randomisation.
 */
static void check_aslr(void)
{
	const char *desc = "the vDSO moves between execs (ASLR)";
	unsigned long a, b, c = 0;
	char why[96];

	if (aslr_off(why, sizeof(why))) {
		tap_skip(desc, "address randomisation is off: %s", why);
		return;
	}
	a = child_base();
	b = child_base();
	if (a && a == b)
		c = child_base();
	tap_check(a && b && (a != b || (c && c != a)), desc,
		  "bases %#lx, %#lx%s", a, b, a == b ? " and a third exec the same" : "");
}

int main(int argc, char **argv)
{
	uintptr_t base = getauxval(AT_SYSINFO_EHDR);
	struct vdso_image img;
	struct vdso_fns fns;

	if (argc > 1 && !strcmp(argv[1], "--print-base")) {
		printf("%lx\n", (unsigned long)base);
		return base ? 0 : 1;
	}
	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (read_maps())
		return vdso_tap_bail("read /proc/self/maps", strerror(errno));
	/* Three per mapping, the two counts, two segment checks and ASLR. */
	tap_plan(3 * nmaps + 2 + 2 + 1);
	check_mappings(base);
	check_segments(&img);
	check_aslr();
	return tap_finish();
}
