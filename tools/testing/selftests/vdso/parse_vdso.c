// SPDX-License-Identifier: GPL-2.0
/*
 * Minimal, allocation-free reader for a mapped vDSO image.
 *
 * Every address taken from the image is checked against the extent of its
 * PT_LOAD segments before it is used, so a malformed image makes
 * vdso_image_init() fail or a lookup miss instead of reading wild memory.
 */
#include <string.h>
#include <sys/auxv.h>

#include "parse_vdso.h"

#if __SIZEOF_POINTER__ == 8
#define NATIVE_CLASS	ELFCLASS64
#else
#define NATIVE_CLASS	ELFCLASS32
#endif

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define NATIVE_DATA	ELFDATA2LSB
#else
#define NATIVE_DATA	ELFDATA2MSB
#endif

#define VERSYM_INDEX	0x7fff	/* the top bit only marks a hidden version */
#define MAX_VERDEFS	1024	/* bound for walking a corrupt verdef chain */
#define MAX_PHNUM	64

/* st_info packs binding and type the same way in both ELF classes. */
#define ST_BIND(info)	((unsigned int)(info) >> 4)
#define ST_TYPE(info)	((unsigned int)(info) & 0xf)

/* True if [p, p + size) lies inside the mapped image. */
static int in_image(const struct vdso_image *img, const void *p, size_t size)
{
	uintptr_t a = (uintptr_t)p;

	if (a < img->base || a - img->base > img->span)
		return 0;
	return size <= img->span - (a - img->base);
}

/* Same for an array of n elements of elem bytes, without overflowing. */
static int in_image_array(const struct vdso_image *img, const void *p, size_t n, size_t elem)
{
	return n <= img->span / elem && in_image(img, p, n * elem);
}

/* Elements of elem bytes that fit between p and the end of the image. */
static size_t room_at(const struct vdso_image *img, const void *p, size_t elem)
{
	return in_image(img, p, 0) ? (img->base + img->span - (uintptr_t)p) / elem : 0;
}

static int aligned(const void *p, size_t align)
{
	return !((uintptr_t)p & (align - 1));
}

/* Runtime pointer for a link-time address, or NULL if outside or misaligned. */
static const void *image_ptr(const struct vdso_image *img, vdso_addr_t vaddr, size_t size,
			     size_t align)
{
	const void *p = (const void *)(img->bias + vaddr);

	return in_image(img, p, size) && aligned(p, align) ? p : NULL;
}

/* A NUL-terminated string at offset off of the string table, or NULL. */
static const char *str_at(const struct vdso_image *img, size_t off)
{
	if (off >= img->strsz || !memchr(img->strtab + off, 0, img->strsz - off))
		return NULL;
	return img->strtab + off;
}

/* Symbol count implied by DT_GNU_HASH: one past the last hashed symbol. */
static int gnu_hash_count(const struct vdso_image *img, size_t *count)
{
	const uint32_t *gh = img->gnu_hash;
	uint32_t nbuckets = gh[0], symoff = gh[1], bloom_size = gh[2];
	const vdso_addr_t *bloom = (const vdso_addr_t *)(gh + 4);
	const uint32_t *buckets, *chain;
	uint32_t i, last = 0;
	size_t room;

	if (!nbuckets || !bloom_size || (bloom_size & (bloom_size - 1)) || gh[3] >= 32)
		return -1;
	if (!in_image_array(img, bloom, bloom_size, sizeof(*bloom)))
		return -1;
	buckets = (const uint32_t *)(bloom + bloom_size);
	if (!in_image_array(img, buckets, nbuckets, sizeof(*buckets)))
		return -1;
	chain = buckets + nbuckets;
	room = room_at(img, chain, sizeof(*chain));

	for (i = 0; i < nbuckets; i++)
		if (buckets[i] > last)
			last = buckets[i];
	if (last < symoff) {
		*count = symoff;
		return 0;
	}
	/* Follow the last bucket's chain to the entry flagged as its end. */
	for (i = last; ; i++) {
		if (i < last || i - symoff >= room)
			return -1;
		if (chain[i - symoff] & 1)
			break;
	}
	*count = (size_t)i + 1;
	return 0;
}

