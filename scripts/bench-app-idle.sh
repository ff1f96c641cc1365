#!/usr/bin/env bash
# How much CPU the desktop app uses while it follows many runs and nothing happens to them.
#
#   scripts/bench-app-idle.sh [BUILD_DIR] [RUNS] [POLL_SECONDS] [MEASURE_SECONDS]
#       defaults: build 5000 5 60
#
# qrs-sim runs RUNS tasks of an hour each; the app (qlik-task-runner, offscreen, its own settings
# file) finds them in its journal at start, as after a restart, and follows them. After a warm-up
# the app's CPU time (user + sys, from /proc/PID/stat) is read over MEASURE_SECONDS and shown as a
# share of one core, with the poll requests the sim saw in that time. Builds nothing: BUILD_DIR
# must hold bin/qrs-sim and bin/qlik-task-runner. Needs bash, curl and jq.
set -euo pipefail

BUILD_DIR=${1:-build}
RUNS=${2:-5000}
POLL=${3:-5}
MEASURE=${4:-60}
SIM="$BUILD_DIR/bin/qrs-sim"
APP="$BUILD_DIR/bin/qlik-task-runner"
for exe in "$SIM" "$APP"; do
    [[ -x "$exe" ]] || { echo "bench-app-idle: $exe not found (build it first)" >&2; exit 2; }
done
for tool in jq curl; do
    command -v "$tool" >/dev/null || { echo "bench-app-idle: $tool is needed" >&2; exit 2; }
done

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

task_id() { printf 'c0000000-0000-4000-8000-%012d' "$1"; }

# --- RUNS tasks of an hour over 50 apps, all started ------------------------------------------
{
    echo '{ "apps": ['
    for ((i = 1; i <= 50; i++)); do
        printf '  { "name": "Idle App %02d" }%s\n' "$i" "$([[ $i -lt 50 ]] && echo ,)"
    done
    echo '], "tasks": ['
    for ((i = 1; i <= RUNS; i++)); do
        printf '  { "id": "%s", "name": "Idle %05d", "app": "Idle App %02d", "pendingMs": 100, "durationMs": 3600000 }%s\n' \
            "$(task_id "$i")" "$i" $(( (i % 50) + 1 )) "$([[ $i -lt $RUNS ]] && echo ,)"
    done
    echo '] }'
} > "$WORK/scenario.json"

PORT=$(( 20000 + RANDOM % 20000 ))
"$SIM" --port "$PORT" --scenario "$WORK/scenario.json" > "$WORK/sim.out" 2>&1 &
PIDS+=($!)
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
    curl -fs "$BASE/__sim/health" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fs "$BASE/__sim/health" >/dev/null || { echo "bench-app-idle: qrs-sim did not start" >&2; exit 1; }

KEY=0123456789abcdef
qrs() { # METHOD PATH [BODY]
    curl -fs -X "$1" "$BASE/opcon/qrs$2?xrfkey=$KEY" -H "X-Qlik-Xrfkey: $KEY" \
        -H "opcon-usr: ACME\\bench" -H "Content-Type: application/json" ${3:+--data-binary "$3"}
}
seq 1 "$RUNS" | while read -r i; do task_id "$i"; echo; done | jq -R . | jq -s -c . > "$WORK/ids.json"
qrs POST /task/start/many "@$WORK/ids.json" >/dev/null
qrs GET /executionsession/full > "$WORK/sessions.json"
STARTED=$(jq length "$WORK/sessions.json")

# --- the app's settings: one profile, the poll interval, a journal of every run -----------------
NOW=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
{
    echo "[General]"
    echo "profiles\\1\\name=Bench"
    echo "profiles\\1\\url=$BASE"
    echo "profiles\\1\\prefix=opcon"
    echo "profiles\\1\\header=opcon-usr"
    echo "profiles\\1\\user=ACME\\\\bench"
    echo "profiles\\size=1"
    echo "profiles\\version=1"
    echo "profiles\\active=Bench"
    echo "runs\\pollIntervalSeconds=$POLL"
    jq -r --arg now "$NOW" 'to_entries[] | (.key + 1 | tostring) as $n
        | "journal\\\($n)\\profile=Bench",
          "journal\\\($n)\\taskId=\(.value.reloadTask.id)",
          "journal\\\($n)\\taskName=\(.value.reloadTask.name)",
          "journal\\\($n)\\sessionId=\(.value.id)",
          "journal\\\($n)\\requestedAt=\($now)"' "$WORK/sessions.json"
    echo "journal\\size=$STARTED"
    echo "journal\\version=1"
} > "$WORK/app.ini"

QT_QPA_PLATFORM=offscreen "$APP" --settings "$WORK/app.ini" > "$WORK/app.out" 2>&1 &
APP_PID=$!
PIDS+=("$APP_PID")

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
TICKS_PER_S=$(getconf CLK_TCK)
WARMUP=$(( POLL * 4 + 10 ))
echo "bench-app-idle: $STARTED runs started; app warming up for $WARMUP s" >&2
sleep "$WARMUP"
kill -0 "$APP_PID" 2>/dev/null || { echo "bench-app-idle: the app ended:" >&2; cat "$WORK/app.out" >&2; exit 1; }
curl -fs -X POST "$BASE/__sim/requests/clear" >/dev/null
T0=$(cpu_ticks)
sleep "$MEASURE"
T1=$(cpu_ticks)
curl -fs "$BASE/__sim/requests" > "$WORK/requests.json"
POLLS=$(jq '[ .[] | select(.path | test("/qrs/executionresult$")) ] | length' "$WORK/requests.json")
RSS_KB=$(awk '/VmRSS/ { print $2 }' "/proc/$APP_PID/status")

awk -v t=$((T1 - T0)) -v hz="$TICKS_PER_S" -v s="$MEASURE" -v runs="$STARTED" -v polls="$POLLS" \
    -v poll="$POLL" -v rss="$RSS_KB" 'BEGIN {
    printf "\nqlik-task-runner following %d runs, poll interval %s s, measured over %d s\n\n", runs, poll, s
    printf "  CPU time            %.2f s (%.2f%% of one core)\n", t / hz, 100 * t / hz / s
    printf "  poll requests       %d (%.2f per interval)\n", polls, polls / (s / poll)
    printf "  resident memory     %.1f MiB\n", rss / 1024
}'
grep -i "polls\|warning\|error" "$WORK/app.out" | head -5 || true
