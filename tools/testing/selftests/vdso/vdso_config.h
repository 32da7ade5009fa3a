/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the vDSO of the architecture we are built for must provide: symbol
 * names and version, soname, the raw syscall numbers to compare against,
 * the audit arch for seccomp and the clock sources the vDSO can read
 * without a syscall. Everything arch specific in the tests lives here.
 */
#ifndef VDSO_CONFIG_H
#define VDSO_CONFIG_H

#include <sys/syscall.h>
#include <linux/audit.h>

#if defined(__x86_64__)

#define VDSO_ARCH_NAME		"x86_64"
#define VDSO_VERSION		"LINUX_2.6"
#define VDSO_SONAME		"linux-vdso.so.1"
#define VDSO_SYM_GETTIME	"__vdso_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__vdso_gettimeofday"
#define VDSO_SYM_GETRES		"__vdso_clock_getres"
#define VDSO_SYM_TIME		"__vdso_time"
#define VDSO_GETCPU_SYM		"__vdso_getcpu"
#define VDSO_GETCPU_ALIAS_SYM	"getcpu"
#define VDSO_NR_GETCPU		309
#define VDSO_SYM_GETRANDOM	"__vdso_getrandom"
/* glibc looks up the prefixed name; the plain one is for linking against the image. */
#define VDSO_SYM_GETRANDOM_PLAIN "getrandom"
#define VDSO_NR_CLOCK_GETTIME	228
#define VDSO_NR_CLOCK_GETRES	229
#define VDSO_NR_GETTIMEOFDAY	96
#define VDSO_NR_TIME		201
#define VDSO_NR_GETRANDOM	318
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_X86_64
#define VDSO_CLOCKSOURCES	"tsc kvm-clock xen hyperv_clocksource_tsc_page"

#elif defined(__i386__)

#define VDSO_ARCH_NAME		"i386"
#define VDSO_VERSION		"LINUX_2.6"
#define VDSO_SONAME		"linux-gate.so.1"
#define VDSO_SYM_GETTIME	"__vdso_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__vdso_gettimeofday"
#define VDSO_SYM_GETRES		"__vdso_clock_getres"
#define VDSO_SYM_TIME		"__vdso_time"
#define VDSO_SYM_GETTIME64	"__vdso_clock_gettime64"
#define VDSO_GETCPU_SYM		"__vdso_getcpu"
#define VDSO_NR_GETCPU		318
#define VDSO_NR_CLOCK_GETTIME	265
#define VDSO_NR_CLOCK_GETRES	266
#define VDSO_NR_GETTIMEOFDAY	78
#define VDSO_NR_TIME		13
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_I386
#define VDSO_CLOCKSOURCES	"tsc kvm-clock xen hyperv_clocksource_tsc_page"

#elif defined(__aarch64__)

#define VDSO_ARCH_NAME		"arm64"
#define VDSO_VERSION		"LINUX_2.6.39"
#define VDSO_SONAME		"linux-vdso.so.1"
#define VDSO_SYM_GETTIME	"__kernel_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__kernel_gettimeofday"
#define VDSO_SYM_GETRES		"__kernel_clock_getres"
#define VDSO_SYM_GETRANDOM	"__kernel_getrandom"
#define VDSO_NR_CLOCK_GETTIME	113
#define VDSO_NR_CLOCK_GETRES	114
#define VDSO_NR_GETTIMEOFDAY	169
#define VDSO_NR_GETRANDOM	278
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_AARCH64
#define VDSO_CLOCKSOURCES	"arch_sys_counter"

#elif defined(__arm__)

/* Both a native arm kernel and the compat vDSO of arm64 look like this. */
#define VDSO_ARCH_NAME		"arm"
#define VDSO_VERSION		"LINUX_2.6"
#define VDSO_SONAME		"linux-vdso.so.1"
#define VDSO_SYM_GETTIME	"__vdso_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__vdso_gettimeofday"
#define VDSO_SYM_GETRES		"__vdso_clock_getres"
#define VDSO_SYM_GETTIME64	"__vdso_clock_gettime64"
#define VDSO_NR_CLOCK_GETTIME	263
#define VDSO_NR_CLOCK_GETRES	264
#define VDSO_NR_GETTIMEOFDAY	78
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_ARM
#define VDSO_CLOCKSOURCES	"arch_sys_counter"

#elif defined(__riscv) && __riscv_xlen == 64

#define VDSO_ARCH_NAME		"riscv64"
#define VDSO_VERSION		"LINUX_4.15"
#define VDSO_SONAME		"linux-vdso.so.1"
#define VDSO_SYM_GETTIME	"__vdso_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__vdso_gettimeofday"
#define VDSO_SYM_GETRES		"__vdso_clock_getres"
#define VDSO_GETCPU_SYM		"__vdso_getcpu"
#define VDSO_NR_GETCPU		168
#define VDSO_NR_CLOCK_GETTIME	113
#define VDSO_NR_CLOCK_GETRES	114
#define VDSO_NR_GETTIMEOFDAY	169
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_RISCV64
#define VDSO_CLOCKSOURCES	"riscv_clocksource"

