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
# make check-deps, and LLVM 16 for the LLVM=-16 kernel builds of make
# check-configs.
common=(gcc libc6-dev make patch binutils bc flex bison libelf-dev libssl-dev cpio xz-utils
	linux-source-6.12 qemu-system-x86 sparse valgrind perl python3 git
	clang libclang-rt-14-dev llvm-14 cppcheck strace
	clang-16 lld-16 llvm-16)

# Per arch: its cross compiler and cross libc (the guests' static
# selftests, init and soak programs, the harness under qemu-user), its
# system emulator and firmware, and qemu-user for the harness.
arch_packages() {
	case "$1" in
	x86_64) ;;
	# Never gcc-multilib for 32-bit x86: installing it removes every cross gcc.
	i386) echo gcc-i686-linux-gnu libc6-dev-i386-cross ;;
	arm64) echo gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
		gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-system-arm qemu-user ;;
	arm | arm32) echo gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-system-arm qemu-user ;;
	riscv64) echo gcc-riscv64-linux-gnu libc6-dev-riscv64-cross qemu-system-misc opensbi \
		qemu-user ;;
	*) echo "deps: no package list for ARCH=$1" >&2; return 1 ;;
	esac
}
all_arches="x86_64 i386 arm64 arm riscv64 arm32"

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
	read -ra more <<< "$(arch_packages "$arch")"
	want+=("${more[@]}")
done

missing=()
for p in "${want[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
