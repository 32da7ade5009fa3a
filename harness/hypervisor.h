/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_HYPERVISOR_H
#define _HARNESS_HYPERVISOR_H

/*
 * A simulated hypervisor's clock pages (plain C like sim.h; hypervisor.c
 * is built in the kernel environment): vCPU 0's pvclock page, as KVM and
 * Xen share it, and Hyper-V's reference TSC page, each a shared page the
 * harness maps where the kernel maps it (image.c), read-only, behind the
 * image. The hypervisor writes them with its protocol: pvclock's version
 * odd while it writes, Hyper-V's sequence 0 while it writes and a new one
 * after.
 *
 * The reads below are the kernel's clocksources over those pages
 * (kvm-clock in ns, hyperv_clocksource_tsc_page in 100 ns units),
 * computed exactly with 128-bit arithmetic from the values last
 * published, independently of the vDSO's code.
 */

/*
 * Write to these two pages (shared mappings of the pages the image sees,
 * harness_shared_page()) from now on; both start invalid: the stable bit
 * clear, the sequence 0.
 */
void hyp_init(void *pvclock_page, void *tsc_page);

/*
 * pvclock's parameters: ns = system_time + (tsc - tsc_timestamp, shifted
 * by @shift) * mul >> 32, mul being ns per shifted cycle in 32.32 fixed
 * point.
 */
struct hyp_pvclock {
	unsigned int mul;
	int shift;		/* -32..32 */
	_Bool stable;
	unsigned long long tsc_timestamp, system_time;
};

/*
 * Publish @p anchored at the TSC now (filling in its anchor): system_time
 * there is the current parameters' value, so time is continuous, unless
 * @restart (or nothing was published yet).
 */
void hyp_pvclock_publish(struct hyp_pvclock *p, _Bool restart);
/* Publish @p as it is, anchor included. */
void hyp_pvclock_publish_as_is(const struct hyp_pvclock *p);
/* @p's value at @tsc. */
unsigned long long hyp_pvclock_calc(const struct hyp_pvclock *p, unsigned long long tsc);
/* Parameters for @tsc_hz with the TSC delta shifted by @shift (kvm's form). */
void hyp_pvclock_for_rate(struct hyp_pvclock *p, unsigned long long tsc_hz, int shift);
/* The pvclock at @tsc, from the published page. */
unsigned long long hyp_pvclock_at(unsigned long long tsc);
/* Flip the stable bit alone (an update: version odd, then even). */
void hyp_pvclock_set_stable(_Bool stable);
/*
 * One update in progress: version odd, every other field garbage, a stall
 * of @spin cpu_relax(), then the same values back and the version even.
 */
void hyp_pvclock_scribble(unsigned int spin);
unsigned int hyp_pvclock_version(void);

/* Hyper-V: time = (tsc * scale >> 64) + offset, in 100 ns units. */
void hyp_tsc_page_publish(unsigned long long scale, long long offset);
unsigned long long hyp_tsc_page_calc(unsigned long long scale, long long offset,
				     unsigned long long tsc);
/* Scale for @tsc_hz: 10 MHz in 64.64 fixed point per TSC cycle. */
unsigned long long hyp_tsc_page_scale(unsigned long long tsc_hz);
/* Sequence 0: the page is not valid (the kernel reads an MSR instead). */
void hyp_tsc_page_invalidate(void);
unsigned long long hyp_tsc_page_at(unsigned long long tsc);
unsigned int hyp_tsc_page_sequence(void);
/*
 * One update as the harness's hypervisor makes it: sequence 0, the new
 * values (here the same ones, scribbled first) after a stall of @spin
 * cpu_relax(), then the next sequence.
 */
void hyp_tsc_page_scribble(unsigned int spin);

/* The TSC, read in order as the vDSO reads it. */
unsigned long long hyp_tsc(void);

#endif /* _HARNESS_HYPERVISOR_H */
