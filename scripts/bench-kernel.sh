#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench-kernel ARCH=...: our grafted kernel against the stock Linux
# 6.12 kernel built from the same config, booted in the same QEMU with the
# same initramfs, running only the benchmark (gvdso.bench on the command
# line), ROUNDS times each in turn (ours, stock, ours, stock, ...; default
# 21); per clock the median over the boots, as one boot's figures move by
# up to 2x under TCG and land in two clusters (the spread is printed too;
# 5 boots each still gave medians from either cluster). The boots run with
# norandmaps, so both kernels' vDSOs sit at the same address in the same
# process layout and only their code differs. The guest's vdso_bench also
# times getrandom() of 4 to 4096 bytes where the vDSO has it
# (getrandom_<bytes>), and runs again as a task of each other ABI the
# kernel has a vDSO for: those rows are marked with it, "(32-bit)",
# "(o32)", "(n32)". Prints ours/stock per row and the .text
# size of each vDSO image of both kernels, and both images' instructions
# per call outside the guest (scripts/icount.sh --counts, per ABI); writes
# build/bench/kernel-<arch>.csv as clock,ours_ns,stock_ns,syscall_ns.
#
# ICOUNT=1 counts instructions instead of timing: every boot runs under
# QEMU's -icount shift=0, where the guest's clocks advance one nanosecond
# per instruction executed, so the guest's "ns per call" is the number of
# instructions per call (the bench loop's few included, the same for both
# kernels), and it hardly moves from boot to boot (default ROUNDS=2). It
# counts each kernel's image as that kernel patched it (alternatives
# applied), which a userspace run of the image cannot. Not on x86, whose
# guest TSC rate is given from the host's (scripts/boot.sh): count its
# images with callgrind (make bench-stock, scripts/icount.sh --counts).
# Writes build/bench/kernel-<arch>-icount.csv.
#
# After the main job, the kernel lock is held to the last boot: our kernel
# is rebuilt from this tree under it (incremental: nothing to do unless
# another job's graft was built meanwhile), and no other kernel build runs
# while the guests time. The load (uptime) is printed before and after.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
arch=${1:-x86_64}
icount=${ICOUNT:-}
rounds=${ROUNDS:-21}
[ -n "$icount" ] && rounds=${ROUNDS:-2}
. scripts/arch.sh "$arch" || exit 1
. "$top/scripts/cache.sh"
ours=$cache/build-$arch
stock=$cache/build-$arch-stock
work=build/$arch/bench-kernel
unit=ns csv=build/bench/kernel-$arch.csv icount_qemu=
if [ -n "$icount" ]; then
	case $arch in
	x86_64 | i386)
		echo "bench-kernel: ICOUNT=1 is not for $arch: its guest TSC rate comes from the host's;" \
			"count its images with callgrind (make bench-stock, scripts/icount.sh --counts)" >&2
		exit 2 ;;
	mips*)
		echo "bench-kernel: ICOUNT=1 is not for $arch: under -icount malta's Count does not advance" \
			"one ns per instruction (1,561-1,715 'instructions' per hres call, moving between boots)" >&2
		exit 2 ;;
	esac
	work=build/$arch/bench-kernel-icount unit=instr csv=build/bench/kernel-$arch-icount.csv
	icount_qemu="-icount shift=0"
fi
mkdir -p "$work" build/bench

# Ours, with the guest's initramfs, through the main job (which takes the
# lock for its build and lets it go before it boots).
scripts/run.sh "$arch" > "$work/run.log" 2>&1 || { tail -20 "$work/run.log"; exit 1; }
open_kernel_lock
echo "[bench-kernel $arch] wait for the kernel lock" >&2
flock 9
echo "[bench-kernel $arch] ours again from this tree, and the stock kernel (logs: $work/*-build.log)" >&2
build_ours_and_stock "$arch" "$ours" "$stock" "$work" || exit 1
# Copies of every vDSO image of both kernels (one per ABI: this target and
# KVDSO_COMPAT's), counted after the boots: the cache may be rebuilt by then.
abi_targets="$arch ${KVDSO_COMPAT:-}"
for t in $abi_targets; do
	dbg=$(compat_fact "$t" KVDSO_DBG)
	cp "$ours/$dbg" "$work/ours-$t.so" && cp "$stock/$dbg" "$work/stock-$t.so" || exit 1
done

echo "load before: $(uptime)" | tee "$work/load"

for round in $(seq "$rounds"); do
	for k in ours stock; do
		dir=$ours; [ "$k" = stock ] && dir=$stock
		echo "[bench-kernel $arch] boot $k, round $round" >&2
		QEMU_EXTRA="${QEMU_EXTRA:-} $icount_qemu" scripts/boot.sh "$arch" "$dir/$KIMAGE" "build/$arch/guest/initramfs.cpio" \
			"$work/$k-$round.console" "gvdso.bench norandmaps"
	done
