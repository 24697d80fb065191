#!/usr/bin/env bash
# Runs the browser suite N times while two busy loops keep both cores of a 2-core machine busy,
# and prints each run's result and wall time. A journey that passes only on an idle machine
# waits for time instead of a condition; this is how we find out before CI does.
#
#   scripts/under-load.sh [runs] [playwright arguments...]
#   scripts/under-load.sh 3                      # the whole browser suite, three times
#   scripts/under-load.sh 5 e2e/lab.spec.ts      # one file, five times
#
# BUSY_LOOPS sets how many loops to start (default: one per core). PW_PORT picks the preview port.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-3}
shift || true
loops=${BUSY_LOOPS:-$(nproc)}

echo "Building once"
npx vite build --logLevel warn && npm run build:element --silent || exit 1

pids=()
stop_loops() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
}
trap stop_loops EXIT INT TERM
for ((i = 0; i < loops; i++)); do
  # A shell spinning on ':' is all CPU and no memory or I/O.
  bash -c 'while :; do :; done' &
  pids+=("$!")
done
echo "Started ${loops} busy loops (pids ${pids[*]})"

logs=$(mktemp -d -t under-load-XXXXXX)
echo "Logs in ${logs}"
passed_runs=0
summary=()
for ((r = 1; r <= runs; r++)); do
  log="${logs}/run-${r}.log"
  start=$(date +%s)
  CI=true npx playwright test "$@" >"$log" 2>&1
  status=$?
  secs=$(($(date +%s) - start))
  pass=$(grep -E '^\s+[0-9]+ passed' "$log" | tail -n 1 | grep -oE '[0-9]+' | head -n 1)
  fail=$(grep -E '^\s+[0-9]+ failed' "$log" | tail -n 1 | grep -oE '[0-9]+' | head -n 1)
  line="run ${r}/${runs}: exit ${status}, ${pass:-0} passed, ${fail:-0} failed, $((secs / 60))m $((secs % 60))s"
  echo "$line"
  summary+=("$line")
  if [ "$status" -eq 0 ]; then
    passed_runs=$((passed_runs + 1))
  else
    # The failed tests, or (when none ran) whatever stopped the run.
    grep -E '✘' "$log" | head -n 20 || true
    [ -n "${pass}${fail}" ] || tail -n 5 "$log"
  fi
done

echo
printf '%s\n' "${summary[@]}"
echo "${passed_runs} of ${runs} runs passed under ${loops} busy loops (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
[ "$passed_runs" -eq "$runs" ]
