// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_getrandom: the vDSO's getrandom() (Linux 6.11+, x86_64 and
 * arm64) against the getrandom syscall, on whatever vDSO the kernel
 * mapped: the parameter query, distinct output per state and per call,
 * every length from 0 to 1 MiB, the flags and the states it must hand to
 * the syscall, a statistical sanity check, fork, no syscall on the fast
 * path (seccomp), and the same in a time namespace.
 *
 * VDSO_STOCK_QUIRKS_OK=1 turns a stock vDSO's known departures into skips
 * (it serves GRND_RANDOM | GRND_INSECURE, which the syscall refuses, and
 * dereferences a NULL state); ours is held to the syscall.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "parse_vdso.h"
#include "vdso_getrandom.h"

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME	0x00000080
#endif

/* Every line main() prints: the plan. */
#define NCHECKS		(1 + 4 + 2 + 3 + VGR_NLENGTHS + 2 + 6 + 1 + 5 + 2 + 1 + 1)

static vgetrandom_fn fn;
static struct vgr_states states;

/* In a new time namespace, a child's warm state still makes no syscall. 1 line. */
static void check_timens(void)
{
	const char *desc = "in a time namespace, a warm state makes no syscall but key fetches";
	int status;
	pid_t pid;

	pid = fork();
	if (pid == 0) {
		if (unshare(CLONE_NEWTIME) && (unshare(CLONE_NEWUSER) || unshare(CLONE_NEWTIME)))
			_exit(VGR_EXIT_NO_SECCOMP + 1);
		/* The namespace is its children's: the check runs one level down. */
		status = vgr_no_syscall_child(fn, &states, NULL);
		_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
		tap_fail(desc, "the child did not exit");
		return;
	}
	if (WEXITSTATUS(status) == VGR_EXIT_NO_SECCOMP + 1)
		tap_skip(desc, "cannot create a time namespace here");
	else if (WEXITSTATUS(status) == VGR_EXIT_NO_SECCOMP)
		tap_skip(desc, "seccomp filters are unavailable here");
	else
		tap_check(!WEXITSTATUS(status), desc, "status %d (%d: killed by that signal + 128)",
			  WEXITSTATUS(status), WEXITSTATUS(status));
}

int main(void)
{
	int quirks = getenv("VDSO_STOCK_QUIRKS_OK") && !strcmp(getenv("VDSO_STOCK_QUIRKS_OK"), "1");
	struct vdso_image img;
	struct vgr_params params;
	uintptr_t base;
	unsigned int i;

	base = vdso_base_from_auxv();
	if (VDSO_HAS_GETRANDOM && base && !vdso_image_init(&img, base))
		fn = vgr_resolve(&img);
	if (!fn) {
		/* One line for the lot: nothing of it applies. */
		tap_plan(1);
		tap_skip("vDSO getrandom()", "%s",
			 !VDSO_HAS_GETRANDOM ? VDSO_GETRANDOM_SKIP_WHY :
			 !base ? "no vDSO mapped" :
			 "the vDSO does not export it (Linux before 6.11?)");
		return tap_finish();
	}
	tap_plan(NCHECKS);
	tap_pass("the vDSO exports its getrandom() at " VDSO_VERSION);

	check_params(fn, &params, 4096);
	if (params.size_of_opaque_state == 0 || params.size_of_opaque_state > 4096 ||
	    vgr_states_map(&states, &params, 32)) {
		for (i = 5; i < NCHECKS; i++)
			tap_skip("vDSO getrandom()", "%s", vgr_query(fn, &params) == -ENOSYS ?
				 "no runtime support on this CPU (-ENOSYS)" : "no usable states");
		return tap_finish();
	}
	if (!states.as_asked)
		tap_diag("MAP_DROPPABLE refused: states use MADV_WIPEONFORK");

	check_stats_checker();
	check_distinct(fn, &states);
	check_lengths(fn, &states);
	check_flags(fn, &states);
	check_random_insecure(fn, &states, quirks);
	check_bad_states(fn, &states, !quirks);
	check_fork(fn, &states);
	check_no_syscall(fn, &states);
	check_timens();
	return tap_finish();
}
