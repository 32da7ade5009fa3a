#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The Debian packages the build, the tests and the QEMU runs read from,
# installed if missing. Nothing else may be needed: make check-deps
# (scripts/check-deps.sh) fails when a build step opens a file of a
# package outside this list and what it depends on.
#
#   scripts/deps.sh [ARCH...]   install what ARCH needs (default: x86_64)
#   scripts/deps.sh --list      print every arch's packages, one a line
set -euo pipefail

# Every arch: the host toolchain and libc (the harness, the host's
# selftests, kbuild's host programs), the kernel source and what kbuild
# needs, QEMU for x86_64 guests, the static checkers, callgrind, the
# fuzzer's clang with its sanitizer and coverage runtimes, strace for
# make check-deps, LLVM 16 for the LLVM=-16 kernel builds of make
# check-configs, LLVM 19 for its loongarch build (no Debian cross gcc
# for loongarch, and Linux 6.12 needs LLVM 18 there: min-tool-version.sh).
common=(gcc libc6-dev make patch binutils bc flex bison libelf-dev libssl-dev cpio xz-utils
	linux-source-6.12 qemu-system-x86 sparse valgrind perl python3 git
	clang libclang-rt-14-dev llvm-14 cppcheck strace
	clang-16 lld-16 llvm-16 clang-19 lld-19 llvm-19)

# Per target: its cross compiler and cross libc (the guests' static
# selftests, init and soak programs, the harness under qemu-user), its
# system emulator and firmware, and qemu-user: DEB_PACKAGES in
# targets/<name>.
arch_packages() {
	(. "$(dirname "$0")/arch.sh" "$1" > /dev/null && echo "${DEB_PACKAGES:-}")
}
all_arches=$(ls "$(dirname "$0")/../targets" | grep -vx README)

if [ "${1:-}" = --list ]; then
	want=("${common[@]}")
	for arch in $all_arches; do
		read -ra more <<< "$(arch_packages "$arch")"
		want+=("${more[@]}")
	done
	printf '%s\n' "${want[@]}" | awk '!seen[$0]++'
	exit 0
fi

want=("${common[@]}")
for arch in "$@"; do
	grep -qx -- "$arch" <<< "$all_arches" || { arch_packages "$arch"; exit 1; }
	read -ra more <<< "$(arch_packages "$arch")"
	want+=("${more[@]}")
done

missing=()
for p in "${want[@]}"; do
	grep -q "install ok installed" < <(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
