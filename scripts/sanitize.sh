#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check-sanitize: the harness, the fault cases and a short torture
# built with ASan and UBSan (gcc, -fno-sanitize-recover: any report ends
# the program), and the reader's C itself sanitized in the fuzz driver's
# standalone replay (clang). Runs on the host's own arch. TAP output
# ending in the count line.
#
#   scripts/sanitize.sh [ARCH]
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
arch=${1:-x86_64}
build=build/$arch
san=$build/san
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
. scripts/tap.sh
finish() { tap_done; exit; }


# Run one sanitized program: it must exit 0, its own count line must show
# no failure, and no sanitizer may have reported anything.
run() {
	local desc=$1 log=$san/$2.log
	shift 2
	"$@" > "$log" 2>&1
	local rc=$? report last
	report=$(grep -E 'runtime error|ERROR: AddressSanitizer|ERROR: LeakSanitizer|SUMMARY: ' "$log" | head -2)
	last=$(grep -E '^[0-9]+ passed, [0-9]+ failed|no failure$' "$log" | tail -1)
	echo "#   $desc: ${last:-no result line} (exit $rc)"
	if [ "$rc" = 0 ] && [ -z "$report" ] && [ -n "$last" ]; then
		tap_ok "$desc: no sanitizer report"
	else
		tap_bad "$desc: no sanitizer report" "exit $rc; ${report:-$last} (log $log)"
	fi
}

echo "TAP version 13"
if [ -n "$(. scripts/arch.sh "$arch" && echo "$QEMU_USER")" ]; then
	tap_skip "sanitized builds for $arch" "sanitizers need a native run; $arch runs under qemu-user here"
	finish
fi
mkdir -p "$san"
if ! make -s --no-print-directory ARCH="$arch" "$build/vdso.so" "$san/harness" "$san/harness-getrandom" "$san/faults" \
	"$san/torture" > "$san/build.log" 2>&1; then
	tap_bad "build with -fsanitize=address,undefined" "$(tail -3 "$san/build.log" | tr '\n' ' ')"
	finish
fi
run "harness (ASan+UBSan)" harness "$san/harness" "$build/vdso.so" 1
run "harness, getrandom() (ASan+UBSan)" harness-getrandom "$san/harness-getrandom" "$build/vdso.so"
run "fault cases and bad-input sweep (ASan+UBSan)" faults "$san/faults" "$build/vdso.so"
run "torture, 5 s (ASan+UBSan)" torture "$san/torture" "$build/vdso.so" 5

if [ "$arch" = x86_64 ] && [ "$(uname -m)" = x86_64 ]; then
	if make -s --no-print-directory build/fuzz/fuzz-replay > "$san/replay-build.log" 2>&1; then
		corpus=()
		[ -d build/fuzz/corpus ] && mapfile -t corpus < <(find build/fuzz/corpus -type f | head -2000)
		run "reader on 200000 generated data pages (+ fuzz corpus, ASan+UBSan)" replay \
			build/fuzz/fuzz-replay -runs=200000 "${corpus[@]}"
	else
		tap_bad "build the reader's replay driver (clang, ASan+UBSan)" \
			"$(tail -3 "$san/replay-build.log" | tr '\n' ' ')"
	fi
	if make -s --no-print-directory build/fuzz/fuzz-getrandom-replay > "$san/gr-build.log" 2>&1; then
		corpus=()
		[ -d build/fuzz/corpus-getrandom ] &&
			mapfile -t corpus < <(find build/fuzz/corpus-getrandom -type f | head -2000)
		run "getrandom() on 200000 generated states (+ fuzz corpus, ASan+UBSan)" gr-replay \
			build/fuzz/fuzz-getrandom-replay -runs=200000 "${corpus[@]}"
	else
		tap_bad "build the getrandom() replay driver (clang, ASan+UBSan)" \
			"$(tail -3 "$san/gr-build.log" | tr '\n' ' ')"
	fi
else
	tap_skip "reader replay" "the fuzz build uses the x86 glue: x86_64 only"
fi
finish
