/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sections and segments of a userspace-built vDSO image, shared by every
 * arch's image/<arch>.lds.S. Like the kernel's images: one read-only,
 * executable PT_LOAD starting with the ELF header at address 0, plus
 * PT_DYNAMIC, PT_NOTE and PT_GNU_EH_FRAME. The data pages lie before
 * address 0; each arch script names them before including this file.
 */

#define VDSO_IMAGE_SECTIONS						\
	. = SIZEOF_HEADERS;						\
	.hash		: { *(.hash) }			:text		\
	.gnu.hash	: { *(.gnu.hash) }				\
	.dynsym		: { *(.dynsym) }				\
	.dynstr		: { *(.dynstr) }				\
	.gnu.version	: { *(.gnu.version) }				\
	.gnu.version_d	: { *(.gnu.version_d) }				\
	.gnu.version_r	: { *(.gnu.version_r) }				\
	.dynamic	: { *(.dynamic) }		:text	:dynamic \
	.rodata		: { *(.rodata*) *(.data*) *(.sdata*) *(.got.plt) *(.got) \
			    *(.bss*) *(.sbss*) *(COMMON) }	:text	\
	.note		: { *(.note.*) }		:text	:note	\
	.eh_frame_hdr	: { *(.eh_frame_hdr) }		:text	:eh_frame_hdr \
	.eh_frame	: { KEEP (*(.eh_frame)) }	:text		\
	.text		: { *(.text*) }			:text		\
	/DISCARD/	: { *(.discard) *(.discard.*) *(.comment) }

#define VDSO_IMAGE_PHDRS						\
	text		PT_LOAD		FLAGS(5) FILEHDR PHDRS;	/* r-x */ \
	dynamic		PT_DYNAMIC	FLAGS(4);		/* r-- */ \
	note		PT_NOTE		FLAGS(4);			\
	eh_frame_hdr	PT_GNU_EH_FRAME

/*
 * Names the harness looks up in the image's symbol table to lay out the
 * data pages as the kernel would: where they start, where the real data
 * records are, and where a namespace task finds the real data.
 */
#define VDSO_IMAGE_LAYOUT(first_page, data, timens_data)		\
	__image_vvar_start = first_page;				\
	__image_vdso_data = data;					\
	__image_timens_data = timens_data;

/* Where the kernel's getrandom() state is, on arches whose vDSO has getrandom(). */
#define VDSO_IMAGE_RNG_LAYOUT(rng_data)					\
	__image_vdso_rng_data = rng_data;

/* The whole link of an image, given the statements that place its data. */
#define VDSO_IMAGE(data_placement)					\
SECTIONS								\
{									\
	data_placement							\
	VDSO_IMAGE_SECTIONS						\
}									\
PHDRS									\
{									\
	VDSO_IMAGE_PHDRS;						\
}

/*
 * The placement arm64, its compat image and riscv64 share: the data page
 * and the time namespace page, in that order, right before the text.
 */
#define VDSO_DATA_THEN_TIMENS_PAGE					\
	_vdso_data = . - 2 * 4096;					\
	_timens_data = _vdso_data + 4096;				\
	VDSO_IMAGE_LAYOUT(_vdso_data, _vdso_data, _timens_data)

/*
 * x86's placement, 64-bit and 32-bit: four pages before the text (data,
 * pvclock, Hyper-V, time namespace), the data records at offset 128 of
 * the first and of the last; the hypervisors' clocks at the start of
 * theirs (the harness finds them by the __image_ names).
 */
#define VDSO_X86_PAGES							\
	vvar_start = . - 4 * 4096;					\
	vvar__vdso_data = vvar_start + 128;				\
	pvclock_page = vvar_start + 4096;				\
	hvclock_page = vvar_start + 2 * 4096;				\
	timens__vdso_data = vvar_start + 3 * 4096 + 128;		\
	__image_pvclock_page = pvclock_page;				\
	__image_hvclock_page = hvclock_page;				\
	VDSO_IMAGE_LAYOUT(vvar_start, vvar__vdso_data, timens__vdso_data)

/*
 * The version node of the images whose time functions are __vdso_* at
 * LINUX_2.6 (AArch32's, mips's), with the names the arch adds to it.
 */
#define VDSO_LINUX_2_6_VERSION(more)					\
VERSION									\
{									\
	LINUX_2.6 {							\
	global:								\
		__vdso_clock_gettime;					\
		__vdso_gettimeofday;					\
		__vdso_clock_getres;					\
		more							\
	local: *;							\
	};								\
}