/* Reads the dynamic section into img; pointers are checked afterwards. */
static int read_dynamic(struct vdso_image *img, size_t max_entries)
{
	vdso_addr_t strtab = 0, symtab = 0, hash = 0, gnu_hash = 0;
	vdso_addr_t versym = 0, verdef = 0;
	size_t soname = (size_t)-1, syment = sizeof(vdso_sym_t);
	const vdso_dyn_t *d;
	size_t n;

	for (d = img->dyn, n = 0; n < max_entries && d->d_tag != DT_NULL; d++, n++) {
		switch (d->d_tag) {
		case DT_STRTAB:
			strtab = d->d_un.d_ptr;
			break;
		case DT_STRSZ:
			img->strsz = d->d_un.d_val;
			break;
		case DT_SYMTAB:
			symtab = d->d_un.d_ptr;
			break;
		case DT_SYMENT:
			syment = d->d_un.d_val;
			break;
		case DT_HASH:
			/*
			 * s390x's psABI gives DT_HASH 64-bit words; every
			 * vDSO there also has DT_GNU_HASH (32-bit words on
			 * every arch), which is read instead.
			 */
#ifndef __s390x__
			hash = d->d_un.d_ptr;
#endif
			break;
		case DT_GNU_HASH:
			gnu_hash = d->d_un.d_ptr;
			break;
		case DT_VERSYM:
			versym = d->d_un.d_ptr;
			break;
		case DT_VERDEF:
			verdef = d->d_un.d_ptr;
			break;
		case DT_SONAME:
			soname = d->d_un.d_val;
			break;
		}
	}
	if (n == max_entries || !strtab || !symtab || syment != sizeof(vdso_sym_t))
		return -1;

	img->strtab = image_ptr(img, strtab, img->strsz, 1);
	img->symtab = image_ptr(img, symtab, sizeof(vdso_sym_t), __alignof__(vdso_sym_t));
	if (!img->strtab || !img->strsz || !img->symtab)
		return -1;
	if (hash)
		img->hash = image_ptr(img, hash, 2 * sizeof(uint32_t), sizeof(uint32_t));
	if (gnu_hash)
		img->gnu_hash = image_ptr(img, gnu_hash, 4 * sizeof(uint32_t),
					  __alignof__(vdso_addr_t));
	if (hash && !img->hash)
		return -1;
	if (gnu_hash && !img->gnu_hash)
		return -1;
	if (verdef) {
		img->verdef = image_ptr(img, verdef, sizeof(vdso_verdef_t),
					__alignof__(vdso_verdef_t));
		if (!img->verdef)
			return -1;
	}
	if (soname != (size_t)-1)
		img->soname = str_at(img, soname);
	if (versym) {
		img->versym = image_ptr(img, versym, 0, __alignof__(vdso_half_t));
		if (!img->versym)
			return -1;
	}
	return 0;
}

