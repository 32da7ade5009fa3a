#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Instructions per call of our image, per entry point, against the
# baseline in bench/icount-<arch>.txt: a count more than 5% over its
# baseline fails. Each entry point runs in a loop of its own
# (`harness --loop`, harness/loop.c), counted in one of two ways, both
# repeatable whatever the machine is doing:
#  - natively (x86_64, i386), by valgrind's callgrind, switched on around
#    each call only (client requests): the entry point's own instructions
#    plus the call, its arguments and the requests' own;
#  - under the target's qemu-user (every other arch), from QEMU's own log
#    of the guest code it translated and ran (`-d in_asm,exec,nochain`:
#    each translated block's instructions, and every run of a block): the
#    instructions run at addresses inside the image, which the loop
#    prints, so the entry point's own and nothing of the caller's.
# The two are not comparable with each other; ours and stock's are, by
# either (--counts).
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
. scripts/arch.sh "$arch" || exit 1
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

# Under QEMU, fewer calls: its log holds a line per block run. getrandom()
# calls of N bytes: enough to cross its batch refills many times over.
qemu_calls() {
	case $1 in
	gr*) local n=$((8192 / ${1#gr})); echo $((n < 16 ? 16 : n)) ;;
	*) echo 2000 ;;
	esac
}

# Instructions run inside the image, per call, from a QEMU log on stdin:
# lo and hi bound the image (hex, as the loop printed them).
qemu_log_count() {
	awk -v lo="$1" -v hi="$2" -v n="$3" '
	function pad(h) { sub(/^0x/, "", h); h = tolower(h); while (length(h) < 16) h = "0" h; return h }
	BEGIN { lo = pad(lo); hi = pad(hi) }
	# A translated block: "IN:", then one "0xADDR: insn" line per instruction.
	/^IN:/ { inblock = 1; first = ""; insns = 0; next }
	inblock && /^0x[0-9a-fA-F]+:/ {
		a = $1; sub(/:$/, "", a); if (first == "") first = pad(a); insns++; next
	}
	inblock { if (first != "") size[first] = insns; inblock = 0 }
	# A block run: "Trace CPU: HOST [CS_BASE/PC/FLAGS/CFLAGS]".
	/^Trace / {
		split($0, f, /[\[\/]/); pc = pad(f[3])
		if (pc >= lo && pc < hi) { if (!(pc in size)) unknown++; total += size[pc] }
	}
	END { if (unknown) print 0; else printf "%.0f\n", total / n }'
}

per_call() {
	local calls=$calls cmd log range again

	[ -n "$QEMU_USER" ] && calls=$(qemu_calls "$1")
	cmd=("$harness" --loop "$image" "$1" "$calls" "$mode")
	case $1 in gr*) cmd=("build/$arch/harness-getrandom" "$image" --loop "${1#gr}" "$calls") ;; esac
	if [ -z "$QEMU_USER" ]; then
		valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=/dev/null \
			"${cmd[@]}" 2>&1 |
			awk -v n="$calls" '/Collected/ { printf "%.0f\n", $4 / n }'
		return
	fi
	# qemu-user maps the same program the same way each run: a first run
	# without a log finds the image, the second logs only its addresses
	# (-dfilter; the whole log is some 30 MB of start-up per run) and must
	# find it at the same place.
	range=$(image_range "${cmd[@]}")
	[ -n "$range" ] || return
	log=$(mktemp) || return
	again=$(image_range -dfilter "${range/ /..}" -d in_asm,exec,nochain -D "$log" "${cmd[@]}")
	# shellcheck disable=SC2086 # two words: the image's bounds
	[ "$again" = "$range" ] && qemu_log_count $range "$calls" < "$log"
	rm -f "$log"
}

# image_range [QEMU OPTIONS] LOOP...: run the loop under qemu-user, print
# the bounds of the image it reports ("LO HI").
image_range() {
	HARNESS_LOOP_TICK_EVERY=1 $QEMU_USER "$@" 2>&1 > /dev/null |
		sed -n 's/^loop: image mapped at \(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)$/\1 \2/p'
}

. scripts/tap.sh
nothing_why="harness built without valgrind/callgrind.h?"
[ -n "$QEMU_USER" ] && nothing_why="QEMU's log ran no block inside the image, or one it never listed"
new=
for e in $entries; do
	name=${e%%:*} sel=${e#*:}
	per=$(per_call "$sel")
	new="$new$name $per"$'\n'
	[ "$update" = --counts ] && echo "$name $per"
	[ -n "$update" ] && continue
	base=$(awk -v k="$name" '$1 == k { print $2 }' "$baseline" 2>/dev/null)
	if [ "${per:-0}" -le 0 ]; then
		tap_bad "$name: nothing counted" "$nothing_why"
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
