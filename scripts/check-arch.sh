#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The userspace checks for one arch (make check-arch ARCH=...): readelf ABI
# checks on our image, the harness (natively or under qemu-user; there
# also the selftests' getrandom() test on our image), and, on the host's
# own arch, the selftests against the host kernel's vDSO and the
# bounded reliability runs (faults, torture, fuzzing, sanitizers).
# Prints each part's TAP and one final count line for the arch.
#
#   scripts/check-arch.sh ARCH
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
arch=$1
build=build/$arch
. scripts/arch.sh "$arch" || exit 1
qemu=$QEMU_USER
seconds=${HARNESS_SECONDS:-1}

. scripts/tap.sh
# Run a part, show its output, add its final count line to the totals. A
# part that exits non-zero has failed, whatever its count line says: one
# failure more if that line reports none.
part() {
	local name=$1 out line rc
	shift
	echo "# ---- $arch: $name"
	out=$("$@" 2>&1)
	rc=$?
	echo "$out"
	line=$(echo "$out" | count_line)
	if ! add_counts "$line" "$rc"; then
		echo "# $arch: $name printed no count line (exit $rc): counted as 1 failure"
	elif [ "$rc" != 0 ]; then
		set -- $line
		[ "$3" = 0 ] && echo "# $arch: $name exited $rc with 0 failed: counted as 1 failure"
	fi
}

# Build one of the harness's reliability programs and run it on our image.
reliab() {
	local prog=$1
	shift
	make -s --no-print-directory ARCH="$arch" "$build/$prog" && $qemu "$build/$prog" "$build/vdso.so" "$@"
}

# What the parts run: built here, so make check calls this script (and
# this script make) one level deep.
if ! out=$(make -s --no-print-directory ARCH="$arch" vdso harness selftests 2>&1); then
	echo "$out" | tail -20
	echo "not ok 1 - build the image, the harness and the selftests for $arch"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi

part "image ABI (readelf)" scripts/check-image.sh "$build/vdso.so" "$arch"
part "harness" $qemu "$build/harness" "$build/vdso.so" "$seconds"
part "harness: getrandom()" $qemu "$build/harness-getrandom" "$build/vdso.so"
# qemu-user maps no vDSO: the selftests' getrandom() test runs on our
# image, mapped for it by harness/on-image.c.
if [ -n "$qemu" ] && [ -n "${ARCH_GETRANDOM_ENTRY:-}" ]; then
	part "selftests on our image: vdso_test_getrandom" env HARNESS_VDSO_IMAGE="$build/vdso.so" \
		$qemu "$build/on-image/vdso_test_getrandom"
fi
if [ -z "$qemu" ]; then
	# Programs that run natively (x86_64, and i386 as a 32-bit task) get
	# the host kernel's vDSO, which is not ours: its known departures from
	# the syscall (writing through a NULL result) are skipped with a reason
	# here and enforced against our vDSO in the QEMU guest.
	part "selftests on the host kernel's vDSO" env VDSO_STOCK_QUIRKS_OK=1 \
		sh "$build/selftests/run_all.sh" "$build/selftests"
fi
# Reliability (issue 8), bounded to about two and a half minutes: the
# fault cases and bad-input sweep on every target, natively or under
# qemu-user, a few seconds each; for what runs natively a short torture
# (a 32-bit task on this host, i386, too), and on the host's own arch a
# fuzz run and the sanitized builds. Longer runs: make torture / make fuzz
# SECONDS=N.
on_host_arch=; [ "$arch" = "$(uname -m)" ] && on_host_arch=1
part "fault injection and bad-input sweep" reliab faults
if [ -z "$qemu" ]; then
	part "seqlock torture (${TORTURE_SECONDS:-10} s)" reliab torture "${TORTURE_SECONDS:-10}"
fi
if [ -n "$on_host_arch" ]; then
	part "fuzz the reader (${FUZZ_SECONDS:-45} s)" scripts/fuzz.sh "${FUZZ_SECONDS:-45}"
	part "ASan and UBSan builds" scripts/sanitize.sh "$arch"
fi
# Instruction counts per call against the committed baseline (+5% fails):
# callgrind's natively, QEMU's log of what it ran under qemu-user.
counted_by=callgrind
[ -n "$qemu" ] && counted_by="QEMU's log"
if [ -f "bench/icount-$arch.txt" ]; then
	part "instructions per call ($counted_by)" scripts/icount.sh "$arch"
fi
# A header of its own, so no part's section (check.sh's host count) runs into the total.
echo "# ---- $arch: all parts"
echo "$P passed, $F failed, $S skipped"
[ "$F" = 0 ]
