// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_getres: the resolution the vDSO reports for the clocks it
 * serves itself is the kernel's: the high resolution clocks report the
 * hrtimer resolution (normally 1 ns), the coarse ones the tick.
 */
#include <stdio.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

static const int hres_clocks[] = {
	VDSO_CLOCK_REALTIME, VDSO_CLOCK_MONOTONIC, VDSO_CLOCK_MONOTONIC_RAW,
	VDSO_CLOCK_BOOTTIME, VDSO_CLOCK_TAI,
};

static const int coarse_clocks[] = {
	VDSO_CLOCK_REALTIME_COARSE, VDSO_CLOCK_MONOTONIC_COARSE,
};

static void check(const struct vdso_fns *f, int clock, const char *kind)
{
	struct vdso_ts s = { -1, -1 }, v = { -2, -2 };
	long rs, rv;
	char desc[96];

	rs = sys_clock_getres(clock, &s);
	rv = f->getres(clock, &v);
	snprintf(desc, sizeof(desc), "%s clock %s: resolution %ld.%09ld s", kind,
		 vdso_clock_name(clock), v.sec, v.nsec);
	if (rs) {
		tap_skip(desc, "the syscall rejects this clock: %ld (%s)", rs, vdso_err_name(rs));
		return;
	}
	if (rv) {
		tap_fail(desc, "vDSO returned %ld (%s), the syscall 0", rv, vdso_err_name(rv));
		return;
	}
	if (v.sec != s.sec || v.nsec != s.nsec) {
		tap_fail(desc, "syscall says %ld.%09ld", s.sec, s.nsec);
		return;
	}
	tap_check(v.sec == 0 && v.nsec > 0 && v.nsec < NSEC_PER_SEC, desc,
		  "not a sensible resolution: want 0 s and 0 < ns < 1e9");
}

int main(void)
{
	struct vdso_image img;
	struct vdso_fns fns;
	unsigned int i;

	if (vdso_tap_open_self(&img, &fns))
		return tap_finish();
	if (!fns.getres)
		return vdso_tap_bail("vDSO clock_getres present",
				     "entry point missing, see vdso_test_abi");
	tap_plan(ARRAY_SIZE(hres_clocks) + ARRAY_SIZE(coarse_clocks));

	for (i = 0; i < ARRAY_SIZE(hres_clocks); i++)
		check(&fns, hres_clocks[i], "high resolution");
	for (i = 0; i < ARRAY_SIZE(coarse_clocks); i++)
		check(&fns, coarse_clocks[i], "coarse");
	return tap_finish();
}