int vdso_image_init(struct vdso_image *img, uintptr_t base)
{
	const vdso_ehdr_t *eh = (const vdso_ehdr_t *)base;
	const vdso_phdr_t *load = NULL, *dynamic = NULL;
	size_t gnu_count, nbucket, nchain;
	unsigned int i;

	memset(img, 0, sizeof(*img));
	if (!base)
		return -1;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_ident[EI_CLASS] != NATIVE_CLASS ||
	    eh->e_ident[EI_DATA] != NATIVE_DATA ||
	    eh->e_type != ET_DYN ||
	    eh->e_phentsize != sizeof(vdso_phdr_t) ||
	    !eh->e_phnum || eh->e_phnum > MAX_PHNUM ||
	    eh->e_phoff < sizeof(*eh) || !aligned(eh, __alignof__(*eh)) ||
	    eh->e_phoff % __alignof__(vdso_phdr_t))
		return -1;

	img->base = base;
	img->ehdr = eh;
	img->phdr = (const vdso_phdr_t *)(base + eh->e_phoff);
	img->phnum = eh->e_phnum;

	/*
	 * File offset 0 sits at base, so the first PT_LOAD, which maps file
	 * offset p_offset at link address p_vaddr, fixes the bias for all.
	 */
	for (i = 0; i < img->phnum; i++) {
		const vdso_phdr_t *ph = &img->phdr[i];

		if (ph->p_type == PT_LOAD) {
			uintptr_t end;

			if (!load) {
				load = ph;
				img->bias = base + ph->p_offset - ph->p_vaddr;
			}
			end = img->bias + ph->p_vaddr + ph->p_memsz;
			if (end < base)
				return -1;
			if (end - base > img->span)
				img->span = end - base;
		} else if (ph->p_type == PT_DYNAMIC && !dynamic) {
			dynamic = ph;
		}
	}
	if (!load || !dynamic)
		return -1;
	if (!in_image_array(img, img->phdr, img->phnum, sizeof(*img->phdr)))
		return -1;

	img->dyn = image_ptr(img, dynamic->p_vaddr, dynamic->p_memsz, __alignof__(vdso_dyn_t));
	if (!img->dyn || read_dynamic(img, dynamic->p_memsz / sizeof(vdso_dyn_t)))
		return -1;

	/* The symbol count comes from DT_HASH if present, else DT_GNU_HASH. */
	if (img->hash) {
		nbucket = img->hash[0];
		nchain = img->hash[1];
		if (!nbucket || nbucket > img->span || nchain > img->span ||
		    !in_image_array(img, img->hash, 2 + nbucket + nchain, sizeof(uint32_t)))
			return -1;
		img->nsyms = nchain;
	}
	if (img->gnu_hash) {
		if (gnu_hash_count(img, &gnu_count))
			return -1;
		if (!img->hash)
			img->nsyms = gnu_count;
		else if (gnu_count > img->nsyms)
			return -1;
	}
	if (!img->hash && !img->gnu_hash)
		return -1;

	if (!in_image_array(img, img->symtab, img->nsyms, sizeof(vdso_sym_t)))
		return -1;
	if (img->versym && !in_image_array(img, img->versym, img->nsyms, sizeof(vdso_half_t)))
		return -1;
	return 0;
}

/* Name of version index idx from DT_VERDEF, or NULL if unversioned/unknown. */
static const char *version_name(const struct vdso_image *img, unsigned int idx)
{
	const vdso_verdef_t *vd = img->verdef;
	unsigned int n;

	if (idx <= VER_NDX_GLOBAL || !vd)
		return NULL;
	for (n = 0; n < MAX_VERDEFS; n++) {
		if (!in_image(img, vd, sizeof(*vd)) || !aligned(vd, __alignof__(*vd)))
			return NULL;
		if ((vd->vd_ndx & VERSYM_INDEX) == idx && !(vd->vd_flags & VER_FLG_BASE)) {
			const vdso_verdaux_t *aux = (const void *)((const char *)vd + vd->vd_aux);

			if (!vd->vd_cnt || !in_image(img, aux, sizeof(*aux)) ||
			    !aligned(aux, __alignof__(*aux)))
				return NULL;
			return str_at(img, aux->vda_name);
		}
		if (!vd->vd_next)
			return NULL;
		vd = (const void *)((const char *)vd + vd->vd_next);
	}
	return NULL;
}

/* Exported symbol i: sets its name and version and returns 1, else 0. */
static int exported(const struct vdso_image *img, size_t i, const char **name,
		    const char **version)
{
	const vdso_sym_t *s = &img->symtab[i];
	unsigned int bind = ST_BIND(s->st_info);
	unsigned int type = ST_TYPE(s->st_info);
	unsigned int vidx = VER_NDX_GLOBAL;

	if (s->st_shndx == SHN_UNDEF || s->st_shndx >= SHN_LORESERVE)
		return 0;
	if (bind != STB_GLOBAL && bind != STB_WEAK)
		return 0;
	if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE)
		return 0;
	if (img->versym) {
		vidx = img->versym[i] & VERSYM_INDEX;
		if (vidx == VER_NDX_LOCAL)
			return 0;
	}
	*name = str_at(img, s->st_name);
	if (!*name || !**name)
		return 0;
	*version = version_name(img, vidx);
	return 1;
}

