#!/usr/bin/env bash
# Registry server load benchmark: reflekt (`ReflektServer`, in its own process) vs the seed-like Flask reference,
# both validating the same schema and forwarding to the same Segment stand-in on loopback.
# Usage: bench/server-load/run.sh [seconds] [concurrency]    (prints one line per run; see README.md)
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_RUN=${1:-20}
CONCURRENCY=${2:-32}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release -v q -nologo ServerLoad.csproj >/dev/null
tool=(dotnet bin/Release/net10.0/ServerLoad.dll)
wait_port() { for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; echo "port $1 never opened" >&2; return 1; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg), ${SECONDS_PER_RUN}s per run, concurrency ${CONCURRENCY}"

"${tool[@]}" standin --port 9100 & pids+=($!)
wait_port 9100
"${tool[@]}" serve --port 9200 --segment http://127.0.0.1:9100 --schemas schemas --spool "$work/spool" & pids+=($!); reflekt_pid=$!
wait_port 9200
python3 reference/app.py --port 9300 --segment http://127.0.0.1:9100 --schemas schemas >"$work/flask.log" 2>&1 & pids+=($!); flask_pid=$!
wait_port 9300

status=0
for mode in single batch; do
  "${tool[@]}" load --target http://127.0.0.1:9200 --standin http://127.0.0.1:9100 --mode "$mode" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" --label reflekt --server-pid "$reflekt_pid" || status=1
  "${tool[@]}" load --target http://127.0.0.1:9300 --standin http://127.0.0.1:9100 --mode "$mode" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" --label flask-reference --server-pid "$flask_pid" || status=1
done
exit $status
