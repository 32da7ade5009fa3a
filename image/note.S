/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The ELF note every vDSO carries: owner "Linux", type 0, and the kernel
 * version it belongs to (libcs and debuggers read it). The userspace image
 * claims the version of the kernel it was written against.
 */
#ifndef VDSO_LINUX_VERSION_CODE
#define VDSO_LINUX_VERSION_CODE	((6 << 16) | (12 << 8))
#endif

	.section .note.Linux, "a", %note
	.balign 4
	.long	2f - 1f		/* name size */
	.long	4f - 3f		/* descriptor size */
	.long	0		/* type */
1:	.asciz	"Linux"
2:	.balign 4
3:	.long	VDSO_LINUX_VERSION_CODE
4:	.balign 4
