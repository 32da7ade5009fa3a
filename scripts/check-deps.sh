#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make check-deps: every file a build step opens must come from a Debian
# package that scripts/deps.sh installs, or from one of their
# dependencies (or an Essential package, which every Debian system has).
# Otherwise this machine passes and a fresh one, which has only what
# deps.sh installs, fails.
#
# What is watched, each a TAP check:
#  - per arch, the userspace build from scratch, traced with strace
#    (open/openat/execve): image, harness, selftests, the guest's static
#    selftests and init, the soak programs, and the reliability and fuzz
#    programs on the host arch;
#  - the static checkers (scripts/lint.sh), traced;
#  - per arch, the kernel build as kbuild recorded it: the headers in its
#    .cmd dependency records and the programs its commands ran (the
#    kernels built by make run, where they exist);
#  - per arch, QEMU starting the guest machine (firmware, ROMs), traced.
#
#   scripts/check-deps.sh [ARCH...]     (default: every arch)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. scripts/arch.sh x86_64
arches=${*:-$TARGETS}
work=build/check-deps
. "$top/scripts/cache.sh"
rm -rf "$work" && mkdir -p "$work"

. scripts/tap.sh

# Which package owns each path dpkg knows, from its file lists: path<TAB>package.
owners=$work/owners.tsv
for list in /var/lib/dpkg/info/*.list; do
	pkg=${list##*/}
	pkg=${pkg%.list}
	pkg=${pkg%%:*}
	awk -v p="$pkg" '{ print $0 "\t" p }' "$list"
done > "$owners"

# The packages a fresh machine has: deps.sh's list, everything it depends
# on, and the Essential set (dpkg never lets those be missing).
allowed=$work/allowed.txt
{
	scripts/deps.sh --list
	dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }'
} | sort -u > "$work/roots.txt"
# apt-cache prints every package it reaches at the start of a line.
# shellcheck disable=SC2046 # one package name a word
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
	--no-replaces --no-enhances $(cat "$work/roots.txt") 2>/dev/null |
	grep -v '^ ' | sed 's/^<\(.*\)>$/\1/; s/:[a-z0-9]*$//' | sort -u > "$work/closure.txt"
sort -u "$work/roots.txt" "$work/closure.txt" > "$allowed"

# Print "path package" for every path in file $1 that a package outside
# the allowed set owns. A path is looked up as opened, resolved, and with
# /usr added or taken away (dpkg records some merged-/usr files under
# /lib, /bin, /sbin).
outsiders() {
	local paths=$1
	sort -u "$paths" | while read -r p; do
		[ -d "$p" ] && continue		# directories belong to many packages
		printf '%s\t%s\n' "$p" "$p"
		r=$(readlink -f "$p" 2>/dev/null) && [ "$r" != "$p" ] && printf '%s\t%s\n' "$r" "$p"
	done | awk -F'\t' '{ print; q = $1
		if (sub("^/usr/", "/", q)) print q "\t" $2
		else { q = $1; if (q ~ "^/(lib|lib32|lib64|bin|sbin)/") print "/usr" q "\t" $2 } }' |
	awk -F'\t' -v owners="$owners" -v allowed="$allowed" '
		BEGIN {
			while ((getline line < allowed) > 0) ok[line] = 1
			while ((getline line < owners) > 0) {
				split(line, f, "\t"); own[f[1]] = (f[1] in own) ? own[f[1]] " " f[2] : f[2]
			}
		}
		($1 in own) {
			n = split(own[$1], ps, " ")
			for (i = 1; i <= n; i++) if (!(ps[i] in ok)) print $2 " (" ps[i] ")"
		}' | sort -u
}

# Judge one part from the paths it opened.
judge() {
	local desc=$1 paths=$2 bad
	if [ ! -s "$paths" ]; then
		tap_bad "$desc" "nothing was recorded: the part did not run"
		return
	fi
	bad=$(outsiders "$paths")
	if [ -z "$bad" ]; then
		tap_ok "$desc ($(sort -u "$paths" | wc -l) files)"
	else
		tap_bad "$desc" "opens files of packages deps.sh does not bring in: $(echo "$bad" |
			head -8 | tr '\n' ' ')"
	fi
}

