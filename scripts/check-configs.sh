#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check-configs: the graft against the configurations people build,
# not only our tiny ones. For each distribution-like defconfig below,
# configure it on the grafted tree and build every object whose source
# includes a header of the vDSO's data page, reader or writer (directly or
# through the headers that include them), kernel/time, and the vDSO
# images. Prints how long each took. Not part of make check (tens of minutes).
#
#   scripts/check-configs.sh [NAME...]    (default: every one below)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
cache=${GVDSO_CACHE:-/var/cache/gvdso}
. scripts/tap.sh
. scripts/progress.sh

# name: kernel ARCH, defconfig, make variables, vDSO directories.
configs="x86_64 i386 arm64 arm riscv64 rv32 x86_64-llvm arm64-llvm"
config_facts() {
	case $1 in
	x86_64) echo "x86 x86_64_defconfig - arch/x86/entry/vdso/" ;;
	i386) echo "x86 i386_defconfig - arch/x86/entry/vdso/" ;;
	arm64) echo "arm64 defconfig CROSS_COMPILE=aarch64-linux-gnu-,CROSS_COMPILE_COMPAT=arm-linux-gnueabihf- arch/arm64/kernel/vdso/,arch/arm64/kernel/vdso32/" ;;
	arm) echo "arm multi_v7_defconfig CROSS_COMPILE=arm-linux-gnueabihf- arch/arm/vdso/" ;;
	riscv64) echo "riscv defconfig CROSS_COMPILE=riscv64-linux-gnu- arch/riscv/kernel/vdso/" ;;
	rv32) echo "riscv rv32_defconfig CROSS_COMPILE=riscv64-linux-gnu- -" ;;
	x86_64-llvm) echo "x86 x86_64_defconfig LLVM=-16 arch/x86/entry/vdso/" ;;
	arm64-llvm) echo "arm64 defconfig LLVM=-16,CROSS_COMPILE_COMPAT=arm-linux-gnueabihf- arch/arm64/kernel/vdso/,arch/arm64/kernel/vdso32/" ;;
	*) return 1 ;;
	esac
}

# The sources that include the vDSO's own headers, found by name through
# two rounds of the headers that include those.
vdso_sources() {
	local tree=$1 karch=$2 names='vdso/(datapage|helpers|vsyscall|gettime|getrandom)\.h|asm/vdso/(gettimeofday|compat_gettimeofday|vsyscall|data|getrandom)\.h'
	local round found hdrs
	for round in 1 2 3; do
		found=$(cd "$tree" && grep -rlE "#include <($names)>" --include='*.[chS]' \
			include kernel lib drivers/char drivers/clocksource drivers/hv arch/"$karch" \
			2>/dev/null)
		hdrs=$(echo "$found" | sed -n 's@^include/\(.*\.h\)$@\1@p; s@^arch/[a-z0-9]*/include/\(.*\.h\)$@\1@p' |
			sed 's/[.]/\\./g' | tr '\n' '|')
		[ -n "$hdrs" ] && names="$names|${hdrs%|}"
	done
	echo "$found" | grep -E '\.[cS]$' | grep -v -e '/vdso/' -e '/vdso32/' | sed 's/\.[cS]$/.o/'
}

exec 9> "$cache/.kernel.lock"
for name in ${*:-$configs}; do
	read -r karch defconfig vars vdso_dirs <<< "$(config_facts "$name")" ||
		{ tap_bad "$name" "no such configuration (known: $configs)"; continue; }
	[ "$vars" = - ] && vars=
	[ "$vdso_dirs" = - ] && vdso_dirs=
	out=$cache/configs/$name
	mkdir -p "$out"
	log=$out/check.log
	# shellcheck disable=SC2206 # comma-separated make variables
	mvars=($(echo "$vars" | tr ',' ' '))
	start=$SECONDS
	echo "[check-configs] $name: wait for the kernel lock" >&2
	flock 9
	tree=$(scripts/graft.sh)
	kmake() { make -C "$tree" O="$out" ARCH="$karch" "${mvars[@]}" -j"$(nproc)" "$@"; }
	configure() { kmake "$defconfig" && kmake prepare; }
	if ! PROGRESS_LABEL="$name: $defconfig, make prepare" logged "$log" configure 2>&1; then
		flock -u 9
		tap_bad "$name: $defconfig configures and prepares" "$(tail -3 "$log" | tr '\n' ' ')"
		continue
	fi
	objs=$(vdso_sources "$tree" "$([ "$karch" = i386 ] && echo x86 || echo "$karch")")
	# kernel/time as a whole: timekeeping reads every basic vDSO header.
	dirs="kernel/time/ $(echo "$vdso_dirs" | tr ',' ' ')"
	touch "$out/.check-start"
	# One make for all (-k: an object this config does not build has no
	# rule, which must not stop the others).
	# shellcheck disable=SC2086 # lists of make targets
	PROGRESS_LABEL="$name: the vDSO's objects" logged "$log.objs" kmake -k $objs $dirs 2>&1
	flock -u 9
	built=0 absent=0 failed=
	for o in $objs; do
		if [ "$out/$o" -nt "$out/.check-start" ]; then built=$((built + 1))
		elif grep -q "No rule to make target '$o'" "$log.objs"; then absent=$((absent + 1))
		else failed="$failed $o"; fi
	done
	for d in $dirs; do
		if [ -n "$(find "$out/$d" -name '*.[oa]' -newer "$out/.check-start" 2>/dev/null | head -1)" ]; then
			built=$((built + 1))
		else failed="$failed $d"; fi
	done
	took=$((SECONDS - start))
	what="$name ($defconfig${vars:+ $vars})"
	if [ -z "$failed" ]; then
		tap_ok "$what: $built objects and vDSO images built, $absent not in this config, $took s"
	else
		tap_bad "$what" "not built:$failed ($took s; log: $log.objs)"
	fi
done
tap_done
