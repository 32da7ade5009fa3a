#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Configure and build a kernel for one arch from a tree, out of tree.
#
#   scripts/kernel-build.sh ARCH TREE BUILDDIR
#
# The config is tinyconfig (or the kernel's config target BASE_CONFIG
# names, e.g. x86_64_defconfig) plus configs/common.config plus
# configs/<arch>.config (plus the fragment EXTRA_CONFIG names, if set); it
# is only rewritten when its content changes, so a second build with
# nothing changed is incremental.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
arch=$1 tree=$2 out=$3
extra_config=${EXTRA_CONFIG:-/dev/null}
base_config=${BASE_CONFIG:-tinyconfig}
# shellcheck source=scripts/arch.sh
. "$top/scripts/arch.sh" "$arch"

# A build directory belongs to one source tree: another KERNEL_SRC starts afresh.
mkdir -p "$out"
src_id="$(readlink -f "$tree") $("$top/scripts/kernel-src.sh")"
if [ -f "$out/.gvdso-source" ] && [ "$(cat "$out/.gvdso-source")" != "$src_id" ]; then
	echo "kernel-build: $out was built from another tree; starting afresh" >&2
	rm -rf "$out" && mkdir -p "$out"
fi
echo "$src_id" > "$out/.gvdso-source"

kmake() {
	make -C "$tree" O="$out" ARCH="$KARCH" ${KCROSS:+CROSS_COMPILE=$KCROSS} \
		${KCROSS_COMPAT:+CROSS_COMPILE_COMPAT=$KCROSS_COMPAT} -j"$(nproc)" "$@"
}

# The image build itself, minutes from scratch: every 30 s, on the
# descriptor KBUILD_PROGRESS_FD names (if set), how many objects are built
# so far against the last complete build's count, and for how long.
# shellcheck source=scripts/progress.sh
. "$top/scripts/progress.sh"
objects_built() {
	local now
	now=$(find "$out" -name '*.o' -newer "$out/.gvdso-build-start" 2>/dev/null | wc -l)
	echo "$now objects built${last_total:+ (the last full build had $last_total)}"
}
build_image() {
	if [ -z "${KBUILD_PROGRESS_FD:-}" ]; then
		kmake "$KIMAGE_TARGET"
		return
	fi
	last_total=$(cat "$out/.gvdso-objects" 2>/dev/null || true)
	touch "$out/.gvdso-build-start"
	local rc=0
	PROGRESS_STATUS=objects_built logged "$out/.gvdso-build.log" kmake "$KIMAGE_TARGET" \
		2>&"$KBUILD_PROGRESS_FD" || rc=$?
	cat "$out/.gvdso-build.log"
	[ $rc = 0 ] && find "$out" -name '*.o' | wc -l > "$out/.gvdso-objects"
	return $rc
}

# The config depends on the fragments, the Kconfig files the graft lays or
# patches, and the compilers; when none of them changed, the one we made
# last time stands (regenerating it costs half a minute).
config_key=$(cat "$top/configs/common.config" "$top/configs/$arch.config" "$extra_config" \
	"$top/graft/MANIFEST" "$top"/graft/patches/* "$top/lib/vdso/Kconfig" \
	"$top/scripts/kernel-build.sh" <(echo "$base_config $KCROSS $KCROSS_COMPAT $src_id") | sha256sum)
if [ -f "$out/.config" ] && [ "$(cat "$out/.gvdso-config-key" 2>/dev/null)" = "$config_key" ]; then
	build_image
	exit
fi
rm -f "$out/.gvdso-config-key"

# Build the wanted config in a scratch dir and install it only if it differs.
scratch=$out/.gvdso-config
rm -rf "$scratch" && mkdir -p "$scratch"
kmake -s O="$scratch" "$base_config" >/dev/null
# An arch fragment overrides common lines naming the same option (set to
# another value, or "# CONFIG_FOO is not set" where the arch lacks it).
own=$(grep -oE '^(# )?CONFIG_[A-Za-z0-9_]+' "$top/configs/$arch.config" | sed 's/^# //')
{ grep -vwF "${own:-CONFIG_NONE_OVERRIDDEN}" "$top/configs/common.config"
  cat "$top/configs/$arch.config" "$extra_config"; } > "$scratch/fragment"
(cd "$scratch" && "$tree/scripts/kconfig/merge_config.sh" -m -O "$scratch" .config fragment >/dev/null)
kmake -s O="$scratch" olddefconfig >/dev/null
# Every line of the fragment must have survived (a dependency may drop one).
missing=$(grep -E '^CONFIG_' "$scratch/fragment" | while read -r line; do
	grep -qxF "$line" "$scratch/.config" || echo "$line"; done)
if [ -n "$missing" ]; then
	echo "kernel-build: config lines that did not stick:" >&2
	echo "$missing" >&2
	exit 1
fi
if ! cmp -s "$scratch/.config" "$out/.config"; then
	cp "$scratch/.config" "$out/.config"
fi
rm -rf "$scratch"

kmake olddefconfig >/dev/null
build_image || exit
echo "$config_key" > "$out/.gvdso-config-key"
