/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's <uapi/linux/types.h> is the system's <linux/types.h>. */
#include <linux/types.h>
