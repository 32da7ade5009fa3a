# arch/arm64/Kconfig: the library has no vDSO getrandom() yet.
/^\tselect VDSO_GETRANDOM$/d
