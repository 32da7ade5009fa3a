#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make soak ARCH=... MINUTES=...: the main job's kernel and guest, but the
# guest loops the soak programs (the real vDSO against the kernel's writer,
# steered through adjtimex(); the torture of our image) and the selftests
# for MINUTES, the second half in a time namespace; then the summed checks
# and counters (scripts/soak-report.sh). SMP=N (N >= 2) soaks an SMP
# build of the kernel on N virtual CPUs, so readers and the tick race on
# different CPUs.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-x86_64} minutes=${2:-10}
case "$minutes" in
''|*[!0-9]*|0) echo "soak: MINUTES must be a whole number above 0 (got '$minutes')" >&2; exit 2 ;;
esac
case "${SMP:-}" in
''|1) smp= ;;
*[!0-9]*) echo "soak: SMP must be a number of CPUs (got '$SMP')" >&2; exit 2 ;;
*) smp=$SMP ;;
esac
SOAK_MINUTES=$minutes SOAK_SMP=$smp exec "$top/scripts/run.sh" "$arch"
