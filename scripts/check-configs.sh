#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check-configs: the graft against the configurations people build,
# not only our tiny ones. For each distribution-like defconfig below,
# configure it on the grafted tree and build every object whose source
# uses the vDSO's data page, reader or writer (it includes one of their
# headers, directly or through the headers that include them, or names
# what they define), kernel/time, and the vDSO images. Prints how long
# each took. Not part of make check (minutes per configuration).
#
#   scripts/check-configs.sh [NAME...]    (default: every one below)
#
# The kernel lock is taken per configuration, so other builds can run
# between two of them.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. "$top/scripts/cache.sh"
. scripts/tap.sh
. scripts/progress.sh

# One configuration a line: name, kernel ARCH, defconfig, make variables
# (comma-separated, - for none), the vDSO build directories (the same).
# A target's come from its CHECK_CONFIGS (targets/README); ppc64's is
# big-endian with 32-bit tasks (vdso64 and vdso32, both from the LE gcc).
# The arch below has no target yet, so its facts are here: loongarch has
# no Debian cross gcc and 6.12 takes LLVM 18 or later there.
config_table() {
	local t c entry name rest defconfig vars dirs dir
	for t in $(ls targets | grep -vx README); do
		(
			. scripts/arch.sh "$t"
			[ -n "${CHECK_CONFIGS:-}" ] || exit 0
			dirs=$(dirname "$KVDSO_DBG")/
			# And those of the kernel's other vDSOs (KVDSO_COMPAT), once each.
			for c in ${KVDSO_COMPAT:-}; do
				dir=$(dirname "$(compat_fact "$c" KVDSO_DBG)")/
				case ,$dirs, in *,"$dir",*) ;; *) dirs="$dirs,$dir" ;; esac
			done
			for entry in $CHECK_CONFIGS; do
				name=${entry%%=*} rest=${entry#*=}
				defconfig=${rest%%,*} vars=${rest#"${rest%%,*}"}
				vars=${KCROSS:+CROSS_COMPILE=$KCROSS}${KCROSS_COMPAT:+,CROSS_COMPILE_COMPAT=$KCROSS_COMPAT}$vars
				vars=${vars#,}
				echo "$name $KARCH $defconfig ${vars:--} $dirs"
			done
		)
	done
	cat <<'TABLE'
loongarch-llvm loongarch loongson3_defconfig LLVM=-19                                             arch/loongarch/vdso/
TABLE
}
configs=$(config_table | awk '{ printf "%s%s", sep, $1; sep = " " }')

# The sources that use the vDSO's own headers: those that include them,
# found by name through rounds of the headers that include those, and
# those that name what they define (a clock mode, the data page and its
# bases, the RNG data), whatever header brought it in.
vdso_sources() {
	local tree=$1 karch=$2 round found hdrs
	local names='vdso/(datapage|helpers|vsyscall|gettime|getrandom)\.h|asm/vdso/(gettimeofday|compat_gettimeofday|vsyscall|data|getrandom|vclock)\.h'
	local idents='VDSO_CLOCKMODE_|vdso_(data|clock_mode|rng_data|timestamp)\b|__arch_get_k_vdso|\bVDSO_(HRES|COARSE|RAW|BASES)\b|\bCS_(HRES_COARSE|RAW|BASES)\b|_vdso_data\b'
	local where="include kernel lib mm fs virt drivers arch/$karch"

	for round in 1 2 3; do
		# shellcheck disable=SC2086 # a list of directories
		found=$(cd "$tree" && grep -rlE "#include <($names)>" --include='*.[chS]' $where 2>/dev/null)
		hdrs=$(echo "$found" | sed -n 's@^include/\(.*\.h\)$@\1@p; s@^arch/[a-z0-9]*/include/\(.*\.h\)$@\1@p' |
			sed 's/[.]/\\./g' | tr '\n' '|')
		[ -n "$hdrs" ] && names="$names|${hdrs%|}"
	done
	# (asm-offsets.c is compiled by make prepare.)
	# shellcheck disable=SC2086
	{ echo "$found"; cd "$tree" && grep -rlE "$idents" --include='*.[cS]' $where 2>/dev/null; } |
		grep -E '\.[cS]$' | grep -v -e '/vdso/' -e '/vdso32/' -e '/asm-offsets\.c$' | sort -u | sed 's/\.[cS]$/.o/'
}

# configured TREE CONFIG PATH: whether kbuild builds PATH (an object, or a
# directory ending in /) for the .config CONFIG, read from the kbuild
# Makefiles: some line names it in obj-y, obj-m or obj-$(CONFIG_...) with
# every CONFIG_ there set (y or m), or in a composite object's list that
# is itself built, and its directory is descended into (the same rule one
# level up; the top-level directories always are).
configured() {
	local tree=$1 config=$2 path=$3 dir name mk lhs
	dir=${path%/}; name=${dir##*/}; dir=${dir%/*}
	[ "$dir" = "${path%/}" ] && return 0	# a top-level directory
	case $path in */) name="$name/" ;; *) name="${name%.o}.o" ;; esac
	mk=$tree/$dir/Kbuild
	[ -f "$mk" ] || mk=$tree/$dir/Makefile
	[ -f "$mk" ] || return 0		# above kbuild's tree (arch/x86)
	for lhs in $(awk -v want="$name" '
		/\\$/ { sub(/\\$/, ""); line = line $0 " "; next }
		{ line = line $0
		  if (match(line, /^[ \t]*[A-Za-z0-9_]+-(y|m|objs|\$\([^)]*\))[ \t]*[:+]?=/)) {
			lhs = substr(line, RSTART, RLENGTH); rhs = substr(line, RSTART + RLENGTH)
			sub(/^[ \t]*/, "", lhs); sub(/[ \t]*[:+]?=$/, "", lhs)
			n = split(rhs, w, /[ \t]+/)
			for (i = 1; i <= n; i++) if (w[i] == want) { print lhs; break }
		  }
		  line = "" }' "$mk"); do
		local sym ok=1
		for sym in $(echo "$lhs" | grep -oE 'CONFIG_[A-Za-z0-9_]+'); do
			grep -qE "^$sym=(y|m)$" "$config" || ok=0
		done
		[ $ok = 1 ] || continue
		case $lhs in
		obj-*) configured "$tree" "$config" "$dir/" && return 0 ;;
		*) configured "$tree" "$config" "$dir/${lhs%%-*}.o" && return 0 ;;
		esac
	done
	return 1
}

