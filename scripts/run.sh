#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The main job for one arch: graft our vDSO into Linux 6.12, build a tiny
# kernel, boot it in QEMU (TCG) with our selftests as init's payload, and
# report: every check plainly and in a time namespace, and per clock the
# vDSO's and the syscall's ns/call.
#
#   scripts/run.sh ARCH          (make run ARCH=... [EXTRA=dir])
#
# A kernel that also runs tasks of other ABIs (KVDSO_COMPAT: i386 tasks on
# x86_64, AArch32 ones on arm64, o32 and n32 ones on mips64el) gets their
# selftests too, each ABI's in /selftests<COMPAT_DIR> and /kselftests<COMPAT_DIR>
# (/selftests32, /selftests-o32, ...).
#
# With SOAK_MINUTES set (make soak) the guest also gets the soak programs
# (/soak, and /soak<COMPAT_DIR> for each other ABI) and loops them with the selftests
# for that long; scripts/soak-report.sh then adds up what they printed.
# SOAK_SMP=N (N >= 2) soaks an SMP kernel (configs/smp.config, its own
# build directory) on N virtual CPUs instead. BASE_CONFIG=<config target>
# (make run BASE_CONFIG=x86_64_defconfig) builds the kernel from that
# config instead of tinyconfig, in a build directory of its own.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-x86_64}
extra=${EXTRA:-}
soak=${SOAK_MINUTES:-}
smp=${SOAK_SMP:-}
# shellcheck source=scripts/arch.sh
. "$top/scripts/arch.sh" "$arch"
. "$top/scripts/cache.sh"
base=${BASE_CONFIG:-}
out=$cache/build-$arch${smp:+-smp}${base:+-$base}
work=$top/build/$arch/guest
mkdir -p "$work"
cd "$top"

step() { printf '[run %s] %s\n' "$arch" "$*" >&2; }

# The grafted tree is shared by every arch and two cores fit one kernel
# build: graft, build and check hold one lock, so runs for several arches
# (or several developers) queue instead of clobbering each other.
open_kernel_lock
step "wait for the kernel lock ($cache/.kernel.lock)"
flock 9
t0=$(date +%s)

step "graft into ${KERNEL_SRC:-Debian linux-source-6.12}"
tree=$(scripts/graft.sh)

step "build the kernel (log: $work/kernel-build.log)"
# Its progress (objects built, time) reaches the terminal on descriptor 3.
if ! EXTRA_CONFIG=${smp:+$top/configs/smp.config} BASE_CONFIG=$base KBUILD_PROGRESS_FD=3 \
	scripts/kernel-build.sh "$arch" "$tree" "$out" 3>&2 > "$work/kernel-build.log" 2>&1; then
	tail -40 "$work/kernel-build.log" >&2
	echo "run: kernel build failed" >&2
	exit 1
fi
t1=$(date +%s)

step "check the graft and the built vDSO"
scripts/check-graft.sh "$arch" "$tree" "$out" > "$work/graft-check.tap" || true
flock -u 9

step "build the guest: static selftests and init"
make -s -C tools/testing/selftests/vdso OUTPUT="$work/selftests" \
	CC="$TARGET_CC" STATIC=1 > "$work/selftests-build.log" 2>&1 ||
	{ cat "$work/selftests-build.log" >&2; exit 1; }
# The kernel's own vDSO selftests, unchanged, for each ABI too.
scripts/kernel-selftests.sh "$arch" "$work/kselftests" /kselftests >> "$work/selftests-build.log" 2>&1 ||
	{ cat "$work/selftests-build.log" >&2; exit 1; }
