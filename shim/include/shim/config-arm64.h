/* SPDX-License-Identifier: GPL-2.0 */
/* What arch/arm64/Kconfig selects (4K pages) that the vDSO code looks at. */
#include <shim/kconfig.h>

#define CONFIG_64BIT				1
#define CONFIG_ARM64				1
#define CONFIG_PAGE_SHIFT			12
#define CONFIG_HAVE_GENERIC_VDSO		1
#define CONFIG_GENERIC_GETTIMEOFDAY		1
#define CONFIG_GENERIC_VDSO_TIME_NS		1
#define CONFIG_TIME_NS				1
#define CONFIG_ARCH_SUPPORTS_INT128		1
#define CONFIG_COMPAT				1
#define CONFIG_COMPAT_VDSO			1
#define CONFIG_GENERIC_COMPAT_VDSO		1
