/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The userspace-built i386 image's stand-in for the kernel's
 * __kernel_vsyscall (vdso32/system_call.S, which picks SYSENTER or
 * SYSCALL at boot): the plain int $0x80 every 32-bit x86 kernel takes,
 * with the same contract: number in eax, result in eax, all else kept.
 */
	.text
	.globl	__kernel_vsyscall
	.type	__kernel_vsyscall, @function
__kernel_vsyscall:
	.cfi_startproc
	int	$0x80
	ret
	.cfi_endproc
	.size	__kernel_vsyscall, . - __kernel_vsyscall
	.section .note.GNU-stack, "", @progbits
