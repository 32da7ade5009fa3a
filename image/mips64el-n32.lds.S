/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The mips64el kernel's n32 image: the pages of mips-pages.lds.h, the
 * time exports and, with 32-bit time, clock_gettime64 (vdso.lds.S).
 */
#include "common.lds.h"
#include "mips-pages.lds.h"

OUTPUT_FORMAT("elf32-ntradlittlemips")
OUTPUT_ARCH(mips)

VDSO_IMAGE(VDSO_MIPS_PAGES)

VDSO_LINUX_2_6_VERSION(__vdso_clock_gettime64;)
