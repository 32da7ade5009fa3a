# SPDX-License-Identifier: GPL-2.0
#
# Sourced: where kernel trees and builds are kept between runs
# ($GVDSO_CACHE, default /var/cache/gvdso), and the lock that lets one
# kernel build or timing run go at a time.
cache=${GVDSO_CACHE:-/var/cache/gvdso}

# Open the kernel lock on fd 9 (take it with flock 9, give it back with
# flock -u 9).
open_kernel_lock() {
	mkdir -p "$cache"
	exec 9> "$cache/.kernel.lock"
}

# Build arch $1's grafted kernel into $2 and stock 6.12's into $3, the
# same config, logs in $4/ours-build.log and $4/stock-build.log (run from
# the project's top, the kernel lock held). A failed build prints its
# log's tail and returns 1.
build_ours_and_stock() {
	local arch=$1 ours=$2 stock=$3 work=$4 tree

	{ tree=$(scripts/graft.sh) && scripts/kernel-build.sh "$arch" "$tree" "$ours"; } \
		> "$work/ours-build.log" 2>&1 || { tail -20 "$work/ours-build.log"; return 1; }
	scripts/kernel-build.sh "$arch" "$(scripts/kernel-src.sh)" "$stock" \
		> "$work/stock-build.log" 2>&1 || { tail -20 "$work/stock-build.log"; return 1; }
}
