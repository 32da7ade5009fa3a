// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_getcpu: where Linux 6.12's vDSO has getcpu() (x86, riscv64;
 * vdso_config.h), it is exported at the arch's version and says what the
 * syscall says.
 *
 * The CPU a task runs on may change between any two calls, so the test
 * pins itself to each CPU it may run on in turn (sched_setaffinity) and
 * asks the syscall, the vDSO and the syscall again: all three must name
 * that CPU and the same node. Where pinning is refused, a reading counts
 * only when the two syscalls around it agree (bracketed), and is retried
 * otherwise. Arches whose vDSO has no getcpu skip, saying so.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#if VDSO_HAS_GETCPU

typedef long (*vdso_getcpu_fn)(unsigned int *cpu, unsigned int *node, void *unused);

#define MAX_CPUS	64	/* CPUs visited at most */
#define BRACKET_TRIES	100	/* unpinned readings until the syscalls around one agree */

static long sys_getcpu(unsigned int *cpu, unsigned int *node)
{
	return sys_ret(syscall(VDSO_NR_GETCPU, cpu, node, NULL));
}

/*
 * One reading between two syscall readings. Returns 1 when it agrees, 0
 * when it does not (@why says how), -1 when the task moved between the
 * two syscalls (only possible unpinned).
 */
static int one_reading(vdso_getcpu_fn getcpu, int want_cpu, char *why, size_t len)
{
	unsigned int c1 = ~0u, n1 = ~0u, c2 = ~0u, n2 = ~0u, c3 = ~0u, n3 = ~0u;
	long r1, r2, r3;

	r1 = sys_getcpu(&c1, &n1);
	r2 = getcpu(&c2, &n2, NULL);
	r3 = sys_getcpu(&c3, &n3);
	if (r1 || r2 || r3) {
		snprintf(why, len, "syscall returned %ld / %ld, vDSO %ld", r1, r3, r2);
		return 0;
	}
	if (want_cpu < 0 && (c1 != c3 || n1 != n3))
		return -1;
	if (c2 != c1 || n2 != n1 || c3 != c1 || n3 != n1 ||
	    (want_cpu >= 0 && c1 != (unsigned int)want_cpu)) {
		snprintf(why, len, "cpu/node: syscall %u/%u, vDSO %u/%u, syscall %u/%u%s%d",
			 c1, n1, c2, n2, c3, n3, want_cpu >= 0 ? ", pinned to " : "",
			 want_cpu >= 0 ? want_cpu : 0);
		return 0;
	}
	return 1;
}

static void check_agrees(vdso_getcpu_fn getcpu)
{
	const char *desc = "getcpu agrees with the syscall on each CPU (cpu and node)";
	unsigned int visited = 0, pinned = 0, tries;
	cpu_set_t orig, one;
	char why[160] = "";
	int cpu, ret = 1;

	if (sched_getaffinity(0, sizeof(orig), &orig)) {
		tap_fail(desc, "sched_getaffinity: %s", strerror(errno));
		return;
	}
	for (cpu = 0; cpu < CPU_SETSIZE && visited < MAX_CPUS && ret > 0; cpu++) {
		if (!CPU_ISSET(cpu, &orig))
			continue;
		visited++;
		CPU_ZERO(&one);
		CPU_SET(cpu, &one);
		if (!sched_setaffinity(0, sizeof(one), &one)) {
			pinned++;
			ret = one_reading(getcpu, cpu, why, sizeof(why));
			continue;
		}
		/* Pinning refused: bracket instead. */
		tries = 0;
		do
			ret = one_reading(getcpu, -1, why, sizeof(why));
		while (ret < 0 && ++tries < BRACKET_TRIES);
		if (ret < 0)
			snprintf(why, sizeof(why), "the task moved across every one of %d readings",
				 BRACKET_TRIES);
	}
	sched_setaffinity(0, sizeof(orig), &orig);
	if (ret > 0)
		tap_diag("getcpu: %u CPUs visited, %u of them pinned", visited, pinned);
	tap_check(ret > 0 && visited > 0, desc, "%s", visited ? why : "no CPU in the affinity mask");
}

/* NULL for the cpu or the node is allowed: only the other is written. */
static void check_null_args(vdso_getcpu_fn getcpu)
{
	const char *desc = "getcpu with a NULL cpu, node or both";
	unsigned int cpu = ~0u, node = ~0u, scpu = ~0u, snode = ~0u;
	cpu_set_t orig, one;
	long r1, r2, r3, rs;
	int pinned;

	/* Pin to the CPU we are on, so the answers cannot change under us. */
	rs = sys_getcpu(&scpu, &snode);
	pinned = !rs && !sched_getaffinity(0, sizeof(orig), &orig);
	if (pinned) {
		CPU_ZERO(&one);
		CPU_SET(scpu, &one);
		pinned = !sched_setaffinity(0, sizeof(one), &one);
		rs = sys_getcpu(&scpu, &snode);
	}
	r1 = getcpu(&cpu, NULL, NULL);
	r2 = getcpu(NULL, &node, NULL);
	r3 = getcpu(NULL, NULL, NULL);
	if (pinned)
		sched_setaffinity(0, sizeof(orig), &orig);
	if (!pinned) {
		tap_check(!rs && !r1 && !r2 && !r3, desc, "syscall %ld, vDSO %ld / %ld / %ld",
			  rs, r1, r2, r3);
		return;
	}
	tap_check(!rs && !r1 && !r2 && !r3 && cpu == scpu && node == snode, desc,
		  "syscall %ld cpu %u node %u; vDSO %ld / %ld / %ld, cpu %u, node %u",
		  rs, scpu, snode, r1, r2, r3, cpu, node);
}

int main(void)
{
	const char *miss = "no " VDSO_GETCPU_SYM "@" VDSO_VERSION " to call";
	vdso_getcpu_fn getcpu, alias = NULL;
	struct vdso_image img;
	struct vdso_fns fns;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	/* The symbol, its alias, agreement on each CPU, NULL arguments. */
	tap_plan(1 + VDSO_HAS_GETCPU_ALIAS + 2);

	getcpu = (vdso_getcpu_fn)VDSO_CALL_ADAPT(GETCPU,
		vdso_image_sym(&img, VDSO_VERSION, VDSO_GETCPU_SYM));
	tap_check(getcpu != NULL, "the vDSO exports " VDSO_GETCPU_SYM "@" VDSO_VERSION,
		  "absent (Linux 6.12's %s vDSO has it)", VDSO_ARCH_NAME);
	if (VDSO_HAS_GETCPU_ALIAS) {
		alias = (vdso_getcpu_fn)vdso_image_sym(&img, VDSO_VERSION, VDSO_GETCPU_ALIAS_SYM);
		tap_check(alias && alias == getcpu,
			  "the vDSO exports getcpu@" VDSO_VERSION " as an alias of " VDSO_GETCPU_SYM,
			  "%s", !alias ? "absent" : "at another address");
	}
	if (!getcpu) {
		tap_skip("getcpu agrees with the syscall on each CPU (cpu and node)", "%s", miss);
		tap_skip("getcpu with a NULL cpu, node or both", "%s", miss);
		return tap_finish();
	}
	check_agrees(getcpu);
	check_null_args(getcpu);
	return tap_finish();
}

#else

int main(void)
{
	tap_plan(1);
	tap_skip("getcpu() through the vDSO",
		 "Linux 6.12's %s vDSO exports no getcpu (only x86's and riscv64's do)",
		 VDSO_ARCH_NAME);
	return tap_finish();
}

#endif
