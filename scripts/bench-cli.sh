#!/usr/bin/env bash
# Benchmark of qlik-task at scale: ONE call that starts TASKS tasks against qrs-sim and follows
# them to their end, then reports what the sim saw and what qlik-task cost.
#
#   scripts/bench-cli.sh [BUILD_DIR] [TASKS[,TASKS...]] [POLL_SECONDS]
#       defaults: build 50 0.5; e.g. scripts/bench-cli.sh build 100,1000,5000 1
#
# Per size: poll cycles and execution result requests per cycle (target 1.0), CPU time of
# qlik-task per run per cycle (user + sys), its peak RSS, and the delay from each run's end on the
# server (stopTime, same machine clock) to its line on qlik-task's stdout (--json; target: the
# poll interval + 100 ms), also less the time qrs-sim took to build the answer that told it, and
# the longest time qrs-sim took to build a poll's answer. Builds nothing: BUILD_DIR must hold bin/qrs-sim and bin/qlik-task.
# Needs bash, curl, jq, perl (Time::HiRes) and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail

BUILD_DIR=${1:-build}
SIZES=${2:-50}
POLL=${3:-0.5}
SIM="$BUILD_DIR/bin/qrs-sim"
CLI="$BUILD_DIR/bin/qlik-task"
for exe in "$SIM" "$CLI"; do
    [[ -x "$exe" ]] || { echo "bench-cli: $exe not found (build it first)" >&2; exit 2; }
done
for tool in jq curl perl; do
    command -v "$tool" >/dev/null || { echo "bench-cli: $tool is needed" >&2; exit 2; }
done
/usr/bin/time -v true >/dev/null 2>&1 || { echo "bench-cli: GNU time is needed (/usr/bin/time)" >&2; exit 2; }

WORK=$(mktemp -d)
SIM_PID=""
stop_sim() {
    if [[ -n "$SIM_PID" ]]; then
        kill "$SIM_PID" 2>/dev/null || true
        wait "$SIM_PID" 2>/dev/null || true
        SIM_PID=""
    fi
}
cleanup() {
    stop_sim
    rm -rf "$WORK"
}
trap cleanup EXIT

task_id() { printf 'b0000000-0000-4000-8000-%012d' "$1"; }

# --- scenario: TASKS tasks of 10 to 35 s over 50 apps (many poll cycles per run) --------------
write_scenario() {
    local tasks=$1
    {
        echo '{ "apps": ['
        for ((i = 1; i <= 50; i++)); do
            printf '  { "name": "Bench App %02d" }%s\n' "$i" "$([[ $i -lt 50 ]] && echo ,)"
        done
        echo '], "tasks": ['
        for ((i = 1; i <= tasks; i++)); do
            printf '  { "id": "%s", "name": "Bench %05d", "app": "Bench App %02d", "pendingMs": 300, "durationMs": %d }%s\n' \
                "$(task_id "$i")" "$i" $(( (i % 50) + 1 )) $((10000 + (i % 6) * 5000)) "$([[ $i -lt $tasks ]] && echo ,)"
        done
        echo '] }'
    } > "$WORK/scenario.json"
}

