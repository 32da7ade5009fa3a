// SPDX-License-Identifier: GPL-2.0
/*
 * The AArch32 vDSO's time entry points, for a 32-bit arm kernel's own vDSO
 * and, laid at arch/arm64/kernel/vdso32/ by the graft, for an arm64
 * kernel's compat vDSO. libcs look them up by their __vdso_ names at
 * version LINUX_2.6 (the kernels' vdso.lds.S). time_t is 32 bits here
 * (BUILD_VDSO32), so clock_gettime64 comes with them.
 */
#define VDSO_ENTRY(name)	__vdso_##name
#include <vdso/entries.h>

/*
 * With the kernel's EABI unwinder on, functions carry unwind tables that
 * name the EABI personality routines. Nothing unwinds through the vDSO
 * with them, but the link must resolve the names: empty ones do.
 */
void __aeabi_unwind_cpp_pr0(void);
void __aeabi_unwind_cpp_pr1(void);
void __aeabi_unwind_cpp_pr2(void);

void __aeabi_unwind_cpp_pr0(void)
{
}

void __aeabi_unwind_cpp_pr1(void)
{
}

void __aeabi_unwind_cpp_pr2(void)
{
}
