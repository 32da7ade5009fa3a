/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _HARNESS_ASM_VDSO_VSYSCALL_H
#define _HARNESS_ASM_VDSO_VSYSCALL_H

/*
 * Where the harness's "kernel" keeps the data page (a shared memory page
 * the images map read-only), by the name arm, arm64 and riscv's kernels
 * give their pointer to it, and a hook inside the write section (the
 * poisoner's, poison.c).
 */
struct vdso_data;
struct vdso_rng_data;
struct timekeeper;

extern struct vdso_data *vdso_data;
/* The RNG state vDSO getrandom() reads (rng-writer.c publishes it). */
extern struct vdso_rng_data *harness_k_vdso_rng_data;
void harness_in_write_section(struct vdso_data *vdata);

#define __arch_get_k_vdso_data() vdso_data
#define __arch_get_k_vdso_rng_data() harness_k_vdso_rng_data
#define __arch_update_vsyscall(vdata, tk) harness_in_write_section(vdata)

#endif /* _HARNESS_ASM_VDSO_VSYSCALL_H */
