#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Static checks on our sources, TAP output ending in the count line:
#  - the kernel's checkpatch.pl reports no errors on any C file of ours;
#  - sparse is clean on the reader (each arch's entry file, built as the
#    image is) and on the writer (as the harness builds it).
#
#   scripts/lint.sh [sparse|checkpatch]    (default: both)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
what=${1:-all}

pass=0 fail=0 skip=0 n=0
ok() { n=$((n + 1)); pass=$((pass + 1)); echo "ok $n - $1"; }
bad() { n=$((n + 1)); fail=$((fail + 1)); echo "not ok $n - $1 # $2"; }
skipped() { n=$((n + 1)); skip=$((skip + 1)); echo "ok $n - $1 # SKIP $2"; }

if [ "$what" != sparse ]; then
	# checkpatch lives in the kernel tree.
	ktree=$(scripts/kernel-src.sh)
	# Linker-script headers (*.lds.h) are not C; checkpatch misreads them.
	files=$(git ls-files '*.c' '*.h' | grep -v '\.lds\.h$')
	errors=
	for f in $files; do
		out=$(perl "$ktree/scripts/checkpatch.pl" --no-tree --terse -f "$f" 2>/dev/null | grep ': ERROR:')
		[ -n "$out" ] && errors="$errors"$'\n'"$out"
	done
	count=$(echo "$files" | wc -l)
	if [ -z "$errors" ]; then ok "checkpatch: no errors in $count C files"
	else bad "checkpatch: no errors in $count C files" "$(echo "$errors" | head -5 | tr '\n' ' ')"; fi
fi

if [ "$what" != checkpatch ]; then
	if ! command -v sparse > /dev/null; then
		skipped "sparse" "sparse is not installed (scripts/deps.sh installs it)"
	else
		for arch in $(sed -n 's/^SPARSE_ARCHES := //p' scripts/arch.mk); do
			flags=$(make -s --no-print-directory ARCH="$arch" print-sparse-flags)
			entry=$(make -s --no-print-directory ARCH="$arch" print-entry)
			out=$(sparse -Wsparse-all $flags "$entry" 2>&1)
			if [ -z "$out" ]; then ok "sparse: reader for $arch ($entry)"
			else bad "sparse: reader for $arch ($entry)" "$(echo "$out" | head -3 | tr '\n' ' ')"; fi
		done
		out=$(sparse -Wsparse-all $(make -s --no-print-directory print-sparse-writer-flags) harness/writer.c 2>&1)
		if [ -z "$out" ]; then ok "sparse: writer (lib/vdso/vsyscall.c via harness/writer.c)"
		else bad "sparse: writer" "$(echo "$out" | head -3 | tr '\n' ' ')"; fi
	fi
fi

echo "1..$n"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
