#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Static checks on our sources, TAP output ending in the count line:
#  - the kernel's checkpatch.pl reports no errors on any C file of ours
#    (but for the false positives scripts/checkpatch/false-positives.txt
#    lists with their reasons);
#  - the image, writer and fuzz-reader builds read no header but ours;
#  - sparse is clean on the reader (each arch's entry files, built as the
#    image is) and on the writer (as the harness builds it);
#  - cppcheck (warning, style, performance, portability) finds nothing in
#    the reader of every arch, the writer, the fuzz build and the rest of
#    our C, except what scripts/cppcheck/suppressions.txt lists with why;
#  - every shell script of ours parses (bash -n): a script dies of a syntax
#    error only when it reaches it, after its first parts have printed.
#
#   scripts/lint.sh [freestanding|sparse|checkpatch|cppcheck|shell]    (default: all)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
what=${1:-all}
mkdir -p build/lint

. scripts/tap.sh
. scripts/arch.sh x86_64

# Each target's freestanding objects, built here with what their sources
# saw recorded beside them (<object>.flags, <object>.d: see the Makefile),
# so the checks below look at exactly what the build compiled: the image's
# entry files, the writer and, for x86_64, the fuzz reader.
# objects TARGET: "object source" lines.
objects() {
	(. scripts/arch.sh "$1"
	 echo "build/$1/entry.o $ARCH_ENTRY"
	 [ -n "${ARCH_GETRANDOM_ENTRY:-}" ] &&
		echo "build/$1/vgetrandom.o $ARCH_GETRANDOM_ENTRY" && echo "build/$1/chacha20.o image/chacha20.c"
	 echo "build/$1/harness-writer.o harness/writer.c"
	 [ "$1" = x86_64 ] && echo "build/fuzz/reader-replay.o harness/fuzz/reader.c"
	 true)
}
built=
build_objects() {
	local t out
	[ -n "$built" ] && return
	built=1
	for t in $TARGETS; do
		out=$(make -s --no-print-directory ARCH="$t" $(objects "$t" | cut -d' ' -f1) 2>&1) ||
			tap_bad "build $t's freestanding objects" "$(echo "$out" | tail -3 | tr '\n' ' ')"
	done
}

# One checkpatch run on file $1: its ERROR lines in $cp_errors. Returns 1, with
# the reason in $broken_why, when checkpatch itself failed: an exit status
# other than 0 (clean) or 1 (findings), anything on standard error (a perl
# error or warning), no "total:" line, or a total that disagrees with the
# ERROR lines it printed.
checkpatch_one() {
	local f=$1 out rc total nerr
	# Not --terse: that prints nothing at all for a clean file.
	out=$(perl "$ktree/scripts/checkpatch.pl" --no-tree --emacs -f "$f" 2> build/lint/checkpatch.err)
	rc=$?
	total=$(echo "$out" | sed -n 's/^total: \([0-9]*\) errors, [0-9]* warnings, [0-9]* lines checked$/\1/p')
	nerr=$(echo "$out" | grep -c '^[^ ]*:[0-9]*: ERROR:')
	if [ "$rc" -gt 1 ]; then
		broken_why="$f: exit $rc: $(head -2 build/lint/checkpatch.err | tr '\n' ' ')"
	elif [ -s build/lint/checkpatch.err ]; then
		broken_why="$f: on standard error: $(head -2 build/lint/checkpatch.err | tr '\n' ' ')"
	elif [ -z "$total" ]; then
		broken_why="$f: no \"total:\" line in its output (exit $rc)"
	elif [ "$total" != "$nerr" ]; then
		broken_why="$f: its total says $total errors, it printed $nerr"
	else
		cp_errors=$(echo "$out" | grep '^[^ ]*:[0-9]*: ERROR:' | while read -r e; do
			known_false_positive "$e" || echo "$e"; done)
		return 0
	fi
	return 1
}

