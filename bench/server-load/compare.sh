#!/usr/bin/env bash
# A/B of the registry server's batch ingestion: this tree against a baseline build (another worktree's
# bench/server-load, built with `dotnet build -c Release`), each with violation counting on and off — four servers
# run at once and take turns, in a rotating order, every round, so every side sees the same machine load.
# Same load generator (this tree's), same stand-in, same schemas (this tree's, or $SCHEMAS) for all four.
# Usage: bench/server-load/compare.sh BASELINE_BENCH_DIR [seconds] [concurrency] [rounds]
# Prints `ServerLoad summary` for each build (its violations verdict line) and per-round ratios this/baseline.
set -euo pipefail
BASE=$(cd "$1" && pwd)
cd "$(dirname "$0")"
SECONDS_PER_RUN=${2:-15}
CONCURRENCY=${3:-32}
ROUNDS=${4:-5}
SCHEMAS=${SCHEMAS:-schemas}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release -v q -nologo ServerLoad.csproj >/dev/null
tool=(dotnet bin/Release/net10.0/ServerLoad.dll)
base=(dotnet "$BASE/bin/Release/net10.0/ServerLoad.dll")
wait_port() { for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; echo "port $1 never opened" >&2; return 1; }
loadavg() { echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg), ${SECONDS_PER_RUN}s per run, concurrency ${CONCURRENCY}, ${ROUNDS} rounds, baseline $BASE, schemas $SCHEMAS"

"${tool[@]}" standin --port 9150 & pids+=($!)
wait_port 9150
serve() { # name command... ; starts a server on the next port
  local port=$1; shift
  "$@" serve --port "$port" --segment http://127.0.0.1:9150 --schemas "$SCHEMAS" --spool "$work/spool-$port" $extra & pids+=($!)
}
extra="";                 serve 9250 "${base[@]}"; base_on=$!
extra="--violations off"; serve 9251 "${base[@]}"; base_off=$!
extra="";                 serve 9252 "${tool[@]}"; this_on=$!
extra="--violations off"; serve 9253 "${tool[@]}"; this_off=$!
for port in 9250 9251 9252 9253; do wait_port $port; done

sides=("baseline reflekt 9250 $base_on" "baseline reflekt-violations-off 9251 $base_off" "this reflekt 9252 $this_on" "this reflekt-violations-off 9253 $this_off")
run() { # build label port pid [seconds]
  "${tool[@]}" load --target "http://127.0.0.1:$3" --standin http://127.0.0.1:9150 --mode batch --seconds "${5:-$SECONDS_PER_RUN}" \
    --concurrency "$CONCURRENCY" --label "$2" --server-pid "$4" | grep -v '^#' | tee -a "$work/$1.tsv" || true
}
for side in "${sides[@]}"; do read -r build label port pid <<<"$side"; run warm-up "$label" "$port" "$pid" 5 >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  loadavg
  for i in 0 1 2 3; do
    read -r build label port pid <<<"${sides[$(( (i + round) % 4 ))]}"
    echo -n "$build "; run "$build" "$label" "$port" "$pid"
  done
done
loadavg
for build in baseline this; do echo "# $build"; "${tool[@]}" summary "$work/$build.tsv" | grep -E "violations|mode=batch" || true; done
# this / baseline per round, for accepted events/s and events per server CPU-second.
for label in reflekt reflekt-violations-off; do
  for field in events/s events_per_cpu_s; do
    paste <(grep -P "^$label\t" "$work/this.tsv") <(grep -P "^$label\t" "$work/baseline.tsv") | tr '\t' '\n' | awk -v f="$field" -v l="$label" '
      index($0, f "=") == 1 { v[n++] = substr($0, length(f) + 2) }
      END { printf "this/baseline %s %s per round:", l, f; for (i = 0; i + 1 < n; i += 2) printf " %.3f", v[i] / v[i + 1]; print "" }'
  done
done
