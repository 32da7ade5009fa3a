/* SPDX-License-Identifier: GPL-2.0 */
/*
 * For cppcheck only (scripts/lint.sh), included before the arch's config:
 * cppcheck's preprocessor cannot expand shim/kconfig.h's placeholder trick,
 * so IS_ENABLED() becomes the option itself, and the options our code
 * tests with it default to 0 where the config leaves them out.
 */
#define _SHIM_KCONFIG_H
#define IS_ENABLED(option)	(option)
