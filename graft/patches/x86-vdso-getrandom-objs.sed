# arch/x86/entry/vdso/Makefile: getrandom objects only when VDSO_GETRANDOM is on.
s/^vobjs-y := vdso-note.o vclock_gettime.o vgetcpu.o vgetrandom.o vgetrandom-chacha.o$/vobjs-y := vdso-note.o vclock_gettime.o vgetcpu.o\nvobjs-$(CONFIG_VDSO_GETRANDOM) += vgetrandom.o vgetrandom-chacha.o/