#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)

/*
 * The 64-bit vDSO; its entry points, getrandom() too (Linux 6.12,
 * VDSO_GETRANDOM), return errors with cr0.SO set, which vdso_powerpc.h
 * turns into a negative errno.
 */
#define VDSO_ARCH_NAME		"ppc64le"
#define VDSO_VERSION		"LINUX_2.6.15"
#define VDSO_SONAME		"linux-vdso64.so.1"
#define VDSO_SYM_GETTIME	"__kernel_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__kernel_gettimeofday"
#define VDSO_SYM_GETRES		"__kernel_clock_getres"
#define VDSO_SYM_TIME		"__kernel_time"
#define VDSO_GETCPU_SYM		"__kernel_getcpu"
#define VDSO_NR_GETCPU		302
#define VDSO_NR_CLOCK_GETTIME	246
#define VDSO_NR_CLOCK_GETRES	247
#define VDSO_NR_GETTIMEOFDAY	78
#define VDSO_NR_TIME		13
#define VDSO_SYM_GETRANDOM	"__kernel_getrandom"
#define VDSO_NR_GETRANDOM	359
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_PPC64LE
#define VDSO_CLOCKSOURCES	"timebase"

#elif defined(__s390x__)

#define VDSO_ARCH_NAME		"s390x"
#define VDSO_VERSION		"LINUX_2.6.29"
#define VDSO_SONAME		"linux-vdso64.so.1"
#define VDSO_SYM_GETTIME	"__kernel_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__kernel_gettimeofday"
#define VDSO_SYM_GETRES		"__kernel_clock_getres"
#define VDSO_GETCPU_SYM		"__kernel_getcpu"
#define VDSO_NR_GETCPU		311
#define VDSO_NR_CLOCK_GETTIME	260
#define VDSO_NR_CLOCK_GETRES	261
#define VDSO_NR_GETTIMEOFDAY	78
#define VDSO_SYM_GETRANDOM	"__kernel_getrandom"
#define VDSO_NR_GETRANDOM	349
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_S390X
#define VDSO_CLOCKSOURCES	"tod"

#elif defined(__mips__) && defined(__MIPSEL__) && _MIPS_SIM == _ABI64

/*
 * The n64 vDSO of a little-endian mips kernel. Its fallbacks return the
 * syscall's result as a negative errno (the syscall itself flags errors
 * in a3). The clocksources: CP0 Count (the R4K driver's "MIPS") and the
 * GIC's counter.
 */
#define VDSO_ARCH_NAME		"mips64el"
#define VDSO_VERSION		"LINUX_2.6"
#define VDSO_SONAME		"linux-vdso.so.1"
#define VDSO_SYM_GETTIME	"__vdso_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__vdso_gettimeofday"
#define VDSO_SYM_GETRES		"__vdso_clock_getres"
#define VDSO_NR_CLOCK_GETTIME	5222
#define VDSO_NR_CLOCK_GETRES	5223
#define VDSO_NR_GETTIMEOFDAY	5094
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_MIPSEL64
#define VDSO_CLOCKSOURCES	"MIPS GIC"

#elif defined(__mips__) && defined(__MIPSEL__) && (_MIPS_SIM == _ABIO32 || _MIPS_SIM == _ABIN32)

/*
 * The o32 and n32 vDSOs of a little-endian mips kernel (a 64-bit one's for
 * its o32 and n32 tasks): the n64 image's names with 32-bit time, so
 * clock_gettime64 too, and the ABI's syscall numbers (o32's from 4000,
 * n32's from 6000: 64-bit time's 403 and 406 too).
 */
#if _MIPS_SIM == _ABIO32
#define VDSO_ARCH_NAME		"mips o32"
#define VDSO_NR_BASE		4000
#define VDSO_NR_CLOCK_GETTIME	4263
#define VDSO_NR_CLOCK_GETRES	4264
#define VDSO_NR_GETTIMEOFDAY	4078
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_MIPSEL
#else
#define VDSO_ARCH_NAME		"mips n32"
#define VDSO_NR_BASE		6000
#define VDSO_NR_CLOCK_GETTIME	6226
#define VDSO_NR_CLOCK_GETRES	6227
#define VDSO_NR_GETTIMEOFDAY	6094
#define VDSO_AUDIT_ARCH		AUDIT_ARCH_MIPSEL64N32
#endif
#define VDSO_VERSION		"LINUX_2.6"
#define VDSO_SONAME		"linux-vdso.so.1"
#define VDSO_SYM_GETTIME	"__vdso_clock_gettime"
#define VDSO_SYM_GETTIMEOFDAY	"__vdso_gettimeofday"
#define VDSO_SYM_GETRES		"__vdso_clock_getres"
#define VDSO_SYM_GETTIME64	"__vdso_clock_gettime64"
#define VDSO_NR_CLOCK_GETTIME64	(VDSO_NR_BASE + 403)
#define VDSO_NR_CLOCK_GETRES_TIME64 (VDSO_NR_BASE + 406)
#define VDSO_CLOCKSOURCES	"MIPS GIC"

