/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_POISON_H
#define _HARNESS_POISON_H

/*
 * The write-section poisoner (poison.c), plain C like sim.h: while on,
 * every update of the simulated writer, inside its write section, stalls
 * for a random time (up to @max_stall_ns, most much shorter) with every
 * field the count protects poisoned, then puts the real values back. A
 * reader that ignores the count returns garbage. The harness's stress
 * check and the torture use it.
 */
void poison_start(unsigned long long max_stall_ns);
void poison_stop(void);
unsigned long long poison_sections(void);
unsigned long long poison_stalled_ns(void);
unsigned long long poison_max_stall_ns(void);

#endif /* _HARNESS_POISON_H */
