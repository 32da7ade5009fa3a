/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __VDSO_MATH64_H
#define __VDSO_MATH64_H

/*
 * 64-bit arithmetic the vDSO needs without libgcc: it is linked with
 * -nostdlib, so a compiler-generated call to __udivdi3 and friends would
 * leave an undefined symbol in the image.
 */

/*
 * Divide by repeated subtraction. Callers pass nanoseconds that are almost
 * always below two seconds, so the loop runs zero to two times and beats a
 * real division on every architecture.
 */
static __always_inline u32
__iter_div_u64_rem(u64 dividend, u32 divisor, u64 *remainder)
{
	u32 quotient = 0;

	while (dividend >= divisor) {
		/* Opaque to the optimiser, so it cannot fold the loop into a division. */
		asm("" : "+rm"(dividend));
		dividend -= divisor;
		quotient++;
	}
	*remainder = dividend;
	return quotient;
}

/*
 * (a * mul + b) >> shift with a 96-bit intermediate, for shift < 64 and a
 * result that fits in 64 bits. The vDSO uses it only when a * mul may
 * overflow 64 bits (a long stall of the writer); timekeeping uses it for
 * the same case. An arch may supply its own by defining the macro.
 */
#ifndef mul_u64_u32_add_u64_shr
static __always_inline u64 mul_u64_u32_add_u64_shr(u64 a, u32 mul, u64 b, u32 shift)
{
#if defined(CONFIG_ARCH_SUPPORTS_INT128) && defined(__SIZEOF_INT128__)
	unsigned __int128 product = (unsigned __int128)a * mul;
	/*
	 * Add @b to the halves, not as a 128-bit operand: GCC may spill a
	 * 128-bit value to a 16-byte aligned slot, and with the kernel's
	 * 8-byte stack alignment that realigns the stack of every call.
	 */
	u64 low = (u64)product + b;
	u64 high = (u64)(product >> 64) + (low < b);
#else
	u64 low = (u64)(u32)a * mul;		/* bits 0..63 */
	u64 mid = (u64)(u32)(a >> 32) * mul;	/* bits 32..95 */
	u64 sum, high;

	/* Carries out of the low 64 bits go into high. */
	high = mid >> 32;
	sum = low + (mid << 32);
	high += sum < low;
	low = sum;
	sum = low + b;
	high += sum < low;
	low = sum;
#endif

	/*
	 * Shift the two halves, never the 128-bit value: a variable 128-bit
	 * shift is a libgcc call (__lshrti3) on most 64-bit arches.
	 */
	if (!shift)
		return low;
	return (high << (64 - shift)) | (low >> shift);
}
#endif /* mul_u64_u32_add_u64_shr */

#endif /* __VDSO_MATH64_H */
