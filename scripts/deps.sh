#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install what the build, the tests and the QEMU runs need, if missing.
#   scripts/deps.sh [ARCH...]   (default: what x86_64 needs)
set -euo pipefail

want=(gcc make binutils bc flex bison libelf-dev libssl-dev cpio xz-utils
      linux-source-6.12 qemu-system-x86 sparse valgrind perl python3
      clang libclang-rt-14-dev llvm-14 cppcheck)
for arch in "$@"; do
	case "$arch" in
	arm64) want+=(gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf qemu-system-arm qemu-user) ;;
	arm|arm32) want+=(gcc-arm-linux-gnueabihf qemu-system-arm qemu-user) ;;
	riscv64) want+=(gcc-riscv64-linux-gnu qemu-system-misc opensbi qemu-user) ;;
	esac
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
