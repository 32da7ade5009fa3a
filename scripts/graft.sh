#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Make a grafted Linux tree: a copy of the pristine source with the kernel's
# generic vDSO removed and ours laid in, exactly as graft/MANIFEST says.
#
#   scripts/graft.sh            prints the grafted tree's path
#
# The pristine source comes from scripts/kernel-src.sh. The copy is made of
# hard links. A file we lay in (or patch) keeps the mtime it had in the
# previous graft when its content is unchanged, and gets the current time
# when it changed: kbuild then rebuilds exactly what changed, whatever the
# mtimes in the checkout the graft came from.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/cache.sh"
pristine=$("$top/scripts/kernel-src.sh")

tree=$cache/linux-grafted
old=$cache/linux-grafted.previous
rm -rf "$old"
[ -d "$tree" ] && mv "$tree" "$old"
cp -al "$pristine" "$tree" 2>/dev/null || cp -a "$pristine" "$tree"

# Give kernel path $1 the previous graft's mtime if its content is the same.
keep_mtime() {
	if [ -f "$old/$1" ] && cmp -s "$old/$1" "$tree/$1"; then
		touch -r "$old/$1" "$tree/$1"
	fi
}

# Lay our file $1 at kernel path $2, as a new file (never through a hard link).
lay() {
	mkdir -p "$(dirname "$tree/$2")"
	rm -f "$tree/$2"
	cp "$top/$1" "$tree/$2"
	keep_mtime "$2"
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
		# The files it edits become files of their own first (never
		# written through a hard link into the pristine tree).
		files=$(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$top/$path")
		[ -n "$files" ] || { echo "graft: $path names no file" >&2; exit 1; }
		for f in $files; do
			[ -f "$tree/$f" ] || { echo "graft: $path: $f is not in the kernel tree" >&2; exit 1; }
			cp "$tree/$f" "$tree/$f.new" && mv "$tree/$f.new" "$tree/$f"
		done
		if ! out=$(patch -p1 --forward --batch --no-backup-if-mismatch -r - -d "$tree" \
			-i "$top/$path" 2>&1); then
			echo "graft: $path does not apply to $pristine:" >&2
			echo "$out" >&2
			exit 1
		fi
		for f in $files; do keep_mtime "$f"; done ;;
	*)
		echo "graft: unknown MANIFEST line: $verb $path $arg" >&2; exit 1 ;;
	esac
done < "$top/graft/MANIFEST"

rm -rf "$old"
echo "$tree"