# --- simulator on a port the system picks (plain HTTP: the benchmark measures the client) ---
start_sim() {
    "$SIM" --port 0 --scenario "$WORK/scenario.json" > "$WORK/sim.out" 2>&1 &
    SIM_PID=$!
    local port=""
    for _ in $(seq 100); do
        port=$(sed -n 's|^qrs-sim listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$WORK/sim.out")
        [[ -n "$port" ]] && break
        sleep 0.1
    done
    BASE="http://127.0.0.1:$port"
    curl -fs "$BASE/__sim/health" >/dev/null || { echo "bench-cli: qrs-sim did not start:" >&2; cat "$WORK/sim.out" >&2; exit 1; }
    curl -fs -X POST "$BASE/__sim/requests/clear" >/dev/null
}

POLL_MS=$(awk -v p="$POLL" 'BEGIN { printf "%d", p * 1000 }')
ROWS=()

bench_one() {
    local tasks=$1
    write_scenario "$tasks"
    start_sim
    local args=(--server "$BASE" --user bench@acme.com --poll-interval "$POLL" --json --quiet)
    for ((i = 1; i <= tasks; i++)); do
        args+=(--task "$(task_id "$i")")
    done
    printf '%s\n' "${args[@]}" > "$WORK/args.txt"

    # Every stdout line stamped with the moment it arrived (ms since the epoch).
    local rc=0
    local start_ns
    start_ns=$(date +%s%N)
    set +e
    /usr/bin/time -v -o "$WORK/time.txt" "$CLI" "${args[@]}" 2> "$WORK/cli.err" |
        perl -MTime::HiRes=time -ne '$| = 1; printf "%.3f\t%s", time() * 1000, $_' > "$WORK/cli.out"
    rc=${PIPESTATUS[0]}
    set -e
    local wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

    local peak_kb cpu_s
    peak_kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/time.txt")
    cpu_s=$(awk -F: '/User time|System time/ { gsub(/ /, "", $2); s += $2 } END { printf "%.3f", s }' "$WORK/time.txt")

    curl -fs "$BASE/__sim/requests" > "$WORK/requests.json"
    stop_sim

    local total polls cycles starts sim_ms
    read -r total polls cycles starts sim_ms < <(jq -r --argjson gap $((POLL_MS / 2)) '
        [ .[] | select(.path | startswith("/__sim") | not) ] as $qrs
        | [ $qrs[] | select(.path | test("/qrs/executionresult$")) | .atMs ] as $polls
        # requests of one cycle leave together; a new cycle starts after a gap of half the interval
        | (reduce range(0; $polls | length) as $i (0;
              if $i == 0 or ($polls[$i] - $polls[$i - 1]) > $gap then . + 1 else . end)) as $cycles
        | [ ($qrs | length), ($polls | length), $cycles,
            ([ $qrs[] | select(.path | test("/start/synchronous$")) ] | length),
            ([ $qrs[] | select(.path | test("/qrs/executionresult$")) | .tookMs ] | max // 0) ]
        | @tsv' "$WORK/requests.json")

    # Delay from the end on the server to the line on stdout, per run; and the same less the time
    # the sim took to build the answer of the poll that told it (the last one sent before).
    local ended max_delay mean_delay max_client
    read -r ended max_delay mean_delay max_client < <(jq -R -r -s --slurpfile log "$WORK/requests.json" '
        [ $log[0][] | select(.path | test("/qrs/executionresult$")) | { at: .atEpochMs, took: .tookMs } ] as $polls
        | [ split("\n")[] | select(length > 0) | split("\t")
          | { at: (.[0] | tonumber), run: (.[1] | fromjson) }
          | select(.run.stopTime != null)
          | .at as $line
          | .run.stopTime as $t
          | (($t | sub("\\.[0-9]+Z$"; "Z") | fromdateiso8601) * 1000
             + (($t | capture("\\.(?<ms>[0-9]+)Z$").ms // "0") | tonumber)) as $stop
          | ([ $polls[] | select(.at <= $line) ] | last // { took: 0 }) as $poll
          | { delay: ($line - $stop), client: ($line - $stop - $poll.took) } ] as $d
        | [ ($d | length), ([ $d[].delay ] | max // 0 | floor),
            (if ($d | length) > 0 then ([ $d[].delay ] | add / length | floor) else 0 end),
            ([ $d[].client ] | max // 0 | floor) ]
        | @tsv' "$WORK/cli.out")

    local per_cycle cpu_per_run_cycle
    per_cycle=$(awk -v p="$polls" -v c="$cycles" 'BEGIN { if (c > 0) printf "%.2f", p / c; else print "n/a" }')
    cpu_per_run_cycle=$(awk -v s="$cpu_s" -v n="$tasks" -v c="$cycles" 'BEGIN { if (c > 0) printf "%.1f", s * 1e6 / (n * c); else print "n/a" }')
    ROWS+=("$(printf '%6d %5d %6d %6d %9s %10s %9s %13s %8.1f %9s %9s %7s %11s %8.1f' \
        "$tasks" "$rc" "$ended" "$cycles" "$polls" "$per_cycle" "$cpu_s" "$cpu_per_run_cycle" \
        "$(awk -v kb="$peak_kb" 'BEGIN { print kb / 1024 }')" \
        "$max_delay" "$mean_delay" "$sim_ms" "$max_client" "$(awk -v ms="$wall_ms" 'BEGIN { print ms / 1000 }')")")
    echo "bench-cli: $tasks tasks done (exit code $rc, $starts starts, $total QRS requests)" >&2
    [[ "$rc" == 0 ]] || { echo "bench-cli: last lines of qlik-task's stderr:" >&2; tail -n 5 "$WORK/cli.err" >&2; }
}

IFS=',' read -r -a SIZE_LIST <<< "$SIZES"
for size in "${SIZE_LIST[@]}"; do
    bench_one "$size"
done

printf '\nqlik-task benchmark: all tasks in one call, --poll-interval %s (%d ms); CPU = user + sys\n\n' "$POLL" "$POLL_MS"
printf '%6s %5s %6s %6s %9s %10s %9s %13s %8s %9s %9s %7s %11s %8s\n' \
    "tasks" "exit" "ended" "cycles" "polls" "per cycle" "CPU s" "us/run/cycle" "RSS MiB" "max ms" "mean ms" "sim ms" "max-sim ms" "wall s"
for row in "${ROWS[@]}"; do
    echo "$row"
done
printf '\n  per cycle: execution result requests per poll cycle (target 1.0)\n'
printf '  us/run/cycle: CPU time of qlik-task per run and poll cycle (flat: cost grows with the work)\n'
printf '  max/mean ms: from a run'\''s stopTime on the server to its line on stdout\n'
printf '  sim ms: the longest qrs-sim took to build a poll'\''s answer (part of the delay, not of qlik-task)\n'
printf '  max-sim ms: the longest delay less the time qrs-sim took to build the answer that told it\n'
printf '    (qlik-task'\''s share; target: the interval + 100 ms = %d)\n' $((POLL_MS + 100))
exit 0
