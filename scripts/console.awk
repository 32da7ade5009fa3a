# SPDX-License-Identifier: GPL-2.0
#
# The guest console's grammar, as guest/init.c prints it, for the two
# reports that read it (scripts/report.sh for make run, soak-report.sh for
# make soak; awk -f this file first, then the report's own rules):
#
#   GVDSO: begin PROG MODE        a program's run starts
#   ...                           its output: TAP lines, then its count
#                                 line "N passed, N failed[, N skipped]"
#   GVDSO: end PROG MODE status=N
#   GVDSO: done                   the guest finished
#
# These rules run before the report's and leave it this state:
#   prog, mode     the current run; status: its exit status, at its end
#   last           its last count line as "P F S", "" while it has none
#   notoks         its "not ok" lines, each after a newline and indented
#   done           1 once the guest finished
#   graft_counts   "P F S" of the graft's TAP file (-v graft=FILE),
#                  "0 1 0" when it has no count line
#   graft_notoks   the "not ok" lines of that file

# "N passed, N failed[, N skipped]" as "P F S".
function counts(line,    a) {
	split(line, a, /[ ,]+/)
	return a[1] " " a[3] " " (a[5] == "" ? 0 : a[5])
}
BEGIN {
	graft_counts = "0 1 0"
	while ((getline line < graft) > 0) {
		if (line ~ /^not ok/) graft_notoks = graft_notoks "graft: " line "\n"
		if (line ~ /^[0-9]+ passed, [0-9]+ failed/) graft_counts = counts(line)
	}
	close(graft)
}
/^GVDSO: begin / { prog = $3; mode = $4; last = ""; notoks = ""; status = "" }
/^GVDSO: end / { split($0, st, "status="); status = st[2] + 0 }
/^[0-9]+ passed, [0-9]+ failed/ { last = counts($0) }
/^not ok/ { notoks = notoks "\n      " $0 }
/^GVDSO: done/ { done = 1 }
