// SPDX-License-Identifier: GPL-2.0
/*
 * vdso_test_hwprobe: riscv's vDSO answers riscv_hwprobe() for "all CPUs"
 * from the arch data the kernel stores in the data page at boot, so its
 * answers must be the syscall's, key for key. A wrong layout of that arch
 * data (or a data page the kernel never filled) shows up as a difference.
 * Other arches have no such entry point: skipped, saying so.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "parse_vdso.h"
#include "vdso_calls.h"
#include "vdso_config.h"
#include "vdso_tap.h"

#if defined(__riscv) && __riscv_xlen == 64

#define VDSO_SYM_HWPROBE	"__vdso_riscv_hwprobe"
/* riscv's arch-specific syscall 14: 244 + 14 in asm-generic numbering. */
#define NR_RISCV_HWPROBE	258
#define KEY_BASE_BEHAVIOR	3
#define BASE_BEHAVIOR_IMA	1
#define FLAG_WHICH_CPUS		1
/* Every key Linux 6.12 knows (0..9), some it does not, and a far one. */
#define NR_KEYS			14
#define FAR_KEY			1000

struct hwprobe_pair {
	int64_t key;
	uint64_t value;
};

typedef long (*hwprobe_fn)(struct hwprobe_pair *pairs, size_t count, size_t cpusetsize,
			   unsigned long *cpus, unsigned int flags);

static void fill_keys(struct hwprobe_pair *pairs)
{
	int i;

	for (i = 0; i < NR_KEYS; i++)
		pairs[i] = (struct hwprobe_pair){ .key = i };
	pairs[NR_KEYS] = (struct hwprobe_pair){ .key = FAR_KEY };
}

/* Index of the first pair where @a and @b differ, or -1. */
static int first_difference(const struct hwprobe_pair *a, const struct hwprobe_pair *b, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (a[i].key != b[i].key || a[i].value != b[i].value)
			return i;
	return -1;
}

static void check_all_cpus(hwprobe_fn vdso)
{
	struct hwprobe_pair ours[NR_KEYS + 1], want[NR_KEYS + 1];
	long ret, sret;
	int i;

	fill_keys(ours);
	fill_keys(want);
	ret = vdso(ours, NR_KEYS + 1, 0, NULL, 0);
	sret = sys_ret(syscall(NR_RISCV_HWPROBE, want, NR_KEYS + 1, 0, NULL, 0));
	if (!tap_check(ret == 0 && sret == 0, "hwprobe for all CPUs succeeds, vDSO and syscall",
		       "vDSO %s, syscall %s", vdso_err_name(ret), vdso_err_name(sret)))
		return;
	i = first_difference(ours, want, NR_KEYS + 1);
	tap_check(i < 0, "the vDSO's answers for all CPUs are the syscall's, key for key",
		  "pair %d: vDSO key %lld value %#llx, syscall key %lld value %#llx", i,
		  i < 0 ? 0LL : (long long)ours[i].key,
		  i < 0 ? 0ULL : (unsigned long long)ours[i].value,
		  i < 0 ? 0LL : (long long)want[i].key,
		  i < 0 ? 0ULL : (unsigned long long)want[i].value);
	tap_check(ours[KEY_BASE_BEHAVIOR].value & BASE_BEHAVIOR_IMA,
		  "the vDSO reports the IMA base behaviour (its data page was filled)",
		  "BASE_BEHAVIOR is %#llx",
		  (unsigned long long)ours[KEY_BASE_BEHAVIOR].value);
	tap_check(ours[NR_KEYS].key == -1 && ours[NR_KEYS].value == 0,
		  "an unknown key comes back as key -1, value 0",
		  "key %lld value %#llx", (long long)ours[NR_KEYS].key,
		  (unsigned long long)ours[NR_KEYS].value);
}

/* Which of CPU 0..63 have this base behaviour: the vDSO's set must be the syscall's. */
static void check_which_cpus(hwprobe_fn vdso)
{
	struct hwprobe_pair ours = { .key = KEY_BASE_BEHAVIOR, .value = BASE_BEHAVIOR_IMA };
	struct hwprobe_pair want = ours;
	unsigned long ours_cpus = 1, want_cpus = 1;
	long ret, sret;

	ret = vdso(&ours, 1, sizeof(ours_cpus), &ours_cpus, FLAG_WHICH_CPUS);
	sret = sys_ret(syscall(NR_RISCV_HWPROBE, &want, 1, sizeof(want_cpus), &want_cpus,
			       FLAG_WHICH_CPUS));
	tap_check(ret == sret && ours_cpus == want_cpus,
		  "which CPUs have IMA: the vDSO's CPU set is the syscall's",
		  "vDSO %s cpus %#lx, syscall %s cpus %#lx", vdso_err_name(ret), ours_cpus,
		  vdso_err_name(sret), want_cpus);
}

int main(void)
{
	struct vdso_image img;
	struct vdso_fns fns;
	const char *why;
	hwprobe_fn vdso;
	int r = vdso_open_self(&img, &fns, &why);

	/* The symbol, four answers for all CPUs, one CPU set; or the one reason. */
	tap_plan(r ? 1 : 1 + 4 + 1);
	if (r) {
		if (r > 0)
			tap_skip("vDSO present", "%s", why);
		else
			tap_fail("vDSO present", "%s", why);
		return tap_finish();
	}
	vdso = (hwprobe_fn)vdso_image_sym(&img, VDSO_VERSION, VDSO_SYM_HWPROBE);
	if (!tap_check(vdso != NULL, "the vDSO exports " VDSO_SYM_HWPROBE "@" VDSO_VERSION,
		       "absent"))
		return tap_finish();
	check_all_cpus(vdso);
	check_which_cpus(vdso);
	return tap_finish();
}

#else

int main(void)
{
	tap_plan(1);
	tap_skip("riscv_hwprobe() through the vDSO",
		 "only riscv's vDSO has hwprobe; this is %s", VDSO_ARCH_NAME);
	return tap_finish();
}

#endif
