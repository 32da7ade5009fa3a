#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check: every test this project has, on every arch it supports,
# ending with one line "N passed, N failed, N skipped".
#
#  1. static checks (checkpatch, sparse)               scripts/lint.sh
#  2. per arch, userspace: image ABI, harness (native    scripts/check-arch.sh
#     or qemu-user), host selftests on the host arch
#  3. per arch, the main job: graft, build, boot in      scripts/run.sh
#     QEMU, selftests plain and in a time namespace
#  4. every file the builds opened is from a package     scripts/check-deps.sh
#     scripts/deps.sh installs
#
# CHECK_ARCHES and RUN_ARCHES narrow the arch lists (default: all supported).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
logs=build/check
mkdir -p "$logs"

. scripts/arch.sh x86_64
# Every target has a userspace build; a target without KARCH has no
# kernel of its own (arm: arm64's compat image).
has_kernel() { (. scripts/arch.sh "$1" && [ -n "${KARCH:-}" ]) > /dev/null 2>&1; }
user_arches=${CHECK_ARCHES:-$TARGETS}
run_arches=${RUN_ARCHES:-$(for a in $TARGETS; do has_kernel "$a" && echo "$a"; done)}

scripts/deps.sh $user_arches $run_arches || exit 1

. scripts/tap.sh
. scripts/progress.sh
# Run one step with its output in a log (its progress every 30 s meanwhile);
# add its final count line.
step() {
	local name=$1 log=$logs/$1.log last start=$SECONDS rc=0
	shift
	PROGRESS_LABEL=$name logged "$log" "$@" 2>&1 || rc=$?
	printf '%-32s ' "$name"
	last=$(count_line < "$log")
	if ! add_counts "$last" "$rc"; then
		echo "no count line (exit $rc), counted as 1 failure; log: $log"
		tail -15 "$log" | sed 's/^/    /'
		return
	fi
	echo "$last ($((SECONDS - start)) s)"
	grep -E '^not ok|^(run|graft|kernel-build)[: ]' "$log" | head -20 | sed 's/^/    /'
	if [ "$rc" != 0 ] && ! grep -q ' [1-9][0-9]* failed' <<< "$last"; then
		echo "    exited $rc with no failed check: counted as 1 failure; log: $log"
	fi
}

step lint scripts/lint.sh
for a in $user_arches; do
	step "userspace-$a" scripts/check-arch.sh "$a"
done
for a in $run_arches; do
	step "run-$a" scripts/run.sh "$a"
	[ -f "build/$a/guest/console.log" ] && cp "build/$a/guest/console.log" "$logs/run-$a.console.log"
done
# Last, when every kernel it reads the records of has been built.
step check-deps scripts/check-deps.sh $user_arches

# What the total counts: checks of the host kernel's vDSO (the selftests
# run natively against it), the static and dependency checks of the
# tree, and the rest, which test our vDSO (image, harness, reliability,
# the grafted kernels in QEMU).
host=0 tree=0
for a in $user_arches; do
	h=$(awk '/^# ---- .*: selftests on the host kernel.s vDSO$/ { on = 1; next }
		 /^# ---- [a-z0-9_]+: / { on = 0 } on && /^[0-9]+ passed, / { n = $1 }
		 END { print n + 0 }' \
		"$logs/userspace-$a.log" 2>/dev/null)
	host=$((host + ${h:-0}))
done
for t in lint check-deps; do
	c=; [ -f "$logs/$t.log" ] && c=$(count_line < "$logs/$t.log"); c=${c:-0}
	tree=$((tree + ${c%% *}))
done
echo "of the passed checks: $((P - host - tree)) test our vDSO, $host the host kernel's" \
	"($(uname -r)), $tree the tree (lint, check-deps)"
echo "$P passed, $F failed, $S skipped"
[ "$F" = 0 ]
