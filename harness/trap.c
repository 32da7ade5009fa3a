// SPDX-License-Identifier: GPL-2.0
/*
 * The fallback counter of trap.h. The SIGSYS handler answers the trapped
 * call by rewriting the thread's registers: the per-arch part below says
 * which registers carry the arguments and the result, the audit arch the
 * filter expects and the time syscalls the arch's vDSO can fall back to.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "trap.h"

#define MAX_RANGES	4

static unsigned long long trapped;

#if defined(__i386__)
/*
 * i386 libcs enter the kernel through the vDSO's __kernel_vsyscall, which
 * lies in the trapped range: the answer would trap again inside the
 * handler (SIGSYS blocked: the task dies). int $0x80 from here does not.
 */
long trap_answer_syscall(long nr, long arg0, long arg1)
{
	long ret;

	asm volatile("xchgl %%ebx, %%edx\n\t"
		     "int $0x80\n\t"
		     "xchgl %%ebx, %%edx"
		     : "=a" (ret), "+d" (arg0)
		     : "0" (nr), "c" (arg1)
		     : "memory");
	return ret;
}
#else
long trap_answer_syscall(long nr, long arg0, long arg1)
{
	long ret = syscall(nr, arg0, arg1);

	return ret == -1 ? -errno : ret;
}
#endif

unsigned long long trap_count(void)
{
	return __atomic_load_n(&trapped, __ATOMIC_RELAXED);
}

/*
 * A kernel answer @ret that is an error (-4095..-1), and what a syscall
 * ABI that flags errors in a register of their own (powerpc, mips) puts
 * in the result register: the positive errno, or the value itself.
 */
#define TRAP_IS_ERROR(ret)		((ret) < 0 && (ret) > -4096)
#define TRAP_ERRNO_OR_VALUE(ret)	(TRAP_IS_ERROR(ret) ? -(ret) : (ret))

#if defined(__x86_64__)
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_X86_64
#define TRAP_ARG(gregs, i)	((gregs)[(i) ? REG_RSI : REG_RDI])
#define TRAP_RESULT(gregs)	((gregs)[REG_RAX])
#define trap_regs(uc)		((uc)->uc_mcontext.gregs)
#elif defined(__i386__)
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_I386
#define TRAP_ARG(gregs, i)	((gregs)[(i) ? REG_ECX : REG_EBX])
#define TRAP_RESULT(gregs)	((gregs)[REG_EAX])
#define trap_regs(uc)		((uc)->uc_mcontext.gregs)
#elif defined(__aarch64__)
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_AARCH64
#define TRAP_ARG(regs, i)	((regs)[i])
#define TRAP_RESULT(regs)	((regs)[0])
#define trap_regs(uc)		((uc)->uc_mcontext.regs)
#elif defined(__riscv) && __riscv_xlen == 64
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_RISCV64
#define TRAP_ARG(gregs, i)	((gregs)[REG_A0 + (i)])
#define TRAP_RESULT(gregs)	((gregs)[REG_A0])
#define trap_regs(uc)		((uc)->uc_mcontext.__gregs)
#elif defined(__arm__)
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_ARM
/* struct sigcontext lays r0, r1, ... out one after another. */
#define TRAP_ARG(r0, i)		((&(r0))[i])
#define TRAP_RESULT(r0)		(r0)
#define trap_regs(uc)		((uc)->uc_mcontext.arm_r0)
#elif defined(__s390x__)
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_S390X
/* Arguments from r2, the result in r2, as the syscall ABI has them. */
#define TRAP_ARG(gregs, i)	((gregs)[2 + (i)])
#define TRAP_RESULT(gregs)	((gregs)[2])
#define trap_regs(uc)		((uc)->uc_mcontext.gregs)
#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_PPC64LE
/* gp_regs[] is struct pt_regs: r3 (the kernel put arg0 back there), r4, ... */
#define TRAP_ARG(gregs, i)	((gregs)[3 + (i)])
#define trap_regs(uc)		((uc)->uc_mcontext.gp_regs)
#define TRAP_REG_CCR		38	/* PT_CCR */
#define TRAP_CR0_SO		0x10000000UL
/*
 * sc reports an error as a positive errno in r3 with CR0's summary-overflow
 * bit set, success with it clear: what the vDSO's fallback tests.
 */
#define TRAP_SET_RESULT(gregs, ret)					\
	do {								\
		long __ret = (ret);					\
									\
		(gregs)[3] = TRAP_ERRNO_OR_VALUE(__ret);		\
		if (TRAP_IS_ERROR(__ret))				\
			(gregs)[TRAP_REG_CCR] |= TRAP_CR0_SO;		\
		else							\
			(gregs)[TRAP_REG_CCR] &= ~TRAP_CR0_SO;		\
	} while (0)
#elif defined(__mips__) && defined(__MIPSEL__)
/* n64, o32 and n32 tasks: one syscall convention, three audit arches. */
#if _MIPS_SIM == _ABI64
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_MIPSEL64
#elif _MIPS_SIM == _ABIN32
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_MIPSEL64N32
#else
#define TRAP_AUDIT_ARCH		AUDIT_ARCH_MIPSEL
#endif
/* gregs[] are $0..$31: the arguments in a0, a1 ($4, $5). */
#define TRAP_ARG(gregs, i)	((gregs)[4 + (i)])
#define trap_regs(uc)		((uc)->uc_mcontext.gregs)
/*
 * syscall reports an error as a positive errno in v0 ($2) with a3 ($7)
 * non-zero, success with a3 zero: what the vDSO's fallback tests.
 */
