// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_sweep: this process's vDSO against the syscalls over the whole
 * int range of clock ids, dynamic clocks, NULL and unaligned results (the
 * sweep itself is vdso_sweep.h, which the harness also runs on our image).
 *
 * A stock kernel's vDSO writes through a NULL clock_gettime() result and,
 * since 6.17, answers clock_getres() for AUX clock ids the syscall rejects;
 * VDSO_STOCK_QUIRKS_OK=1 reports those as skips instead of failures.
 */
#include <stdlib.h>
#include <string.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_sweep.h"
#include "vdso_tap.h"

int main(void)
{
	const char *quirks = getenv("VDSO_STOCK_QUIRKS_OK");
	struct vdso_sweep s = { 0 };
	struct vdso_image img;
	struct vdso_fns fns;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.gettime || !fns.getres)
		return vdso_tap_bail("vDSO clock_gettime and clock_getres present",
				     "missing, see vdso_test_abi");
	tap_plan(VDSO_SWEEP_CHECKS);
	s.f = &fns;
	s.view = "";
	s.stock_quirks_ok = quirks && !strcmp(quirks, "1");
	vdso_sweep_run(&s);
	return tap_finish();
}
