/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_GENERIC_VSYSCALL_H
#define __ASM_GENERIC_VSYSCALL_H

/*
 * The writer's default hooks are in <vdso/vsyscall.h>, which includes the
 * arch's <asm/vdso/vsyscall.h> first. The glue Linux 6.12 ships for
 * powerpc, s390, mips, loongarch and csky still includes this file at
 * the end of its own; it adds nothing, so those defaults are the only
 * ones.
 */

#endif /* __ASM_GENERIC_VSYSCALL_H */
