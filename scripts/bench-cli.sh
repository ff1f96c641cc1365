#!/usr/bin/env bash
# Benchmark of qlik-task: ONE call that starts 50 tasks against qrs-sim, then counts the HTTP
# requests the sim saw and measures wall time and peak RSS of qlik-task.
#
#   scripts/bench-cli.sh [BUILD_DIR] [TASKS] [POLL_SECONDS]     (defaults: build 50 0.5)
#
# Builds nothing: BUILD_DIR must hold bin/qrs-sim and bin/qlik-task. Needs bash, curl, jq and
# GNU time (/usr/bin/time, Debian package "time"); without GNU time the peak RSS is read from
# /proc/<pid>/status (VmHWM) while qlik-task runs.
set -euo pipefail

BUILD_DIR=${1:-build}
TASKS=${2:-50}
POLL=${3:-0.5}
SIM="$BUILD_DIR/bin/qrs-sim"
CLI="$BUILD_DIR/bin/qlik-task"
for exe in "$SIM" "$CLI"; do
    [[ -x "$exe" ]] || { echo "bench-cli: $exe not found (build it first)" >&2; exit 2; }
done
command -v jq >/dev/null || { echo "bench-cli: jq is needed" >&2; exit 2; }
command -v curl >/dev/null || { echo "bench-cli: curl is needed" >&2; exit 2; }

WORK=$(mktemp -d)
SIM_PID=""
cleanup() {
    [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- scenario: TASKS tasks of 3 to 8 s, each with its own app --------------------------------
{
    echo '{ "apps": ['
    for ((i = 1; i <= TASKS; i++)); do
        printf '  { "name": "Bench App %02d" }%s\n' "$i" "$([[ $i -lt $TASKS ]] && echo ,)"
    done
    echo '], "tasks": ['
    for ((i = 1; i <= TASKS; i++)); do
        printf '  { "id": "b0000000-0000-4000-8000-%012d", "name": "Bench %02d", "app": "Bench App %02d", "pendingMs": 300, "durationMs": %d }%s\n' \
            "$i" "$i" "$i" $((3000 + (i % 6) * 1000)) "$([[ $i -lt $TASKS ]] && echo ,)"
    done
    echo '] }'
} > "$WORK/scenario.json"

# --- simulator on a free port (plain HTTP: the benchmark measures the client) ----------------
PORT=$(( 20000 + RANDOM % 20000 ))
"$SIM" --port "$PORT" --scenario "$WORK/scenario.json" > "$WORK/sim.out" 2>&1 &
SIM_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 50); do
    curl -fs "$BASE/__sim/health" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fs "$BASE/__sim/health" >/dev/null || { echo "bench-cli: qrs-sim did not start:" >&2; cat "$WORK/sim.out" >&2; exit 1; }
curl -fs -X POST "$BASE/__sim/requests/clear" >/dev/null

# --- one qlik-task call with TASKS --task options ----------------------------------------------
ARGS=(--server "$BASE" --user bench@acme.com --poll-interval "$POLL" --quiet)
for ((i = 1; i <= TASKS; i++)); do
    ARGS+=(--task "$(printf 'b0000000-0000-4000-8000-%012d' "$i")")
done

START_NS=$(date +%s%N)
RC=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
    /usr/bin/time -v -o "$WORK/time.txt" "$CLI" "${ARGS[@]}" > "$WORK/cli.out" 2>&1 || RC=$?
    PEAK_KB=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/time.txt")
    RSS_SOURCE="GNU time"
else
    "$CLI" "${ARGS[@]}" > "$WORK/cli.out" 2>&1 &
    CLI_PID=$!
    PEAK_KB=0
    while kill -0 "$CLI_PID" 2>/dev/null; do
        HWM=$(awk '/VmHWM/ { print $2 }' "/proc/$CLI_PID/status" 2>/dev/null || echo 0)
        [[ -n "$HWM" && "$HWM" -gt "$PEAK_KB" ]] && PEAK_KB=$HWM
        sleep 0.05
    done
    wait "$CLI_PID" || RC=$?
    RSS_SOURCE="/proc VmHWM (sampled)"
fi
END_NS=$(date +%s%N)
WALL_MS=$(( (END_NS - START_NS) / 1000000 ))

# --- what the sim saw ----------------------------------------------------------------------------
curl -fs "$BASE/__sim/requests" > "$WORK/requests.json"
POLL_MS=$(awk -v p="$POLL" 'BEGIN { printf "%d", p * 1000 }')
read -r TOTAL POLLS CYCLES STARTS LOGS < <(jq -r --argjson gap $((POLL_MS / 2)) '
    [ .[] | select(.path | startswith("/__sim") | not) ] as $qrs
    | [ $qrs[] | select(.path | test("/qrs/executionresult$")) | .atMs ] as $polls
    # requests of one cycle leave together; a new cycle starts after a gap of half the interval
    | (reduce range(0; $polls | length) as $i (0;
          if $i == 0 or ($polls[$i] - $polls[$i - 1]) > $gap then . + 1 else . end)) as $cycles
    | [ ($qrs | length), ($polls | length), $cycles,
        ([ $qrs[] | select(.path | test("/start/synchronous$")) ] | length),
        ([ $qrs[] | select(.path | test("scriptlog|download")) ] | length) ]
    | @tsv' "$WORK/requests.json")

PER_CYCLE=$(awk -v p="$POLLS" -v c="$CYCLES" 'BEGIN { if (c > 0) printf "%.2f", p / c; else print "n/a" }')
SUMMARY=$(tail -n 1 "$WORK/cli.out")

printf '\nqlik-task benchmark: %d tasks in one call, --poll-interval %s\n\n' "$TASKS" "$POLL"
printf '  %-36s %s\n' "metric" "value"
printf '  %-36s %s\n' "------------------------------------" "----------"
printf '  %-36s %s\n' "exit code of qlik-task" "$RC"
printf '  %-36s %s\n' "poll cycles" "$CYCLES"
printf '  %-36s %s\n' "executionresult requests" "$POLLS"
printf '  %-36s %s\n' "requests per poll cycle" "$PER_CYCLE"
printf '  %-36s %s\n' "start requests" "$STARTS"
printf '  %-36s %s\n' "script log requests" "$LOGS"
printf '  %-36s %s\n' "total QRS requests" "$TOTAL"
printf '  %-36s %s\n' "wall time" "$(awk -v ms="$WALL_MS" 'BEGIN { printf "%.2f s", ms / 1000 }')"
printf '  %-36s %s\n' "peak RSS of qlik-task ($RSS_SOURCE)" "$(awk -v kb="$PEAK_KB" 'BEGIN { printf "%.1f MiB", kb / 1024 }')"
printf '\n  last line of qlik-task: %s\n' "$SUMMARY"
exit 0
