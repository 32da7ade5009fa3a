// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_abi: the vDSO the kernel gave us has the shape user space
 * relies on: the arch's symbols at the arch's version, the right soname,
 * a single read-only executable segment, nothing for a loader to relocate
 * or load, and hash tables that agree with the symbol table. Each entry
 * point is then called once.
 */
#include <stdio.h>
#include <string.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#ifndef DT_RELRSZ
#define DT_RELRSZ	35
#endif
#ifndef DT_RELR
#define DT_RELR		36
#endif

static const char *const expected_syms[] = {
	VDSO_SYM_GETTIME,
	VDSO_SYM_GETTIMEOFDAY,
	VDSO_SYM_GETRES,
#if VDSO_HAS_TIME
	VDSO_SYM_TIME,
#endif
#if VDSO_HAS_GETTIME64
	VDSO_SYM_GETTIME64,
#endif
};

/* What the linear walk saw for one name. */
struct sym_seen {
	const char *name;
	const char *version;	/* version of the match at VDSO_VERSION, else any */
	void *addr;
	int found;
};

static void find_cb(const char *name, const char *version, void *addr, void *arg)
{
	struct sym_seen *s = arg;

	if (strcmp(name, s->name))
		return;
	/* Prefer the entry at the expected version if several exist. */
	if (s->found && s->version && !strcmp(s->version, VDSO_VERSION))
		return;
	s->found = 1;
	s->version = version;
	s->addr = addr;
}

struct hash_check {
	const struct vdso_image *img;	/* a copy restricted to one hash table */
	unsigned int total;
	unsigned int missed;
	char first_miss[128];
};

static void hash_cb(const char *name, const char *version, void *addr, void *arg)
{
	struct hash_check *hc = arg;

	hc->total++;
	if (vdso_image_sym(hc->img, version, name) != addr && !hc->missed++)
		snprintf(hc->first_miss, sizeof(hc->first_miss), "%s@%s", name,
			 version ? version : "(none)");
}

/*
 * Loaders use whichever hash table they prefer, so each table present must
 * find every symbol the linear walk finds. The lookup uses DT_GNU_HASH when
 * there is one; hiding it in a copy of the image makes it use DT_HASH.
 */
static void check_hash_table(const struct vdso_image *img, int gnu)
{
	const char *desc = gnu ? "DT_GNU_HASH finds every exported symbol" :
				 "DT_HASH finds every exported symbol";
	struct vdso_image only = *img;
	struct hash_check hc = { .img = &only };

	if (gnu && !img->gnu_hash) {
		tap_skip(desc, "image has no DT_GNU_HASH");
		return;
	}
	if (!gnu && !img->hash) {
		tap_skip(desc, "image has no DT_HASH");
		return;
	}
	if (!gnu)
		only.gnu_hash = NULL;
	vdso_image_for_each(img, hash_cb, &hc);
	tap_check(hc.total > 0 && !hc.missed, desc,
		  "%u of %u symbols not found, first: %s", hc.missed, hc.total,
		  hc.total ? hc.first_miss : "(no exported symbols at all)");
}

static void list_cb(const char *name, const char *version, void *addr, void *arg)
{
	const struct vdso_image *img = arg;

	tap_diag("exported: %s@%s at offset %#lx", name, version ? version : "(none)",
		 (unsigned long)((uintptr_t)addr - img->base));
}

static void check_symbols(const struct vdso_image *img)
{
	char desc[160];
	unsigned int i;

	vdso_image_for_each(img, list_cb, (void *)img);
	check_hash_table(img, 1);
	check_hash_table(img, 0);

	for (i = 0; i < ARRAY_SIZE(expected_syms); i++) {
		struct sym_seen s = { .name = expected_syms[i] };
		void *p = vdso_image_sym(img, VDSO_VERSION, expected_syms[i]);

		snprintf(desc, sizeof(desc), "symbol %s@%s", expected_syms[i], VDSO_VERSION);
		vdso_image_for_each(img, find_cb, &s);
		if (!s.found)
			tap_fail(desc, "not exported");
		else if (!s.version || strcmp(s.version, VDSO_VERSION))
			tap_fail(desc, "exported with version %s", s.version ? s.version : "(none)");
		else if (!p)
			tap_fail(desc, "in the symbol table but the hash lookup misses it");
		else
			tap_check(p == s.addr, desc, "hash lookup gives %p, symbol table %p",
				  p, s.addr);
	}
}

/* A relocation table and the tag giving its size. */
static const struct {
	long tag;
	long size_tag;
	const char *name;
} reloc_tables[] = {
	{ DT_REL, DT_RELSZ, "DT_REL" },
	{ DT_RELA, DT_RELASZ, "DT_RELA" },
	{ DT_RELR, DT_RELRSZ, "DT_RELR" },
	{ DT_JMPREL, DT_PLTRELSZ, "DT_JMPREL" },
};

#define NR_RELOC_TABLES	ARRAY_SIZE(reloc_tables)

static const vdso_dyn_t *find_dyn(const struct vdso_image *img, long tag)
{
	const vdso_dyn_t *d;

	for (d = img->dyn; d->d_tag != DT_NULL; d++)
		if (d->d_tag == tag)
			return d;
	return NULL;
}

