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
