# SPDX-License-Identifier: GPL-2.0
#
# Per-arch facts for the kernel side (sourced): kernel ARCH, compilers,
# image, QEMU command, and the vDSO image kbuild produces.
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
	USER_CROSS=
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
*)
	echo "arch.sh: ARCH=$1 is not supported yet (supported: x86_64)" >&2
	return 1 2>/dev/null || exit 1
	;;
esac

# What the userspace side needs on every arch.
USER_ABI_CFLAGS=${USER_ABI_CFLAGS:-}
