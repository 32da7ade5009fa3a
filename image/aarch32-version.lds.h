/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What every AArch32 vDSO exports (a 32-bit arm kernel's, and an arm64
 * kernel's compat image), at the version their libcs look for.
 */
VERSION
{
	LINUX_2.6 {
	global:
		__vdso_clock_gettime;
		__vdso_gettimeofday;
		__vdso_clock_getres;
		__vdso_clock_gettime64;
	local: *;
	};
}