open_kernel_lock
total_start=$SECONDS
for name in ${*:-$configs}; do
	facts=$(config_table | awk -v n="$name" '$1 == n { print $2, $3, $4, $5 }')
	if [ -z "$facts" ]; then
		tap_bad "$name" "no such configuration (known: $configs)"
		continue
	fi
	read -r karch defconfig vars vdso_dirs <<< "$facts"
	[ "$vars" = - ] && vars=
	[ "$vdso_dirs" = - ] && vdso_dirs=
	what="$name ($defconfig${vars:+ $vars})"
	out=$cache/configs/$name
	mkdir -p "$out"
	log=$out/check.log
	# shellcheck disable=SC2206 # comma-separated make variables
	mvars=($(echo "$vars" | tr ',' ' '))
	echo "[check-configs] $name: wait for the kernel lock" >&2
	flock 9
	start=$SECONDS
	if ! tree=$(scripts/graft.sh 2> "$log"); then
		flock -u 9
		tap_bad "$what: the graft" "$(tail -3 "$log" | tr '\n' ' ')"
		continue
	fi
	kmake() { make -C "$tree" O="$out" ARCH="$karch" "${mvars[@]}" -j"$(nproc)" "$@"; }
	configure() { kmake "$defconfig" && kmake prepare; }
	if ! PROGRESS_LABEL="$name: $defconfig, make prepare" logged "$log" configure 2>&1; then
		flock -u 9
		tap_bad "$what: configures and prepares" "$(tail -3 "$log" | tr '\n' ' ')"
		continue
	fi
	# kbuild compiles any source named as a target, configured or not
	# (arm_arch_timer.c on x86): only what this config builds is asked for.
	objs= absent=0
	for o in $(vdso_sources "$tree" "$karch"); do
		if configured "$tree" "$out/.config" "$o"; then objs="$objs $o"
		else absent=$((absent + 1)); fi
	done
	# kernel/time as a whole: timekeeping reads every basic vDSO header.
	dirs="kernel/time/ $(echo "$vdso_dirs" | tr ',' ' ')"
	# One make for all; -k: one failure must not hide the others.
	# shellcheck disable=SC2086 # lists of make targets
	PROGRESS_LABEL="$name: the vDSO's objects" logged "$log.objs" kmake -k $objs $dirs 2>&1
	status=$?
	flock -u 9
	built=0 failed=
	for o in $objs; do
		if [ -f "$out/$o" ]; then built=$((built + 1)); else failed="$failed $o"; fi
	done
	for d in $dirs; do
		if [ -f "$out/${d}built-in.a" ] || [ -n "$(find "$out/$d" -maxdepth 1 \( -name '*.so' -o -name '*.so.dbg' \) 2>/dev/null)" ]; then
			built=$((built + 1))
		else failed="$failed $d"; fi
	done
	errors=$(grep -E ': (fatal )?error: |\*\*\* \[.*\] Error [0-9]' "$log.objs" | head -3 | tr '\n' ' ')
	[ $status = 0 ] || [ -n "$errors" ] || errors="make exited with $status"
	took=$((SECONDS - start))
	echo "[check-configs] $name: $took s" >&2
	if [ -z "$failed" ] && [ -z "$errors" ]; then
		tap_ok "$what: $built objects and directories built, $absent not in this config, $took s"
	else
		tap_bad "$what" "not built:${failed:- none}; ${errors:-no error line} ($took s; log: $log.objs)"
	fi
done
echo "[check-configs] all: $((SECONDS - total_start)) s" >&2
tap_done
