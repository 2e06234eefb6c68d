#!/usr/bin/env bash
# What `npm test` runs: build, compile the tests, type-check, then the unit, grammar, integration
# (real extension host in code-server) and end-to-end (real workbench in Chromium) suites, in that
# order. Stops at the first failing step. Each step's output is shown and kept in
# test-results/logs/<step>.log; the last line totals mocha's own "N passing / N failing" counts.
# Step names as arguments run only those steps, e.g. `bash scripts/test-all.sh integration e2e`.
set -uo pipefail
cd "$(dirname "$0")/.."

LOGS=test-results/logs
mkdir -p "$LOGS"

# code-server and Chromium for the integration and end-to-end suites (cached after the first run).
STEPS=(
  "install-code-server|bash scripts/install-code-server.sh"
  "build|npm run -s build"
  "compile-tests|npm run -s compile-tests"
  "typecheck|npm run -s typecheck"
  "unit|npm run -s suite:unit"
  "grammar|npm run -s suite:grammar"
  "integration|npm run -s suite:integration"
  "e2e|npm run -s suite:e2e"
)

passed=0 failed=0 pending=0
summary=()
failed_step=""

# Adds up mocha's summary lines ("  12 passing (3s)", "  1 failing", "  2 pending") in a step's log.
count() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | awk -v kind="$2" '$2 == kind && $1 ~ /^[0-9]+$/ && NF <= 3 { n += $1 } END { print n + 0 }'
}

for step in "${STEPS[@]}"; do
  name=${step%%|*}
  command=${step#*|}
  [[ $# -gt 0 && " $* " != *" $name "* ]] && continue
  log="$LOGS/$name.log"
  echo
  echo "=== $name: $command"
  start=$(date +%s)
  bash -c "$command" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  seconds=$(( $(date +%s) - start ))
  p=$(count "$log" passing) f=$(count "$log" failing) s=$(count "$log" pending)
  passed=$((passed + p)) failed=$((failed + f)) pending=$((pending + s))
  counts=""
  (( p + f + s > 0 )) && counts="  ($p passed, $f failed, $s pending)"
  if (( status == 0 )); then
    summary+=("ok      $name ${seconds}s$counts")
  else
    summary+=("FAILED  $name ${seconds}s$counts  exit $status, log $log")
    failed_step=$name
    break
  fi
done

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
[[ -n $failed_step ]] && echo "stopped at $failed_step; later steps did not run"
(( pending > 0 )) && echo "$pending pending"
# A step can fail without a failing test (build error, no tests found), so name it on the last line too.
echo "$passed passed, $failed failed${failed_step:+; step $failed_step FAILED}"
[[ -z $failed_step ]]
