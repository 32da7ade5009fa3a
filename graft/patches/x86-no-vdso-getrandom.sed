# arch/x86/Kconfig: the library has no vDSO getrandom() yet.
/^\tselect VDSO_GETRANDOM\t*if X86_64$/d
