/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __ASM_VDSO_PROCESSOR_H
#define __ASM_VDSO_PROCESSOR_H

/*
 * Waiting out a writer: s390 has no user-mode spin hint, so only the
 * compiler is told to reload.
 */
#define cpu_relax()	barrier()

#endif /* __ASM_VDSO_PROCESSOR_H */
