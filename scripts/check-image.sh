#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# ABI checks on a linked vDSO image with readelf, TAP output ending in
# "N passed, N failed, N skipped". The expected names, version and soname
# come from the selftests' vdso_config.h, compiled for the image's arch, so
# the facts live in one place.
#
# Our userspace-built images and the kernel-built ones are held to the
# same names.
#
#   scripts/check-image.sh IMAGE ARCH
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
image=$1 arch=$2
. "$top/scripts/arch.sh" "$arch" || exit 1
. "$top/scripts/tap.sh"
TAP_PREFIX="$image: "


# What the arch's libc expects, as the selftests know it.
facts=$($TARGET_CC -dM -E -include "$top/tools/testing/selftests/vdso/vdso_config.h" - < /dev/null)
fact() { echo "$facts" | awk -v k="$1" '$2 == k { $1 = ""; $2 = ""; gsub(/^ +|"/, ""); print }'; }
version=$(fact VDSO_VERSION)
soname=$(fact VDSO_SONAME)
syms=$(echo "$facts" | awk '$2 ~ /^VDSO_SYM_/ && $3 ~ /^"/ { gsub(/"/, "", $3); print $3 }')

hdr=$(readelf -hW "$image" 2>&1)
phdrs=$(readelf -lW "$image" 2>&1)
dyn=$(readelf -dW "$image" 2>&1)
dynsyms=$(readelf --dyn-syms -W "$image" 2>&1)
relocs=$(readelf -rW "$image" 2>&1)

tap_check "is a shared object (position independent)" 'grep -q "Type: *DYN" <<< "$hdr"' "$(echo "$hdr" | grep Type:)"
tap_check "has no dynamic relocations" '! grep -v _NONE <<< "$relocs" | grep " R_" > /dev/null' \
	"$(echo "$relocs" | grep " R_" | head -3)"
und=$(echo "$dynsyms" | awk '$7 == "UND" && $8 != ""')
tap_check "references nothing outside itself (no undefined symbols)" '[ -z "$und" ]' "$und"
tap_check "needs no library and has no text relocations" '! grep -qE "\((NEEDED|TEXTREL)\)" <<< "$dyn"' \
	"$(echo "$dyn" | grep -E 'NEEDED|TEXTREL')"
loads=$(echo "$phdrs" | awk '$1 == "LOAD"')
tap_check "has exactly one PT_LOAD" '[ "$(echo "$loads" | grep -c LOAD)" = 1 ]' "$loads"
tap_check "no segment is writable" '! awk "/^ *[A-Z_]+ +0x/" <<< "$phdrs" | grep -E " RW|  W|RWE" > /dev/null' \
	"$(echo "$phdrs" | grep -E ' RW|RWE')"
tap_check "has PT_DYNAMIC and PT_NOTE" 'grep -q DYNAMIC <<< "$phdrs" && grep -q NOTE <<< "$phdrs"' "missing"
if [ "$VDSO_HAS_EH_FRAME" = 1 ]; then
	tap_check "has PT_GNU_EH_FRAME (unwinding through the vDSO)" 'grep -q GNU_EH_FRAME <<< "$phdrs"' "missing"
fi
tap_check "soname is $soname" 'grep -q "Library soname: \[$soname\]" <<< "$dyn"' \
	"$(echo "$dyn" | grep SONAME)"
for s in $syms; do
	tap_check "exports $s@@$version" 'awk "\$8 == \"$s@@$version\"" <<< "$dynsyms" | grep FUNC > /dev/null' \
		"$(echo "$dynsyms" | grep -w "$s" || echo absent)"
done
tap_done
