/* SPDX-License-Identifier: GPL-2.0 */
/* The uapi types are among the shim's <linux/types.h>. */
#include <linux/types.h>
