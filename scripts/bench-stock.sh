#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench-stock (x86_64 hosts): our kernel-built x86_64 vDSO against
# stock Linux 6.12's, natively, both mapped by the harness onto the same
# data page that our writer fills (the two share the 6.12 data layout),
# interleaved in one process: the images' code is the only difference.
# Both kernels are built with the main job's config (configs/x86_64.config
# has the paravirt clock options), so both images read kvm-clock's
# pvclock page and the Hyper-V TSC page too; each clock mode is timed in
# turn: the TSC, then the harness's simulated hypervisor's pvclock and TSC
# pages.
#
# Both images read the counter through rdtsc_ordered(), an alternative
# the kernel patches at boot; the unpatched image holds a bare rdtsc.
# Each pair is timed twice: patched to "lfence; rdtsc" (the sequence the
# userspace build uses), and patched as the kernel boots on this CPU
# (rdtscp where it has it, as apply_alternatives() writes it).
# Instructions per call of both under callgrind, per mode.
#
# Then getrandom() of 4 to 4096 bytes: ours, stock's, the host kernel's
# vDSO (where it has one) and the syscall, a batch of each in turn, all
# vDSO states served from the same data page's RNG state; and the
# instructions per call of ours and stock's.
#
# The kernel lock is held from the builds to the last timing, so no
# kernel build of another job runs while this one times; the load
# (uptime) before and after each table is printed with it.
#
# Writes build/bench/stock-x86_64.csv (mode,patch,clock,ours_ns,stock_ns,syscall_ns)
# and build/bench/stock-getrandom-x86_64.csv
# (bytes,ours_ns,stock_ns[,host_vdso_ns],syscall_ns).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
[ "$(uname -m)" = x86_64 ] || { echo "bench-stock: runs natively on x86_64 only"; exit 1; }
. scripts/arch.sh x86_64
. "$top/scripts/cache.sh"
ours_build=$cache/build-x86_64
stock_build=$cache/build-x86_64-stock
vdso=arch/x86/entry/vdso/vdso64.so
work=build/x86_64/bench-stock
csv=build/bench/stock-x86_64.csv
gr_csv=build/bench/stock-getrandom-x86_64.csv
modes=${BENCH_MODES:-tsc pvclock hvclock}
mkdir -p "$work" build/bench

open_kernel_lock
echo "[bench-stock] wait for the kernel lock" >&2
flock 9
load() { echo "load: $(uptime)"; }

# Our graft is rebuilt every time (incremental: nothing to do when
# unchanged); the stock kernel only when missing (make bench-kernel shares
# it). SKIP_BUILD=1 times the images as last built.
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$ours_build/$vdso" ] || [ ! -f "$stock_build/$vdso" ]; then
	echo "[bench-stock] graft and build ours (log: $work/ours-build.log)" >&2
	{ tree=$(scripts/graft.sh) &&
		scripts/kernel-build.sh x86_64 "$tree" "$ours_build"; } \
		> "$work/ours-build.log" 2>&1 || { tail -20 "$work/ours-build.log"; exit 1; }
	if [ ! -f "$stock_build/$vdso" ]; then
		echo "[bench-stock] build the stock kernel (log: $work/stock-build.log)" >&2
		scripts/kernel-build.sh x86_64 "$(scripts/kernel-src.sh)" \
			"$stock_build" > "$work/stock-build.log" 2>&1 ||
			{ tail -20 "$work/stock-build.log"; exit 1; }
	fi
fi
cp "$ours_build/$vdso" "$work/ours.so"
cp "$stock_build/$vdso" "$work/stock.so"

# rdtsc and the 3-byte padding of its alternatives, as the image holds it.
site='\x0f\x31\x90\x90\x90'
lfence='\x0f\xae\xe8\x0f\x31'
# rdtscp and the padding optimize_nops() makes of the rest (a 2-byte nop).
rdtscp='\x0f\x01\xf9\x66\x90'
if grep -qw rdtscp /proc/cpuinfo; then boot=rdtscp boot_bytes=$rdtscp
else boot="lfence; rdtsc" boot_bytes=$lfence; fi
for who in ours stock; do
	sites=$(LC_ALL=C grep -obaP "$site" "$work/$who.so" | wc -l)
	[ "$sites" -gt 0 ] || { echo "bench-stock: no rdtsc_ordered() site in $who's image"; exit 1; }
	echo "$who image: $sites rdtsc_ordered() sites, patched to lfence; rdtsc and to $boot"
	perl -0777 -pe "s/$site/$lfence/g" "$work/$who.so" > "$work/$who-lfence.so"
	perl -0777 -pe "s/$site/$boot_bytes/g" "$work/$who.so" > "$work/$who-boot.so"
done

make -s harness ARCH=x86_64
echo "mode,patch,clock,ours_ns,stock_ns,syscall_ns" > "$csv"
for mode in $modes; do
	for patch in lfence boot; do
		echo
		echo "== clock mode $mode, counter read $([ $patch = lfence ] && echo "lfence; rdtsc" || echo "$boot (as booted here)")"
		load
		build/x86_64/harness --bench-images "$work/ours-$patch.so" "$work/stock-$patch.so" \
			"$work/$mode-$patch.csv" "$mode"
		tail -n +2 "$work/$mode-$patch.csv" | sed "s/^/$mode,$patch,/" >> "$csv"
		load
	done
done

# getrandom() reads no counter: the images as booted here.
echo
echo "== getrandom(): ours | stock 6.12 | host kernel $(uname -r) | syscall"
load
build/x86_64/harness-getrandom "$work/ours-boot.so" --bench "$gr_csv" "$work/stock-boot.so" stock
load
# Instruction counts do not depend on the load: other jobs may build meanwhile.
flock -u 9

echo
echo "instructions per call (callgrind, ~14 of client-request overhead included; lfence; rdtsc):"
for mode in $modes; do
	scripts/icount.sh x86_64 --counts "$work/ours-lfence.so" "$mode" > "$work/ours-$mode.icount"
	scripts/icount.sh x86_64 --counts "$work/stock-lfence.so" "$mode" > "$work/stock-$mode.icount"
	echo "-- $mode"
	printf '%-18s %8s %8s\n' entry ours stock
	paste "$work/ours-$mode.icount" "$work/stock-$mode.icount" |
		awk '{ printf "%-18s %8s %8s\n", $1, $2, $4 }'
done
echo "wrote $csv and $gr_csv"
