/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Minimal reader for a vDSO image that is already mapped in memory.
 *
 * It only looks at what a dynamic loader needs to resolve a symbol: the
 * program headers, the dynamic section, the dynamic symbol table, the hash
 * tables and the symbol versions. It never allocates and keeps no global
 * state, so the same code serves the selftests (which read the kernel's
 * vDSO through AT_SYSINFO_EHDR) and harnesses that map an image file on
 * their own.
 *
 * Only images of the build's own ELF class and byte order are accepted.
 */
#ifndef PARSE_VDSO_H
#define PARSE_VDSO_H

#include <stddef.h>
#include <stdint.h>
#include <elf.h>
#include <link.h>

/* The ELF types of the class we are built for. */
typedef ElfW(Addr) vdso_addr_t;
typedef ElfW(Half) vdso_half_t;
typedef ElfW(Ehdr) vdso_ehdr_t;
typedef ElfW(Phdr) vdso_phdr_t;
typedef ElfW(Dyn) vdso_dyn_t;
typedef ElfW(Sym) vdso_sym_t;
typedef ElfW(Verdef) vdso_verdef_t;
typedef ElfW(Verdaux) vdso_verdaux_t;

/*
 * Filled by vdso_image_init(). The fields are meant to be read (the ABI test
 * inspects the headers through them), never written by users. All pointers
 * point into the mapped image; optional parts are NULL when absent.
 */
struct vdso_image {
	uintptr_t base;			/* address of the ELF header */
	uintptr_t bias;			/* runtime address = bias + link-time vaddr */
	size_t span;			/* bytes from base covered by PT_LOAD */
	const vdso_ehdr_t *ehdr;
	const vdso_phdr_t *phdr;
	unsigned int phnum;
	const vdso_dyn_t *dyn;		/* PT_DYNAMIC, DT_NULL terminated */
	const vdso_sym_t *symtab;	/* DT_SYMTAB */
	size_t nsyms;			/* entries of symtab, from the hash tables */
	const char *strtab;		/* DT_STRTAB */
	size_t strsz;			/* DT_STRSZ */
	const uint32_t *hash;		/* DT_HASH or NULL */
	const uint32_t *gnu_hash;	/* DT_GNU_HASH or NULL */
	const vdso_half_t *versym;	/* DT_VERSYM or NULL */
	const vdso_verdef_t *verdef;	/* DT_VERDEF or NULL */
	const char *soname;		/* DT_SONAME or NULL */
};

/*
 * base is the address of the ELF header of a mapped image, laid out so that
 * file offset 0 is at base; the caller vouches that everything the PT_LOAD
 * headers describe is mapped. Returns 0 on success, -1 if the image is not
 * a usable shared object of the native class (tables outside the PT_LOAD
 * extent, misaligned, or with inconsistent counts are rejected).
 */
int vdso_image_init(struct vdso_image *img, uintptr_t base);

/*
 * Runtime address of the exported symbol name, or NULL. With a non-NULL
 * version the symbol must carry exactly that version definition; with NULL
 * any version (or none) is accepted. Lookups go through DT_GNU_HASH, else
 * DT_HASH, like a dynamic loader would, so a broken hash table shows up here.
 */
void *vdso_image_sym(const struct vdso_image *img, const char *version, const char *name);

/*
 * Calls cb(name, version, addr, arg) for every exported symbol: defined,
 * global or weak, not absolute. version is NULL for unversioned symbols.
 * The walk is linear over the symbol table, independent of the hash tables.
 */
void vdso_image_for_each(const struct vdso_image *img,
			 void (*cb)(const char *name, const char *version, void *addr, void *arg),
			 void *arg);

/* The vDSO the kernel mapped into this process, or 0 if there is none. */
uintptr_t vdso_base_from_auxv(void);

#endif /* PARSE_VDSO_H */
