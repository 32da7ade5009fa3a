#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Read a guest console log (guest/init.c markers) and the graft check, print
# the table of checks and of clocks, write the clocks as CSV, and end with
# the combined "N passed, N failed, N skipped" line. Exits non-zero when
# anything failed, timed out or is missing, and also when
#  - a selftest skipped a check that the target (GUEST_SKIP_* in targets/ARCH) does not list for
#    that program and mode, or a listed skip did not happen;
#  - a selftest's TAP plan (1..N) is missing or is not its number of results;
#  - a benchmark exited non-zero or measured nothing;
#  - the kernel complained on the console (scripts/kernel-complaints.sh).
#
#   scripts/report.sh ARCH GRAFT_TAP CONSOLE_LOG CSV_OUT
set -euo pipefail
arch=$1 graft=$2 console=$3 csv=$4
top=$(cd "$(dirname "$0")/.." && pwd)
# The target's expected skips (GUEST_SKIP_* and NO_TIMENS, targets/README).
skips=$(mktemp)
trap 'rm -f "$skips"' EXIT
(. "$top/scripts/arch.sh" "$arch" > /dev/null && guest_skips) > "$skips"
nr_complaints=0
complaints=$("$top/scripts/kernel-complaints.sh" "$console") || nr_complaints=$?

