#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# ABI checks on a linked vDSO image with readelf, TAP output ending in
# "N passed, N failed, N skipped". The expected names, version and soname
# come from the selftests' vdso_config.h, compiled for the image's arch, so
# the facts live in one place.
#
#   scripts/check-image.sh IMAGE ARCH [--ours]
#
# --ours: IMAGE is our userspace build, which has getrandom() only where
# the target has ARCH_GETRANDOM_ENTRY; the kernel-built image must always
# export what the selftests expect.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
image=$1 arch=$2 ours=${3:-}
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

tap_check "is a shared object (position independent)" 'echo "$hdr" | grep -q "Type: *DYN"' "$(echo "$hdr" | grep Type:)"
tap_check "has no dynamic relocations" '! echo "$relocs" | grep -v _NONE | grep -q " R_"' \
	"$(echo "$relocs" | grep " R_" | head -3)"
und=$(echo "$dynsyms" | awk '$7 == "UND" && $8 != ""')
tap_check "references nothing outside itself (no undefined symbols)" '[ -z "$und" ]' "$und"
tap_check "needs no library and has no text relocations" '! echo "$dyn" | grep -qE "\((NEEDED|TEXTREL)\)"' \
	"$(echo "$dyn" | grep -E 'NEEDED|TEXTREL')"
loads=$(echo "$phdrs" | awk '$1 == "LOAD"')
tap_check "has exactly one PT_LOAD" '[ "$(echo "$loads" | grep -c LOAD)" = 1 ]' "$loads"
tap_check "no segment is writable" '! echo "$phdrs" | awk "/^ *[A-Z_]+ +0x/" | grep -qE " RW|  W|RWE"' \
	"$(echo "$phdrs" | grep -E ' RW|RWE')"
tap_check "has PT_DYNAMIC and PT_NOTE" 'echo "$phdrs" | grep -q DYNAMIC && echo "$phdrs" | grep -q NOTE' "missing"
if [ "$VDSO_HAS_EH_FRAME" = 1 ]; then
	tap_check "has PT_GNU_EH_FRAME (unwinding through the vDSO)" 'echo "$phdrs" | grep -q GNU_EH_FRAME' "missing"
fi
tap_check "soname is $soname" 'echo "$dyn" | grep -q "Library soname: \[$soname\]"' \
	"$(echo "$dyn" | grep SONAME)"
for s in $syms; do
	if [ "$ours" = --ours ] && [ -z "${ARCH_GETRANDOM_ENTRY:-}" ] && [[ $s == *getrandom* ]]; then
		tap_skip "exports $s@@$version" \
			"our userspace image of $arch has no getrandom() (no ARCH_GETRANDOM_ENTRY); the kernel-built one is held to it"
		continue
	fi
	tap_check "exports $s@@$version" 'echo "$dynsyms" | awk "\$8 == \"$s@@$version\"" | grep -q FUNC' \
		"$(echo "$dynsyms" | grep -w "$s" || echo absent)"
done
tap_done
