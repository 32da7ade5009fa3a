/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_TRAP_H
#define _HARNESS_TRAP_H

/*
 * Counting our image's fallbacks: a seccomp filter traps the time syscalls
 * (clock_gettime, clock_getres, gettimeofday) made from inside the given
 * address ranges (the mapped images) and a SIGSYS handler answers them
 * with @answer, the harness's stand-in for the kernel. Syscalls made from
 * anywhere else (libc, the host's vDSO) run as usual.
 */

/* Returns the answer to syscall @nr (a negative errno on failure). */
typedef long (*trap_answer_fn)(long nr, long arg0, long arg1);

/* The plain syscall, as the kernel would answer it. */
long trap_answer_syscall(long nr, long arg0, long arg1);

/*
 * Install the filter for the calling thread and the threads it creates
 * later. Returns 0, or -1 with *why saying why it cannot here.
 */
int trap_install(const void *const *start, const unsigned long *len, int n,
		 trap_answer_fn answer, const char **why);
/* How many syscalls were trapped (fallbacks) since installation. */
unsigned long long trap_count(void);

#endif /* _HARNESS_TRAP_H */
