/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_KCONFIG_H
#define _SHIM_KCONFIG_H

/*
 * IS_ENABLED(CONFIG_FOO) is 1 when CONFIG_FOO is defined as 1, else 0, so
 * configuration can be tested in plain C and dead code still compiles.
 * The placeholder turns "1" into "0," which pushes the 1 that follows into
 * second position; any other value leaves 0 there.
 */
#define __shim_one_is_1			0,
#define __shim_second(skipped, b, ...)	b
#define __shim_pick(junk)		__shim_second(junk 1, 0)
#define __shim_probe(val)		__shim_pick(__shim_one_is_##val)
#define IS_ENABLED(option)		__shim_probe(option)

#endif /* _SHIM_KCONFIG_H */
