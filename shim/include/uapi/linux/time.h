/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's <uapi/linux/time.h> is the system's <linux/time.h>. */
#include <linux/time.h>
