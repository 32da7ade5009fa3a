#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Instructions per call of our image, per entry point, counted by
# valgrind's callgrind (repeatable whatever the machine is doing), against
# the baseline in bench/icount-<arch>.txt: a count more than 5% over its
# baseline fails. `harness --loop` (harness/loop.c) switches collection on
# around each call only (callgrind client requests), each entry point in a
# loop of its own, so the figure is the entry point's own instructions plus
# the call and the requests' own.
#
#   scripts/icount.sh ARCH            check (TAP, ending in the count line)
#   scripts/icount.sh ARCH --update   rewrite the baseline (commit it with a reason)
#   scripts/icount.sh ARCH --counts IMAGE [MODE]
#                                     print "entry count" for another image
#                                     (one with our data layout), no baseline;
#                                     MODE: the clock mode the page names
#                                     (tsc, or on x86_64 pvclock or hvclock)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
arch=$1 update=${2:-}
baseline=bench/icount-$arch.txt
harness=build/$arch/harness
image=build/$arch/vdso.so
mode=tsc
if [ "$update" = --counts ]; then
	image=$3
	mode=${4:-tsc}
fi
calls=100000

# name:the entry point `harness --loop` calls (harness/loop.c)
entries=
for clock in REALTIME MONOTONIC MONOTONIC_RAW REALTIME_COARSE MONOTONIC_COARSE BOOTTIME TAI; do
	entries="$entries $clock:clock_gettime:$clock"
done
entries="$entries gettimeofday:gettimeofday clock_getres:clock_getres:MONOTONIC"
entries="$entries clock_getres_COARSE:clock_getres:MONOTONIC_COARSE"
grep -q ' __vdso_time@' < <(readelf --dyn-syms -W "$image") && entries="$entries time:time"

# getrandom() where the image has it: getrandom_<bytes>, the refills amortised
# (counted once: it reads no clock, so another clock mode changes nothing).
if [ "$mode" = tsc ] && grep -qE ' __(vdso|kernel)_getrandom@' < <(readelf --dyn-syms -W "$image"); then
	entries="$entries getrandom_4:gr4 getrandom_16:gr16 getrandom_64:gr64 getrandom_256:gr256"
	entries="$entries getrandom_4096:gr4096"
fi

per_call() {
	local cmd=("$harness" --loop "$image" "$1" $calls "$mode")

	case $1 in gr*) cmd=("build/$arch/harness-getrandom" "$image" --loop "${1#gr}" $calls) ;; esac
	valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=/dev/null \
		"${cmd[@]}" 2>&1 |
		awk -v n=$calls '/Collected/ { printf "%.0f\n", $4 / n }'
}

. scripts/tap.sh
new=
for e in $entries; do
	name=${e%%:*} sel=${e#*:}
	per=$(per_call "$sel")
	new="$new$name $per"$'\n'
	[ "$update" = --counts ] && echo "$name $per"
	[ -n "$update" ] && continue
	base=$(awk -v k="$name" '$1 == k { print $2 }' "$baseline" 2>/dev/null)
	if [ "${per:-0}" -le 0 ]; then
		tap_bad "$name: nothing counted" "harness built without valgrind/callgrind.h?"
	elif [ -z "$base" ]; then
		tap_bad "$name: $per instructions/call" "no baseline in $baseline"
	elif [ $((per * 100)) -gt $((base * 105)) ]; then
		tap_bad "$name: $per instructions/call" "more than 5% over the baseline $base"
	else
		tap_ok "$name: $per instructions/call (baseline $base)"
	fi
done

[ "$update" = --counts ] && exit 0
if [ -n "$update" ]; then
	printf '%s' "$new" > "$baseline"
	echo "wrote $baseline:"; cat "$baseline"
	exit 0
fi
tap_done
