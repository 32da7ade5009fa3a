#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Runs every vdso_test_* program in a directory (default: this script's),
# shows their TAP output, adds up their final "N passed, N failed,
# N skipped" lines and prints the total the same way. Exits 1 if anything
# failed. A program that dies, times out or prints no final line counts as
# one failure, and so does one whose plan ("1..N", which must come before
# its first result) disagrees with the result lines it printed, whether or
# not it got as far as its final line. POSIX sh only, so busybox can run it.
#
# VDSO_TEST_TIMEOUT=secs bounds each program (default 600) when a
# "timeout" command exists. VDSO_TEST_WRAPPER=cmd runs each program as
# "cmd program", e.g. VDSO_TEST_WRAPPER=qemu-arm for qemu-user.

dir=${1:-$(dirname "$0")}
limit=${VDSO_TEST_TIMEOUT:-600}
tmp=$(mktemp 2>/dev/null || echo "/tmp/vdso_run_all.$$")
trap 'rm -f "$tmp"' EXIT INT TERM

passed=0
failed=0
skipped=0
ran=0

# Old busyboxes spell it "timeout -t N"; use timeout only if "timeout N" works.
if timeout 5 true >/dev/null 2>&1; then
	runner="timeout $limit ${VDSO_TEST_WRAPPER:-}"
else
	runner=${VDSO_TEST_WRAPPER:-}
fi

for prog in "$dir"/vdso_test_*; do
	case "$prog" in
	*.c | *.o | *.h) continue ;;
	esac
	if [ ! -f "$prog" ] || [ ! -x "$prog" ]; then
		continue
	fi
	name=${prog##*/}
	ran=$((ran + 1))
	echo "# ---- $name"
	$runner "$prog" >"$tmp" 2>&1
	rc=$?
	cat "$tmp"
	# The plan, where it stands among the results, and the results.
	plan=$(awk '/^1\.\.[0-9]+$/ { n++; p = substr($0, 4); if (r) late = 1 }
		/^(not )?ok [0-9]+( |$)/ { r++ }
		END { print n + 0, p + 0, late + 0, r + 0 }' "$tmp")
	# shellcheck disable=SC2086 # split "plans planned late results"
	set -- $plan
	plan_bad=
	if [ "$1" -ne 1 ]; then
		plan_bad="$1 plan lines"
	elif [ "$3" -ne 0 ]; then
		plan_bad="plan 1..$2 printed after the first result"
	elif [ "$2" -ne "$4" ]; then
		plan_bad="plan 1..$2 but $4 result lines"
	fi
	last=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$tmp" | tail -n 1)
	if [ -z "$last" ]; then
		echo "# $name: no summary line (exit status $rc${plan_bad:+; $plan_bad}), counted as 1 failure"
		failed=$((failed + 1))
		continue
	fi
	if [ -n "$plan_bad" ]; then
		echo "# $name: $plan_bad, counted as 1 failure"
		failed=$((failed + 1))
	fi
	# shellcheck disable=SC2086 # split "N passed, N failed, N skipped"
	set -- $last
	passed=$((passed + $1))
	failed=$((failed + $3))
	skipped=$((skipped + $5))
	if [ "$rc" -ne 0 ] && [ "$3" -eq 0 ]; then
		echo "# $name: exit status $rc without a reported failure, counted as 1 failure"
		failed=$((failed + 1))
	fi
done

if [ "$ran" -eq 0 ]; then
	echo "# no vdso_test_* programs in $dir"
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