# Whether error line $1 ("file:line: ERROR: message") is one that
# scripts/checkpatch/false-positives.txt lists, with its reason.
known_false_positive() {
	local file=${1%%:*} rest=${1#*:} line msg
	line=${rest%%:*}
	msg=${1#*: ERROR: }
	awk -F'\t' -v f="$file" -v m="$msg" -v src="$(sed -n "${line}p" "$file")" '
		/^#/ || NF < 4 { next }
		$1 == f && $2 == m && index(src, $3) { found = 1 }
		END { exit !found }' scripts/checkpatch/false-positives.txt
}

if [ "$what" = all ] || [ "$what" = checkpatch ]; then
	# checkpatch lives in the kernel tree.
	ktree=$(scripts/kernel-src.sh)
	# Linker-script headers (*.lds.h) are not C; checkpatch misreads them.
	files=$(git ls-files '*.c' '*.h' | grep -v '\.lds\.h$')
	count=$(echo "$files" | grep -c .)
	errors= broken= broken_why= cp_errors=
	if [ -z "$ktree" ] || [ ! -f "$ktree/scripts/checkpatch.pl" ]; then
		broken="no kernel tree with scripts/checkpatch.pl (scripts/kernel-src.sh gave '${ktree}')"
	elif [ "$count" = 0 ]; then
		broken="no C files to check"
	else
		for f in $files; do
			if checkpatch_one "$f"; then
				[ -n "$cp_errors" ] && errors="$errors"$'\n'"$cp_errors"
			else
				broken="${broken:+$broken; }$broken_why"
			fi
		done
	fi
	if [ -z "$broken" ]; then tap_ok "checkpatch: ran and reported on each of $count C files"
	else tap_bad "checkpatch: ran and reported on each of $count C files" "$(echo "$broken" | cut -c1-300)"; fi
	if [ -n "$broken" ]; then tap_bad "checkpatch: no errors in $count C files" "checkpatch did not run on every file (above)"
	elif [ -z "$errors" ]; then tap_ok "checkpatch: no errors in $count C files"
	else tap_bad "checkpatch: no errors in $count C files" "$(echo "$errors" | head -5 | tr '\n' ' ')"; fi
fi

# The image, the writer and the fuzz reader are built freestanding
# (-nostdinc): every header their compilations read must be ours.
if [ "$what" = all ] || [ "$what" = freestanding ]; then
	build_objects
	for t in $TARGETS; do
		deps=$(objects "$t" | while read -r obj src; do cat "$obj.d"; done 2>&1)
		# (The fuzz reader's sanitizer reads its ignore list: clang's, not a header.)
		outside=$(echo "$deps" | tr ' \\' '\n\n' | grep -v -e '^$' -e ':$' -e '/asan_ignorelist.txt$' |
			grep '^/')
		if [ -z "$deps" ]; then tap_bad "freestanding: $t" "no dependency records: $deps"
		elif [ -n "$outside" ]; then
			tap_bad "freestanding: $t" "reads $(echo "$outside" | head -3 | tr '\n' ' ')"
		else
			nh=$(echo "$deps" | tr ' \\' '\n\n' | grep -v -e '^$' -e ':$' | sort -u | wc -l)
			tap_ok "freestanding: $t: $(objects "$t" | cut -d' ' -f2 | tr '\n' ' ')($nh files, all ours)"
		fi
	done
fi

if [ "$what" = all ] || [ "$what" = sparse ]; then
	if ! command -v sparse > /dev/null; then
		tap_skip "sparse" "sparse is not installed (scripts/deps.sh installs it)"
	else
		build_objects
		for t in $TARGETS; do
			sparse_flags=$(. scripts/arch.sh "$t" && echo "$SPARSE_FLAGS")
			 objects "$t" | grep -v /reader-replay.o | while read -r obj src; do
				out=$(sparse -Wsparse-all $sparse_flags $(cat "$obj.flags") "$src" 2>&1)
				if [ -z "$out" ]; then echo "ok - $t: $src"
				else echo "not ok - $t: $src # $(echo "$out" | head -3 | tr '\n' ' ')"; fi
			done
		done > build/lint/sparse.tap
		while read -r res rest; do
			case $res in
			ok) tap_ok "sparse: ${rest#- }" ;;
			*) rest=${rest#ok - }; tap_bad "sparse: ${rest%% # *}" "${rest#* # }" ;;
			esac
		done < build/lint/sparse.tap
	fi
fi

# cppcheck sees only what the preprocessor flags say: each arch's compiler
# macros (a few, by hand), the image's -I/-D flags, and its -include files
# gathered, in order, into one generated header (cppcheck does not keep
# several --include in order), with shim/kconfig.h's IS_ENABLED() replaced
# by a plain version its preprocessor can expand (scripts/cppcheck/).
cppcheck_flags() {
	local pre=build/cppcheck/$1.h out=-I. prev= w
	shift
	mkdir -p build/cppcheck
	echo '#include "scripts/cppcheck/kconfig.h"' > "$pre"
	for w in "$@"; do
		if [ "$prev" = -include ]; then
			case $w in
			shim/*) echo "#include \"shim/include/$w\"" >> "$pre"
				echo '#include "scripts/cppcheck/kconfig-defaults.h"' >> "$pre" ;;
			*) echo "#include \"$w\"" >> "$pre" ;;
			esac
			prev=
			continue
		fi
		case $w in
		-include) prev=-include ;;
		-I* | -D*) out="$out $w" ;;
		esac
	done
	echo "--include=$pre $out"
}

# One cppcheck run: $1 says what, the rest are flags and files.
cppcheck_part() {
	local desc=$1 out
	shift
	out=$(cppcheck -q --enable=warning,style,performance,portability --std=c11 \
		--suppressions-list=scripts/cppcheck/suppressions.txt -D__GNUC__=12 -D__linux__ \
		--template='{file}:{line}: {severity}: {message} [{id}]' "$@" 2>&1)
	if [ -z "$out" ]; then tap_ok "cppcheck: $desc"
	else tap_bad "cppcheck: $desc" "$(echo "$out" | head -3 | tr '\n' ' ')"; fi
}

if [ "$what" = all ] || [ "$what" = cppcheck ]; then
	if ! command -v cppcheck > /dev/null; then
		tap_skip "cppcheck" "cppcheck is not installed (scripts/deps.sh installs it)"
	else
		build_objects
		for t in $TARGETS; do
			macros=$(. scripts/arch.sh "$t" && echo "$CPPCHECK_FLAGS")
			entry=$(objects "$t" | grep -e /entry.o -e /vgetrandom.o -e /chacha20.o)
			cppcheck_part "reader for $t ($(echo "$entry" | cut -d' ' -f2 | tr '\n' ' ' | sed 's/ $//'))" \
				$macros $(cppcheck_flags "$t" $(cat build/"$t"/entry.o.flags)) \
				$(echo "$entry" | cut -d' ' -f2)
		done
		cppcheck_part "writer and fault injector (harness/writer.c, harness/inject.c)" \
			$CPPCHECK_FLAGS $(cppcheck_flags writer $(cat build/x86_64/harness-writer.o.flags)) \
			harness/writer.c harness/inject.c
		cppcheck_part "reader as the fuzzer builds it (harness/fuzz/reader.c)" \
			$CPPCHECK_FLAGS $(cppcheck_flags fuzz $(cat build/fuzz/reader-replay.o.flags)) \
			harness/fuzz/reader.c
		rest=$(git ls-files 'harness/*.c' 'tools/*.c' 'guest/*.c' |
		       grep -v -e '^harness/writer.c$' -e '^harness/inject.c$' -e '^harness/fuzz/reader.c$')
		cppcheck_part "harness, selftests and guest ($(echo "$rest" | wc -l) files)" \
			$CPPCHECK_FLAGS -Iharness -Itools/testing/selftests/vdso -Ibuild/x86_64 $rest
	fi
fi

if [ "$what" = all ] || [ "$what" = shell ]; then
	scripts=$(git ls-files '*.sh' .ci/run)
	bad=
	for f in $scripts; do
		out=$(bash -n "$f" 2>&1) || bad="$bad$out "
	done
	if [ -z "$bad" ]; then tap_ok "shell: $(echo "$scripts" | wc -l) scripts parse (bash -n)"
	else tap_bad "shell: $(echo "$scripts" | wc -l) scripts parse (bash -n)" "$(echo "$bad" | cut -c1-300)"; fi
fi

tap_done
