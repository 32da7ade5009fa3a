// SPDX-License-Identifier: GPL-2.0
/*
 * x86 vDSO time entry points, 64-bit and (built again from vdso32/ with
 * BUILD_VDSO32) 32-bit: libc finds them by their __vdso_ names at version
 * LINUX_2.6 (the version script is in the vDSO linker script); the plain
 * names are weak aliases for programs that link against the image itself.
 */
#define VDSO_ENTRY(name)	__vdso_##name
#define VDSO_HAS_TIME		1
#define VDSO_HAS_PLAIN_NAMES	1
/*
 * Each entry point on a cache line of its own: time(), 31 instructions,
 * took 10-20% longer than stock's identical ones when it straddled two.
 */
#define VDSO_ENTRY_ALIGN	64
#include <vdso/entries.h>
