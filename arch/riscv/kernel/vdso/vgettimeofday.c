// SPDX-License-Identifier: GPL-2.0
/*
 * riscv64 vDSO time entry points: libcs look them up as
 * __vdso_clock_gettime and the others at version LINUX_4.15; the version
 * script is the kernel's vdso.lds.S, which also exports the kernel's
 * rt_sigreturn, getcpu, flush_icache and riscv_hwprobe.
 */
#define VDSO_ENTRY(name)	__vdso_##name
#include <vdso/entries.h>
