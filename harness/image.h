/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_IMAGE_H
#define _HARNESS_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "parse_vdso.h"
#include "vdso_calls.h"

/*
 * A vDSO image file mapped the way the kernel maps it: the data pages
 * first (read-only), then the image (read, execute), at a random address.
 */
struct harness_image {
	void *map;		/* start of the data pages */
	size_t map_len;
	struct vdso_image elf;
	struct vdso_fns fns;
};

/*
 * A shared page playing the kernel's data page (or a namespace's page).
 * Returns the fd; *records is where the vdso_data records start in it.
 */
int harness_data_page(void **records);

/*
 * Map @path with @real_fd as its data page. With @ns_fd >= 0 the task is
 * "in a time namespace": that page takes the data page's place and the
 * real one moves to the namespace slot, as Linux arranges it.
 */
int harness_image_map(struct harness_image *im, const char *path, int real_fd, int ns_fd);
void harness_image_unmap(struct harness_image *im);

/*
 * Print where @im's image sits ("loop: image mapped at LO-HI" on stderr),
 * for counts taken outside the process (icount.sh under qemu-user).
 */
void harness_image_print_range(const struct harness_image *im);

/*
 * Where a counter has a stand-in that rewrites its reads (mips-counter.c,
 * under qemu-user), rewrite them in @len bytes of code at @text; elsewhere
 * nothing. harness_image_map() calls it on each image it maps.
 */
void harness_counter_patch(void *text, size_t len);

/* A shared page for the simulated hypervisor (its fd; *page: its writable view). */
int harness_shared_page(void **page);
/*
 * Map these pages (fds of harness_shared_page(), -1: none) as the pvclock
 * and Hyper-V pages of the images mapped from now on. Without one the
 * image's page faults on any access, as in Linux while that clock has
 * never served the vDSO.
 */
void harness_image_vclock_pages(int pv_fd, int hv_fd);
/* Whether the image has x86's pvclock and Hyper-V pages. */
bool harness_image_has_vclocks(void);

/*
 * Where the image reads the kernel's getrandom() state: in the data page
 * harness_data_page() gave (@records), or in a page of its own that every
 * image mapped after this call gets; NULL if it has no getrandom().
 */
void *harness_rng_data(void *records);

/*
 * Whether the image has a time namespace slot. An arch without time
 * namespaces links __image_timens_data at 0, and the namespace checks skip.
 */
bool harness_image_has_timens(void);

#endif /* _HARNESS_IMAGE_H */
