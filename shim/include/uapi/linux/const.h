/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's <uapi/linux/const.h> is the system's <linux/const.h>. */
#include <linux/const.h>
