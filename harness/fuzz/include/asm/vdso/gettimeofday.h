/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __FUZZ_ASM_VDSO_GETTIMEOFDAY_H
#define __FUZZ_ASM_VDSO_GETTIMEOFDAY_H

/*
 * The x86 glue, with what touches the machine replaced for the fuzzer: the
 * counter read (values come from the input, reader.c), the syscalls (a
 * recorder), and the data pages (two buffers the input fills). What is
 * left of x86's glue, notably vdso_cycles_ok() (a vclock's invalid value),
 * is the real one.
 */
#define __arch_get_hw_counter	x86_real_hw_counter
#define clock_gettime_fallback	x86_real_clock_gettime_fallback
#define gettimeofday_fallback	x86_real_gettimeofday_fallback
#define clock_getres_fallback	x86_real_clock_getres_fallback
#include_next <asm/vdso/gettimeofday.h>
#undef __arch_get_hw_counter
#undef clock_gettime_fallback
#undef gettimeofday_fallback
#undef clock_getres_fallback
#undef __arch_get_vdso_data
#undef __arch_get_timens_vdso_data

u64 fuzz_counter(const struct vdso_data *vd);
long fuzz_fallback(void);
const struct vdso_data *fuzz_vdso_data(void);
const struct vdso_data *fuzz_timens_data(const struct vdso_data *vd);

static __always_inline u64 __arch_get_hw_counter(s32 clock_mode, const struct vdso_data *vd)
{
	return fuzz_counter(vd);
}

static __always_inline long clock_gettime_fallback(clockid_t clock, struct __kernel_timespec *ts)
{
	return fuzz_fallback();
}

static __always_inline long
gettimeofday_fallback(struct __kernel_old_timeval *tv, struct timezone *tz)
{
	return fuzz_fallback();
}

static __always_inline long clock_getres_fallback(clockid_t clock, struct __kernel_timespec *res)
{
	return fuzz_fallback();
}

#define __arch_get_vdso_data		fuzz_vdso_data
#define __arch_get_timens_vdso_data	fuzz_timens_data

#endif /* __FUZZ_ASM_VDSO_GETTIMEOFDAY_H */
