/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_PROCESSOR_H
#define __VDSO_PROCESSOR_H

/* cpu_relax() and friends come from the architecture. */
#ifndef __ASSEMBLY__
#include <asm/vdso/processor.h>
#endif

#endif /* __VDSO_PROCESSOR_H */
