# SPDX-License-Identifier: GPL-2.0
#
# One generic vDSO: the userspace build (image, harness, selftests, checks)
# and the entry points of the kernel graft.
#
#   make vdso      [ARCH=x86_64]   build/<arch>/vdso.so from the kernel's sources
#   make harness   [ARCH=x86_64]   build/<arch>/harness, the simulated timekeeper
#   make selftests [ARCH=x86_64]   build/<arch>/selftests/*
#   make check                     install what is missing, build, run everything
#   make run       [ARCH=x86_64]   graft into Linux 6.12, build, boot in QEMU, test
#   make lint / make sparse        style and static checks on our sources
#   make check-deps                every file the builds open is from a listed package

ARCH ?= x86_64
BUILD := build/$(ARCH)
SRC := $(CURDIR)

include scripts/arch.mk

CC := $(TARGET_CC)
READELF ?= readelf
OBJCOPY := $(CROSS_COMPILE)objcopy

# Warnings as the standards ask. Unused parameters are allowed: arch hooks
# have fixed signatures and many arches ignore an argument.
WARN := -Wall -Wextra -Wno-unused-parameter -Werror

# The same kernel sources, built outside the kernel: the shim answers the
# kernel-environment includes (see shim/README).
VDSO_INCLUDES := -nostdinc -Ishim/include -Iinclude -I$(ARCH_INCLUDE) $(addprefix -I,$(ARCH_SHIM_INCLUDE)) \
	$(TARGET_CPPFLAGS) $(ARCH_CPPFLAGS)

# Flags in the spirit of the kernel's vDSO builds: position independent,
# freestanding, no stack protector (no canary in a vDSO), no jump tables
# (they would need relocations).
VDSO_CFLAGS := -O2 -g -fPIC -fno-stack-protector -fno-common -ffreestanding \
	-fno-builtin -fno-jump-tables -DBUILD_VDSO $(ARCH_VDSO_CFLAGS) $(WARN) $(VDSO_INCLUDES)

VDSO_LDFLAGS := -nostdlib -shared -Wl,-soname=$(ARCH_SONAME) -Wl,--hash-style=both \
	-Wl,--no-undefined -Wl,--eh-frame-hdr -Wl,-z,max-page-size=4096 \
	-Wl,-z,noexecstack -Wl,-Bsymbolic -Wl,--build-id=sha1 $(ARCH_VDSO_LDFLAGS)

# What a freestanding object's source sees (target, defines, includes) is
# written beside it as <object>.flags, and the headers it read as
# <object>.d, as kbuild keeps .cmd files: make lint runs sparse and
# cppcheck with exactly those flags and checks every header is ours.
VDSO_SEEN := -DBUILD_VDSO $(ARCH_VDSO_CFLAGS) $(VDSO_INCLUDES)
record = -MD -MF $@.d && echo '$(strip $(1))' > $@.flags

