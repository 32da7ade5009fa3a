/* SPDX-License-Identifier: GPL-2.0 */
/* What arch/x86/Kconfig selects for x86-64 that the vDSO code looks at. */
#include <shim/kconfig.h>

#define CONFIG_64BIT				1
#define CONFIG_X86_64				1
#define CONFIG_PAGE_SHIFT			12
#define CONFIG_HAVE_GENERIC_VDSO		1
#define CONFIG_GENERIC_GETTIMEOFDAY		1
#define CONFIG_GENERIC_VDSO_TIME_NS		1
#define CONFIG_GENERIC_VDSO_OVERFLOW_PROTECT	1
#define CONFIG_TIME_NS				1
#define CONFIG_ARCH_SUPPORTS_INT128		1
/* A guest kernel's paravirt clocks (KVM_GUEST or XEN, and HYPERV), as distributions build. */
#define CONFIG_PARAVIRT_CLOCK			1
#define CONFIG_HYPERV_TIMER			1
