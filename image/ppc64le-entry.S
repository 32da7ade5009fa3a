/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The userspace-built ppc64le image's stand-in for the kernel's entry
 * trampolines (arch/powerpc/kernel/vdso/gettimeofday.S and getrandom.S,
 * which build on the kernel's asm headers): each exported __kernel_ name
 * finds its data PC-relative (the time functions the data records,
 * getrandom() the RNG state), calls the C entry point (__c_kernel_, the
 * entry files) with it as the last argument, and returns as powerpc's
 * syscalls do: a result with cr0.SO clear, or the positive errno with
 * cr0.SO set. The C function is entered at its global entry point
 * (address in r12), which sets up its own TOC pointer; ours is the
 * caller's, saved and restored.
 */
	.abiversion 2
	.text

/*
 * @result: what the C function returns, and so what is an error: status
 * (0, or a negative errno), count (bytes, or a negative errno; either
 * fits in 32 bits, as the syscall's counts do) or none (time()).
 */
.macro vdso_tramp name, target, data_reg, data, result
	.globl	\name
	.type	\name, @function
	.balign	32
\name:
	.cfi_startproc
	mflr	0
	std	0, 16(1)
	stdu	1, -32(1)
	.cfi_def_cfa_offset 32
	.cfi_offset lr, 16
	std	2, 24(1)
	bcl	20, 31, 1f
1:	mflr	\data_reg
	addis	12, \data_reg, (\target - 1b)@ha
	addi	12, 12, (\target - 1b)@l
	addis	\data_reg, \data_reg, (\data - 1b)@ha
	addi	\data_reg, \data_reg, (\data - 1b)@l
	mtctr	12
	bctrl
	ld	2, 24(1)
	addi	1, 1, 32
	.cfi_def_cfa_offset 0
	ld	0, 16(1)
	mtlr	0
	.cfi_restore lr
	.ifnc \result,none
	cmpwi	3, 0
	.endif
	crclr	so
	.ifc \result,status
	beqlr+
	.endif
	.ifc \result,count
	bgelr+
	.endif
	.ifnc \result,none
	crset	so
	neg	3, 3
	.endif
	blr
	.cfi_endproc
	.size	\name, . - \name
.endm

	vdso_tramp __kernel_clock_gettime, __c_kernel_clock_gettime, 5, _vdso_data, status
	vdso_tramp __kernel_gettimeofday, __c_kernel_gettimeofday, 5, _vdso_data, status
	vdso_tramp __kernel_clock_getres, __c_kernel_clock_getres, 5, _vdso_data, status
	vdso_tramp __kernel_time, __c_kernel_time, 4, _vdso_data, none
	vdso_tramp __kernel_getrandom, __c_kernel_getrandom, 8, _vdso_rng_data, count

	.section .note.GNU-stack, "", @progbits
