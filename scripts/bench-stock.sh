#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench-stock (x86_64 hosts): our kernel-built x86_64 vDSO against
# stock Linux 6.12's, natively, both mapped by the harness onto the same
# data page that our writer fills (the two share the 6.12 data layout),
# interleaved in one process: the images' code is the only difference.
# Also instructions per call of both under callgrind. Writes
# build/bench/stock-x86_64.csv (clock,ours_ns,stock_ns,syscall_ns).
#
# The stock image comes from make bench-kernel's stock build (built here
# if missing). Its counter read is an alternative the kernel patches at
# boot; the unpatched image holds a bare rdtsc, which is patched here to
# "lfence; rdtsc", the kernel's choice on CPUs with LFENCE_RDTSC and the
# sequence ours uses, so that both order the counter read alike.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
[ "$(uname -m)" = x86_64 ] || { echo "bench-stock: runs natively on x86_64 only"; exit 1; }
. scripts/arch.sh x86_64
cache=${GVDSO_CACHE:-/var/cache/gvdso}
ours=$cache/build-x86_64/arch/x86/entry/vdso/vdso64.so
stock=$cache/build-x86_64-stock/arch/x86/entry/vdso/vdso64.so
work=build/x86_64/bench-stock
mkdir -p "$work" build/bench

exec 9> "$cache/.kernel.lock"
flock 9
if [ ! -f "$ours" ]; then
	flock -u 9
	scripts/run.sh x86_64 > "$work/run.log" 2>&1 || { tail -20 "$work/run.log"; exit 1; }
	flock 9
fi
if [ ! -f "$stock" ]; then
	echo "[bench-stock] build the stock kernel (log: $work/stock-build.log)" >&2
	scripts/kernel-build.sh x86_64 "$(scripts/kernel-src.sh)" "$cache/build-x86_64-stock" \
		> "$work/stock-build.log" 2>&1 || { tail -20 "$work/stock-build.log"; exit 1; }
fi
cp "$ours" "$work/ours.so"
cp "$stock" "$work/stock.so"
flock -u 9

# rdtsc followed by the 3-byte padding of its alternatives -> lfence; rdtsc.
perl -0777 -pi -e 's/\x0f\x31\x90\x90\x90/\x0f\xae\xe8\x0f\x31/g' "$work/stock.so"
sites=$(objdump -d "$work/stock.so" | grep -c 'lfence' || true)
echo "stock image: $sites counter reads patched to lfence; rdtsc"

make -s harness ARCH=x86_64
build/x86_64/harness --bench-images "$work/ours.so" "$work/stock.so" build/bench/stock-x86_64.csv

echo
echo "instructions per call (callgrind, ~14 of client-request overhead included):"
scripts/icount.sh x86_64 --counts "$work/ours.so" > "$work/ours.icount"
scripts/icount.sh x86_64 --counts "$work/stock.so" > "$work/stock.icount"
printf '%-18s %8s %8s\n' entry ours stock
paste "$work/ours.icount" "$work/stock.icount" | awk '{ printf "%-18s %8s %8s\n", $1, $2, $4 }'
echo "wrote build/bench/stock-x86_64.csv"
