#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The kernel's own complaints on a guest console: a WARN, a BUG, an Oops,
# a stack dump or a panic. Prints each one with the console lines around
# it; prints nothing and exits 0 when there is none, else exits with the
# number of problems found (one per complaint, one per hidden-console
# finding, at most 13).
# Also fails when the console would have hidden them: guest/init.c says
# "GVDSO: printk LEVELS" (/proc/sys/kernel/printk), whose console level
# must be above 4 (KERN_WARNING), and logs one line at that level through
# /dev/kmsg, which must be on the console.
# scripts/report.sh and scripts/soak-report.sh both use it.
#
#   scripts/kernel-complaints.sh CONSOLE_LOG
set -uo pipefail
console=$1

tr -d '\r' < "$console" | awk '
# One complaint prints several matching lines (WARNING, then Call Trace):
# matches this close to the previous one belong to the same event.
BEGIN { before = 3; after = 6; same = 40; max_events = 10 }
{ line[NR] = $0 }
/WARNING:|BUG:|kernel BUG at|Oops|Call [Tt]race|Kernel panic|Unable to handle kernel/ {
	if (!events || NR - last[events] > same) {
		first[++events] = NR
	}
	last[events] = NR
	hit[NR] = 1
}
/^GVDSO: printk / { level = $3; have_level = 1 }
# Through printk: after its timestamp where the config has PRINTK_TIME (distributions do).
/^(\[ *[0-9]+\.[0-9]+\] )?gvdso: this KERN_WARNING line reached the console$/ { probed = 1 }
END {
	bad = 0
	if (!have_level) {
		print "kernel log level: no GVDSO: printk line, so no proof that warnings reach the console"
		bad = 1
	} else if (level + 0 <= 4) {
		print "kernel log level: console level " level " hides warnings (it must be above 4)"
		bad = 1
	}
	if (!probed) {
		print "kernel log level: the KERN_WARNING line init logged is not on the console"
		bad++
	}
	for (e = 1; e <= events && e <= max_events; e++) {
		from = first[e] - before; if (from < 1) from = 1
		to = last[e] + after; if (to > NR) to = NR
		printf "kernel complaint at console line %d:\n", first[e]
		for (i = from; i <= to; i++)
			printf "  %s %s\n", (i in hit) ? ">" : " ", line[i]
	}
	if (events > max_events)
		printf "kernel complaint: %d more not shown, see the console log\n", events - max_events
	exit bad + (events > max_events ? max_events + 1 : events)
}'
