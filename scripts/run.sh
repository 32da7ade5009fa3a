#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The main job for one arch: graft our vDSO into Linux 6.12, build a tiny
# kernel, boot it in QEMU (TCG) with our selftests as init's payload, and
# report: every check plainly and in a time namespace, and per clock the
# vDSO's and the syscall's ns/call.
#
#   scripts/run.sh ARCH          (make run ARCH=... [EXTRA=dir])
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-x86_64}
extra=${EXTRA:-}
# shellcheck source=scripts/arch.sh
. "$top/scripts/arch.sh" "$arch"
cache=${GVDSO_CACHE:-/var/cache/gvdso}
out=$cache/build-$arch
work=$top/build/$arch/guest
mkdir -p "$work"
cd "$top"

step() { printf '[run %s] %s\n' "$arch" "$*" >&2; }

# The grafted tree is shared by every arch and two cores fit one kernel
# build: graft, build and check hold one lock, so runs for several arches
# (or several developers) queue instead of clobbering each other.
mkdir -p "$cache"
exec 9> "$cache/.kernel.lock"
step "wait for the kernel lock ($cache/.kernel.lock)"
flock 9
t0=$(date +%s)

step "graft into ${KERNEL_SRC:-Debian linux-source-6.12}"
tree=$(scripts/graft.sh)

step "build the kernel (log: $work/kernel-build.log)"
if ! scripts/kernel-build.sh "$arch" "$tree" "$out" > "$work/kernel-build.log" 2>&1; then
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
	CROSS_COMPILE="$USER_CROSS" STATIC=1 > "$work/selftests-build.log" 2>&1 ||
	{ cat "$work/selftests-build.log" >&2; exit 1; }
# A 64-bit kernel that also runs 32-bit tasks gets their selftests too.
if [ -n "${USER32_CROSS:-}" ]; then
	make -s -C tools/testing/selftests/vdso OUTPUT="$work/selftests32" \
		CROSS_COMPILE="$USER32_CROSS" STATIC=1 >> "$work/selftests-build.log" 2>&1 ||
		{ cat "$work/selftests-build.log" >&2; exit 1; }
fi
"${USER_CROSS}gcc" -static -O2 -Wall -Wextra -Werror guest/init.c -o "$work/init"

spec=$work/initramfs.list
{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "dir /proc 0755 0 0"
	echo "dir /sys 0755 0 0"
	echo "file /init $work/init 0755 0 0"
	for dir in selftests ${USER32_CROSS:+selftests32}; do
		echo "dir /$dir 0755 0 0"
		for f in "$work/$dir"/vdso_*; do
			[ -x "$f" ] && [ -f "$f" ] && echo "file /$dir/$(basename "$f") $f 0755 0 0"
		done
	done
	echo "dir /extra 0755 0 0"
	if [ -n "$extra" ]; then
		for f in "$extra"/*; do
			[ -x "$f" ] && [ -f "$f" ] && echo "file /extra/$(basename "$f") $(readlink -f "$f") 0755 0 0"
		done
	fi
} > "$spec"
"$out/usr/gen_init_cpio" "$spec" > "$work/initramfs.cpio"

step "boot $KIMAGE in QEMU (console: $work/console.log)"
t2=$(date +%s)
scripts/boot.sh "$arch" "$out/$KIMAGE" "$work/initramfs.cpio" "$work/console.log"
t3=$(date +%s)

echo "build ${arch}: kernel build $((t1 - t0)) s, boot to results $((t3 - t2)) s"
scripts/report.sh "$arch" "$work/graft-check.tap" "$work/console.log" "$work/results.csv"
