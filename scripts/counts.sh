# SPDX-License-Identifier: GPL-2.0
#
# Summing test results (sourced by check.sh, check-arch.sh, run-all.sh):
# every step ends with "N passed, N failed[, N skipped]"; the totals are
# P, F and S.
P=0 F=0 S=0

# The last count line on standard input, or nothing.
count_line() {
	grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1
}

# Add count line $1 to the totals. No line at all counts as one failure,
# and so does exit status $2 (if given) when no check failed. Returns 1
# when the step printed no count line.
add_counts() {
	local line=$1 rc=${2:-0}

	if [ -z "$line" ]; then
		F=$((F + 1))
		return 1
	fi
	set -- $line
	P=$((P + $1)) F=$((F + $3)) S=$((S + ${5:-0}))
	if [ "$rc" != 0 ] && [ "$3" = 0 ]; then
		F=$((F + 1))
	fi
	return 0
}
