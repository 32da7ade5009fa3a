/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The compat vDSO is built inside an arm64 kernel, so it sees arm64's
 * configuration (CONFIG_64BIT included) through a 32-bit compiler.
 */
#include <shim/config-arm64.h>
