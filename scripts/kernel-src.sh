#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Print the path of the pristine Linux 6.12 tree: $KERNEL_SRC, else
# Debian's linux-source-6.12, unpacked once into $GVDSO_CACHE
# (default /var/cache/gvdso). Never modifies the tree it prints.
set -euo pipefail

. "$(dirname "$0")/cache.sh"
tarball=/usr/src/linux-source-6.12.tar.xz

src=${KERNEL_SRC:-}
if [ -z "$src" ]; then
	src=$cache/linux-source-6.12
	if [ ! -f "$src/Makefile" ]; then
		[ -f "$tarball" ] || { echo "kernel-src: $tarball missing (apt-get install linux-source-6.12)" >&2; exit 1; }
		echo "kernel-src: unpacking $tarball into $cache" >&2
		mkdir -p "$cache"
		rm -rf "$src.tmp" && mkdir -p "$src.tmp"
		tar -xf "$tarball" -C "$src.tmp" --strip-components=1
		mv "$src.tmp" "$src"
	fi
fi
[ -f "$src/Makefile" ] || { echo "kernel-src: $src is not a kernel tree" >&2; exit 1; }
echo "$src"