# The other ABIs' tasks: "target dir" lines (dir: the guest's suffix).
compat_abis=$(for c in ${KVDSO_COMPAT:-}; do echo "$c $(compat_fact "$c" COMPAT_DIR)"; done)
while read -r c dir; do
	[ -n "$c" ] || continue
	make -s -C tools/testing/selftests/vdso OUTPUT="$work/selftests$dir" \
		CC="$(compat_fact "$c" TARGET_CC)" STATIC=1 >> "$work/selftests-build.log" 2>&1 &&
	scripts/kernel-selftests.sh "$c" "$work/kselftests$dir" "/kselftests$dir" \
		>> "$work/selftests-build.log" 2>&1 || { cat "$work/selftests-build.log" >&2; exit 1; }
done <<< "$compat_abis"
$TARGET_CC -static -O2 -Wall -Wextra -Werror -Itools/testing/selftests/vdso guest/init.c -o "$work/init"
if [ -n "$soak" ]; then
	: > "$work/soak-build.log"
	for t in "$arch" ${KVDSO_COMPAT:-}; do
		make -s ARCH="$t" soak-programs >> "$work/soak-build.log" 2>&1 ||
			{ cat "$work/soak-build.log" >&2; exit 1; }
	done
fi

spec=$work/initramfs.list
{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "dir /proc 0755 0 0"
	echo "dir /sys 0755 0 0"
	echo "file /init $work/init 0755 0 0"
	for dir in selftests kselftests $(while read -r _ d; do [ -n "$d" ] && echo "selftests$d kselftests$d"; done <<< "$compat_abis"); do
		echo "dir /$dir 0755 0 0"
		for f in "$work/$dir"/vdso_*; do
			[ -x "$f" ] && [ -f "$f" ] && echo "file /$dir/$(basename "$f") $f 0755 0 0"
		done
		[ -d "$work/$dir/lib" ] || continue
		echo "dir /$dir/lib 0755 0 0"
		for f in "$work/$dir"/lib/*; do echo "file /$dir/lib/$(basename "$f") $f 0755 0 0"; done
	done
	if [ -n "$soak" ]; then
		echo "dir /soak 0755 0 0"
		for f in build/$arch/soak/* build/$arch/vdso.so; do
			echo "file /soak/$(basename "$f") $top/$f 0755 0 0"
		done
		while read -r c d; do
			[ -n "$c" ] || continue
			echo "dir /soak$d 0755 0 0"
			echo "file /soak$d/vdso_soak $top/build/$c/soak/vdso_soak 0755 0 0"
		done <<< "$compat_abis"
	fi
	echo "dir /extra 0755 0 0"
	if [ -n "$extra" ]; then
		for f in "$extra"/*; do
			[ -x "$f" ] && [ -f "$f" ] && echo "file /extra/$(basename "$f") $(readlink -f "$f") 0755 0 0"
		done
	fi
} > "$spec"
initramfs=$work/initramfs${soak:+-soak}.cpio
"$out/usr/gen_init_cpio" "$spec" > "$initramfs"

step "boot $KIMAGE in QEMU${soak:+ to soak for $soak min}"
t2=$(date +%s)
if [ -n "$soak" ]; then
	console=$work/soak-console.log
	# One CPU per socket: SeaBIOS's MP table (x86 without ACPI) lists one
	# CPU per socket, so -smp 2 alone brings up one.
	RUN_TIMEOUT=$((soak * 60 + 900)) QEMU_EXTRA=${smp:+-smp $smp,sockets=$smp,cores=1} scripts/boot.sh "$arch" "$out/$KIMAGE" "$initramfs" \
		"$console" "gvdso.soak=$soak"
else
	console=$work/console.log
	scripts/boot.sh "$arch" "$out/$KIMAGE" "$initramfs" "$console"
fi
t3=$(date +%s)

echo "build ${arch}: kernel build $((t1 - t0)) s, boot to results $((t3 - t2)) s"
if [ -n "$soak" ]; then
	exec scripts/soak-report.sh "$arch" "$work/graft-check.tap" "$console"
fi
scripts/report.sh "$arch" "$work/graft-check.tap" "$console" "$work/results.csv"
