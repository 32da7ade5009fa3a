#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Does the guest platform lose timer interrupts? Boots our kernel and the
# stock Linux 6.12 kernel built from the same config, each with
# guest/tickstall.c as init (no vDSO used: the kernel's own paths only),
# ROUNDS times each in turn, SECONDS of the guest's counter each, and
# prints each boot's worst wake-up latency of a SCHED_FIFO 1 ms sleeper
# (measured with the raw counter and with CLOCK_MONOTONIC), the time the
# kernel's CLOCK_MONOTONIC lost against the counter, and every stall
# (the kernel's /proc/timer_list at the time: a next_event in the past
# means the event was programmed and its interrupt never came).
# mips64el only for now (the counter is CP0 Count, read with rdhwr).
#
#   scripts/tickstall.sh ARCH [SECONDS [ROUNDS]]   (NO_BUILD=1: boot the
#   kernels already in the cache, build nothing)
#
# The kernels are built as scripts/bench-kernel.sh builds them, under the
# kernel lock; the lock is let go before the boots.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
arch=${1:-mips64el} secs=${2:-180} rounds=${3:-1}
case $arch in
mips64el) ;;
*) echo "tickstall: only mips64el (the program reads CP0 Count)" >&2; exit 2 ;;
esac
. scripts/arch.sh "$arch" || exit 1
. scripts/cache.sh
ours=$cache/build-$arch stock=$cache/build-$arch-stock
work=build/$arch/tickstall
mkdir -p "$work"

if [ -z "${NO_BUILD:-}" ]; then
	open_kernel_lock
	echo "[tickstall $arch] wait for the kernel lock" >&2
	flock 9
	echo "[tickstall $arch] build ours and stock (logs: $work/*-build.log)" >&2
	build_ours_and_stock "$arch" "$ours" "$stock" "$work" || exit 1
	flock -u 9
fi
for k in "$ours" "$stock"; do
	[ -f "$k/$KIMAGE" ] || { echo "tickstall: no $k/$KIMAGE" >&2; exit 1; }
done
# Copies: another job may rebuild the cache's kernels while these boot.
cp "$ours/$KIMAGE" "$work/ours.$KIMAGE" && cp "$stock/$KIMAGE" "$work/stock.$KIMAGE" || exit 1

$TARGET_CC -static -O2 -Wall -Wextra -Werror -pthread guest/tickstall.c -o "$work/init" || exit 1
printf 'dir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\ndir /proc 0755 0 0\nfile /init %s 0755 0 0\n' \
	"$top/$work/init" > "$work/initramfs.list"
"$ours/usr/gen_init_cpio" "$work/initramfs.list" > "$work/initramfs.cpio" || exit 1

for round in $(seq "$rounds"); do
	for k in ours stock; do
		echo "[tickstall $arch] boot $k, round $round, $secs s" >&2
		RUN_TIMEOUT=$((secs + 600)) scripts/boot.sh "$arch" "$work/$k.$KIMAGE" "$work/initramfs.cpio" \
			"$work/$k-$round.console" "tick.s=$secs"
	done
done

for round in $(seq "$rounds"); do
	for k in ours stock; do
		echo "== $k, round $round"
		tr -d '\r' < "$work/$k-$round.console" |
			grep -E '^TICK: (start|Count rate|late|stall|sleeper|spinner|done)' || echo "(no result)"
	done
done
