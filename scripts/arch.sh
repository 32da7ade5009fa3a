# SPDX-License-Identifier: GPL-2.0
#
# Per-arch facts for the kernel side (sourced): kernel ARCH, compilers,
# image, QEMU command, and the vDSO image kbuild produces.

# Facts most arches share, unless their case below says otherwise.
NO_TIMENS=0	# 1: the arch has no time namespaces; their checks skip with a reason
case "$1" in
x86_64)
	KARCH=x86
	KCROSS=
	KCROSS_COMPAT=
	KIMAGE_TARGET=bzImage
	KIMAGE=arch/x86/boot/bzImage
	KVDSO_DBG=arch/x86/entry/vdso/vdso64.so.dbg
	KVDSO_OBJ=arch/x86/entry/vdso/vclock_gettime.o
	KARCH_VDSO_HOOKS=arch/x86/include/asm/vdso/gettimeofday.h
	# The second vDSO of this kernel (IA32_EMULATION), for i386 tasks.
	KVDSO32_ARCH=i386
	KVDSO32_CONFIG=CONFIG_IA32_EMULATION=y
	KVDSO32_DBG=arch/x86/entry/vdso/vdso32.so.dbg
	KVDSO32_OBJ=arch/x86/entry/vdso/vdso32/vclock_gettime.o
	KARCH_VDSO32_HOOKS=arch/x86/include/asm/vdso/gettimeofday.h
	KVDSO_GETRANDOM_OBJ=arch/x86/entry/vdso/vgetrandom.o
	USER_CROSS=
	USER32_CROSS=i686-linux-gnu-
	QEMU="qemu-system-x86_64 -m 256 -nographic -no-reboot"
	QEMU_CONSOLE=ttyS0
	VDSO_HAS_EH_FRAME=1
	;;
riscv64)
	KARCH=riscv
	KCROSS=riscv64-linux-gnu-
	KCROSS_COMPAT=
	KIMAGE_TARGET=Image
	KIMAGE=arch/riscv/boot/Image
	KVDSO_DBG=arch/riscv/kernel/vdso/vdso.so.dbg
	KVDSO_OBJ=arch/riscv/kernel/vdso/vgettimeofday.o
	KARCH_VDSO_HOOKS=arch/riscv/include/asm/vdso/gettimeofday.h
	USER_CROSS=riscv64-linux-gnu-
	# -bios default: the OpenSBI firmware Debian's QEMU ships (package opensbi).
	QEMU="qemu-system-riscv64 -M virt -bios default -m 256 -nographic -no-reboot"
	QEMU_CONSOLE=ttyS0
	VDSO_HAS_EH_FRAME=1
	;;
arm64)
	KARCH=arm64
	KCROSS=aarch64-linux-gnu-
	# The compat vDSO (vdso32) is built, and offered by kconfig, only with this.
	KCROSS_COMPAT=arm-linux-gnueabihf-
	KIMAGE_TARGET=Image
	KIMAGE=arch/arm64/boot/Image
	KVDSO_DBG=arch/arm64/kernel/vdso/vdso.so.dbg
	KVDSO_OBJ=arch/arm64/kernel/vdso/vgettimeofday.o
	KARCH_VDSO_HOOKS=arch/arm64/include/asm/vdso/gettimeofday.h
	KVDSO_GETRANDOM_OBJ=arch/arm64/kernel/vdso/vgetrandom.o
	# The second vDSO of this kernel, for AArch32 tasks: userspace ARCH=arm.
	KVDSO32_ARCH=arm
	KVDSO32_CONFIG=CONFIG_COMPAT_VDSO=y
	KVDSO32_DBG=arch/arm64/kernel/vdso32/vdso32.so.dbg
	KVDSO32_OBJ=arch/arm64/kernel/vdso32/vgettimeofday.o
	KARCH_VDSO32_HOOKS=arch/arm64/include/asm/vdso/compat_gettimeofday.h
	USER_CROSS=aarch64-linux-gnu-
	USER32_CROSS=arm-linux-gnueabihf-
	QEMU="qemu-system-aarch64 -M virt -cpu cortex-a57 -m 256 -nographic -no-reboot"
	QEMU_CONSOLE=ttyAMA0
	VDSO_HAS_EH_FRAME=0
	;;
i386)
	# A 32-bit x86 kernel (kbuild's ARCH=i386) and its own vDSO, vdso32.
	KARCH=i386
	KCROSS=
	KCROSS_COMPAT=
	KIMAGE_TARGET=bzImage
	KIMAGE=arch/x86/boot/bzImage
	KVDSO_DBG=arch/x86/entry/vdso/vdso32.so.dbg
	KVDSO_OBJ=arch/x86/entry/vdso/vdso32/vclock_gettime.o
	KARCH_VDSO_HOOKS=arch/x86/include/asm/vdso/gettimeofday.h
	USER_CROSS=i686-linux-gnu-
	QEMU="qemu-system-i386 -m 256 -nographic -no-reboot"
	QEMU_CONSOLE=ttyS0
	VDSO_HAS_EH_FRAME=1
	;;
arm)
	# Userspace facts only: arm64's compat vDSO, booted as part of arm64.
	USER_CROSS=arm-linux-gnueabihf-
	VDSO_HAS_EH_FRAME=0
	;;
arm32)
	# A 32-bit arm kernel and its own vDSO (arch/arm/vdso); not arm64's compat one.
	KARCH=arm
	KCROSS=arm-linux-gnueabihf-
	KCROSS_COMPAT=
	KIMAGE_TARGET=zImage
	KIMAGE=arch/arm/boot/zImage
	KVDSO_DBG=arch/arm/vdso/vdso.so.dbg
	KVDSO_OBJ=arch/arm/vdso/vgettimeofday.o
	KARCH_VDSO_HOOKS=arch/arm/include/asm/vdso/gettimeofday.h
	USER_CROSS=arm-linux-gnueabihf-
	QEMU="qemu-system-arm -M virt -cpu cortex-a15 -m 256 -nographic -no-reboot"
	QEMU_CONSOLE=ttyAMA0
	VDSO_HAS_EH_FRAME=1
	# arm selects no GENERIC_VDSO_TIME_NS: no time namespaces to test.
	NO_TIMENS=1
	;;
*)
	echo "arch.sh: ARCH=$1 is not supported yet (supported: x86_64 i386 arm64 arm riscv64 arm32)" >&2
	return 1 2>/dev/null || exit 1
	;;
esac

# What the userspace side needs on every arch.
USER_ABI_CFLAGS=${USER_ABI_CFLAGS:-}
