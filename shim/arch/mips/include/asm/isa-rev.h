/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_ASM_MIPS_ISA_REV_H
#define _SHIM_ASM_MIPS_ISA_REV_H

/*
 * Stand-in for the kernel's <asm/isa-rev.h>, which the graft keeps: the
 * release of the MIPS architecture the code is built for, as the compiler
 * states it (0 for the releases before MIPS32/MIPS64 release 2's macro).
 */
#ifdef __mips_isa_rev
#define MIPS_ISA_REV	__mips_isa_rev
#else
#define MIPS_ISA_REV	0
#endif

#endif /* _SHIM_ASM_MIPS_ISA_REV_H */
