# SPDX-License-Identifier: GPL-2.0
#
# The target's facts for the scripts (sourced with the target's name):
# targets/$1, the file make includes too (targets/README), plus what
# follows from it. TARGETS lists every target.

TARGETS=$(cd "$(dirname "${BASH_SOURCE[0]}")/../targets" && ls | grep -vx README)
if ! grep -qx -- "${1:-}" <<< "$TARGETS"; then
	echo "arch.sh: ARCH=${1:-} is not a target (targets: $(echo $TARGETS))" >&2
	return 1 2>/dev/null || exit 1
fi
# Nothing of another target may stay set.
unset KARCH KCROSS KCROSS_COMPAT CHECK_CONFIGS KVDSO_COMPAT KVDSO_DBG KVDSO_OBJ KARCH_VDSO_HOOKS \
	KVDSO_GETRANDOM_OBJ ARCH_GETRANDOM_ENTRY ARCH_CPPFLAGS ARCH_VDSO_EXTRA ARCH_USER_LIBS TARGET_CC COMPAT_CONFIG COMPAT_DIR \
	NO_TIMENS KSELFTESTS_LEFT_OUT "${!GUEST_SKIP_@}"
# shellcheck source=/dev/null
. "$(dirname "${BASH_SOURCE[0]}")/../targets/$1"
# kbuild's compiler is the userspace one unless the target says otherwise.
KCROSS=${KCROSS-$CROSS_COMPILE}
# The C compiler of the target's programs: its gcc, unless the target
# names another (a compiler's other ABI: mips64el's gcc -mabi=n32).
TARGET_CC=${TARGET_CC:-${CROSS_COMPILE}gcc}
# One fact of another target: compat_fact TARGET KEY (the kernel's other
# vDSOs, KVDSO_COMPAT, keep their facts in their own targets' files).
compat_fact() {
	(. "$(dirname "${BASH_SOURCE[0]}")/arch.sh" "$1" > /dev/null && key=$2 && echo "${!key:-}")
}
# The expected guest skips in the form scripts/report.sh reads.
guest_skips() {
	local v
	[ -n "${NO_TIMENS:-}" ] && echo "skip-mode timens $NO_TIMENS"
	for v in "${!GUEST_SKIP_@}"; do echo "skip ${!v}"; done
}
