// SPDX-License-Identifier: GPL-2.0
/* The host clocks the simulated timekeeper follows, read in the libc world. */
#include <time.h>

#include "sim.h"

long long host_clock_ns(int clock_id)
{
	struct timespec ts;

	clock_gettime(clock_id, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

void host_sleep_ns(long long ns)
{
	struct timespec ts = { ns / 1000000000LL, ns % 1000000000LL };

	while (nanosleep(&ts, &ts))
		;
}
