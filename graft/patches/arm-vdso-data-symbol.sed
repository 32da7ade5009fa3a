# arch/arm/vdso/vdso.lds.S: name the data page, the one page before the
# text, as every other arch's vDSO linker script does (the reader's hooks
# find it as _vdso_data instead of calling datapage.S's __get_datapage).
s/^\tPROVIDE(_start = \.);$/&\n\tPROVIDE_HIDDEN(_vdso_data = . - PAGE_SIZE);/
