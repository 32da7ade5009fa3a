/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What arch/x86/Kconfig selects for a 32-bit kernel (X86_32) that the vDSO
 * code looks at. The vdso32 of a 64-bit kernel sees the same through
 * fake_32bit_build.h; 32-bit x86 has no 128-bit integers.
 */
#include <shim/kconfig.h>

#define CONFIG_X86_32				1
#define CONFIG_PAGE_SHIFT			12
#define CONFIG_HAVE_GENERIC_VDSO		1
#define CONFIG_GENERIC_GETTIMEOFDAY		1
#define CONFIG_GENERIC_VDSO_32			1
#define CONFIG_GENERIC_VDSO_TIME_NS		1
#define CONFIG_GENERIC_VDSO_OVERFLOW_PROTECT	1
#define CONFIG_TIME_NS				1
/* A guest kernel's paravirt clocks (KVM_GUEST or XEN, and HYPERV), as distributions build. */
#define CONFIG_PARAVIRT_CLOCK			1
#define CONFIG_HYPERV_TIMER			1
