# arch/arm64/kernel/vdso/Makefile: getrandom objects only when VDSO_GETRANDOM is on.
s/^obj-vdso := vgettimeofday.o note.o sigreturn.o vgetrandom.o vgetrandom-chacha.o$/obj-vdso := vgettimeofday.o note.o sigreturn.o\nobj-vdso-$(CONFIG_VDSO_GETRANDOM) += vgetrandom.o vgetrandom-chacha.o\nobj-vdso += $(obj-vdso-y)/
