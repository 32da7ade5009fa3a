#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Proof that a grafted, built kernel runs our vDSO: the configuration says
# so, the grafted files are ours byte for byte and none of the kernel's
# removed files came back, kbuild compiled the vDSO and the timekeeping
# writer from those files, and the image it linked passes the ABI checks.
# TAP output ending in "N passed, N failed, N skipped".
#
#   scripts/check-graft.sh ARCH TREE BUILDDIR
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
arch=$1 tree=$2 out=$3
. "$top/scripts/arch.sh" "$arch" || exit 1
. "$top/scripts/tap.sh"


# An arch without time namespaces (NO_TIMENS) must build without them.
opts="CONFIG_GENERIC_GETTIMEOFDAY=y CONFIG_GENERIC_VDSO_TIME_NS=y CONFIG_TIME_NS=y"
[ -n "$NO_TIMENS" ] && opts="CONFIG_GENERIC_GETTIMEOFDAY=y"
for opt in $opts; do
	if grep -qx "$opt" "$out/.config"; then tap_ok ".config has $opt"; else tap_bad ".config has $opt" "absent"; fi
done

# Every file under a removed path must be one we laid in, identical to ours.
foreign=
while read -r verb path _; do
	[ "$verb" = remove ] || continue
	[ -e "$tree/$path" ] || continue
	while read -r f; do
		rel=${f#"$tree"/}
		cmp -s "$f" "$top/$rel" || foreign="$foreign $rel"
	done < <(find "$tree/$path" -type f)
done < "$top/graft/MANIFEST"
if [ -z "$foreign" ]; then tap_ok "the removed vDSO paths hold only our files"
else tap_bad "the removed vDSO paths hold only our files" "not ours:$foreign"; fi

# Every file we add is there, as ours (the selftests too, which the
# kernel's own tools/testing/selftests then runs as TARGETS=vdso).
missing=
while read -r verb path _; do
	[ "$verb" = add ] || continue
	while read -r f; do
		cmp -s "$tree/$f" "$top/$f" || missing="$missing $f"
	done < <(cd "$top" && git ls-files -- "$path" 2>/dev/null || find "$path" -type f)
done < "$top/graft/MANIFEST"
if [ -z "$missing" ]; then tap_ok "every file we add is in the tree, as ours"
else tap_bad "every file we add is in the tree, as ours" "missing or different:$missing"; fi

differs=
while read -r verb path arg; do
	[ "$verb" = replace ] || continue
	cmp -s "$tree/$path" "$top/$arg" || differs="$differs $path"
done < "$top/graft/MANIFEST"
if [ -z "$differs" ]; then tap_ok "replaced kernel files carry our content"
else tap_bad "replaced kernel files carry our content" "differ:$differs"; fi

# kbuild's dependency record of an object must name our file $2.
built_from() {
	local cmd=$out/$(dirname "$1")/.$(basename "$1").cmd
	grep -qE "$tree/([^ ]*/\.\./)*$2( |\$)" "$cmd" 2>/dev/null
}
# A vDSO object ($1) compiled from the reader and the arch hooks ($2).
check_vdso_obj() {
	local dep
	for dep in lib/vdso/gettimeofday.c include/vdso/datapage.h include/vdso/helpers.h "$2"; do
		if built_from "$1" "$dep"; then tap_ok "the vDSO object $1 was compiled from our $dep"
		else tap_bad "the vDSO object $1 was compiled from our $dep" "not in its dependencies"; fi
	done
}
check_vdso_obj "$KVDSO_OBJ" "$KARCH_VDSO_HOOKS"
# The kernel's other vDSOs, for tasks of its other ABIs (KVDSO_COMPAT), come
# from the same reader, each as its own target says.
for c in ${KVDSO_COMPAT:-}; do
	opt=$(compat_fact "$c" COMPAT_CONFIG)
	if grep -qx "$opt" "$out/.config"; then tap_ok ".config has $opt"
	else tap_bad ".config has $opt" "absent"; fi
	check_vdso_obj "$(compat_fact "$c" KVDSO_OBJ)" "$(compat_fact "$c" KARCH_VDSO_HOOKS)"
done
# vDSO getrandom(), where the arch has it: ours, and random.c publishing to it.
if [ -n "${KVDSO_GETRANDOM_OBJ:-}" ]; then
	if grep -qx CONFIG_VDSO_GETRANDOM=y "$out/.config"; then tap_ok ".config has CONFIG_VDSO_GETRANDOM=y"
	else tap_bad ".config has CONFIG_VDSO_GETRANDOM=y" "absent"; fi
	for dep in lib/vdso/getrandom.c include/vdso/getrandom.h \
		   "${KARCH_VDSO_HOOKS%/*}/getrandom.h"; do
		if built_from "$KVDSO_GETRANDOM_OBJ" "$dep"; then
			tap_ok "the vDSO object $KVDSO_GETRANDOM_OBJ was compiled from our $dep"
		else
			tap_bad "the vDSO object $KVDSO_GETRANDOM_OBJ was compiled from our $dep" \
				"not in its dependencies"
		fi
	done
	if built_from drivers/char/random.o include/vdso/getrandom.h; then
		tap_ok "random.o publishes through our vDSO getrandom() headers"
	else
		tap_bad "random.o publishes through our vDSO getrandom() headers" "not in its dependencies"
	fi
fi
if built_from kernel/time/vsyscall.o lib/vdso/vsyscall.c; then
	tap_ok "timekeeping's vsyscall.o was compiled from our writer"
else
	tap_bad "timekeeping's vsyscall.o was compiled from our writer" "not in its dependencies"
fi

# The image kbuild linked, against the same ABI checks as ours.
while read -r line; do
	case "$line" in
	"ok "*) tap_ok "kernel image: ${line#ok * - }" ;;
	"not ok "*) rest=${line#not ok * - }; tap_bad "kernel image: ${rest%% # *}" "${rest#* # }" ;;
	esac
done < <("$top/scripts/check-image.sh" "$out/$KVDSO_DBG" "$arch"
	 for c in ${KVDSO_COMPAT:-}; do
		"$top/scripts/check-image.sh" "$out/$(compat_fact "$c" KVDSO_DBG)" "$c"
	 done)

tap_done
