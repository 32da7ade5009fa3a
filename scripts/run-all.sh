#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make run ARCH=all: the main job for every arch with a kernel, one after
# another, then one combined table: each check per arch (plain | in a time
# namespace), and each clock's vDSO and syscall ns/call per arch. Ends
# with the summed count line; exits non-zero if any arch failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. scripts/arch.sh x86_64
# Every target with a kernel of its own (KARCH).
arches=${RUN_ARCHES:-$(for a in $TARGETS; do (. scripts/arch.sh "$a" && [ -n "${KARCH:-}" ]) && echo "$a"; done)}
out=build/all
mkdir -p "$out"

. scripts/tap.sh
for a in $arches; do
	printf '%-8s ' "$a"
	scripts/run.sh "$a" > "$out/$a.log" 2>&1
	rc=$?
	last=$(count_line < "$out/$a.log")
	if ! add_counts "$last" "$rc"; then
		echo "no result (exit $rc): see $out/$a.log"
		tail -5 "$out/$a.log" | sed 's/^/    /'
		continue
	fi
	echo "$last ($(grep -E '^build ' "$out/$a.log" | sed 's/^build [^:]*: //'))"
	cp "build/$a/guest/checks.csv" "$out/$a.checks.csv" 2>/dev/null
	cp "build/$a/guest/results.csv" "$out/$a.clocks.csv" 2>/dev/null
done

# One table each, arches across: cells "passed/failed" (plus "+N skip").
awk -F, -v arches="$arches" -v dir="$out" '
function cell(p, f, s) { return p "/" f (s ? "+" s "s" : "") }
BEGIN {
	na = split(arches, A, " ")
	for (i = 1; i <= na; i++) {
		file = dir "/" A[i] ".checks.csv"
		while ((getline line < file) > 0) {
			split(line, c, ",")
			if (c[1] == "check") continue
			if (!(c[1] in seen)) { seen[c[1]] = 1; rows[++nr] = c[1] }
			v[c[1], A[i], c[2]] = cell(c[3], c[4], c[5])
		}
		file = dir "/" A[i] ".clocks.csv"
		while ((getline line < file) > 0) {
			split(line, c, ",")
			if (c[1] == "clock") continue
			if (!(c[1] in cseen)) { cseen[c[1]] = 1; crows[++nc] = c[1] }
			r = (c[2] + 0 > 0 && c[3] != "na") ? sprintf(" %.0fx", c[3] / c[2]) : ""
			cv[c[1], A[i]] = sprintf("%.0f/%.0f%s", c[2], c[3], r)
		}
	}
	printf "\n%-30s", "check: passed/failed, plain | timens"
	for (i = 1; i <= na; i++) printf " %-22s", A[i]
	printf "\n"
	for (j = 1; j <= nr; j++) {
		printf "%-30s", rows[j]
		for (i = 1; i <= na; i++) {
			p = v[rows[j], A[i], "plain"]; t = v[rows[j], A[i], "timens"]
			printf " %-22s", (p == "" ? "-" : p) (t == "" ? "" : " | " t)
		}
		printf "\n"
	}
	printf "\n%-30s", "clock: vdso/syscall ns"
	for (i = 1; i <= na; i++) printf " %-22s", A[i]
	printf "\n"
	for (j = 1; j <= nc; j++) {
		printf "%-30s", crows[j]
		for (i = 1; i <= na; i++) printf " %-22s", (cv[crows[j], A[i]] == "" ? "-" : cv[crows[j], A[i]])
		printf "\n"
	}
}'
echo
echo "$P passed, $F failed, $S skipped"
[ "$F" = 0 ]
