/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc's vDSO entry points return as its syscalls do: on error the
 * summary-overflow bit of cr0 is set and r3 holds the positive errno (the
 * kernel's gettimeofday.S and getcpu.S; glibc tests the bit). C cannot
 * see cr0, so on powerpc the tests call each entry point through an
 * adapter that turns an error into the negative errno every other arch
 * returns. A non-zero result without the bit stays positive, which no
 * comparison with the syscall accepts.
 *
 * The adapters are plain functions of the C types vdso_calls.h declares,
 * so every test calls them as it calls the entry points elsewhere; each
 * set serves one image (one slot), and a program may resolve up to
 * VDSO_PPC_SLOTS images (the harness maps ours, a namespace view and
 * another image side by side).
 */
#ifndef VDSO_POWERPC_H
#define VDSO_POWERPC_H

#if defined(__powerpc64__) && defined(_CALL_ELF) && _CALL_ELF == 2

/*
 * Call @fn (ELFv2: its address in r12 too) with five arguments. The
 * callee may write its caller's LR and TOC save slots and build its frame
 * below r1, so the call gets a frame of its own below the 288-byte
 * protected zone, where the compiler may keep this function's locals.
 * The vDSO is built without floating point or vector code, so only the
 * integer volatile registers, ctr, lr, xer and the volatile cr fields
 * are clobbered.
 */
static inline long vdso_ppc_call5(void *fn, long a0, long a1, long a2, long a3, long a4)
{
	register long r3 asm("r3") = a0;
	register long r4 asm("r4") = a1;
	register long r5 asm("r5") = a2;
	register long r6 asm("r6") = a3;
	register long r7 asm("r7") = a4;
	register void *r12 asm("r12") = fn;

	asm volatile("stdu 1, -448(1)\n\t"
		     "std 2, 24(1)\n\t"
		     "mtctr 12\n\t"
		     "bctrl\n\t"
		     "ld 2, 24(1)\n\t"
		     "addi 1, 1, 448\n\t"
		     "bns+ 1f\n\t"
		     "neg 3, 3\n"
		     "1:"
		     : "+r" (r3), "+r" (r4), "+r" (r5), "+r" (r6), "+r" (r7), "+r" (r12)
		     :
		     : "r0", "r8", "r9", "r10", "r11", "ctr", "lr", "xer",
		       "cr0", "cr1", "cr5", "cr6", "cr7", "memory");
	return r3;
}

static inline long vdso_ppc_call3(void *fn, long a0, long a1, long a2)
{
	return vdso_ppc_call5(fn, a0, a1, a2, 0, 0);
}

#define VDSO_PPC_SLOTS	4

enum { VDSO_PPC_GETTIME, VDSO_PPC_GETRES, VDSO_PPC_GETTIMEOFDAY, VDSO_PPC_TIME,
       VDSO_PPC_GETCPU, VDSO_PPC_GETRANDOM, VDSO_PPC_FNS };

/* The entry points of the image each slot serves. */
static void *vdso_ppc_fn[VDSO_PPC_SLOTS][VDSO_PPC_FNS];

#define VDSO_PPC_ADAPTERS(n)							\
static int vdso_ppc_gettime_##n(int clock, struct vdso_ts *ts)			\
{										\
	return vdso_ppc_call3(vdso_ppc_fn[n][VDSO_PPC_GETTIME], clock, (long)ts, 0); \
}										\
static int vdso_ppc_getres_##n(int clock, struct vdso_ts *res)			\
{										\
	return vdso_ppc_call3(vdso_ppc_fn[n][VDSO_PPC_GETRES], clock, (long)res, 0); \
}										\
static int vdso_ppc_gettimeofday_##n(struct vdso_tv *tv, struct vdso_tz *tz)	\
{										\
	return vdso_ppc_call3(vdso_ppc_fn[n][VDSO_PPC_GETTIMEOFDAY], (long)tv,	\
			      (long)tz, 0);					\
}										\
static long vdso_ppc_time_##n(long *t)						\
{										\
	return vdso_ppc_call3(vdso_ppc_fn[n][VDSO_PPC_TIME], (long)t, 0, 0);	\
}										\
static long vdso_ppc_getcpu_##n(unsigned int *cpu, unsigned int *node, void *unused) \
{										\
	return vdso_ppc_call3(vdso_ppc_fn[n][VDSO_PPC_GETCPU], (long)cpu,	\
			      (long)node, (long)unused);			\
}										\
static long vdso_ppc_getrandom_##n(void *buf, unsigned long len, unsigned int flags, \
				   void *state, unsigned long state_len)	\
{										\
	return vdso_ppc_call5(vdso_ppc_fn[n][VDSO_PPC_GETRANDOM], (long)buf,	\
			      (long)len, flags, (long)state, (long)state_len);	\
}

VDSO_PPC_ADAPTERS(0)
VDSO_PPC_ADAPTERS(1)
VDSO_PPC_ADAPTERS(2)
VDSO_PPC_ADAPTERS(3)

#define VDSO_PPC_SLOT(n)							\
	{ (void *)vdso_ppc_gettime_##n, (void *)vdso_ppc_getres_##n,		\
	  (void *)vdso_ppc_gettimeofday_##n, (void *)vdso_ppc_time_##n,		\
	  (void *)vdso_ppc_getcpu_##n, (void *)vdso_ppc_getrandom_##n }

static void *const vdso_ppc_adapter[VDSO_PPC_SLOTS][VDSO_PPC_FNS] = {
	VDSO_PPC_SLOT(0), VDSO_PPC_SLOT(1), VDSO_PPC_SLOT(2), VDSO_PPC_SLOT(3),
};

/*
 * The adapter of entry point @fn (kind @kind), taking the slot of the
 * image that holds it, or a free one; NULL stays NULL, and so does an
 * entry point beyond the last slot (the test then reports it missing).
 */
static inline void *vdso_ppc_adapt(int kind, void *fn)
{
	int slot;

	if (!fn)
		return NULL;
	for (slot = 0; slot < VDSO_PPC_SLOTS; slot++) {
		if (vdso_ppc_fn[slot][kind] == fn || !vdso_ppc_fn[slot][kind]) {
			vdso_ppc_fn[slot][kind] = fn;
			return vdso_ppc_adapter[slot][kind];
		}
	}
	return NULL;
}

#define VDSO_CALL_ADAPT(kind, fn)	vdso_ppc_adapt(VDSO_PPC_##kind, (void *)(fn))

#endif /* ELFv2 powerpc64 */

#ifndef VDSO_CALL_ADAPT
/* Every other arch: the entry points are called as they are. */
#define VDSO_CALL_ADAPT(kind, fn)	((void *)(fn))
#endif

#endif /* VDSO_POWERPC_H */