done
echo "load after: $(uptime)" | tee -a "$work/load"
flock -u 9

text_size() {
	local hex
	hex=$(readelf -SW "$1" | awk '{ for (i = 1; i < NF; i++) if ($i == ".text") print $(i + 4) }')
	echo $((16#${hex:-0}))
}

awk -v csv="$csv" -v dir="$work" -v rounds="$rounds" -v unit="$unit" -f scripts/abi.awk -f <(printf %s '
# Rows of a task of another ABI are named with it: " (32-bit)", " (o32)" (abi.awk).
function take(file, who,    line, f, v, y, k, rows_abi) {
	rows_abi = ""
	while ((getline line < file) > 0) {
		sub(/\r$/, "", line)
		if (line ~ /^GVDSO: begin /) {
			split(line, f, " ")
			rows_abi = abi(f[3])
		}
		if (line !~ /^bench /) continue
		split(line, f, " ")
		v = f[3]; y = f[4]; sub("vdso_ns=", "", v); sub("syscall_ns=", "", y)
		k = f[2] rows_abi
		if (!(k in seen)) { seen[k] = 1; order[++n] = k }
		val[who, k, ++cnt[who, k]] = v + 0
		if (who == "ours") sys[k, ++scnt[k]] = y + 0
	}
	close(file)
}
# Median of a[1..m] (sorted in place); 0 for none.
function median(a, m,    i, j, t) {
	for (i = 2; i <= m; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	if (!m) return 0
	return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
function stat(who, k,    a, i, m) {
	m = cnt[who, k]
	for (i = 1; i <= m; i++) a[i] = val[who, k, i]
	med = median(a, m); lo = a[1]; hi = a[m]
}
BEGIN {
	for (r = 1; r <= rounds; r++) {
		take(dir "/ours-" r ".console", "ours")
		take(dir "/stock-" r ".console", "stock")
	}
	printf "clock,ours_%s,stock_%s,syscall_%s\n", unit, unit, unit > csv
	if (unit == "instr")
		print "instructions per call (QEMU -icount shift=0: one guest ns per instruction)"
	printf "median of %d boots each (min-max in brackets)\n", rounds
	printf "%-28s %26s %26s %12s %10s\n", "clock", "ours " unit, "stock " unit, "syscall " unit, "ours/stock"
	for (i = 1; i <= n; i++) {
		k = order[i]
		stat("ours", k); o = med; olo = lo; ohi = hi
		stat("stock", k); s = med; slo = lo; shi = hi
		m = scnt[k]; delete b
		for (j = 1; j <= m; j++) b[j] = sys[k, j]
		y = median(b, m)
		printf "%-28s %8.1f [%6.1f-%7.1f] %8.1f [%6.1f-%7.1f] %12.1f %10.2f\n", k, o, olo, ohi,
			s, slo, shi, y, (s > 0 ? o / s : 0)
		printf "%s,%.1f,%.1f,%.1f\n", k, o, s, y >> csv
	}
}') < /dev/null
for t in $abi_targets; do
	echo "vDSO .text: ours $(text_size "$work/ours-$t.so") bytes," \
		"stock $(text_size "$work/stock-$t.so") bytes ($(compat_fact "$t" KVDSO_DBG))"
done
echo "wrote $csv"

# Instructions per call of the same images, outside the guests: each ABI's
# harness calls them on a data page of our writer (scripts/icount.sh
# --counts: callgrind natively, QEMU's log under qemu-user), the same page
# and loop for both, so only their code differs. Images as each kernel
# linked them: x86's alternatives unpatched.
for t in $abi_targets; do
	make -s --no-print-directory ARCH="$t" harness > "$work/harness-$t.log" 2>&1 ||
		{ echo "instructions per call ($t): harness did not build ($work/harness-$t.log)"; continue; }
	scripts/icount.sh "$t" --counts "$work/ours-$t.so" > "$work/ours-$t.icount" 2> /dev/null
	scripts/icount.sh "$t" --counts "$work/stock-$t.so" > "$work/stock-$t.icount" 2> /dev/null
	echo "instructions per call, $t images (scripts/icount.sh --counts): entry ours stock ours/stock"
	awk 'NR == FNR { stock[$1] = $2; next }
	     { printf "  %-20s %6s %6s %6s\n", $1, $2, stock[$1], ($2 > 0 && stock[$1] > 0) ? sprintf("%.2f", $2 / stock[$1]) : "-" }' \
		"$work/stock-$t.icount" "$work/ours-$t.icount"
done
