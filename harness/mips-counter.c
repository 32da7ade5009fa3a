// SPDX-License-Identifier: GPL-2.0
/*
 * qemu-mips64el (user mode, QEMU 7.2) lets rdhwr read CP0 Count ($2) but
 * answers it with a constant: its user-mode CPU has no Count that runs,
 * so every counter clock of our image and of our writer would stand
 * still. Where the counter is seen standing still at start-up, this
 * stand-in makes each rdhwr of Count trap instead: it rewrites the
 * instruction, in the program's own text and in every image the harness
 * maps (harness_counter_patch()), into a break whose code names the
 * destination register, and answers that SIGTRAP as rdhwr would, with the
 * host's CLOCK_MONOTONIC_RAW counted at 100 MHz (the rate of malta's Count
 * under QEMU) in 32 bits, sign-extended as a 64-bit register holds it.
 * The code under test is otherwise unchanged. Where Count runs (a real
 * CPU, a system emulator) nothing is rewritten.
 *
 * Built on every arch; it does something only on mips.
 */
#include <stddef.h>

#include "image.h"

#if defined(__mips__)
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/mman.h>

#define NS_PER_TICK	10	/* 100 MHz */

/* rdhwr rt, $2: SPECIAL3, rd 2, function 59; rt in bits 16..20. */
#define RDHWR_CC_MASK	0xffe0ffffU
#define RDHWR_CC	0x7c00103bU
#define RDHWR_RT(insn)	(((insn) >> 16) & 31)
/* break with code 0x2c0 + rt (bits 6..15; no code the kernel or QEMU gives a meaning). */
#define BREAK_CC_MASK	0xfffff83fU
#define BREAK_CC	(0x0000000dU | (0x2c0U << 6))
#define BREAK_RT(insn)	(((insn) >> 6) & 31)

static bool standing_in;

static inline uint32_t read_count(void)
{
	uint32_t count;

	asm volatile(".set push\n\t.set mips32r2\n\trdhwr %0, $2\n\t.set pop" : "=r" (count));
	return count;
}

static void answer_count(int sig, siginfo_t *info, void *ctx)
{
	mcontext_t *mc = &((ucontext_t *)ctx)->uc_mcontext;
	uint32_t insn = *(const uint32_t *)(uintptr_t)mc->pc;
	struct timespec now;
	unsigned int rt;
	uint64_t ticks;

	if ((insn & BREAK_CC_MASK) == BREAK_CC) {
		rt = BREAK_RT(insn);
	} else if ((insn & RDHWR_CC_MASK) == RDHWR_CC) {
		/*
		 * Our break trapped, but the text holds the rdhwr again: an
		 * image mapped anew where a patched one was, which QEMU still
		 * ran from its old translation (one n32 fault run died of
		 * this SIGTRAP, 2026-12-03; the likeliest cause, not proven).
		 * It is the same counter read: answer it.
		 */
		rt = RDHWR_RT(insn);
	} else {
		/* Not ours (another break, or ours in a delay slot): say so, and die of it. */
		static const char msg[] = "mips-counter: SIGTRAP at an instruction not ours\n";

		write(2, msg, sizeof(msg) - 1);
		signal(SIGTRAP, SIG_DFL);
		return;
	}
	clock_gettime(CLOCK_MONOTONIC_RAW, &now);
	ticks = ((uint64_t)now.tv_sec * 1000000000ULL + now.tv_nsec) / NS_PER_TICK;
	if (rt)
		mc->gregs[rt] = (int32_t)ticks;
	mc->pc += 4;
}

void harness_counter_patch(void *text, size_t len)
{
	uintptr_t page = sysconf(_SC_PAGESIZE);
	uintptr_t start = (uintptr_t)text & ~(page - 1);
	uintptr_t end = ((uintptr_t)text + len + page - 1) & ~(page - 1);
	uint32_t *insn;

	if (!standing_in)
		return;
	mprotect((void *)start, end - start, PROT_READ | PROT_WRITE | PROT_EXEC);
	for (insn = (uint32_t *)start; insn < (uint32_t *)end; insn++)
		if ((*insn & RDHWR_CC_MASK) == RDHWR_CC)
			*insn = BREAK_CC | RDHWR_RT(*insn) << 6;
	mprotect((void *)start, end - start, PROT_READ | PROT_EXEC);
}

extern char __executable_start[], __etext[];

static void __attribute__((constructor)) install_count_stand_in(void)
{
	struct timespec ms = { 0, 1000000 };
	struct sigaction sa;
	uint32_t before = read_count();

	nanosleep(&ms, NULL);
	if (read_count() != before)
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = answer_count;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGTRAP, &sa, NULL);
	standing_in = true;
	harness_counter_patch(__executable_start, __etext - __executable_start);
}

#else

void harness_counter_patch(void *text, size_t len)
{
}

#endif /* __mips__ */
