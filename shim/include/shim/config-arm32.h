/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a 32-bit arm kernel's config (ARCH_MULTI_V7, ARCH_VIRT, VDSO) sets
 * that the vDSO code looks at. arm selects GENERIC_VDSO_32 and has no time
 * namespaces (no GENERIC_VDSO_TIME_NS, so no TIME_NS).
 */
#include <shim/kconfig.h>

#define CONFIG_PAGE_SHIFT			12
#define CONFIG_MMU				1
#define CONFIG_CPU_CP15				1
#define CONFIG_ARM_ARCH_TIMER			1
#define CONFIG_HAVE_GENERIC_VDSO		1
#define CONFIG_GENERIC_GETTIMEOFDAY		1
#define CONFIG_GENERIC_VDSO_32			1
