#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make fuzz SECONDS=N: the libFuzzer target over our reader (harness/fuzz)
# for N seconds (default 30) with ASan and UBSan, corpus kept in
# build/fuzz/corpus, then the reader's line coverage from replaying that
# corpus (llvm-cov), measured afresh in this run, which fails below the
# floor. TAP output ending in the count line.
#
# The floor, FUZZ_LINE_FLOOR percent of lib/vdso/gettimeofday.c's lines
# (default 97.5): 45 s from an empty corpus reach 147 of its 149 lines
# (98.66%), all but the two hooks that are constant on x86, so the
# default lets one line more go unreached and fails at two.
#
#   scripts/fuzz.sh [SECONDS]
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
seconds=${1:-30}
floor=${FUZZ_LINE_FLOOR:-97.5}
out=build/fuzz
mkdir -p "$out/corpus"

. scripts/tap.sh
finish() { tap_done; exit; }

# One libFuzzer run of TARGET for SECONDS, crashes kept with PREFIX, the
# corpus in CORPUS, its output in $log: sets rc and execs.
# -timeout: one input taking 5 s is a hang; -rss_limit_mb: a leak.
run_fuzzer() {
	"$1" -max_total_time="$2" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$3" "$4" > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
}

echo "TAP version 13"
if [ "$(uname -m)" != x86_64 ]; then
	tap_skip "fuzz the reader" "the fuzz build uses the x86 glue and runs on an x86_64 host only"
	finish
fi
if ! make -s --no-print-directory "$out/fuzz-vdso" > "$out/build.log" 2>&1; then
	tap_bad "build the fuzz target (clang -fsanitize=fuzzer,address,undefined)" \
		"$(tail -3 "$out/build.log" | tr '\n' ' ')"
	finish
fi

log=$out/fuzz.log
run_fuzzer "$out/fuzz-vdso" "$seconds" "$out/" "$out/corpus"
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
cov=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -1 | sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/\1 edges, \2 features, \3 inputs in the corpus/p')
echo "# ${execs:-?} executions in $seconds s (${rate:-?}/s), ${cov:-no coverage line}"
if [ "$rc" = 0 ] && [ -n "$execs" ]; then
	tap_ok "libFuzzer: no crash, hang, sanitizer report or wrong result in ${execs} executions"
else
	tap_bad "libFuzzer: no crash, hang, sanitizer report or wrong result" \
		"exit $rc; $(grep -E 'ERROR|fuzz_vdso:|runtime error|SUMMARY' "$log" | head -3 | tr '\n' ' ') (log $log)"
fi

# What the corpus reaches of the reader, by replaying it with coverage on.
# Nothing of an earlier run may stand in for this one's figures.
rm -f "$out/coverage.txt" "$out/cov.profraw" "$out/cov.profdata" "$out/cov" \
	"$out/cov-reader.o" "$out/cov-driver.o"
desc="the corpus reaches at least $floor% of the reader's lines (build/fuzz/coverage.txt)"
if command -v llvm-cov-14 > /dev/null && command -v llvm-profdata-14 > /dev/null; then
	flags=$(cat "$out/reader-fuzz.o.flags")
	clang -g -O0 -fprofile-instr-generate -fcoverage-mapping $flags \
		-c harness/fuzz/reader.c -o "$out/cov-reader.o" &&
	clang -g -O0 -DFUZZ_STANDALONE -fprofile-instr-generate -fcoverage-mapping \
		-c harness/fuzz/fuzz_vdso.c -o "$out/cov-driver.o" &&
	clang -fprofile-instr-generate "$out/cov-reader.o" "$out/cov-driver.o" -o "$out/cov" &&
	find "$out/corpus" -type f -print0 |
		LLVM_PROFILE_FILE="$out/cov.profraw" xargs -0 -r "$out/cov" -runs=0 > /dev/null &&
	llvm-profdata-14 merge -o "$out/cov.profdata" "$out/cov.profraw" &&
	llvm-cov-14 report "$out/cov" -instr-profile="$out/cov.profdata" \
		lib/vdso/gettimeofday.c include/vdso/math64.h > "$out/coverage.txt" 2>&1
	line=$(grep '^lib/vdso/gettimeofday.c' "$out/coverage.txt" 2>/dev/null)
	if [ -n "$line" ]; then
		set -- $line
		echo "# corpus coverage of lib/vdso/gettimeofday.c: regions $4, functions $7, lines ${10}, branches ${13}"
		echo "# (x86 cannot reach the two hooks that are constant true here: __arch_vdso_hres_capable, vdso_clocksource_ok)"
		lines=${10%\%}
		if awk -v got="$lines" -v min="$floor" 'BEGIN { exit !(got + 0 >= min + 0 && got != "") }'; then
			tap_ok "$desc: $lines%"
		else
			tap_bad "$desc" "measured $lines% of the lines (${9} of ${8} missed)"
		fi
	else
		tap_bad "$desc" "llvm-cov gave no line for the reader (build/fuzz/coverage.txt)"
	fi