/*
 * Nothing may need relocating. Some linkers leave an empty table behind
 * (say DT_RELA with DT_RELASZ 0); that is harmless and only noted.
 */
static void check_relocations(const struct vdso_image *img)
{
	const vdso_dyn_t *table, *size;
	char why[128] = "";
	unsigned int i;

	for (i = 0; i < NR_RELOC_TABLES; i++) {
		table = find_dyn(img, reloc_tables[i].tag);
		if (!table)
			continue;
		size = find_dyn(img, reloc_tables[i].size_tag);
		if (size && !size->d_un.d_val) {
			tap_diag("empty %s table present (size 0)", reloc_tables[i].name);
			continue;
		}
		if (size)
			snprintf(why, sizeof(why), "%s with %lu bytes of relocations",
				 reloc_tables[i].name, (unsigned long)size->d_un.d_val);
		else
			snprintf(why, sizeof(why), "%s without a size", reloc_tables[i].name);
	}
	tap_check(!why[0], "no dynamic relocations", "found %s", why);
}

static void check_dynamic(const struct vdso_image *img)
{
	const vdso_dyn_t *flags = find_dyn(img, DT_FLAGS);
	const char *textrel = NULL;

	tap_check(img->soname && !strcmp(img->soname, VDSO_SONAME), "soname is " VDSO_SONAME,
		  "DT_SONAME is %s", img->soname ? img->soname : "missing");
	check_relocations(img);
	if (find_dyn(img, DT_TEXTREL))
		textrel = "DT_TEXTREL";
	else if (flags && (flags->d_un.d_val & DF_TEXTREL))
		textrel = "DF_TEXTREL in DT_FLAGS";
	tap_check(!textrel, "no text relocations", "found %s", textrel);
	tap_check(!find_dyn(img, DT_NEEDED), "no DT_NEEDED", "found DT_NEEDED");
}

static void check_segments(const struct vdso_image *img)
{
	unsigned int i, loads = 0, dynamics = 0, writable = 0;

	for (i = 0; i < img->phnum; i++) {
		if (img->phdr[i].p_type == PT_LOAD) {
			loads++;
			if (img->phdr[i].p_flags & PF_W)
				writable++;
		} else if (img->phdr[i].p_type == PT_DYNAMIC) {
			dynamics++;
		}
	}
	tap_check(loads == 1, "exactly one PT_LOAD", "found %u", loads);
	tap_check(loads && !writable, "PT_LOAD is not writable",
		  "%u of %u PT_LOAD segments have PF_W", writable, loads);
	tap_check(dynamics == 1, "one PT_DYNAMIC", "found %u", dynamics);
}

static void call_entries(const struct vdso_fns *f)
{
	struct vdso_ts ts;
	struct vdso_tv tv;
	long ret;

	if (f->gettime) {
		ret = f->gettime(VDSO_CLOCK_MONOTONIC, &ts);
		tap_check(ret == 0, "call clock_gettime(MONOTONIC)", "returned %ld", ret);
	} else {
		tap_fail("call clock_gettime(MONOTONIC)", "entry point missing");
	}
	if (f->gettimeofday) {
		ret = f->gettimeofday(&tv, NULL);
		tap_check(ret == 0, "call gettimeofday", "returned %ld", ret);
	} else {
		tap_fail("call gettimeofday", "entry point missing");
	}
	if (f->getres) {
		ret = f->getres(VDSO_CLOCK_MONOTONIC, &ts);
		tap_check(ret == 0, "call clock_getres(MONOTONIC)", "returned %ld", ret);
	} else {
		tap_fail("call clock_getres(MONOTONIC)", "entry point missing");
	}
	if (VDSO_HAS_GETTIME64) {
		struct vdso_ts64 ts64;

		if (f->gettime64) {
			ret = f->gettime64(VDSO_CLOCK_MONOTONIC, &ts64);
			tap_check(ret == 0, "call clock_gettime64(MONOTONIC)", "returned %ld", ret);
		} else {
			tap_fail("call clock_gettime64(MONOTONIC)", "entry point missing");
		}
	}
	if (VDSO_HAS_TIME) {
		if (f->time) {
			long t = 0;

			ret = f->time(&t);
			tap_check(ret > 0 && ret == t, "call time",
				  "returned %ld and stored %ld", ret, t);
		} else {
			tap_fail("call time", "entry point missing");
		}
	}
}

int main(void)
{
	struct vdso_image img;
	struct vdso_fns fns;

	tap_diag("arch %s: expecting version %s, soname %s", VDSO_ARCH_NAME, VDSO_VERSION,
		 VDSO_SONAME);
	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	/*
	 * Presence, the two hash tables, each symbol, the four dynamic-section
	 * checks, the three segment checks and a call of each entry point.
	 */
	tap_plan(1 + 2 + ARRAY_SIZE(expected_syms) + 4 + 3 + 3 + VDSO_HAS_GETTIME64 +
		 VDSO_HAS_TIME);
	tap_pass("vDSO present and parsable");
	check_symbols(&img);
	check_dynamic(&img);
	check_segments(&img);
	call_entries(&fns);
	return tap_finish();
}
