/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_SPINLOCK_H
#define _HARNESS_SPINLOCK_H

/*
 * The timekeeper lock for the harness: a plain spinlock. There are no
 * interrupts to mask, so the flags only keep the kernel's calling shape.
 */
typedef struct {
	int locked;
} raw_spinlock_t;

#define raw_spin_lock_irqsave(lock, flags) do {					\
	(flags) = 0;								\
	while (__atomic_exchange_n(&(lock)->locked, 1, __ATOMIC_ACQUIRE))	\
		cpu_relax();							\
} while (0)

#define raw_spin_unlock_irqrestore(lock, flags) do {				\
	(void)(flags);								\
	__atomic_store_n(&(lock)->locked, 0, __ATOMIC_RELEASE);		\
} while (0)

extern raw_spinlock_t timekeeper_lock;

#endif /* _HARNESS_SPINLOCK_H */
