#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Read a guest console log (guest/init.c markers) and the graft check, print
# the table of checks and of clocks, write the clocks as CSV, and end with
# the combined "N passed, N failed, N skipped" line. Exits non-zero when
# anything failed, timed out or is missing, or when the kernel complained
# on the console (scripts/kernel-complaints.sh).
#
#   scripts/report.sh ARCH GRAFT_TAP CONSOLE_LOG CSV_OUT
set -euo pipefail
arch=$1 graft=$2 console=$3 csv=$4
top=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/arch.sh
. "$top/scripts/arch.sh" "$arch"
nr_complaints=0
complaints=$("$top/scripts/kernel-complaints.sh" "$console") || nr_complaints=$?

tr -d '\r' < "$console" | COMPLAINTS=$complaints awk -v nr_complaints="$nr_complaints" \
	-v arch="$arch" -v graft="$graft" -v csv="$csv" -v no_timens="$NO_TIMENS" '
# " (32-bit)" for a program in /selftests32 (another ABI), "" in /selftests.
function abi(path,    d) {
	d = path; sub("/[^/]*$", "", d)
	if (sub("^/selftests", "", d) == 0) return ""
	return d == "" ? "" : " (" d "-bit)"
}
function counts(line,    a) {
	split(line, a, /[ ,]+/)
	return a[1] " " a[3] " " (a[5] == "" ? 0 : a[5])
}
BEGIN {
	while ((getline line < graft) > 0) {
		if (line ~ /^not ok/) { print "graft: " line; }
		if (line ~ /^[0-9]+ passed, [0-9]+ failed/) graft_counts = counts(line)
	}
	if (graft_counts == "") graft_counts = "0 1 0"
}
/^GVDSO: begin / { prog = $3; mode = $4; last = ""; bad = ""; next }
/^GVDSO: end / {
	split($0, s, "status="); status = s[2] + 0
	key = prog SUBSEP mode
	if (!(prog in seen)) { order[++n] = prog; seen[prog] = 1 }
	if (mode == "plain" || mode == "timens") {
		res[key] = last == "" ? "0 1 0" : last
		split(res[key], c); if (status != 0 && c[2] == 0) res[key] = c[1] " 1 " c[3]
		stat[key] = status; notok[key] = bad
	} else if (mode == "extra") {
		res[key] = status == 0 ? "1 0 0" : "0 1 0"; stat[key] = status
	}
	next
}
/^[0-9]+ passed, [0-9]+ failed/ { last = counts($0); next }
/^not ok/ { bad = bad "\n      " $0; next }
/^bench / {
	clock = $2 abi(prog); v = $3; y = $4; sub("vdso_ns=", "", v); sub("syscall_ns=", "", y)
	clocks[++nc] = clock; vd[clock] = v; sc[clock] = y; next
}
/^GVDSO: done/ { done = 1 }
/^GVDSO: clocksource / { cs = $3; if ($0 ~ /not one the vDSO reads/) csbad = $0 }
/^GVDSO: timens unavailable/ { tnote = $0 }
/^GVDSO: timens skipped/ { tskip = $0; sub(/^GVDSO: timens skipped: /, "", tskip) }
END {
	# Machine-readable beside the CSV of clocks: check,mode,passed,failed,skipped.
	checks = csv; sub(/[^\/]*$/, "checks.csv", checks)
	print "check,mode,passed,failed,skipped" > checks
	printf "\n%-32s %-30s %-30s\n", "check (" arch ", clocksource " cs ")", "plain", "in a time namespace"
	split(graft_counts, g); P += g[1]; F += g[2]; S += g[3]
	print "graft and built image,plain," g[1] "," g[2] "," g[3] >> checks
	printf "%-32s %-30s %-30s\n", "graft and built image", g[1] " passed, " g[2] " failed", "-"
	for (i = 1; i <= n; i++) {
		p = order[i]; name = p; sub(".*/", "", name); name = name abi(p)
		line = sprintf("%-32s", name)
		for (m = 1; m <= 3; m++) {
			mode = m == 1 ? "plain" : m == 2 ? "timens" : "extra"
			key = p SUBSEP mode
			if (m == 2 && !(key in res) && ((p SUBSEP "plain") in res) &&
			    tskip != "" && no_timens == 1) {
				line = line sprintf(" %-30s", "skipped (no time namespaces)"); S++
				continue
			}
			if (!(key in res)) { if (m < 3) line = line sprintf(" %-30s", "-"); continue }
			split(res[key], c); P += c[1]; F += c[2]; S += c[3]
			print name "," mode "," c[1] "," c[2] "," c[3] >> checks
			txt = c[1] " passed, " c[2] " failed" (c[3] ? ", " c[3] " skipped" : "")
			if (stat[key] != 0) txt = txt " (exit " stat[key] ")"
			if (mode == "extra") txt = "extra: exit " stat[key]
			line = line sprintf(" %-30s", txt)
		}
		print line
		for (m = 1; m <= 2; m++) {
			key = p SUBSEP (m == 1 ? "plain" : "timens")
			if (notok[key] != "") print "    " (m == 1 ? "plain" : "timens") ":" notok[key]
		}
	}
	if (tnote != "") { print tnote; F++ }
	# Expected only where the arch has no time namespaces (arch.sh NO_TIMENS).
	if (tskip != "") {
		print "time namespace runs skipped: " tskip
		if (no_timens != 1) { print "  but " arch " should have time namespaces"; F++ }
	}
	if (csbad != "") { print csbad; F++ }
	if (nr_complaints) { print ENVIRON["COMPLAINTS"]; F += nr_complaints }
	if (!done) { print "the guest did not finish (no done marker): see the console log"; F++ }
	if (n == 0) { print "no selftest ran"; F++ }
	printf "\n%-26s %12s %12s %10s\n", "clock", "vdso ns", "syscall ns", "speedup"
	print "clock,vdso_ns,syscall_ns" > csv
	for (i = 1; i <= nc; i++) {
		k = clocks[i]
		r = (vd[k] + 0 > 0 && sc[k] != "na") ? sprintf("%.1fx", sc[k] / vd[k]) : "-"
		printf "%-26s %12s %12s %10s\n", k, vd[k], sc[k], r
		print k "," vd[k] "," sc[k] >> csv
	}
	if (nc == 0) { print "no benchmark results"; F++ }
	printf "\n%d passed, %d failed, %d skipped\n", P, F, S
	exit F ? 1 : 0
}'