#else
#error "vdso selftests: unsupported architecture"
#endif

/* The syscalls with 64-bit time on 32-bit arches: 403 and 406 but on mips. */
#ifndef VDSO_NR_CLOCK_GETTIME64
#define VDSO_NR_CLOCK_GETTIME64		403
#define VDSO_NR_CLOCK_GETRES_TIME64	406
#endif

/* Optional entry points: time() on x86 and powerpc, clock_gettime64 only on 32-bit. */
#ifdef VDSO_SYM_TIME
#define VDSO_HAS_TIME		1
#else
#define VDSO_HAS_TIME		0
#define VDSO_SYM_TIME		NULL
#define VDSO_NR_TIME		(-1)
#endif

/*
 * getcpu(): Linux 6.12's vDSO exports it on x86 (x86_64 also unprefixed,
 * a weak alias, both at LINUX_2.6), on riscv64 (LINUX_4.15, where it is
 * the syscall made from the vDSO), on powerpc (LINUX_2.6.15) and on s390
 * (LINUX_2.6.29); arm64 and arm have none. Its names are
 * not VDSO_SYM_*: scripts/check-image.sh requires each of those of our
 * userspace-built image too, which holds the time functions only (getcpu
 * is the arch's own code, outside the generic library).
 */
#ifdef VDSO_GETCPU_SYM
#define VDSO_HAS_GETCPU		1
#else
#define VDSO_HAS_GETCPU		0
#define VDSO_GETCPU_SYM		NULL
#define VDSO_NR_GETCPU		(-1)
#endif
#ifdef VDSO_GETCPU_ALIAS_SYM
#define VDSO_HAS_GETCPU_ALIAS	1
#else
#define VDSO_HAS_GETCPU_ALIAS	0
#define VDSO_GETCPU_ALIAS_SYM	NULL
#endif

/*
 * getrandom() (Linux 6.11+) where these tests call it: x86_64, arm64,
 * ppc64le and s390x. Linux 6.12 also has it on loongarch.
 */
#ifdef VDSO_SYM_GETRANDOM
#define VDSO_HAS_GETRANDOM	1
#else
#define VDSO_HAS_GETRANDOM	0
#define VDSO_SYM_GETRANDOM	NULL
#define VDSO_NR_GETRANDOM	(-1)
#endif
#ifndef VDSO_GETRANDOM_SKIP_WHY
#define VDSO_GETRANDOM_SKIP_WHY	"no vDSO getrandom() on " VDSO_ARCH_NAME
#endif

#ifdef VDSO_SYM_GETTIME64
#define VDSO_HAS_GETTIME64	1
#else
#define VDSO_HAS_GETTIME64	0
#define VDSO_SYM_GETTIME64	NULL
#endif

/* Catch a libc whose syscall numbers disagree with the table above. */
#if defined(__NR_clock_gettime) && __NR_clock_gettime != VDSO_NR_CLOCK_GETTIME
#error "VDSO_NR_CLOCK_GETTIME disagrees with __NR_clock_gettime"
#endif
#if defined(__NR_clock_getres) && __NR_clock_getres != VDSO_NR_CLOCK_GETRES
#error "VDSO_NR_CLOCK_GETRES disagrees with __NR_clock_getres"
#endif
#if defined(__NR_gettimeofday) && __NR_gettimeofday != VDSO_NR_GETTIMEOFDAY
#error "VDSO_NR_GETTIMEOFDAY disagrees with __NR_gettimeofday"
#endif
#if defined(__NR_clock_gettime64) && __NR_clock_gettime64 != VDSO_NR_CLOCK_GETTIME64
#error "VDSO_NR_CLOCK_GETTIME64 disagrees with __NR_clock_gettime64"
#endif
#if VDSO_HAS_GETCPU && defined(__NR_getcpu) && __NR_getcpu != VDSO_NR_GETCPU
#error "VDSO_NR_GETCPU disagrees with __NR_getcpu"
#endif
#if VDSO_HAS_GETRANDOM && defined(__NR_getrandom) && __NR_getrandom != VDSO_NR_GETRANDOM
#error "VDSO_NR_GETRANDOM disagrees with __NR_getrandom"
#endif

#endif /* VDSO_CONFIG_H */
