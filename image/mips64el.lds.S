/* SPDX-License-Identifier: GPL-2.0 */
/* mips64el n64 image: the pages of mips-pages.lds.h, the time exports. */
#include "common.lds.h"
#include "mips-pages.lds.h"

OUTPUT_FORMAT("elf64-tradlittlemips")
OUTPUT_ARCH(mips)

VDSO_IMAGE(VDSO_MIPS_PAGES)

VDSO_LINUX_2_6_VERSION()
