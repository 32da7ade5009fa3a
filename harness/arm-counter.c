// SPDX-License-Identifier: GPL-2.0
/*
 * qemu-arm (user mode, QEMU 7.2) gives AArch32 programs no access to the
 * generic timer: the MRRC of CNTVCT that every AArch32 vDSO and our writer
 * execute raises SIGILL there. This SIGILL handler stands in for the
 * counter: it recognises that one instruction (ARM or Thumb-2 encoding),
 * loads its two registers with the host's CLOCK_MONOTONIC_RAW counted at
 * 62.5 MHz (the rate of QEMU's virt board), and steps over it. The code
 * under test runs unchanged, traps included; only the value comes from
 * here. Where the counter is readable, the handler never runs.
 *
 * Built on every arch; it does something only on 32-bit arm.
 */
#if defined(__arm__)
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>

#define CPSR_THUMB	(1U << 5)
#define NS_PER_TICK	16	/* 62.5 MHz */

/* MRRC p15, 1, Rt, Rt2, c14 (CNTVCT): its two registers, if @pc holds one. */
static bool decode_cntvct(uintptr_t pc, bool thumb, unsigned int *rt, unsigned int *rt2)
{
	if (thumb) {
		const uint16_t *hw = (const uint16_t *)pc;

		if ((hw[0] & 0xfff0) != 0xec50 || (hw[1] & 0x0fff) != 0x0f1e)
			return false;
		*rt = hw[1] >> 12;
		*rt2 = hw[0] & 0xf;
	} else {
		uint32_t insn = *(const uint32_t *)pc;

		if ((insn & 0x0ff00fff) != 0x0c500f1e)
			return false;
		*rt = (insn >> 12) & 0xf;
		*rt2 = (insn >> 16) & 0xf;
	}
	return *rt < 13 && *rt2 < 13;
}

static void emulate_cntvct(int sig, siginfo_t *info, void *ctx)
{
	mcontext_t *sc = &((ucontext_t *)ctx)->uc_mcontext;
	unsigned long *regs = &sc->arm_r0;	/* r0..r15 are consecutive */
	unsigned int rt, rt2;
	struct timespec now;
	uint64_t ticks;

	if (!decode_cntvct(sc->arm_pc, sc->arm_cpsr & CPSR_THUMB, &rt, &rt2)) {
		/* A real illegal instruction: die of it as without us. */
		signal(SIGILL, SIG_DFL);
		return;
	}
	clock_gettime(CLOCK_MONOTONIC_RAW, &now);
	ticks = ((uint64_t)now.tv_sec * 1000000000ULL + now.tv_nsec) / NS_PER_TICK;
	regs[rt] = (uint32_t)ticks;
	regs[rt2] = (uint32_t)(ticks >> 32);
	sc->arm_pc += 4;	/* both encodings are 32 bits long */
}

static void __attribute__((constructor)) install_cntvct_emulation(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = emulate_cntvct;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGILL, &sa, NULL);
}
#endif /* __arm__ */
