/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The userspace-built s390x image's stand-in for the kernel's wrappers
 * (arch/s390/kernel/vdso64/vdso_user_wrapper.S, which build a stack frame
 * with the kernel's asm headers for its unwinder): each exported
 * __kernel_ name jumps to the C entry point, which returns to the caller.
 */
	.text

.macro vdso_tramp name, target
	.globl	\name
	.type	\name, @function
	.balign	8
\name:
	.cfi_startproc
	jg	\target
	.cfi_endproc
	.size	\name, . - \name
.endm

	vdso_tramp __kernel_clock_gettime, __s390_vdso_clock_gettime
	vdso_tramp __kernel_gettimeofday, __s390_vdso_gettimeofday
	vdso_tramp __kernel_clock_getres, __s390_vdso_clock_getres

	.section .note.GNU-stack, "", @progbits
