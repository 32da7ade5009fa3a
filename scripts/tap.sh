# SPDX-License-Identifier: GPL-2.0
#
# TAP for the shell scripts (sourced): tap_ok, tap_bad, tap_skip and
# tap_check print one numbered result, after TAP_PREFIX if set; tap_done
# prints the plan and the count line
# "N passed, N failed, N skipped" and returns non-zero if anything failed.
# count_line and add_counts sum the count lines of steps (check.sh,
# check-arch.sh, run-all.sh) into P, F and S.
tap_n=0 tap_pass=0 tap_fail=0 tap_skipped=0

tap_ok() { tap_n=$((tap_n + 1)); tap_pass=$((tap_pass + 1)); echo "ok $tap_n - ${TAP_PREFIX:-}$1"; }
# tap_bad WHAT WHY
tap_bad() { tap_n=$((tap_n + 1)); tap_fail=$((tap_fail + 1)); echo "not ok $tap_n - ${TAP_PREFIX:-}$1 # $2"; }
# tap_skip WHAT WHY: a skip always says why.
tap_skip() { tap_n=$((tap_n + 1)); tap_skipped=$((tap_skipped + 1)); echo "ok $tap_n - ${TAP_PREFIX:-}$1 # SKIP $2"; }
# tap_check WHAT CONDITION WHY: CONDITION is evaluated; WHY is said if it fails.
tap_check() { if eval "$2"; then tap_ok "$1"; else tap_bad "$1" "$3"; fi; }

tap_done() {
	echo "1..$tap_n"
	echo "$tap_pass passed, $tap_fail failed, $tap_skipped skipped"
	[ "$tap_fail" = 0 ]
}

# Summing steps: every step ends with "N passed, N failed[, N skipped]".
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
