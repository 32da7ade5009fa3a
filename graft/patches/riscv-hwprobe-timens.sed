# arch/riscv/kernel/vdso/hwprobe.c: read the hwprobe answers from the real
# data page. In a time namespace the page at _vdso_data is the namespace's,
# whose arch data is all zero (Linux 6.12's vDSO then answers 0 for every
# key); vdso_real_page() follows the namespace to the real one.
s/^\tconst struct vdso_data \*vd = __arch_get_vdso_data();$/\tconst struct vdso_data *vd = vdso_real_page(__arch_get_vdso_data());/
