#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Make a grafted Linux tree: a copy of the pristine source with the kernel's
# generic vDSO removed and ours laid in, exactly as graft/MANIFEST says.
#
#   scripts/graft.sh            prints the grafted tree's path
#
# The pristine source is $KERNEL_SRC, else Debian's linux-source-6.12
# unpacked once into $GVDSO_CACHE (default /var/cache/gvdso). The copy is
# made of hard links, and every file we lay in keeps our file's mtime, so
# an unchanged graft leaves kbuild nothing to rebuild.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cache=${GVDSO_CACHE:-/var/cache/gvdso}
tarball=/usr/src/linux-source-6.12.tar.xz
mkdir -p "$cache"

pristine=${KERNEL_SRC:-}
if [ -z "$pristine" ]; then
	pristine=$cache/linux-source-6.12
	if [ ! -f "$pristine/Makefile" ]; then
		[ -f "$tarball" ] || { echo "graft: $tarball missing (apt-get install linux-source-6.12)" >&2; exit 1; }
		echo "graft: unpacking $tarball into $cache" >&2
		rm -rf "$pristine.tmp" && mkdir -p "$pristine.tmp"
		tar -xf "$tarball" -C "$pristine.tmp" --strip-components=1
		mv "$pristine.tmp" "$pristine"
	fi
fi
[ -f "$pristine/Makefile" ] || { echo "graft: $pristine is not a kernel tree" >&2; exit 1; }

tree=$cache/linux-grafted
rm -rf "$tree"
cp -al "$pristine" "$tree" 2>/dev/null || cp -a "$pristine" "$tree"

# Lay our file $1 at kernel path $2, as a new file (never through a hard link).
lay() {
	mkdir -p "$(dirname "$tree/$2")"
	rm -f "$tree/$2"
	cp -p "$top/$1" "$tree/$2"
}

while read -r verb path arg; do
	case "$verb" in
	''|'#'*) continue ;;
	remove)
		rm -rf "${tree:?}/$path" ;;
	add)
		if [ -d "$top/$path" ]; then
			(cd "$top" && git ls-files -- "$path" 2>/dev/null || find "$path" -type f) |
			while read -r f; do lay "$f" "$f"; done
		else
			lay "$path" "$path"
		fi ;;
	replace)
		[ -f "$tree/$path" ] || { echo "graft: $path is not in the kernel tree" >&2; exit 1; }
		lay "$arg" "$path" ;;
	patch)
		[ -f "$tree/$path" ] || { echo "graft: $path is not in the kernel tree" >&2; exit 1; }
		sed -f "$top/$arg" "$pristine/$path" > "$tree/$path.new"
		if cmp -s "$pristine/$path" "$tree/$path.new"; then
			echo "graft: $arg changed nothing in $path" >&2; exit 1
		fi
		rm -f "$tree/$path"
		mv "$tree/$path.new" "$tree/$path"
		touch -r "$pristine/$path" "$tree/$path" ;;
	*)
		echo "graft: unknown MANIFEST line: $verb $path $arg" >&2; exit 1 ;;
	esac
done < "$top/graft/MANIFEST"

echo "$tree"
