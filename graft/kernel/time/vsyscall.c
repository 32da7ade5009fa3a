// SPDX-License-Identifier: GPL-2.0
/*
 * Timekeeping's side of the generic vDSO. The writer itself lives in
 * lib/vdso/vsyscall.c, so that the userspace harness builds the very same
 * code; the kernel compiles it here, where timekeeper_lock is declared.
 */
#include "timekeeping_internal.h"
#include "../../lib/vdso/vsyscall.c"
