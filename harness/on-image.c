// SPDX-License-Identifier: GPL-2.0
/*
 * A selftest run on our image where no kernel maps it (qemu-user maps no
 * vDSO at all): linked into the selftest's own program with
 * -Wl,--wrap=vdso_base_from_auxv, it maps the image named by
 * $HARNESS_VDSO_IMAGE with its data pages before main() and answers the
 * test's lookup of the vDSO with it. The RNG state is published ready, as
 * drivers/char/random.c does once seeded (rng-writer.c); nothing updates
 * the time, so only vdso_test_getrandom is built this way.
 */
#include <stdio.h>
#include <stdlib.h>

#include "image.h"
#include "rng.h"

uintptr_t __wrap_vdso_base_from_auxv(void);

static uintptr_t image_base;

/* Any failure ends the program: the test must not skip as if there were no vDSO. */
__attribute__((constructor)) static void on_image_map(void)
{
	const char *path = getenv("HARNESS_VDSO_IMAGE");
	struct harness_image im;
	void *records, *rng;
	int fd;

	if (!path) {
		fprintf(stderr, "on-image: no image: set HARNESS_VDSO_IMAGE\n");
		exit(1);
	}
	fd = harness_data_page(&records);
	rng = fd >= 0 ? harness_rng_data(records) : NULL;
	if (!rng || harness_image_map(&im, path, fd, -1)) {
		fprintf(stderr, "on-image: cannot map %s with its RNG state\n", path);
		exit(1);
	}
	sim_rng_init(rng);
	sim_rng_reseed();
	sim_rng_set_ready(1);
	image_base = im.elf.base;
}

uintptr_t __wrap_vdso_base_from_auxv(void)
{
	return image_base;
}
