/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What every AArch32 vDSO exports (a 32-bit arm kernel's, and an arm64
 * kernel's compat image), at the version their libcs look for.
 */
VDSO_LINUX_2_6_VERSION(__vdso_clock_gettime64;)
