#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench-kernel ARCH=...: our grafted kernel against the stock Linux
# 6.12 kernel built from the same config, booted in the same QEMU with the
# same initramfs, running only the benchmark (gvdso.bench on the command
# line), twice each in turn (ours, stock, ours, stock); per clock the mean
# of the two boots. Prints ours/stock per clock and the .text size of both
# vDSO images; writes build/bench/kernel-<arch>.csv as
# clock,ours_ns,stock_ns,syscall_ns.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
arch=${1:-x86_64}
. scripts/arch.sh "$arch" || exit 1
cache=${GVDSO_CACHE:-/var/cache/gvdso}
ours=$cache/build-$arch
stock=$cache/build-$arch-stock
work=build/$arch/bench-kernel
mkdir -p "$work" build/bench

# Ours, with the guest's initramfs, through the main job.
scripts/run.sh "$arch" > "$work/run.log" 2>&1 || { tail -20 "$work/run.log"; exit 1; }
exec 9> "$cache/.kernel.lock"
flock 9
echo "[bench-kernel $arch] build the stock kernel (log: $work/stock-build.log)" >&2
scripts/kernel-build.sh "$arch" "$(scripts/kernel-src.sh)" "$stock" > "$work/stock-build.log" 2>&1 ||
	{ tail -20 "$work/stock-build.log"; exit 1; }
flock -u 9

for round in 1 2; do
	for k in ours stock; do
		dir=$ours; [ "$k" = stock ] && dir=$stock
		echo "[bench-kernel $arch] boot $k, round $round" >&2
		scripts/boot.sh "$arch" "$dir/$KIMAGE" "build/$arch/guest/initramfs.cpio" \
			"$work/$k-$round.console" gvdso.bench
	done
done

text_size() {
	local hex
	hex=$(readelf -SW "$1" | awk '{ for (i = 1; i < NF; i++) if ($i == ".text") print $(i + 4) }')
	echo $((16#${hex:-0}))
}
ours_text=$(text_size "$ours/$KVDSO_DBG")
stock_text=$(text_size "$stock/$KVDSO_DBG")

csv=build/bench/kernel-$arch.csv
awk -v csv="$csv" -v dir="$work" '
function take(file, who,    line, f, v, y) {
	while ((getline line < file) > 0) {
		sub(/\r$/, "", line)
		if (line !~ /^bench /) continue
		split(line, f, " ")
		v = f[3]; y = f[4]; sub("vdso_ns=", "", v); sub("syscall_ns=", "", y)
		k = f[2]
		if (!(k in seen)) { seen[k] = 1; order[++n] = k }
		sum[who, k] += v; cnt[who, k]++
		if (who == "ours") { ssum[k] += y; scnt[k]++ }
	}
	close(file)
}
BEGIN {
	for (r = 1; r <= 2; r++) {
		take(dir "/ours-" r ".console", "ours")
		take(dir "/stock-" r ".console", "stock")
	}
	print "clock,ours_ns,stock_ns,syscall_ns" > csv
	printf "%-20s %10s %10s %12s %10s\n", "clock", "ours ns", "stock ns", "syscall ns", "ours/stock"
	for (i = 1; i <= n; i++) {
		k = order[i]
		o = cnt["ours", k] ? sum["ours", k] / cnt["ours", k] : 0
		s = cnt["stock", k] ? sum["stock", k] / cnt["stock", k] : 0
		y = scnt[k] ? ssum[k] / scnt[k] : 0
		printf "%-20s %10.1f %10.1f %12.1f %10.2f\n", k, o, s, y, (s > 0 ? o / s : 0)
		printf "%s,%.1f,%.1f,%.1f\n", k, o, s, y >> csv
	}
}'
echo "vDSO .text: ours $ours_text bytes, stock $stock_text bytes ($KVDSO_DBG)"
echo "wrote $csv"
