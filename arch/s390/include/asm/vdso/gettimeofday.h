/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_GETTIMEOFDAY_H
#define __ASM_VDSO_GETTIMEOFDAY_H

/*
 * s390 hooks of the generic reader: the TOD clock, read the way the
 * kernel's clocksource reads it, and the svc behind every fallback. The
 * data pages are where vdso64.lds.S puts them for datapage.h's default
 * hooks: _vdso_data, then _timens_data one page further.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>

/* The TOD clock is 64 bits wide: no mask to apply to the delta. */
#define VDSO_DELTA_NOMASK	1

/* What stcke stores: an epoch index byte, then bits 0-63 of the clock. */
struct s390_vdso_tod_ext {
	u8	epoch;
	u64	tod;
	u8	rest[7];
} __packed;

/*
 * While the kernel steers the clock towards an external reference (the
 * STP or an adjtime of the TOD), its clocksource read corrects the raw
 * TOD by 1/2^15 of the time left until the steering ends, up or down by
 * the sign of the steering delta (time.c); the kernel publishes both in
 * arch_data, and the vDSO must apply the same correction to read the
 * same clock the data page's cycle_last and mult describe.
 */
static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	struct s390_vdso_tod_ext clk;
	s64 left;
	u64 now;

	asm volatile("stcke %0" : "=Q" (clk) : : "cc");
	now = clk.tod;
	left = vd->arch_data.tod_steering_end - now;
	if (unlikely(left > 0)) {
		u64 correction = (u64)left >> 15;

		now = vd->arch_data.tod_steering_delta < 0 ? now + correction : now - correction;
	}
	return now;
}

/* The syscall ABI: svc 0, number in r1, arguments in r2, r3, result in r2. */
#define VDSO_SYSCALL_INSN	"svc 0"
#define VDSO_SYSCALL_NR		"1"
#define VDSO_SYSCALL_ARG0	"2"
#define VDSO_SYSCALL_ARG1	"3"

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_GETTIMEOFDAY_H */
