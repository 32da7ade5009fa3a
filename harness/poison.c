// SPDX-License-Identifier: GPL-2.0
/*
 * The write-section poisoner (poison.h). Built in the kernel environment
 * like writer.c, whose write-section hook it is: it touches the data
 * page's records directly while the count is odd.
 */
#include <vdso/datapage.h>
#include <vdso/processor.h>

#include "poison.h"
#include "sim.h"

static u64 max_stall, sections, stalled, worst;
static u64 rng = 0x9e3779b97f4a7c15ULL;

static u64 next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/*
 * A stall length: none half the time, mostly short, sometimes up to the
 * maximum, so readers meet every phase of a section from a few cycles to
 * far longer than a read.
 */
static u64 stall_ns(void)
{
	u64 r = next_random();

	switch (r & 15) {
	case 0 ... 7:
		return 0;
	case 8 ... 12:
		return (r >> 8) % 2000;
	case 13 ... 14:
		return (r >> 8) % 50000;
	default:
		return (r >> 8) % (max_stall + 1);
	}
}

/*
 * Everything the count protects is overwritten: cycle_last through the base
 * times. The count and the clock mode are not (the mode is read before the
 * count is checked again, as in Linux, so a poisoned mode would only send a
 * read to the syscall), nor the words read without the count (timezone,
 * hrtimer_res).
 */
static void poison(struct vdso_data *vd)
{
	u64 r = next_random();
	u8 *start = (u8 *)&vd->cycle_last;
	u8 *end = (u8 *)&vd->basetime[VDSO_BASES];
	u8 *p;

	for (p = start; p < end; p++) {
		switch (r & 3) {
		case 0:
			*p = 0;
			break;
		case 1:
			*p = 0xff;
			break;
		case 2:
			*p = 0xa5;
			break;
		default:
			*p = next_random();
			break;
		}
	}
}

static void poisoned_section(void *records)
{
	struct vdso_data *vd = records, saved[CS_BASES];
	u64 ns = stall_ns();
	s64 until;
	unsigned int i;

	sections++;
	__builtin_memcpy(saved, vd, sizeof(saved));
	for (i = 0; i < CS_BASES; i++)
		poison(&vd[i]);
	until = host_clock_ns(CLOCK_MONOTONIC) + (s64)ns;
	while (host_clock_ns(CLOCK_MONOTONIC) < until)
		cpu_relax();
	stalled += ns;
	if (ns > worst)
		worst = ns;
	__builtin_memcpy(vd, saved, sizeof(saved));
}

void poison_start(unsigned long long max_stall_ns)
{
	max_stall = max_stall_ns;
	sim_set_write_section_hook(poisoned_section);
}

void poison_stop(void)
{
	sim_set_write_section_hook(NULL);
}

unsigned long long poison_sections(void)
{
	return sections;
}

unsigned long long poison_stalled_ns(void)
{
	return stalled;
}

unsigned long long poison_max_stall_ns(void)
{
	return worst;
}
