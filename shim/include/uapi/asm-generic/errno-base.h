/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's <uapi/asm-generic/errno-base.h> is the system's <asm-generic/errno-base.h>. */
#include <asm-generic/errno-base.h>
