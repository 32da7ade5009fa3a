# SPDX-License-Identifier: GPL-2.0
#
# Per-architecture facts for the userspace build: compiler, where the
# arch's hooks and entry file are, how the image is named, and how to run
# its programs here (natively or under qemu-user).

# Arches whose reader sparse checks (scripts/lint.sh), with ARCH_SPARSE_FLAGS.
SPARSE_ARCHES := x86_64 i386 arm64 arm riscv64 arm32

ifeq ($(ARCH),x86_64)
CROSS_COMPILE ?=
ARCH_INCLUDE := arch/x86/include
ARCH_ENTRY := arch/x86/entry/vdso/vclock_gettime.c
ARCH_GETRANDOM_ENTRY := arch/x86/entry/vdso/vgetrandom.c
ARCH_VDSO_CFLAGS := -m64 -DBUILD_VDSO64
ARCH_VDSO_LDFLAGS := -Wl,-m,elf_x86_64
ARCH_SONAME := linux-vdso.so.1
ARCH_USER_CFLAGS :=
QEMU_USER :=
ARCH_SPARSE_FLAGS := -m64 -D__x86_64__
else ifeq ($(ARCH),i386)
# The 32-bit x86 vDSO: a 32-bit kernel's, and the vdso32 of a 64-bit one
# (the same reader, BUILD_VDSO32). Its programs run natively on x86_64.
CROSS_COMPILE ?= i686-linux-gnu-
ARCH_INCLUDE := arch/x86/include
ARCH_ENTRY := arch/x86/entry/vdso/vclock_gettime.c
# As arch/x86/entry/vdso/Makefile builds vdso32; the kernel's
# __kernel_vsyscall is asm of its own, so the image has a stand-in.
ARCH_VDSO_CFLAGS := -m32 -msoft-float -mregparm=0 -DBUILD_VDSO32
ARCH_VDSO_LDFLAGS := -Wl,-m,elf_i386
ARCH_VDSO_EXTRA := image/i386-vsyscall.S
ARCH_SONAME := linux-gate.so.1
ARCH_USER_CFLAGS := -static
QEMU_USER :=
ARCH_SPARSE_FLAGS := -m32 -D__i386__
else ifeq ($(ARCH),riscv64)
CROSS_COMPILE ?= riscv64-linux-gnu-
ARCH_INCLUDE := arch/riscv/include
ARCH_ENTRY := arch/riscv/kernel/vdso/vgettimeofday.c
ARCH_VDSO_CFLAGS :=
ARCH_VDSO_LDFLAGS :=
ARCH_SONAME := linux-vdso.so.1
ARCH_USER_CFLAGS := -static
QEMU_USER := qemu-riscv64
ARCH_SPARSE_FLAGS := --arch=riscv64
else ifeq ($(ARCH),arm64)
CROSS_COMPILE ?= aarch64-linux-gnu-
ARCH_INCLUDE := arch/arm64/include
ARCH_ENTRY := arch/arm64/kernel/vdso/vgettimeofday.c
ARCH_GETRANDOM_ENTRY := arch/arm64/kernel/vdso/vgetrandom.c
ARCH_VDSO_CFLAGS := -mcmodel=tiny -ffixed-x18
ARCH_VDSO_LDFLAGS :=
ARCH_SONAME := linux-vdso.so.1
ARCH_USER_CFLAGS := -static
QEMU_USER := qemu-aarch64
ARCH_SPARSE_FLAGS := --arch=aarch64
else ifeq ($(ARCH),arm)
# arm64's compat vDSO (AArch32 tasks on an arm64 kernel): arm64's headers
# and config seen by a 32-bit compiler, as arch/arm64/kernel/vdso32/Makefile
# builds it. The native 32-bit arm kernel's vDSO is ARCH=arm32.
CROSS_COMPILE ?= arm-linux-gnueabihf-
ARCH_INCLUDE := arch/arm64/include
# The AArch32 entry points are one file for both kernels (graft/MANIFEST).
ARCH_ENTRY := arch/arm/vdso/vgettimeofday.c
ARCH_CPPFLAGS := -DENABLE_COMPAT_VDSO=1
ARCH_VDSO_CFLAGS := -march=armv8-a+simd -mgeneral-regs-only -mthumb -fomit-frame-pointer
ARCH_VDSO_LDFLAGS :=
ARCH_SONAME := linux-vdso.so.1
ARCH_USER_CFLAGS := -static
QEMU_USER := qemu-arm
ARCH_SPARSE_FLAGS := --arch=arm -D__ARM_PCS_VFP
else ifeq ($(ARCH),arm32)
# A 32-bit arm kernel's own vDSO (ARMv7, as ARCH_MULTI_V7 builds it); the
# compat vDSO of arm64 for the same tasks is ARCH=arm.
CROSS_COMPILE ?= arm-linux-gnueabihf-
ARCH_INCLUDE := arch/arm/include
ARCH_ENTRY := arch/arm/vdso/vgettimeofday.c
# arch/arm/Makefile names the architecture level for ARMv7 kernels.
ARCH_VDSO_CFLAGS := -DBUILD_VDSO32 -D__LINUX_ARM_ARCH__=7
ARCH_VDSO_LDFLAGS :=
ARCH_SONAME := linux-vdso.so.1
ARCH_USER_CFLAGS := -static
QEMU_USER := qemu-arm
ARCH_SPARSE_FLAGS := --arch=arm -D__ARM_PCS_VFP
else ifeq ($(ARCH),all)
# make run ARCH=all: every arch, one after another (scripts/run-all.sh);
# the userspace targets need one arch.
else
$(error ARCH=$(ARCH) is not supported; supported: x86_64 i386 arm64 arm riscv64 arm32, and all for make run)
endif