/* Returns the address of symbol i if it is exported as name@version. */
static void *match(const struct vdso_image *img, size_t i, const char *version,
		   const char *name)
{
	const char *sname, *sver;

	if (i >= img->nsyms || !exported(img, i, &sname, &sver))
		return NULL;
	if (strcmp(sname, name))
		return NULL;
	if (version && (!sver || strcmp(sver, version)))
		return NULL;
	return (void *)(img->bias + img->symtab[i].st_value);
}

static uint32_t sysv_hash(const char *s)
{
	uint32_t h = 0, g;

	for (; *s; s++) {
		h = (h << 4) + (unsigned char)*s;
		g = h & 0xf0000000;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

static uint32_t gnu_hash(const char *s)
{
	uint32_t h = 5381;

	for (; *s; s++)
		h = h * 33 + (unsigned char)*s;
	return h;
}

static void *lookup_sysv(const struct vdso_image *img, const char *version, const char *name)
{
	uint32_t nbucket = img->hash[0], nchain = img->hash[1];
	const uint32_t *bucket = img->hash + 2, *chain = bucket + nbucket;
	uint32_t i, steps;
	void *p;

	for (i = bucket[sysv_hash(name) % nbucket], steps = 0;
	     i != STN_UNDEF && i < nchain && steps < nchain; i = chain[i], steps++) {
		p = match(img, i, version, name);
		if (p)
			return p;
	}
	return NULL;
}

static void *lookup_gnu(const struct vdso_image *img, const char *version, const char *name)
{
	const uint32_t *gh = img->gnu_hash;
	uint32_t nbuckets = gh[0], symoff = gh[1], bloom_size = gh[2], shift = gh[3];
	const vdso_addr_t *bloom = (const vdso_addr_t *)(gh + 4);
	const uint32_t *buckets = (const uint32_t *)(bloom + bloom_size);
	const uint32_t *chain = buckets + nbuckets;
	const unsigned int bits = sizeof(vdso_addr_t) * 8;
	uint32_t h = gnu_hash(name), i;
	vdso_addr_t word, mask;
	size_t room;
	void *p;

	/* Honour the Bloom filter: a loader gives up here if it says no. */
	word = bloom[(h / bits) & (bloom_size - 1)];
	mask = ((vdso_addr_t)1 << (h % bits)) | ((vdso_addr_t)1 << ((h >> shift) % bits));
	if ((word & mask) != mask)
		return NULL;

	i = buckets[h % nbuckets];
	if (i < symoff)
		return NULL;
	room = room_at(img, chain, sizeof(*chain));
	for (; i < img->nsyms && i - symoff < room; i++) {
		uint32_t c = chain[i - symoff];

		if ((c | 1) == (h | 1)) {
			p = match(img, i, version, name);
			if (p)
				return p;
		}
		if (c & 1)
			break;
	}
	return NULL;
}

void *vdso_image_sym(const struct vdso_image *img, const char *version, const char *name)
{
	if (!img->symtab || !name)
		return NULL;
	if (img->gnu_hash)
		return lookup_gnu(img, version, name);
	return lookup_sysv(img, version, name);
}

void vdso_image_for_each(const struct vdso_image *img,
			 void (*cb)(const char *name, const char *version, void *addr, void *arg),
			 void *arg)
{
	const char *name, *version;
	size_t i;

	if (!img->symtab)
		return;
	for (i = 1; i < img->nsyms; i++)
		if (exported(img, i, &name, &version))
			cb(name, version, (void *)(img->bias + img->symtab[i].st_value), arg);
}

uintptr_t vdso_base_from_auxv(void)
{
	return (uintptr_t)getauxval(AT_SYSINFO_EHDR);
}
