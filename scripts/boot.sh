#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Boot a kernel with an initramfs in QEMU (TCG) for one arch, the console
# going to a file; the guest's init reboots, which ends QEMU (-no-reboot).
#
#   scripts/boot.sh ARCH KERNEL INITRAMFS CONSOLE_LOG [EXTRA_CMDLINE]
#   (QEMU_EXTRA: more QEMU options, e.g. -smp 2)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
arch=$1 kernel=$2 initrd=$3 console=$4 extra=${5:-}
. scripts/arch.sh "$arch" || exit 1

# An x86 guest under TCG reads the host's TSC. Loaded hosts make the PIT
# calibration fail and tinyconfig has no HPET/ACPI reference, leaving the
# guest on jiffies; so tell it the rate, measured here, and keep the
# clocksource watchdog from judging the TSC against jiffies.
append=
if { [ "$arch" = x86_64 ] || [ "$arch" = i386 ]; } && [ "$(uname -m)" = x86_64 ]; then
	make -s harness ARCH=x86_64 > /dev/null
	append="tsc_early_khz=$(( $(build/x86_64/harness --counter-hz) / 1000 )) tsc=reliable"
fi

# loglevel=5: the console shows KERN_WARNING and above, so a WARN and its
# stack dump reach the log (scripts/kernel-complaints.sh fails on them);
# at 4 they would be kept from it.
# shellcheck disable=SC2086
timeout "${RUN_TIMEOUT:-1500}" $QEMU ${QEMU_EXTRA:-} -kernel "$kernel" -initrd "$initrd" \
	-append "console=$QEMU_CONSOLE loglevel=5 panic=-1 $append $extra" < /dev/null > "$console" 2>&1 ||
	echo "GVDSO: qemu exited with status $?" >> "$console"
