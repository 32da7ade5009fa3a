#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The kernel's own vDSO selftests (tools/testing/selftests/vDSO of the
# pristine Linux 6.12 tree), built static for a target into OUTDIR, for the
# guest to run beside ours: the tests kernel developers run, unchanged.
# vdso_test_chacha is left out: it checks the kernel's ChaCha20 assembly
# against a C reference, code the graft does not touch (and only x86 has).
# The kernel's uapi headers come before the libc's (-isystem include/uapi,
# as the test Makefile adds): vDSO getrandom()'s are newer than Debian's.
#
# vdso_test_correctness finds the vDSO with dlopen(), as glibc's dynamic
# loader has registered it (by its soname): it is linked dynamically, with
# the target's loader and libc copied into OUTDIR/lib and named by their
# guest path GUEST_DIR/lib (the guest has no other). The rest are static.
#
#   scripts/kernel-selftests.sh TARGET OUTDIR GUEST_DIR
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
target=$1 out=$2 guest_dir=$3
. "$top/scripts/arch.sh" "$target"
# A target without a kernel of its own (arm) builds them as its host does.
ksrc=$("$top/scripts/kernel-src.sh")
progs="vdso_test_gettimeofday vdso_test_getcpu vdso_test_abi vdso_test_clock_getres vdso_test_getrandom"
# Those the target leaves out, each with its reason there.
for p in ${KSELFTESTS_LEFT_OUT:-}; do progs=$(echo "$progs" | tr -s ' \t\n' '\n' | grep -vx "$p" | tr '\n' ' '); done
# As the test Makefile lists it: x86 only.
case ${KARCH:-} in x86 | i386) progs="$progs vdso_standalone_test_x86" ;; esac

rm -rf "$out" && mkdir -p "$out/lib"
# OUTPUT: nothing is written into the kernel tree.
kmake() {
	make -s -C "$ksrc/tools/testing/selftests/vDSO" ${KARCH:+ARCH=$KARCH} CC="$TARGET_CC" \
		OUTPUT="$out" KHDR_INCLUDES= "$@"
}
kmake USERLDFLAGS=-static $(for p in $progs; do echo "$out/$p"; done)

# The loader the target's gcc links against, then the program again, to be
# found in the guest at GUEST_DIR/lib.
probe=$out/lib/probe
echo 'int main(void) { return 0; }' | $TARGET_CC -x c - -o "$probe"
interp=$("${CROSS_COMPILE}readelf" -lW "$probe" | sed -n 's/.*Requesting program interpreter: \(.*\)]$/\1/p')
rm -f "$probe"
[ -n "$interp" ] || { echo "kernel-selftests: no program interpreter for $target" >&2; exit 1; }
# The loader is the file the interpreter's path names in the target's
# root (Debian's cross libcs: /usr/<triplet>), not the one of that name
# gcc finds first: mips64el's n64 loader is lib64/ld.so.1, and with the
# o32 libc that n32's libgcc brings along lib/ld.so.1 is o32's. libc is
# the one gcc links against (the ABI's multilib directory).
cp -L "${CROSS_COMPILE:+/usr/${CROSS_COMPILE%-}}$interp" "$out/lib/$(basename "$interp")"
cp -L "$($TARGET_CC -print-file-name=libc.so.6)" "$out/lib/libc.so.6"
kmake USERLDFLAGS="-Wl,--dynamic-linker=$guest_dir/lib/$(basename "$interp") -Wl,-rpath,$guest_dir/lib" \
	"$out/vdso_test_correctness"
