// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated hypervisor of hypervisor.h. Built in the kernel
 * environment like writer.c, so the pages have the kernel's layouts
 * (<asm/pvclock-abi.h>, <asm/hyperv-tlfs.h>). What the hypervisor means
 * the time to be is kept apart from the pages, under a count of its own
 * (the kernel's readers of that truth would be the hypervisor's MSRs):
 * the pages are only what it shows the guest, scribbled on at will. The
 * pages' fields are written plainly, ordered by the barriers (x86 keeps
 * stores in order): they are packed, so READ_ONCE()'s address would be
 * misaligned for the compiler.
 */
#include <linux/compiler.h>
#include <asm/barrier.h>
#include <asm/msr.h>
#include <asm/pvclock-abi.h>
#include <asm/hyperv-tlfs.h>
#include <vdso/datapage.h>
#include <vdso/processor.h>

#include "hypervisor.h"

typedef unsigned __int128 u128;

/* The layouts the kernel's ABI headers give (offsets of the fields read). */
_Static_assert(sizeof(struct pvclock_vcpu_time_info) == 32, "pvclock page layout");
_Static_assert(__builtin_offsetof(struct pvclock_vcpu_time_info, system_time) == 16,
	       "pvclock page layout");
_Static_assert(__builtin_offsetof(struct pvclock_vcpu_time_info, flags) == 29,
	       "pvclock page layout");
_Static_assert(sizeof(struct ms_hyperv_tsc_page) == 24, "Hyper-V TSC page layout");
_Static_assert(__builtin_offsetof(struct ms_hyperv_tsc_page, tsc_offset) == 16,
	       "Hyper-V TSC page layout");

static struct pvclock_vcpu_time_info *pv;
static struct ms_hyperv_tsc_page *hv;

/* The truth, under its own count (odd while it changes). */
static struct {
	u32 seq;
	u64 tsc_timestamp, system_time;
	u32 mul;
	s32 shift;
	bool stable;
	u64 hv_scale;
	s64 hv_offset;
	u32 hv_sequence;	/* as published; 0: invalid */
} truth;

unsigned long long hyp_tsc(void)
{
	return rdtsc_ordered();
}

static void truth_begin(void)
{
	WRITE_ONCE(truth.seq, truth.seq + 1);
	smp_wmb();
}

static void truth_end(void)
{
	smp_wmb();
	WRITE_ONCE(truth.seq, truth.seq + 1);
}

void hyp_init(void *pvclock_page, void *tsc_page)
{
	pv = pvclock_page;
	hv = tsc_page;
	__builtin_memset(pv, 0, sizeof(*pv));
	__builtin_memset(hv, 0, sizeof(*hv));
	truth_begin();
	truth.mul = 0;
	truth.shift = 0;
	truth.stable = false;
	truth.tsc_timestamp = 0;
	truth.system_time = 0;
	truth.hv_scale = 0;
	truth.hv_offset = 0;
	truth.hv_sequence = 0;
	truth_end();
}

/* ---- pvclock ---- */

static u64 pv_value(u64 tsc, u64 tsc_timestamp, u64 system_time, u32 mul, s32 shift)
{
	u64 delta = tsc - tsc_timestamp;

	delta = shift < 0 ? delta >> -shift : delta << shift;
	return system_time + (u64)(((u128)delta * mul) >> 32);
}

unsigned long long hyp_pvclock_at(unsigned long long tsc)
{
	u64 ts, st;
	u32 seq, mul;
	s32 shift;

	do {
		while ((seq = READ_ONCE(truth.seq)) & 1)
			cpu_relax();
		smp_rmb();
		ts = truth.tsc_timestamp;
		st = truth.system_time;
		mul = truth.mul;
		shift = truth.shift;
		smp_rmb();
	} while (READ_ONCE(truth.seq) != seq);
	return pv_value(tsc, ts, st, mul, shift);
}

/* Copy the truth to the page under its version. */
static void pv_show(void)
{
	pv->version++;
	smp_wmb();
	pv->tsc_timestamp = truth.tsc_timestamp;
	pv->system_time = truth.system_time;
	pv->tsc_to_system_mul = truth.mul;
	pv->tsc_shift = truth.shift;
	pv->flags = truth.stable ? PVCLOCK_TSC_STABLE_BIT : 0;
	smp_wmb();
	pv->version++;
}

void hyp_pvclock_publish_as_is(const struct hyp_pvclock *p)
{
	truth_begin();
	truth.tsc_timestamp = p->tsc_timestamp;
	truth.system_time = p->system_time;
	truth.mul = p->mul;
	truth.shift = p->shift;
	truth.stable = p->stable;
	truth_end();
	pv_show();
}