# The flags come from these files: a change there rebuilds what they built.
VDSO_DEPS := $(wildcard Makefile scripts/arch.mk targets/$(ARCH) include/vdso/*.h lib/vdso/*.c $(ARCH_INCLUDE)/asm/vdso/*.h $(ARCH_GETRANDOM_ENTRY) \
	shim/include/*/*.h shim/include/*/*/*.h $(ARCH_SHIM_INCLUDE:%=%/asm/vdso/*.h) image/*)

.PHONY: all vdso harness selftests check check-arch run lint sparse clean deps bench icount icount-update bench-kernel \
	torture faults fuzz check-sanitize soak soak-programs bench-stock check-deps check-configs tickstall

all: vdso harness selftests

vdso: $(BUILD)/vdso.so

$(BUILD)/entry.o: $(ARCH_ENTRY) $(VDSO_DEPS)
	@mkdir -p $(@D)
	$(CC) $(VDSO_CFLAGS) -c $< -o $@ $(call record,$(VDSO_SEEN))

$(BUILD)/note.o: image/note.S
	@mkdir -p $(@D)
	$(CC) -nostdinc $(ARCH_VDSO_CFLAGS) -c $< -o $@

$(BUILD)/vdso.lds: image/$(ARCH).lds.S $(wildcard image/*.lds.h) $(VDSO_DEPS)
	@mkdir -p $(@D)
	$(CC) -E -P -x c -nostdinc -D__ASSEMBLY__ -Iimage -I$(ARCH_INCLUDE) $< -o $@

# getrandom() where the arch's vDSO has it: the kernel's entry file and, in
# place of the kernel's per-arch ChaCha20 assembly, our portable C stand-in.
VDSO_GETRANDOM_OBJS := $(if $(ARCH_GETRANDOM_ENTRY),$(BUILD)/vgetrandom.o $(BUILD)/chacha20.o)
$(BUILD)/vgetrandom.o: $(ARCH_GETRANDOM_ENTRY) $(VDSO_DEPS)
	@mkdir -p $(@D)
	$(CC) $(VDSO_CFLAGS) -c $< -o $@ $(call record,$(VDSO_SEEN))
$(BUILD)/chacha20.o: image/chacha20.c $(VDSO_DEPS)
	@mkdir -p $(@D)
	$(CC) $(VDSO_CFLAGS) -c $< -o $@ $(call record,$(VDSO_SEEN))

# What the kernel's image has in asm of its own, where the arch needs a stand-in.
VDSO_EXTRA_OBJS := $(patsubst image/%.S,$(BUILD)/%.o,$(ARCH_VDSO_EXTRA))
$(VDSO_EXTRA_OBJS): $(BUILD)/%.o: image/%.S
	@mkdir -p $(@D)
	$(CC) -nostdinc $(ARCH_VDSO_CFLAGS) -c $< -o $@

# The link, then the check the kernel build also makes: no dynamic relocations.
$(BUILD)/vdso.so.dbg: $(BUILD)/vdso.lds $(BUILD)/entry.o $(BUILD)/note.o $(VDSO_EXTRA_OBJS) \
		$(VDSO_GETRANDOM_OBJS)
	$(CC) $(VDSO_LDFLAGS) -Wl,-T,$(BUILD)/vdso.lds $(BUILD)/entry.o $(BUILD)/note.o \
		$(VDSO_EXTRA_OBJS) $(VDSO_GETRANDOM_OBJS) -o $@
	@if $(READELF) -rW $@ | grep -v _NONE | grep -q ' R_'; then \
		echo "$@: dynamic relocations" >&2; rm -f $@; exit 1; fi

$(BUILD)/vdso.so: $(BUILD)/vdso.so.dbg
	$(OBJCOPY) -S --remove-section=.comment $< $@

# The harness: our writer (lib/vdso/vsyscall.c) against a simulated
# timekeeper, the image mapped as the kernel maps it, and the checks.
HARNESS_CFLAGS := -O2 -g -pthread $(WARN) -Iharness -Itools/testing/selftests/vdso -I$(BUILD)
# Programs that run natively (x86_64, i386) count instructions under callgrind (harness --loop).
HARNESS_CFLAGS += $(if $(QEMU_USER),,$(if $(wildcard /usr/include/valgrind/callgrind.h),-DHAVE_CALLGRIND_H))
HARNESS_WRITER_INCLUDES := -Iharness/include $(VDSO_INCLUDES)
HARNESS_SRCS := harness/main.c harness/checks.c harness/benches.c harness/loop.c harness/tick.c \
	harness/clockcheck.c harness/readers.c harness/image.c harness/host.c harness/bench.c harness/arm-counter.c \
	harness/mips-counter.c \
	tools/testing/selftests/vdso/parse_vdso.c tools/testing/selftests/vdso/vdso_bench_core.c
HARNESS_DEPS := $(wildcard harness/*.h harness/include/*/*.h harness/include/*/*/*.h \
	tools/testing/selftests/vdso/*.h) $(VDSO_DEPS)

harness: $(BUILD)/harness

# The simulated hypervisor (x86-64: its clocks need 128-bit arithmetic).
HYP := $(if $(filter x86_64,$(ARCH)),hypervisor)
WRITER_OBJS := $(BUILD)/harness-writer.o $(BUILD)/harness-poison.o $(HYP:%=$(BUILD)/harness-%.o)

$(BUILD)/harness-writer.o $(BUILD)/harness-poison.o $(BUILD)/harness-hypervisor.o: \
		$(BUILD)/harness-%.o: harness/%.c \
		$(HARNESS_DEPS)
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) $(HARNESS_WRITER_INCLUDES) -c $< -o $@ \
		$(call record,$(HARNESS_WRITER_INCLUDES))

$(BUILD)/harness: $(HARNESS_SRCS) $(WRITER_OBJS) $(BUILD)/image-layout.h $(HARNESS_DEPS)
	$(CC) $(HARNESS_CFLAGS) $(ARCH_USER_CFLAGS) $(HARNESS_SRCS) $(WRITER_OBJS) -o $@ -lm

# vDSO getrandom() (harness/getrandom.c): our image against the harness's
# random.c stand-in (rng-writer.c), with the ChaCha20 stand-in checked
# against RFC 8439; on arches without getrandom() every check skips.
$(BUILD)/harness-rng-writer.o: harness/rng-writer.c harness/rng.h $(HARNESS_DEPS)
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) $(HARNESS_WRITER_INCLUDES) -c $< -o $@
$(BUILD)/harness-chacha20.o: image/chacha20.c $(HARNESS_DEPS)
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) $(HARNESS_WRITER_INCLUDES) -c $< -o $@
GETRANDOM_SRCS := harness/getrandom.c harness/image.c harness/mips-counter.c tools/testing/selftests/vdso/parse_vdso.c \
	tools/testing/selftests/vdso/vdso_bench_core.c
$(BUILD)/harness-getrandom: $(GETRANDOM_SRCS) $(BUILD)/harness-rng-writer.o \
		$(BUILD)/harness-chacha20.o $(BUILD)/image-layout.h $(HARNESS_DEPS) harness/rng.h
	$(CC) $(HARNESS_CFLAGS) $(ARCH_USER_CFLAGS) $(GETRANDOM_SRCS) $(BUILD)/harness-rng-writer.o \
		$(BUILD)/harness-chacha20.o -o $@
harness: $(BUILD)/harness-getrandom

# The selftests' vdso_test_getrandom on our image (harness/on-image.c),
# where the target has getrandom() and runs under qemu-user, which maps
# no vDSO for the selftests to find.
ON_IMAGE_SRCS := harness/on-image.c harness/image.c harness/mips-counter.c \
	tools/testing/selftests/vdso/parse_vdso.c
$(BUILD)/on-image/vdso_test_getrandom: tools/testing/selftests/vdso/vdso_test_getrandom.c \
		$(ON_IMAGE_SRCS) $(BUILD)/harness-rng-writer.o $(BUILD)/image-layout.h $(HARNESS_DEPS) \
		harness/rng.h
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) $(ARCH_USER_CFLAGS) -Wl,--wrap=vdso_base_from_auxv $< $(ON_IMAGE_SRCS) \
		$(BUILD)/harness-rng-writer.o -o $@
harness: $(if $(and $(QEMU_USER),$(ARCH_GETRANDOM_ENTRY)),$(BUILD)/on-image/vdso_test_getrandom)

# Reliability (issue 8, README "Reliability"): the seqlock torture and the
# fault cases, on our image and our writer with the harness's pieces.
RELIAB_SRCS := harness/image.c harness/mips-counter.c harness/arm-counter.c harness/host.c harness/trap.c harness/clockcheck.c harness/readers.c \
	tools/testing/selftests/vdso/parse_vdso.c
# The fault cases' exact reference (inject.c): 64-bit pieces, for every target.
FAULTS_OBJS := $(WRITER_OBJS) $(BUILD)/harness-inject.o
SECONDS ?= 30

$(BUILD)/harness-inject.o: harness/inject.c $(HARNESS_DEPS)
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) $(HARNESS_WRITER_INCLUDES) -c $< -o $@

$(BUILD)/torture: harness/torture.c $(RELIAB_SRCS) $(WRITER_OBJS) $(BUILD)/image-layout.h \
		$(HARNESS_DEPS) harness/trap.h
	$(CC) $(HARNESS_CFLAGS) $(ARCH_USER_CFLAGS) $< $(RELIAB_SRCS) $(WRITER_OBJS) -o $@ $(ARCH_USER_LIBS)

$(BUILD)/faults: harness/faults.c $(RELIAB_SRCS) $(FAULTS_OBJS) $(BUILD)/image-layout.h \
		$(HARNESS_DEPS) harness/trap.h harness/inject.h
	$(CC) $(HARNESS_CFLAGS) $(ARCH_USER_CFLAGS) $< $(RELIAB_SRCS) $(FAULTS_OBJS) -o $@ $(ARCH_USER_LIBS)

torture: $(BUILD)/torture $(BUILD)/vdso.so
	$(QEMU_USER) $(BUILD)/torture $(BUILD)/vdso.so $(SECONDS)

faults: $(BUILD)/faults $(BUILD)/vdso.so
	$(QEMU_USER) $(BUILD)/faults $(BUILD)/vdso.so

# The guest's soak programs (make soak; static: the guest has no libc).
# vdso_soak checks the real vDSO against the kernel's writer; the torture
# is the one above (not yet run in 32-bit guests).
SOAK_SRCS := harness/clockcheck.c harness/trap.c harness/host.c \
	tools/testing/selftests/vdso/parse_vdso.c
$(BUILD)/soak/vdso_soak: harness/soak.c $(SOAK_SRCS) $(HARNESS_DEPS) harness/clockcheck.h \
		harness/trap.h
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) -static $< $(SOAK_SRCS) -o $@ $(ARCH_USER_LIBS)

$(BUILD)/soak/torture: harness/torture.c $(RELIAB_SRCS) $(WRITER_OBJS) $(BUILD)/image-layout.h \
		$(HARNESS_DEPS) harness/trap.h
	@mkdir -p $(@D)
	$(CC) $(HARNESS_CFLAGS) -static $< $(RELIAB_SRCS) $(WRITER_OBJS) -o $@ $(ARCH_USER_LIBS)

soak-programs: $(BUILD)/soak/vdso_soak $(if $(filter arm arm32 i386,$(ARCH)),,$(BUILD)/soak/torture) \
	$(BUILD)/vdso.so

# Sanitizers (make check-sanitize): the harness, the torture and the fault
# cases with ASan and UBSan, any report fatal. The image itself cannot
# carry a sanitizer runtime; the reader's C runs sanitized in the fuzz
# driver below.
SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SAN_BUILD := $(BUILD)/san

$(SAN_BUILD)/harness-%.o: harness/%.c $(HARNESS_DEPS)
	@mkdir -p $(@D)
	$(CC) $(SAN) $(HARNESS_CFLAGS) $(HARNESS_WRITER_INCLUDES) -c $< -o $@

SAN_WRITER_OBJS := $(SAN_BUILD)/harness-writer.o $(SAN_BUILD)/harness-poison.o \
	$(HYP:%=$(SAN_BUILD)/harness-%.o)

$(SAN_BUILD)/harness: $(HARNESS_SRCS) $(SAN_WRITER_OBJS) $(BUILD)/image-layout.h \
		$(HARNESS_DEPS)
	$(CC) $(SAN) $(HARNESS_CFLAGS) $(HARNESS_SRCS) $(SAN_WRITER_OBJS) -o $@ -lm

$(SAN_BUILD)/harness-chacha20.o: image/chacha20.c $(HARNESS_DEPS)
	@mkdir -p $(@D)
	$(CC) $(SAN) $(HARNESS_CFLAGS) $(HARNESS_WRITER_INCLUDES) -c $< -o $@
$(SAN_BUILD)/harness-getrandom: $(GETRANDOM_SRCS) $(SAN_BUILD)/harness-rng-writer.o \
		$(SAN_BUILD)/harness-chacha20.o $(BUILD)/image-layout.h $(HARNESS_DEPS) harness/rng.h
	$(CC) $(SAN) $(HARNESS_CFLAGS) $(GETRANDOM_SRCS) $(SAN_BUILD)/harness-rng-writer.o \
		$(SAN_BUILD)/harness-chacha20.o -o $@

$(SAN_BUILD)/torture $(SAN_BUILD)/faults: $(SAN_BUILD)/%: harness/%.c $(RELIAB_SRCS) \
		$(SAN_WRITER_OBJS) $(SAN_BUILD)/harness-inject.o $(BUILD)/image-layout.h \
		$(HARNESS_DEPS) harness/trap.h harness/inject.h
	$(CC) $(SAN) $(HARNESS_CFLAGS) $< $(RELIAB_SRCS) $(SAN_WRITER_OBJS) \
		$(SAN_BUILD)/harness-inject.o -o $@

# The fuzz target (make fuzz SECONDS=N): our reader with the x86 glue, its
# counter, syscalls and pages replaced by the input (harness/fuzz), under
# libFuzzer with ASan and UBSan; fuzz-replay is the same without libFuzzer.
FUZZ_CC ?= clang
FUZZ_BUILD := build/fuzz
FUZZ_READER_FLAGS = -nostdinc -Iharness/fuzz/include -Ishim/include -Iinclude -Iarch/x86/include \
	$(if $(filter x86_64,$(ARCH)),$(TARGET_CPPFLAGS),$(error the fuzz build is x86_64's)) -DBUILD_VDSO64 -m64
FUZZ_DEPS := $(wildcard harness/fuzz/*.h harness/fuzz/include/asm/vdso/*.h) $(VDSO_DEPS)
FUZZ_WARN := -Wall -Wextra -Wno-unused-parameter -Werror

$(FUZZ_BUILD)/reader-%.o: harness/fuzz/reader.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(FUZZ_CC) -g -O1 $(SAN) $(if $(filter fuzz,$*),-fsanitize=fuzzer-no-link) $(FUZZ_WARN) \
		$(FUZZ_READER_FLAGS) -c $< -o $@ $(call record,$(FUZZ_READER_FLAGS))

$(FUZZ_BUILD)/fuzz-vdso: harness/fuzz/fuzz_vdso.c $(FUZZ_BUILD)/reader-fuzz.o $(FUZZ_DEPS)
	$(FUZZ_CC) -g -O1 $(SAN) -fsanitize=fuzzer $(FUZZ_WARN) $< $(FUZZ_BUILD)/reader-fuzz.o -o $@

$(FUZZ_BUILD)/fuzz-replay: harness/fuzz/fuzz_vdso.c $(FUZZ_BUILD)/reader-replay.o $(FUZZ_DEPS)
	$(FUZZ_CC) -g -O1 $(SAN) -DFUZZ_STANDALONE $(FUZZ_WARN) $< $(FUZZ_BUILD)/reader-replay.o \
		-o $@

# The same for getrandom() (harness/fuzz/fuzz_getrandom.c): our generic
# code with the x86 glue, its syscall and RNG state from the input.
FUZZ_GR_DEPS := harness/fuzz/fuzz_getrandom.h harness/fuzz/include/asm/vdso/getrandom.h $(FUZZ_DEPS)
$(FUZZ_BUILD)/getrandom-%.o: harness/fuzz/getrandom.c $(FUZZ_GR_DEPS)
	@mkdir -p $(@D)
	$(FUZZ_CC) -g -O1 $(SAN) $(if $(filter fuzz,$*),-fsanitize=fuzzer-no-link) $(FUZZ_WARN) \
		$(FUZZ_READER_FLAGS) -c $< -o $@
$(FUZZ_BUILD)/chacha20.o: image/chacha20.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(FUZZ_CC) -g -O1 $(SAN) $(FUZZ_WARN) $(FUZZ_READER_FLAGS) -c $< -o $@
$(FUZZ_BUILD)/fuzz-getrandom: harness/fuzz/fuzz_getrandom.c $(FUZZ_BUILD)/getrandom-fuzz.o \
		$(FUZZ_BUILD)/chacha20.o $(FUZZ_GR_DEPS)
	$(FUZZ_CC) -g -O1 $(SAN) -fsanitize=fuzzer $(FUZZ_WARN) $< $(FUZZ_BUILD)/getrandom-fuzz.o \
		$(FUZZ_BUILD)/chacha20.o -o $@
$(FUZZ_BUILD)/fuzz-getrandom-replay: harness/fuzz/fuzz_getrandom.c \
		$(FUZZ_BUILD)/getrandom-replay.o $(FUZZ_BUILD)/chacha20.o $(FUZZ_GR_DEPS)
	$(FUZZ_CC) -g -O1 $(SAN) -DFUZZ_STANDALONE $(FUZZ_WARN) $< $(FUZZ_BUILD)/getrandom-replay.o \
		$(FUZZ_BUILD)/chacha20.o -o $@

fuzz: deps
	@scripts/fuzz.sh $(SECONDS)

check-sanitize: deps
	@scripts/sanitize.sh $(ARCH)

selftests:
	$(MAKE) -C tools/testing/selftests/vdso OUTPUT=$(SRC)/$(BUILD)/selftests \
		CC="$(CC)" STATIC=$(if $(CROSS_COMPILE),1,$(STATIC))

deps:
	@scripts/deps.sh $(DEPS) $(if $(filter all,$(ARCH)),$(TARGETS),$(ARCH))

# ns/call of our image, the host kernel's vDSO and the syscall, one run.
bench: harness
	@mkdir -p build/bench
	$(QEMU_USER) $(BUILD)/harness --bench $(BUILD)/vdso.so build/bench/host.csv
	$(if $(ARCH_GETRANDOM_ENTRY),$(QEMU_USER) $(BUILD)/harness-getrandom $(BUILD)/vdso.so --bench \
		build/bench/getrandom.csv)

# Everything the tests cover, with one final count line.
check: deps
	@scripts/check.sh

# One arch's userspace part of the checks (make check runs the script itself).
check-arch:
	@scripts/check-arch.sh $(ARCH)

run: deps
	@if [ "$(ARCH)" = all ]; then scripts/run-all.sh; else scripts/run.sh $(ARCH); fi

lint:
	@scripts/lint.sh

# The graft on distribution-like defconfigs (and LLVM=-16): the vDSO's
# objects and images. Not in make check: tens of minutes.
check-configs:
	@scripts/deps.sh $(TARGETS) && scripts/check-configs.sh $(CONFIGS)

# Every file a build step opens comes from a package scripts/deps.sh installs.
check-deps:
	@scripts/deps.sh $(TARGETS) && scripts/check-deps.sh

sparse:
	@scripts/lint.sh sparse

clean:
	rm -rf build
	$(MAKE) -C tools/testing/selftests/vdso clean

# Where the image expects its data, read from its symbol table.
$(BUILD)/image-layout.h: $(BUILD)/vdso.so.dbg scripts/image-layout.sh
	scripts/image-layout.sh $< $(CROSS_COMPILE)nm > $@

# Instructions per call against bench/icount-$(ARCH).txt; icount-update
# rewrites the baseline (commit it saying why).
icount: harness vdso
	@scripts/icount.sh $(ARCH)
icount-update: harness vdso
	@scripts/icount.sh $(ARCH) --update

# Our grafted kernel against stock Linux 6.12 (same config, same QEMU).
bench-kernel: deps
	@scripts/bench-kernel.sh $(ARCH)

# Does the guest platform lose timer interrupts? Ours and stock 6.12, the
# same config, each booted ROUNDS times (default 1) for TICK_SECONDS (default
# 180) with guest/tickstall.c as init (mips64el only).
tickstall: deps
	@scripts/tickstall.sh $(ARCH) $(or $(TICK_SECONDS),180) $(or $(ROUNDS),1)

# Our kernel-built x86_64 vDSO against stock 6.12's, natively on one data page.
bench-stock: deps
	@scripts/bench-stock.sh

# The torture and the selftests in a loop in the guest for MINUTES
# (SMP=N: an SMP kernel on N virtual CPUs).
MINUTES ?= 10
soak: deps
	@SMP=$(SMP) scripts/soak.sh $(ARCH) $(MINUTES)
