#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Print a C header with the data-page layout an image was linked for
# (the __image_* symbols of image/common.lds.h), as signed offsets from the
# image's start. IMAGE_VDSO_RNG_DATA is 0 where the image has no getrandom().
set -euo pipefail
image=$1
nm=${2:-nm}
echo "/* Generated from $image by scripts/image-layout.sh. */"
for sym in vvar_start vdso_data timens_data vdso_rng_data; do
	hex=$($nm "$image" | awk -v s="__image_$sym" '$3 == s { print $1 }')
	if [ -z "$hex" ] && [ $sym = vdso_rng_data ]; then hex=0; fi
	[ -n "$hex" ] || { echo "missing __image_$sym in $image" >&2; exit 1; }
	# 64-bit wrap-around gives the negative offset; a 32-bit image is sign-extended.
	if [ ${#hex} -le 8 ]; then val=$(( (0x$hex ^ 0x80000000) - 0x80000000 )); else val=$(( 0x$hex )); fi
	echo "#define IMAGE_$(echo $sym | tr a-z A-Z) (${val}L)"
done
# x86's hypervisor clock pages, where the image has them (0: none).
for sym in pvclock_page hvclock_page; do
	hex=$($nm "$image" | awk -v s="__image_$sym" '$3 == s { print $1 }')
	val=0
	if [ -n "$hex" ]; then
		if [ ${#hex} -le 8 ]; then val=$(( (0x$hex ^ 0x80000000) - 0x80000000 )); else val=$(( 0x$hex )); fi
	fi
	echo "#define IMAGE_$(echo $sym | tr a-z A-Z) (${val}L)"
done