# Run a command under strace; the absolute paths it opened or executed go to $1.
traced() {
	local paths=$1 log=$1.strace
	shift
	strace -f -qq --seccomp-bpf -e trace=open,openat,execve -e status=successful \
		-o "$log" "$@" > "$paths.out" 2>&1
	local rc=$?
	# Not inputs: the kernel's files, ours, and the locale and time zone
	# data libc looks up when present (without it the output is the same).
	grep -o '"/[^"]*"' "$log" | tr -d '"' | grep -v -e '^/proc/' -e '^/dev/' -e '^/sys/' \
		-e "^$top/" -e '^/etc/localtime$' -e '^/usr/share/zoneinfo/' -e '^/usr/share/locale/' \
		-e '^/usr/lib/locale/' > "$paths"
	return $rc
}

for arch in $arches; do
	out=$work/$arch
	# BUILD and FUZZ_BUILD redirected: a build from nothing, not what is up to date.
	targets="vdso harness selftests soak-programs"
	# The reliability and fuzz programs: the host's own arch only, as check-arch runs them.
	[ "$arch" = "$(uname -m)" ] &&
		targets="$targets $out/build/torture $out/build/faults $work/fuzz/fuzz-vdso $work/fuzz/fuzz-replay"
	. scripts/arch.sh "$arch"
	if traced "$out.user" make -s --no-print-directory ARCH="$arch" BUILD="$out/build" \
		FUZZ_BUILD="$work/fuzz" $targets; then
		# What run.sh builds for the guest besides: init, static.
		traced "$out.init" $TARGET_CC -static -O2 -Wall -Wextra -Werror -Itools/testing/selftests/vdso guest/init.c \
			-o "$out/init"
		cat "$out.init" >> "$out.user"
		# And the kernel's own selftests, with the libc they ship with.
		traced "$out.kst" scripts/kernel-selftests.sh "$arch" "$out/kselftests" /kselftests
		cat "$out.kst" >> "$out.user"
		judge "$arch: the userspace build" "$out.user"
	else
		tap_bad "$arch: the userspace build" "the build failed: $(tail -3 "$out.user.out" | tr '\n' ' ')"
	fi

	kbuild=$cache/build-$arch
	if [ -z "${KARCH:-}" ]; then
		:	# userspace only (arm: arm64's compat image, in arm64's kernel)
	elif [ ! -f "$kbuild/.config" ]; then
		tap_skip "$arch: the kernel build" "no kernel built in $kbuild yet (make run ARCH=$arch builds it)"
	else
		# The headers kbuild recorded, and the first word of each command it saved.
		find "$kbuild" -name '.*.cmd' -print0 | xargs -0 cat |
			awk '/^savedcmd_/ { sub(/^[^=]*= */, ""); if ($1 ~ /^[A-Za-z0-9_.\/+-]+$/) tools[$1] = 1; next }
			     { for (i = 1; i <= NF; i++) if ($i ~ /^\/usr\//) print $i }
			     END { for (t in tools) print "TOOL " t }' > "$out.kbuild.raw"
		grep -v '^TOOL ' "$out.kbuild.raw" | sed 's/)$//; s/\\$//' > "$out.kbuild"
		grep '^TOOL ' "$out.kbuild.raw" | cut -d' ' -f2 | while read -r t; do
			case $t in */*) ;; *) command -v "$t" ;; esac
		done >> "$out.kbuild"
		judge "$arch: the kernel build (kbuild's records in $kbuild)" "$out.kbuild"
	fi

	if [ -n "${QEMU:-}" ] && [ -f "$kbuild/$KIMAGE" ]; then
		# The machine as boot.sh starts it, held before its first
		# instruction (-S) until the timeout: every firmware and ROM
		# file is open by then.
		# shellcheck disable=SC2086
		traced "$out.qemu" timeout 10 $QEMU -S -kernel "$kbuild/$KIMAGE" < /dev/null
		judge "$arch: QEMU starting the machine ($(echo "$QEMU" | cut -d' ' -f1))" "$out.qemu"
	fi
	unset KARCH QEMU
done

traced "$work/lint" scripts/lint.sh
judge "the static checks (scripts/lint.sh)" "$work/lint"

tap_done
