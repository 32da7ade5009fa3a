# SPDX-License-Identifier: GPL-2.0
#
# Per-architecture facts for the userspace build: compiler, where the
# arch's hooks and entry file are, how the image is named, and how to run
# its programs here (natively or under qemu-user).

ifeq ($(ARCH),x86_64)
CROSS_COMPILE ?=
ARCH_INCLUDE := arch/x86/include
ARCH_ENTRY := arch/x86/entry/vdso/vclock_gettime.c
ARCH_VDSO_CFLAGS := -m64 -DBUILD_VDSO64
ARCH_VDSO_LDFLAGS := -Wl,-m,elf_x86_64
ARCH_SONAME := linux-vdso.so.1
ARCH_USER_CFLAGS :=
QEMU_USER :=
else
$(error ARCH=$(ARCH) is not supported yet; supported: x86_64)
endif