void hyp_pvclock_publish(struct hyp_pvclock *p, bool restart)
{
	u64 tsc = hyp_tsc();

	p->tsc_timestamp = tsc;
	p->system_time = restart || !truth.mul ? 1000ULL * NSEC_PER_SEC : hyp_pvclock_at(tsc);
	hyp_pvclock_publish_as_is(p);
}

unsigned long long hyp_pvclock_calc(const struct hyp_pvclock *p, unsigned long long tsc)
{
	return pv_value(tsc, p->tsc_timestamp, p->system_time, p->mul, p->shift);
}

void hyp_pvclock_for_rate(struct hyp_pvclock *p, unsigned long long tsc_hz, int shift)
{
	/* ns per shifted cycle, 32.32: 1e9 * 2^32 / (hz * 2^shift). */
	u128 num = (u128)NSEC_PER_SEC << 32;
	u128 den = shift < 0 ? (u128)tsc_hz >> -shift : (u128)tsc_hz << shift;

	p->mul = num / den;
	p->shift = shift;
	p->stable = true;
}

void hyp_pvclock_set_stable(bool stable)
{
	truth_begin();
	truth.stable = stable;
	truth_end();
	pv_show();
}

void hyp_pvclock_scribble(unsigned int spin)
{
	unsigned int i;

	pv->version++;
	smp_wmb();
	pv->tsc_timestamp = ~0ULL;
	pv->system_time = 0x5a5a5a5a5a5a5a5aULL;
	pv->tsc_to_system_mul = ~0U;
	pv->tsc_shift = 31;
	pv->flags = truth.stable ? PVCLOCK_TSC_STABLE_BIT : 0;
	for (i = 0; i < spin; i++)
		cpu_relax();
	smp_wmb();
	pv->tsc_timestamp = truth.tsc_timestamp;
	pv->system_time = truth.system_time;
	pv->tsc_to_system_mul = truth.mul;
	pv->tsc_shift = truth.shift;
	smp_wmb();
	pv->version++;
}

unsigned int hyp_pvclock_version(void)
{
	barrier();
	return pv->version;
}

/* ---- Hyper-V's reference TSC page ---- */

unsigned long long hyp_tsc_page_at(unsigned long long tsc)
{
	u64 scale;
	s64 offset;
	u32 seq;

	do {
		while ((seq = READ_ONCE(truth.seq)) & 1)
			cpu_relax();
		smp_rmb();
		scale = truth.hv_scale;
		offset = truth.hv_offset;
		smp_rmb();
	} while (READ_ONCE(truth.seq) != seq);
	return hyp_tsc_page_calc(scale, offset, tsc);
}

unsigned long long hyp_tsc_page_calc(unsigned long long scale, long long offset,
				     unsigned long long tsc)
{
	return (u64)(((u128)tsc * scale) >> 64) + offset;
}

unsigned long long hyp_tsc_page_scale(unsigned long long tsc_hz)
{
	/* 100 ns units per cycle, 64.64: 1e7 * 2^64 / hz. */
	return (((u128)(NSEC_PER_SEC / 100)) << 64) / tsc_hz;
}

/* Show the truth: sequence 0 while the page changes, then the next non-zero one. */
static void hv_show(bool valid)
{
	u32 next = truth.hv_sequence + 1;

	hv->tsc_sequence = 0;
	smp_wmb();
	hv->tsc_scale = truth.hv_scale;
	hv->tsc_offset = truth.hv_offset;
	smp_wmb();
	if (!next)
		next = 1;
	truth.hv_sequence = valid ? next : 0;
	hv->tsc_sequence = truth.hv_sequence;
}

void hyp_tsc_page_publish(unsigned long long scale, long long offset)
{
	truth_begin();
	truth.hv_scale = scale;
	truth.hv_offset = offset;
	truth_end();
	hv_show(true);
}

void hyp_tsc_page_invalidate(void)
{
	hv_show(false);
}

unsigned int hyp_tsc_page_sequence(void)
{
	return hv->tsc_sequence;
}

void hyp_tsc_page_scribble(unsigned int spin)
{
	unsigned int i;

	hv->tsc_sequence = 0;
	smp_wmb();
	hv->tsc_scale = ~0ULL;
	hv->tsc_offset = 0x5a5a5a5a5a5a5a5aLL;
	for (i = 0; i < spin; i++)
		cpu_relax();
	hv_show(true);
}
