# SPDX-License-Identifier: GPL-2.0
#
# Long steps that show they are alive (sourced): logged LOG CMD... runs
# CMD with its output in LOG and, every PROGRESS_EVERY seconds (default
# 30) while it runs, prints to standard error how long it has run, where
# the log is and how far it has got: by default the log's last line, or
# what the function named by PROGRESS_STATUS prints, after PROGRESS_LABEL
# if set. Returns CMD's status.

logged() {
	local log=$1 pid start=$SECONDS waited=0 every=${PROGRESS_EVERY:-30} status
	shift
	"$@" > "$log" 2>&1 &
	pid=$!
	while kill -0 "$pid" 2> /dev/null; do
		sleep 1
		waited=$((waited + 1))
		[ $((waited % every)) = 0 ] || continue
		if [ -n "${PROGRESS_STATUS:-}" ]; then
			status=$("$PROGRESS_STATUS")
		else
			status=$(tail -n 1 "$log" 2> /dev/null | cut -c1-100)
		fi
		printf '    ... %s%d s, %s (log: %s)\n' "${PROGRESS_LABEL:+$PROGRESS_LABEL: }" \
			$((SECONDS - start)) "$status" "$log" >&2
	done
	wait "$pid"
}
