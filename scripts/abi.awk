# SPDX-License-Identifier: GPL-2.0
#
# Which ABI a guest program ran as, from its path (scripts/run.sh puts each
# ABI's programs in /selftests<COMPAT_DIR>, /kselftests<COMPAT_DIR>): ""
# in /selftests and /kselftests, " (32-bit)" in /selftests32 (i386 and
# AArch32 tasks), " (o32)" in /selftests-o32, and so on. For the reports
# that read the console (awk -f this file with the report's own rules).
function abi(path,    d) {
	d = path; sub("/[^/]*$", "", d)
	if (sub("^/k?selftests", "", d) == 0 || d == "") return ""
	sub("^-", "", d)
	return d ~ /^[0-9]+$/ ? " (" d "-bit)" : " (" d ")"
}
