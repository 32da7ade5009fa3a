#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Add up a soak's guest console (guest/init.c, gvdso.soak=): per program and
# mode the checks of every round, and the counters the soak programs print
# (reads, retries, fallbacks, violations); end with the combined
# "N passed, N failed, N skipped" line. A run that did not finish, a
# program that crashed or timed out, any violation, or the kernel
# complaining on the console (scripts/kernel-complaints.sh) is a failure.
#
#   scripts/soak-report.sh ARCH GRAFT_TAP CONSOLE_LOG
set -uo pipefail
arch=$1 graft=$2 console=$3
top=$(cd "$(dirname "$0")/.." && pwd)
nr_complaints=0
complaints=$("$top/scripts/kernel-complaints.sh" "$console") || nr_complaints=$?

tr -d '\r' < "$console" | COMPLAINTS=$complaints awk -v nr_complaints="$nr_complaints" \
	-v arch="$arch" -v graft="$graft" -f "$top/scripts/console.awk" -f <(printf %s '
# Add "P F S" to a check'"'"'s sums.
function add(key, pfs,    a) {
	split(pfs, a, " ")
	if (!(key in p)) { order[++n] = key; p[key] = f[key] = s[key] = 0 }
	p[key] += a[1]; f[key] += a[2]; s[key] += a[3]
}
BEGIN { add("graft and built image", graft_counts) }
/^GVDSO: end / {
	key = prog " " mode
	add(key, last == "" ? "0 1 0" : last)
	# A failed exit counts once more unless its checks failed already.
	if (status != 0) {
		split(last, c, " ")
		if (last == "" || c[2] == 0) f[key]++
		bad[++nbad] = $0
	}
	next
}
/^not ok/ { notok[++nnot] = prog " " mode ": " $0; next }
/^(soak|torture): reads / {
	key = prog " " mode
	if (!(key in reads)) corder[++nc] = key
	reads[key] += $3
	r = $4; sub(/retries<=/, "", r); retries[key] += r
	if ($6 == "n/a") fbna[key] = 1; else fb[key] += $6
	viol[key] += $8
	next
}
/^GVDSO: soak done: / { rounds = $4; secs = $7 }
END {
	printf "soak on %s: %s rounds in %s s\n\n", arch, rounds == "" ? "?" : rounds, secs == "" ? "?" : secs
	printf "%-44s %8s %8s %8s\n", "check (summed over rounds)", "passed", "failed", "skipped"
	for (i = 1; i <= n; i++) {
		k = order[i]
		printf "%-44s %8d %8d %8d\n", k, p[k], f[k], s[k]
		P += p[k]; F += f[k]; S += s[k]
	}
	printf "\n%-44s %14s %12s %10s %10s\n", "counters", "reads", "retries<=", "fallbacks", "violations"
	for (i = 1; i <= nc; i++) {
		k = corder[i]
		printf "%-44s %14d %12d %10s %10d\n", k, reads[k], retries[k], (k in fbna) ? "n/a" : fb[k], viol[k]
		if (viol[k] || (!(k in fbna) && fb[k])) {
			F++
			print "  (counted as a failure: violations or fallbacks above zero)"
		}
	}
	for (i = 1; i <= nnot && i <= 20; i++) print "  " notok[i]
	for (i = 1; i <= nbad && i <= 20; i++) print "  " bad[i]
	if (!done) { F++; print "  the guest did not finish (no GVDSO: done): see the console log" }
	if (!nc) { F++; print "  no soak counters were printed" }
	if (nr_complaints) { print ENVIRON["COMPLAINTS"]; F += nr_complaints }
	printf "%d passed, %d failed, %d skipped\n", P, F, S
	exit F ? 1 : 0
}')
