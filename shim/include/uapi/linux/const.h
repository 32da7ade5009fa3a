/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SHIM_UAPI_LINUX_CONST_H
#define _SHIM_UAPI_LINUX_CONST_H

/* Typed constants that assembly sees untyped (include/uapi/linux/const.h). */
#ifdef __ASSEMBLY__
#define _AC(x, y)	x
#else
#define __AC(x, y)	(x##y)
#define _AC(x, y)	__AC(x, y)
#endif

#define _UL(x)		(_AC(x, UL))
#define _ULL(x)		(_AC(x, ULL))
#define _BITUL(x)	(_UL(1) << (x))
#define _BITULL(x)	(_ULL(1) << (x))

#endif /* _SHIM_UAPI_LINUX_CONST_H */
