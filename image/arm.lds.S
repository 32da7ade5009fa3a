/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's compat image (AArch32 tasks): the same two pages before the
 * text as the 64-bit image, and the arm vDSO's exports at version
 * LINUX_2.6.
 */
#include "common.lds.h"

OUTPUT_FORMAT("elf32-littlearm")

VDSO_IMAGE(VDSO_DATA_THEN_TIMENS_PAGE)

#include "aarch32-version.lds.h"
