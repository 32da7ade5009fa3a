/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_UNISTD_H
#define _SHIM_ASM_UNISTD_H

/*
 * The syscall numbers the vDSO falls back to are the target's
 * (VDSO_SYSCALLS in targets/<name>: each arch's table in Linux 6.12),
 * given on the command line as -D__NR_<name>=<nr>.
 */
#ifndef __NR_clock_gettime
#error "no syscall numbers: the build passes the target's VDSO_SYSCALLS"
#endif

#endif /* _SHIM_ASM_UNISTD_H */
