#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Print a C header with the data-page layout an image was linked for
# (the __image_* symbols of image/common.lds.h), as signed offsets from the
# image's start, each under its symbol's own name. The RNG data and x86's
# hypervisor clock pages are 0 where the image has none; the others must
# be there.
set -euo pipefail
image=$1
nm=${2:-nm}
echo "/* Generated from $image by scripts/image-layout.sh. */"
for sym in vvar_start vdso_data timens_data vdso_rng_data? pvclock_page? hvclock_page?; do
	optional=${sym//[^?]/} sym=${sym%\?}
	hex=$($nm "$image" | awk -v s="__image_$sym" '$3 == s { print $1 }')
	[ -n "$hex" ] || [ -n "$optional" ] || { echo "missing __image_$sym in $image" >&2; exit 1; }
	# 64-bit wrap-around gives the negative offset; a 32-bit image is sign-extended.
	if [ -z "$hex" ]; then val=0
	elif [ ${#hex} -le 8 ]; then val=$(( (0x$hex ^ 0x80000000) - 0x80000000 ))
	else val=$(( 0x$hex )); fi
	echo "#define __image_$sym (${val}L)"
done
