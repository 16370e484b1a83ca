#!/usr/bin/env bash
# Registry server load benchmark: reflekt (`ReflektServer`, in its own process) vs the seed-like Flask reference,
# both validating the same schema and forwarding to the same Segment stand-in on loopback; a second reflekt with
# violation counting off measures what counting costs. Runs alternate within each round so every side sees the same
# machine load; the summary at the end prints medians, per-round ratios and the verdicts.
# Usage: bench/server-load/run.sh [seconds] [concurrency] [rounds]    (see README.md)
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_RUN=${1:-20}
CONCURRENCY=${2:-32}
ROUNDS=${3:-3}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release -v q -nologo ServerLoad.csproj >/dev/null
tool=(dotnet bin/Release/net10.0/ServerLoad.dll)
wait_port() { for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; echo "port $1 never opened" >&2; return 1; }
loadavg() { echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg), ${SECONDS_PER_RUN}s per run, concurrency ${CONCURRENCY}, ${ROUNDS} rounds"

"${tool[@]}" standin --port 9100 & pids+=($!)
wait_port 9100
"${tool[@]}" serve --port 9200 --segment http://127.0.0.1:9100 --schemas schemas --spool "$work/spool" & pids+=($!); reflekt_pid=$!
"${tool[@]}" serve --port 9201 --segment http://127.0.0.1:9100 --schemas schemas --spool "$work/spool-off" --violations off & pids+=($!); off_pid=$!
wait_port 9200
wait_port 9201
python3 reference/app.py --port 9300 --segment http://127.0.0.1:9100 --schemas schemas >"$work/flask.log" 2>&1 & pids+=($!); flask_pid=$!
wait_port 9300

run() { # label port pid mode
  "${tool[@]}" load --target "http://127.0.0.1:$2" --standin http://127.0.0.1:9100 --mode "$4" --seconds "$SECONDS_PER_RUN" \
    --concurrency "$CONCURRENCY" --label "$1" --server-pid "$3" | tee -a "$work/runs.tsv" || true
}
# Warm-up of every server (JIT tiers, connection pools), not recorded: the first measured run must not pay for it.
for target in "reflekt 9200 $reflekt_pid" "reflekt-violations-off 9201 $off_pid" "flask-reference 9300 $flask_pid"; do
  read -r label port pid <<<"$target"
  "${tool[@]}" load --target "http://127.0.0.1:$port" --standin http://127.0.0.1:9100 --mode batch --seconds 5 \
    --concurrency "$CONCURRENCY" --label "warm-up-$label" --server-pid "$pid" >/dev/null || true
done
# Violations on and off run back to back, in alternating order, and see the same requests (single and batch), so
# neither server carries a history the other lacks (before, only the counting one got the single runs, and the
# Flask batch run sat between the two).
for round in $(seq 1 "$ROUNDS"); do
  loadavg
  if (( round % 2 )); then first=(reflekt 9200 "$reflekt_pid"); second=(reflekt-violations-off 9201 "$off_pid");
  else first=(reflekt-violations-off 9201 "$off_pid"); second=(reflekt 9200 "$reflekt_pid"); fi
  run "${first[@]}" single
  run "${second[@]}" single
  run flask-reference 9300 "$flask_pid" single
  run "${first[@]}" batch
  run "${second[@]}" batch
  run flask-reference 9300 "$flask_pid" batch
done
loadavg
"${tool[@]}" summary "$work/runs.tsv"
