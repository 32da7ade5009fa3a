// SPDX-License-Identifier: GPL-2.0
/*
 * Map a vDSO image file and its data pages the way Linux does. Where the
 * data lies relative to the image comes from the image's own link
 * (image-layout.h is generated from its symbol table).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "image.h"
#include "image-layout.h"

#define PAGE		4096L
#define VVAR_BYTES	(-__image_vvar_start)
#define DATA_PAGE	((__image_vdso_data - __image_vvar_start) / PAGE * PAGE)
#define DATA_OFFSET	((__image_vdso_data - __image_vvar_start) % PAGE)
#define TIMENS_PAGE	((__image_timens_data - __image_vvar_start) / PAGE * PAGE)
#define RNG_PAGE	((__image_vdso_rng_data - __image_vvar_start) / PAGE * PAGE)
#define PVCLOCK_PAGE	(__image_pvclock_page - __image_vvar_start)
#define HVCLOCK_PAGE	(__image_hvclock_page - __image_vvar_start)

/* The hypervisor's pages the next images get (-1: none, the page faults). */
static int pvclock_fd = -1, hvclock_fd = -1;
/* The page of the RNG state where it is not the data page's (powerpc's arch page). */
static int rng_fd = -1;
static char *rng_page;

int harness_shared_page(void **page)
{
	int fd = memfd_create("vdso-vclock", 0);

	if (fd < 0 || ftruncate(fd, PAGE))
		return -1;
	*page = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	return *page == MAP_FAILED ? -1 : fd;
}

void harness_image_vclock_pages(int pv_fd, int hv_fd)
{
	pvclock_fd = pv_fd;
	hvclock_fd = hv_fd;
}

bool harness_image_has_vclocks(void)
{
	return __image_pvclock_page && __image_hvclock_page;
}

/*
 * The page of @fd, read-only, at @at; without one (@fd < 0) an anonymous
 * page with @empty_prot: PROT_READ (zeros) for an unused slot of the data
 * pages, PROT_NONE for a hypervisor's page when, as Linux does for a clock
 * that never served the vDSO, every access must fault.
 */
static int map_page(char *at, int fd, int empty_prot)
{
	void *p;

	if (fd >= 0)
		p = mmap(at, PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
	else
		p = mmap(at, PAGE, empty_prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	return p == MAP_FAILED ? -1 : 0;
}

int harness_data_page(void **records)
{
	int fd = memfd_create("vdso-data", 0);
	void *page;

	if (fd < 0 || ftruncate(fd, PAGE))
		return -1;
	page = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (page == MAP_FAILED)
		return -1;
	*records = (char *)page + DATA_OFFSET;
	return fd;
}

int harness_image_map(struct harness_image *im, const char *path, int real_fd, int ns_fd)
{
	struct stat st;
	size_t image_len;
	char *vvar, *base;
	long off;
	int fd;

	memset(im, 0, sizeof(*im));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st))
		return -1;
	image_len = (st.st_size + PAGE - 1) / PAGE * PAGE;
	im->map_len = VVAR_BYTES + image_len;
	im->map = mmap(NULL, im->map_len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (im->map == MAP_FAILED)
		goto fail;
	vvar = im->map;
	base = vvar + VVAR_BYTES;

	/* Every data page exists (zero) unless a real one is placed there. */
	for (off = 0; off < VVAR_BYTES; off += PAGE)
		if (map_page(vvar + off, -1, PROT_READ))
			goto fail;
	if (map_page(vvar + DATA_PAGE, ns_fd >= 0 ? ns_fd : real_fd, PROT_READ))
		goto fail;
	if (ns_fd >= 0 && (!harness_image_has_timens() ||
			   map_page(vvar + TIMENS_PAGE, real_fd, PROT_READ)))
		goto fail;
	if (rng_fd >= 0 && map_page(vvar + RNG_PAGE, rng_fd, PROT_READ))
		goto fail;
	if (harness_image_has_vclocks() && (map_page(vvar + PVCLOCK_PAGE, pvclock_fd, PROT_NONE) ||
					    map_page(vvar + HVCLOCK_PAGE, hvclock_fd, PROT_NONE)))
		goto fail;

	if (mmap(base, st.st_size, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_FIXED, fd, 0) ==
	    MAP_FAILED)
		goto fail;
	close(fd);
	harness_counter_patch(base, st.st_size);

	if (vdso_image_init(&im->elf, (uintptr_t)base))
		return -1;
	vdso_fns_resolve(&im->elf, &im->fns);
	return 0;
fail:
	close(fd);
	return -1;
}

void harness_image_unmap(struct harness_image *im)
{
	munmap(im->map, im->map_len);
}

void harness_image_print_range(const struct harness_image *im)
{
	fprintf(stderr, "loop: image mapped at %p-%p\n", im->map, (char *)im->map + im->map_len);
}

/*
 * The RNG state is in the data page (x86, arm64, s390) or in a page of
 * its own that a time namespace leaves in place (powerpc's arch page):
 * one shared page then, mapped in every image from now on.
 */
void *harness_rng_data(void *records)
{
	long off = __image_vdso_rng_data - __image_vvar_start;

	if (!__image_vdso_rng_data)
		return NULL;
	if (RNG_PAGE == DATA_PAGE)
		return (char *)records - DATA_OFFSET + off % PAGE;
	if (rng_fd < 0) {
		rng_fd = harness_shared_page((void **)&rng_page);
		if (rng_fd < 0)
			return NULL;
	}
	return rng_page + off % PAGE;
}

bool harness_image_has_timens(void)
{
	return __image_timens_data != 0;
}
