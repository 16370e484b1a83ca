#!/usr/bin/env bash
# Issue 13's speed and memory goal in one run, Reflekt.JsonSchema against ajv 8 + ajv-formats (from tests/ajv-peer's
# package-lock.json via .ci/node-packages), on the same generated Order Completed events:
#   1. in process, single thread: the draft-07 schema with formats asserted (and without), and the 2020-12 variant
#      ($defs/$ref, uuid, ipv4, pattern) with formats asserted; ajv (Ajv / Ajv2020), Reflekt.JsonSchema and
#      JsonSchema.Net 8.0.5 (one pass: an order of magnitude slower). Each side parses before timing and reports
#      the median of [runs] passes, by wall clock and by CPU time of the process;
#   2. end to end: `reflekt validate --raw` over the NDJSON file against validate_ajv_ndjson.cjs (start-up, reading,
#      parsing, validating and writing the reports of the invalid events), [runs] runs alternating, median;
#   3. memory: peak RSS of `reflekt validate --raw` over 1,000,000 events (the 100,000 repeated ten times).
# CPU-time ratios are printed beside wall-clock ones: on a machine shared with other jobs they move far less.
# Usage: bench/jsonschema-vs-ajv/run.sh [count] [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-100000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

peer="$("$root/.ci/node-packages" "$root/tests/ajv-peer")"
draft07="$root/bench/jsonschema-vs-python/order_completed.schema.json"
draft2020="$here/order_completed.2020-12.schema.json"
events="$work/events.jsonl"
python3 "$root/bench/jsonschema-vs-python/generate_events.py" "$events" "$count"
dotnet build "$here/dotnet/JsonSchemaVsAjv.csproj" -c Release -o "$work/bin" -nologo -v quiet >/dev/null
"$root/reflekt" --version >/dev/null   # publishes the CLI (Release, ReadyToRun) when a source changed
reflekt="$root/artifacts/reflekt/Reflekt.Cli"
echo "load average before: $(cat /proc/loadavg)"

field() { sed -E "s/.*[ ]$1=([0-9.]+).*/\1/" <<<"$2"; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}x')"; }

echo "== in process, single thread, $count events, median of $runs passes"
for variant in "draft-07 formats" "draft-07 no-formats" "2020-12 formats"; do
  read -r draft mode <<<"$variant"
  schema="$draft07"
  [[ "$draft" == "2020-12" ]] && schema="$draft2020"
  ajv_line="$(NODE_PATH="$peer/node_modules" node "$here/validate_ajv.cjs" "$schema" "$events" "$runs" "$mode")"
  ours_line="$(dotnet "$work/bin/JsonSchemaVsAjv.dll" reflekt "$schema" "$events" "$runs" "$mode")"
  net_line="$(dotnet "$work/bin/JsonSchemaVsAjv.dll" jsonschema.net "$schema" "$events" 1 "$mode")"
  echo "[$draft] $ajv_line"
  echo "[$draft] $ours_line"
  echo "[$draft] $net_line"
  for line in "$ours_line" "$net_line"; do
    if [[ "$(field valid "$ajv_line")" != "$(field valid "$line")" ]]; then
      echo "MISMATCH ($draft $mode): ajv says $(field valid "$ajv_line") valid, ${line%% formats=*} says $(field valid "$line")" >&2
      exit 1
    fi
  done
  echo "ratio Reflekt.JsonSchema/ajv ($draft, $mode) = $(ratio "$(field events_per_second "$ours_line")" "$(field events_per_second "$ajv_line")") wall, $(ratio "$(field cpu_events_per_second "$ours_line")" "$(field cpu_events_per_second "$ajv_line")") cpu; JsonSchema.Net/ajv = $(ratio "$(field events_per_second "$net_line")" "$(field events_per_second "$ajv_line")") wall"
done

# One timed process, its output kept in a file: prints "<wall seconds> <cpu seconds> <peak RSS KB>".
timed() {
  local out="$1"
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$out" || [[ $? == 1 ]]   # exit 1: invalid events found
  # GNU time adds "Command exited with non-zero status 1" above its line when invalid events were found.
  read -r wall user sys rss < <(tail -1 "$work/time")
  echo "$wall $(python3 -c "print(f'{$user + $sys:.2f}')") $rss"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== end to end: reflekt validate --raw vs validate_ajv_ndjson.cjs over $count NDJSON events (formats asserted), median of $runs runs"
: >"$work/ajv.times"
: >"$work/ours.times"
for ((i = 0; i < runs; i++)); do
  timed "$work/ajv.out" env NODE_PATH="$peer/node_modules" node "$here/validate_ajv_ndjson.cjs" "$draft07" "$events" formats >>"$work/ajv.times"
  timed "$work/ours.out" "$reflekt" validate --raw --schema "$draft07" "$events" >>"$work/ours.times"
done
ajv_summary="$(tail -1 "$work/ajv.out")"
ours_summary="$(tail -1 "$work/ours.out")"
echo "ajv ndjson:       $ajv_summary  runs (wall cpu rssKB): $(paste -sd ';' "$work/ajv.times")"
echo "reflekt validate: $ours_summary  runs (wall cpu rssKB): $(paste -sd ';' "$work/ours.times")"
if [[ "$ajv_summary" != "$ours_summary" ]]; then
  echo "MISMATCH (end to end): ajv says '$ajv_summary', reflekt says '$ours_summary'" >&2
  exit 1
fi
ajv_wall="$(cut -d' ' -f1 "$work/ajv.times" | median)"
ajv_cpu="$(cut -d' ' -f2 "$work/ajv.times" | median)"
ours_wall="$(cut -d' ' -f1 "$work/ours.times" | median)"
ours_cpu="$(cut -d' ' -f2 "$work/ours.times" | median)"
echo "ajv ndjson: $(python3 -c "print(round($count / $ajv_wall))") events/s wall, $(python3 -c "print(round($count / $ajv_cpu))") cpu; reflekt validate --raw: $(python3 -c "print(round($count / $ours_wall))") events/s wall, $(python3 -c "print(round($count / $ours_cpu))") cpu"
echo "ratio reflekt validate --raw/ajv ndjson = $(ratio "$ajv_wall" "$ours_wall") wall, $(ratio "$ajv_cpu" "$ours_cpu") cpu (target >= 1.5x)"

echo "== memory: reflekt validate --raw over $((count * 10)) NDJSON events"
for ((i = 0; i < 10; i++)); do cat "$events"; done >"$work/events10.jsonl"
read -r wall cpu rss <<<"$(timed "$work/ours10.out" "$reflekt" validate --raw --schema "$draft07" "$work/events10.jsonl")"
echo "reflekt validate: $(tail -1 "$work/ours10.out")  wall ${wall}s cpu ${cpu}s"
echo "peak RSS = $((rss / 1024)) MB (target < 100 MB)"
echo "load average after: $(cat /proc/loadavg)"
