# SPDX-License-Identifier: GPL-2.0
#
# The target's facts for the userspace build: targets/$(ARCH), a file the
# shell sources too (targets/README). make keeps the double quotes of the
# shell's quoting as text; they are dropped here.

TARGETS := $(filter-out README,$(notdir $(wildcard targets/*)))

ifeq ($(ARCH),all)
# make run ARCH=all: every target, one after another (scripts/run-all.sh);
# the userspace targets need one.
else ifneq ($(filter $(ARCH),$(TARGETS)),)
include targets/$(ARCH)
TARGET_KEYS := $(shell sed -n 's/^\([A-Z0-9_]*\)=.*/\1/p' targets/$(ARCH))
$(foreach key,$(TARGET_KEYS),$(if $(filter command line,$(origin $(key))),,\
	$(eval $(key) := $(subst ",,$(value $(key))))))
else
$(error ARCH=$(ARCH) is not a target; targets: $(TARGETS), and all for make run)
endif

# The C compiler of the target's programs (TARGET_CC in targets/README).
ifeq ($(TARGET_CC),)
TARGET_CC := $(CROSS_COMPILE)gcc
endif

# The target's kernel configuration and syscall numbers, as the kernel's
# build would give them to the vDSO's code (-D, on top of shim/kconfig.h).
TARGET_CPPFLAGS = -include shim/kconfig.h $(addprefix -D,$(VDSO_KCONFIG)) \
	$(addprefix -D__NR_,$(VDSO_SYSCALLS))
