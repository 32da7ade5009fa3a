/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __FUZZ_ASM_VDSO_PROCESSOR_H
#define __FUZZ_ASM_VDSO_PROCESSOR_H

/*
 * The fuzz build's cpu_relax(): the reader calls it while it waits for a
 * writer (odd count). The fuzzer's writer may finish (the input says so);
 * if it never does, the driver leaves the read, so a wait can never hang.
 */
void fuzz_relax(void);

static __always_inline void cpu_relax(void)
{
	fuzz_relax();
}

#endif /* __FUZZ_ASM_VDSO_PROCESSOR_H */
