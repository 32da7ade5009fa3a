/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_UNISTD_H
#define _SHIM_ASM_UNISTD_H

/*
 * The syscall numbers the vDSO falls back to, per ABI of the tasks it
 * serves (each arch's syscall table in Linux 6.12). arm64 and riscv64
 * share the generic table; 32-bit x86 and arm have both the old and the
 * 64-bit time calls. x86_64 and arm64 also serve getrandom().
 */
#if defined(__x86_64__)
#define __NR_gettimeofday		96
#define __NR_clock_gettime		228
#define __NR_clock_getres		229
#define __NR_getrandom			318
#elif defined(__i386__)
#define __NR_gettimeofday		78
#define __NR_clock_gettime		265
#define __NR_clock_getres		266
#define __NR_clock_gettime64		403
#define __NR_clock_getres_time64	406
#elif defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64)
#define __NR_clock_gettime		113
#define __NR_clock_getres		114
#define __NR_gettimeofday		169
#define __NR_getrandom			278
#elif defined(__arm__)
#define __NR_gettimeofday		78
#define __NR_clock_gettime		263
#define __NR_clock_getres		264
#define __NR_clock_gettime64		403
#define __NR_clock_getres_time64	406
#else
#error "no syscall numbers for this architecture"
#endif

#endif /* _SHIM_ASM_UNISTD_H */