tr -d '\r' < "$console" | COMPLAINTS=$complaints awk -v nr_complaints="$nr_complaints" \
	-v arch="$arch" -v graft="$graft" -v csv="$csv" -v skips="$skips" \
	-v list="targets/$arch" -f "$top/scripts/console.awk" -f "$top/scripts/abi.awk" -f <(printf %s '
# One problem the checks of the programs do not count themselves.
function problem(text) { problems[++np] = text }
# The expected skips: "skip MODES PROGRAM \047CHECK\047 REASON" lines and
# "skip-mode MODE REASON" (scripts/arch.sh guest_skips).
function read_skips(    line, nr, f, q, check, m, modes, i, key) {
	while ((getline line < skips) > 0) {
		nr++
		if (line ~ /^[ \t]*(#|$)/) continue
		split(line, f, /[ \t]+/)
		if (f[1] == "skip-mode" && f[2] != "" && f[3] != "") {
			sub(/^skip-mode[ \t]+[^ \t]+[ \t]+/, "", line)
			no_mode[f[2]] = line
			continue
		}
		q = match(line, /\047[^\047]+\047/)
		if (f[1] != "skip" || f[2] == "" || f[3] == "" || !q || substr(f[4], 1, 1) != "\047") {
			problem("expected skips of " list ": not understood: " line)
			continue
		}
		check = substr(line, RSTART + 1, RLENGTH - 2)
		m = split(f[2], modes, ",")
		for (i = 1; i <= m; i++) {
			key = modes[i] SUBSEP f[3] SUBSEP check
			expect[key] = substr(line, RSTART + RLENGTH + 1)
			expect_order[++ne] = key
		}
	}
	close(skips)
}
BEGIN {
	printf "%s", graft_notoks
	read_skips()
}
/^GVDSO: begin / {
	nres = nplan = plan = late_plan = 0; nbench = 0; nothing = ""
	next
}
# Inside a selftest run: its TAP results, its plan and its skips.
/^(not )?ok [0-9]+/ && (mode == "plain" || mode == "timens") {
	nres++
	if ($0 ~ /^ok [0-9]+ - .* # SKIP/) {
		desc = $0; sub(/^ok [0-9]+ - /, "", desc)
		why = substr(desc, index(desc, " # SKIP") + 7); sub(/^ /, "", why)
		desc = substr(desc, 1, index(desc, " # SKIP") - 1)
		key = mode SUBSEP prog SUBSEP desc
		if (key in expect)
			skipped_as_listed[key]++
		else
			problem("unexpected skip: " prog " (" mode "): " desc ": " why)
	}
}
# The kernel'"'"'s tests print kselftest TAP: "ok N # SKIP REASON", listed
# with REASON as the check.
/^ok [0-9]+ # SKIP / && (mode == "kernel" || mode == "kernel-timens") {
	desc = $0; sub(/^ok [0-9]+ # SKIP /, "", desc)
	key = (mode == "kernel" ? "plain" : "timens") SUBSEP prog SUBSEP desc
	if (key in expect)
		skipped_as_listed[key]++
	else
		problem("unexpected skip: " prog " (" (mode == "kernel" ? "plain" : "timens") "): " desc)
}
/^1\.\.[0-9]+$/ { nplan++; plan = substr($0, 4) + 0; if (nres) late_plan = 1 }
/^vdso_bench: nothing measured/ { nothing = $0 }
/^GVDSO: end / {
	key = prog SUBSEP mode
	if (!(prog in seen)) { order[++n] = prog; seen[prog] = 1 }
	if (mode == "plain" || mode == "timens") {
		res[key] = last == "" ? "0 1 0" : last
		split(res[key], c); if (status != 0 && c[2] == 0) res[key] = c[1] " 1 " c[3]
		stat[key] = status; notok[key] = notoks
		if (nplan != 1)
			problem(prog " (" mode "): " (nplan ? nplan " TAP plans" : "no TAP plan") \
				", " nres " results")
		else if (plan != nres)
			problem(prog " (" mode "): TAP plan 1.." plan " but " nres " results")
		# A plan printed after the results matches them by construction.
		if (late_plan) trailing_plans++
	} else if (mode == "kernel" || mode == "kernel-timens") {
		# The kernel'"'"'s own tests: their exit status (kselftest: 4 is a
		# skip of the whole program, which the target must list as
		# "KSFT_SKIP"; a skip inside one counts as a passed program).
		m = mode == "kernel" ? "plain" : "timens"
		key = prog SUBSEP m
		res[key] = status == 0 ? "1 0 0" : status == 4 ? "0 0 1" : "0 1 0"
		stat[key] = status == 4 ? 0 : status; notok[key] = notoks
		if (status == 4) {
			if ((m SUBSEP prog SUBSEP "KSFT_SKIP") in expect)
				skipped_as_listed[m SUBSEP prog SUBSEP "KSFT_SKIP"]++
			else
				problem("unexpected skip: " prog " (" m "): exit 4 (KSFT_SKIP)")
		}
	} else if (mode == "extra") {
		res[key] = status == 0 ? "1 0 0" : "0 1 0"; stat[key] = status
	} else if (mode == "bench") {
		if (status != 0) problem(prog ": exit status " status)
		if (nbench == 0)
			problem(prog ": measured nothing" (nothing == "" ? "" : " (" nothing ")"))
	}
	next
}
/^bench / {
	clock = $2 abi(prog); v = $3; y = $4; sub("vdso_ns=", "", v); sub("syscall_ns=", "", y)
	clocks[++nc] = clock; vd[clock] = v; sc[clock] = y; nbench++; next
}
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
		if (p ~ /^\/kselftests/) name = "kernel'"'"'s " name
		line = sprintf("%-32s", name)
		for (m = 1; m <= 3; m++) {
			mode = m == 1 ? "plain" : m == 2 ? "timens" : "extra"
			key = p SUBSEP mode
			if (m == 2 && !(key in res) && ((p SUBSEP "plain") in res) &&
			    tskip != "" && ("timens" in no_mode)) {
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
	# The time namespace runs are left out only where the list says so.
	if (tskip != "") {
		print "time namespace runs skipped: " tskip
		if ("timens" in no_mode) print "  as listed: " no_mode["timens"]
		else problem("time namespace runs skipped, which " list " does not list")
	} else if ("timens" in no_mode) {
		problem("time namespace runs happened, but " list " lists them as skipped")
	}
	ns = 0
	for (i = 1; i <= ne; i++) {
		k = expect_order[i]
		if (k in skipped_as_listed) { ns++; continue }
		split(k, e, SUBSEP)
		problem("listed skip did not happen: " e[2] " (" e[1] "): " e[3] \
			(((e[2] SUBSEP e[1]) in res) ? "" : " (no such run)"))
	}
	printf "expected skips (%s): %d of %d listed happened\n", list, ns, ne
	if (trailing_plans)
		printf "note: %d selftest runs printed their TAP plan after their results\n",
			trailing_plans
	for (i = 1; i <= np; i++) { print "problem: " problems[i]; F++ }
	if (nr_complaints) { print ENVIRON["COMPLAINTS"]; F += nr_complaints }
	if (csbad != "") { print csbad; F++ }
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
}')