#define TRAP_SET_RESULT(gregs, ret)					\
	do {								\
		long __ret = (ret);					\
									\
		(gregs)[2] = TRAP_ERRNO_OR_VALUE(__ret);		\
		(gregs)[7] = TRAP_IS_ERROR(__ret);			\
	} while (0)
#endif

/* Where the syscall ABI returns a negative errno in one register. */
#ifndef TRAP_SET_RESULT
#define TRAP_SET_RESULT(regs, ret)	(TRAP_RESULT(regs) = (ret))
#endif

#ifdef TRAP_AUDIT_ARCH

static trap_answer_fn trap_answer;

/* The time syscalls a vDSO falls back to on this arch. */
static const unsigned int time_syscalls[] = {
	__NR_clock_gettime, __NR_clock_getres, __NR_gettimeofday,
#ifdef __NR_clock_gettime64
	__NR_clock_gettime64,
#endif
#ifdef __NR_clock_getres_time64
	__NR_clock_getres_time64,
#endif
};
#define NR_TIME_SYSCALLS	(sizeof(time_syscalls) / sizeof(time_syscalls[0]))

static void on_sigsys(int sig, siginfo_t *info, void *ctx)
{
	ucontext_t *uc = ctx;
	int saved_errno = errno;
	long arg0 = TRAP_ARG(trap_regs(uc), 0), arg1 = TRAP_ARG(trap_regs(uc), 1);

	__atomic_add_fetch(&trapped, 1, __ATOMIC_RELAXED);
	TRAP_SET_RESULT(trap_regs(uc), trap_answer(info->si_syscall, arg0, arg1));
	errno = saved_errno;
}

#define IP_LO	offsetof(struct seccomp_data, instruction_pointer)
#define IP_HI	(offsetof(struct seccomp_data, instruction_pointer) + 4)

int trap_install(const void *const *start, const unsigned long *len, int n,
		 trap_answer_fn answer, const char **why)
{
	struct sock_filter f[8 + NR_TIME_SYSCALLS + 5 * MAX_RANGES];
	struct sock_fprog prog;
	struct sigaction sa;
	unsigned int k = 0, i, allow;

	if (n > MAX_RANGES) {
		*why = "too many ranges";
		return -1;
	}
	/* Each range must sit within one 4 GiB window: the filter compares 32-bit words. */
	for (i = 0; i < (unsigned int)n; i++) {
		if ((uint64_t)(uintptr_t)start[i] >> 32 !=
		    (uint64_t)((uintptr_t)start[i] + len[i] - 1) >> 32) {
			*why = "an image straddles a 4 GiB boundary";
			return -1;
		}
	}

	f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					      offsetof(struct seccomp_data, arch));
	allow = 3 + NR_TIME_SYSCALLS + 1 + 5 * n + 2;	/* index of the final ALLOW */
	f[k] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, TRAP_AUDIT_ARCH, 0, 0);
	f[k].jf = allow - k - 1;
	k++;
	f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					      offsetof(struct seccomp_data, nr));
	/* A time syscall goes on to the range checks after this block. */
	for (i = 0; i < NR_TIME_SYSCALLS; i++) {
		f[k] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, time_syscalls[i],
						    0, 0);
		f[k].jt = NR_TIME_SYSCALLS - i;
		k++;
	}
	f[k] = (struct sock_filter)BPF_STMT(BPF_JMP | BPF_JA | BPF_K, 0);
	f[k].k = allow - k - 1;
	k++;
	/* Per range: the high word equal, the low word in [start, end). */
	for (i = 0; i < (unsigned int)n; i++) {
		uint32_t hi = (uint64_t)(uintptr_t)start[i] >> 32, lo = (uintptr_t)start[i];
		uint32_t end = lo + len[i];

		f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, IP_HI);
		f[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, hi, 0, 3);
		f[k++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, IP_LO);
		f[k++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, lo, 0, 1);
		f[k] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, end, 0, 0);
		/* Below the end: trap, which is the instruction after the last range. */
		f[k].jf = allow - 1 - k - 1;
		k++;
	}
	/* No range matched. */
	f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	f[k] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP);
	if (k != allow - 1) {
		*why = "filter layout";
		return -1;
	}
	k++;
	f[k++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);

	trap_answer = answer;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_sigsys;
	sa.sa_flags = SA_SIGINFO;
	prog.len = k;
	prog.filter = f;
	if (sigaction(SIGSYS, &sa, NULL) || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		*why = "seccomp filters are unavailable here (qemu-user does not emulate them)";
		return -1;
	}
	return 0;
}

#else

int trap_install(const void *const *start, const unsigned long *len, int n,
		 trap_answer_fn answer, const char **why)
{
	*why = "no SIGSYS register layout for this arch in harness/trap.c";
	return -1;
}

#endif