else
	tap_bad "$desc" "llvm-cov-14 or llvm-profdata-14 is missing (scripts/deps.sh installs llvm-14)"
fi

# getrandom(): its own target, for a third of the time (at least 10 s).
gr_seconds=$(( seconds / 3 > 10 ? seconds / 3 : 10 ))
if ! make -s --no-print-directory "$out/fuzz-getrandom" > "$out/gr-build.log" 2>&1; then
	tap_bad "build the getrandom() fuzz target" "$(tail -3 "$out/gr-build.log" | tr '\n' ' ')"
	finish
fi
mkdir -p "$out/corpus-getrandom"
log=$out/fuzz-getrandom.log
run_fuzzer "$out/fuzz-getrandom" "$gr_seconds" "$out/getrandom-" "$out/corpus-getrandom"
echo "# getrandom(): ${execs:-?} executions in $gr_seconds s"
if [ "$rc" = 0 ] && [ -n "$execs" ]; then
	tap_ok "libFuzzer, getrandom(): no crash, hang, sanitizer report or wrong result in ${execs} executions"
else
	tap_bad "libFuzzer, getrandom(): no crash, hang, sanitizer report or wrong result" \
		"exit $rc; $(grep -E 'ERROR|fuzz_getrandom:|runtime error|SUMMARY' "$log" | head -3 | tr '\n' ' ') (log $log)"
fi
if command -v llvm-cov-14 > /dev/null && command -v llvm-profdata-14 > /dev/null; then
	flags=$(cat "$out/reader-fuzz.o.flags")
	clang -g -O0 -fprofile-instr-generate -fcoverage-mapping $flags \
		-c harness/fuzz/getrandom.c -o "$out/cov-gr.o" &&
	clang -g -O0 $flags -c image/chacha20.c -o "$out/cov-chacha20.o" &&
	clang -g -O0 -DFUZZ_STANDALONE -fprofile-instr-generate -fcoverage-mapping \
		-c harness/fuzz/fuzz_getrandom.c -o "$out/cov-gr-driver.o" &&
	clang -fprofile-instr-generate "$out/cov-gr.o" "$out/cov-chacha20.o" "$out/cov-gr-driver.o" \
		-o "$out/cov-gr" &&
	find "$out/corpus-getrandom" -type f -print0 |
		LLVM_PROFILE_FILE="$out/cov-gr.profraw" xargs -0 -r "$out/cov-gr" -runs=0 > /dev/null &&
	llvm-profdata-14 merge -o "$out/cov-gr.profdata" "$out/cov-gr.profraw" &&
	llvm-cov-14 report "$out/cov-gr" -instr-profile="$out/cov-gr.profdata" \
		lib/vdso/getrandom.c > "$out/coverage-getrandom.txt" 2>&1
	line=$(grep -E '^(/.*/)?lib/vdso/getrandom.c ' "$out/coverage-getrandom.txt")
	if [ -n "$line" ]; then
		set -- $line
		echo "# corpus coverage of lib/vdso/getrandom.c: regions $4, functions $7, lines ${10}, branches ${13}"
		tap_ok "coverage of getrandom() measured (build/fuzz/coverage-getrandom.txt)"
	else
		tap_bad "coverage of getrandom() measured" "llvm-cov gave no line for it"
	fi
fi
finish
