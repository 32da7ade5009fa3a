// SPDX-License-Identifier: GPL-2.0
/*
 * Our reader, built for the fuzzer: lib/vdso/gettimeofday.c with the x86
 * glue, in the kernel environment, over two data pages filled from the
 * input (see fuzz.h and include/asm/vdso/).
 */
#include <linux/types.h>
#include <vdso/gettime.h>

#include "../../lib/vdso/gettimeofday.c"
#include "fuzz.h"

typedef unsigned __int128 u128;

/* Beyond this many seconds past cycle_last, a counter value breaks the writer's promise. */
#define FUZZ_MAX_ELAPSED_SEC	65536ULL

static union vdso_data_store pages[2];
static const unsigned char *stream;
static unsigned long stream_left;
struct fuzz_stats fuzz_stats;

const struct vdso_data *fuzz_vdso_data(void)
{
	return pages[0].data;
}

const struct vdso_data *fuzz_timens_data(const struct vdso_data *vd)
{
	return pages[1].data;
}

static unsigned char next_byte(void)
{
	if (!stream_left)
		return 0;
	stream_left--;
	return *stream++;
}

long fuzz_fallback(void)
{
	fuzz_stats.fallbacks++;
	return FUZZ_FALLBACK_RET;
}

/*
 * The writer's side of a read in progress, from the input: it may have
 * completed an update (the count moved by two: the reader must retry) or
 * begun one (odd: the reader must wait, in cpu_relax()).
 */
static void writer_moves(struct vdso_data *vd)
{
	unsigned char b = next_byte();

	if (b & 1)
		WRITE_ONCE(vd->seq, vd->seq + 2);
	else if (b & 2)
		WRITE_ONCE(vd->seq, vd->seq + 1);
}

/*
 * The counter value the input gives, unless the time it stands for is
 * further from cycle_last than the kernel lets the page age (it updates
 * well within max_idle, and the reader's division by a second is a loop
 * over the elapsed seconds): such a value reads as cycle_last.
 */
u64 fuzz_counter(const struct vdso_data *vd)
{
	struct vdso_data *w = (struct vdso_data *)vd;
	u64 cycles = 0, delta;
	unsigned int i;

	fuzz_stats.counter_reads++;
	for (i = 0; i < 8; i++)
		cycles = cycles << 8 | next_byte();
	delta = (cycles - vd->cycle_last) & vd->mask;
	if (delta <= vdso_delta_forward_max(vd->mask) &&
	    ((u128)delta * vd->mult) >> vd->shift > FUZZ_MAX_ELAPSED_SEC * NSEC_PER_SEC) {
		fuzz_stats.clamped++;
		cycles = vd->cycle_last;
	}
	writer_moves(w);
	return cycles;
}

/* A waiting reader: the input says whether the writer finishes now. */
void fuzz_writer_finishes(void)
{
	unsigned int p, r;

	if (!(next_byte() & 1))
		return;
	for (p = 0; p < 2; p++)
		for (r = 0; r < CS_BASES; r++)
			if (pages[p].data[r].seq & 1)
				pages[p].data[r].seq++;
}

static bool clock_in(int clock, u32 set)
{
	return (u32)clock < VDSO_BASES && (BIT(clock) & set);
}

int fuzz_clock_served(int clock)
{
	return clock_in(clock, VDSO_HRES | VDSO_COARSE | VDSO_RAW);
}

/*
 * Whether a read of @clock may legitimately wait: the record it reads
 * (on the page at _vdso_data, or through a namespace page on the other)
 * has an odd count and is no namespace page.
 */
int fuzz_may_wait(int clock)
{
	unsigned int cs = clock_in(clock, VDSO_RAW) ? CS_RAW : CS_HRES_COARSE, p;

	for (p = 0; p < 2; p++) {
		const struct vdso_data *vd = &pages[p].data[cs];

		if ((vd->seq & 1) && vd->clock_mode != VDSO_CLOCKMODE_TIMENS)
			return 1;
	}
	return 0;
}

long fuzz_low_res_ns(void)
{
	return LOW_RES_NSEC;
}

long fuzz_hres_res_ns(void)
{
	return vdso_real_page(pages[0].data)[CS_HRES_COARSE].hrtimer_res;
}

static u64 mask_bits(unsigned int n)
{
	return n >= 64 ? ULLONG_MAX : (1ULL << n) - 1;
}

/*
 * Keep a record within what a kernel can publish, so that what the fuzzer
 * finds is the reader's fault: a counter mask of 1 to 64 low bits with
 * cycle_last inside it, a shift of at most 32 (clocks_calc_mult_shift()),
 * max_cycles no larger than overflow and vdso_delta_forward_max() allow
 * (the writer caps it), base times normalised below one (shifted) second, namespace
 * offsets normalised timespecs and a resolution below a second. Every
 * other field, the count and the clock mode included, is left as the
 * input has it.
 */
static void fuzz_fixup(struct vdso_data *vd)
{
	unsigned int i;

	vd->mask = mask_bits((vd->mask & 63) + 1);
	vd->cycle_last &= vd->mask;
	vd->shift %= 33;
	if (vd->mult && vd->max_cycles > ULLONG_MAX / vd->mult)
		vd->max_cycles = ULLONG_MAX / vd->mult;
	if (vd->max_cycles > vdso_delta_forward_max(vd->mask))
		vd->max_cycles = vdso_delta_forward_max(vd->mask);
	vd->hrtimer_res %= NSEC_PER_SEC;
	for (i = 0; i < VDSO_BASES; i++) {
		if (vd->clock_mode == VDSO_CLOCKMODE_TIMENS || clock_in(i, VDSO_COARSE))
			vd->basetime[i].nsec %= NSEC_PER_SEC;
		else
			vd->basetime[i].nsec %= (u64)NSEC_PER_SEC << vd->shift;
	}
}

unsigned long fuzz_pages_size(void)
{
	return 2 * CS_BASES * sizeof(struct vdso_data);
}

unsigned long fuzz_load(const unsigned char *data, unsigned long size,
			const unsigned char *s, unsigned long stream_size)
{
	unsigned long n = size < fuzz_pages_size() ? size : fuzz_pages_size();
	unsigned int p, r;

	__builtin_memset(pages, 0, sizeof(pages));
	for (p = 0; p < 2; p++)
		__builtin_memcpy(pages[p].data, data + p * (n / 2), n / 2);
	for (p = 0; p < 2; p++)
		for (r = 0; r < CS_BASES; r++)
			fuzz_fixup(&pages[p].data[r]);
	stream = s;
	stream_left = stream_size;
	__builtin_memset(&fuzz_stats, 0, sizeof(fuzz_stats));
	return n;
}

int fuzz_clock_gettime(int clock, struct fuzz_ts *ts)
{
	return __cvdso_clock_gettime(clock, (struct __kernel_timespec *)ts);
}

int fuzz_clock_getres(int clock, struct fuzz_ts *res)
{
	return __cvdso_clock_getres(clock, (struct __kernel_timespec *)res);
}

int fuzz_gettimeofday(struct fuzz_tv *tv, void *tz)
{
	return __cvdso_gettimeofday((struct __kernel_old_timeval *)tv, tz);
}

long fuzz_time(long *t)
{
	return __cvdso_time((__kernel_old_time_t *)t);
}
