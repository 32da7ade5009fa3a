/* SPDX-License-Identifier: GPL-2.0 */
/* For cppcheck only: the IS_ENABLED() options an arch's config leaves out are 0. */
#ifndef CONFIG_TIME_NS
#define CONFIG_TIME_NS		0
#endif
#ifndef CONFIG_ARM_ARCH_TIMER
#define CONFIG_ARM_ARCH_TIMER	0
#endif
