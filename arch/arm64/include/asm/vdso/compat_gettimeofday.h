/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_COMPAT_GETTIMEOFDAY_H
#define __ASM_VDSO_COMPAT_GETTIMEOFDAY_H

/*
 * Hooks of the generic reader for arm64's compat vDSO, the one AArch32
 * tasks get. The data page, counter read and svc are those of every
 * AArch32 vDSO (<vdso/aarch32.h>); what is the compat vDSO's own: it sees
 * arm64's data pages (time namespaces included), it must leave a counter
 * that only 64-bit code can read to the syscall, and it is compiled
 * against arm64's headers, whose syscall numbers are not its tasks'.
 */

#ifndef __ASSEMBLY__

#include <uapi/linux/time.h>
#include <asm/barrier.h>
#include <asm/vdso/compat_barrier.h>

/* time_t is 32 bits here: the reader adds the old-timespec entry points. */
#define BUILD_VDSO32		1

#include <vdso/aarch32.h>

/* As on arm64: in a time namespace the real data is one page further. */
static __always_inline const struct vdso_data *
compat_get_timens_vdso_data(const struct vdso_data *vd)
{
	return aarch32_vdso_hide(_timens_data);
}
#define __arch_get_timens_vdso_data compat_get_timens_vdso_data

/* A counter with an erratum only 64-bit code works around is not ours. */
static __always_inline bool aarch32_vdso_clocksource_ok(const struct vdso_data *vd)
{
	return vd->clock_mode == VDSO_CLOCKMODE_ARCHTIMER;
}
#define vdso_clocksource_ok aarch32_vdso_clocksource_ok

/*
 * AArch32 syscall numbers (arch/arm/tools/syscall.tbl): the 64-bit time
 * calls serve the reader, the old ones the 32-bit entry points.
 */
#define VDSO_NR_clock_gettime		403	/* clock_gettime64 */
#define VDSO_NR_clock_getres		406	/* clock_getres_time64 */
#define VDSO_NR_clock_gettime32		263	/* clock_gettime */
#define VDSO_NR_clock_getres32		264	/* clock_getres */
#define VDSO_NR_gettimeofday		78

#include <vdso/fallback.h>

#endif /* !__ASSEMBLY__ */

#endif /* __ASM_VDSO_COMPAT_GETTIMEOFDAY_H */
