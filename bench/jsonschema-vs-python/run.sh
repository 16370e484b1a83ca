#!/usr/bin/env bash
# Side-by-side: the same 100,000 Order Completed events and the same draft-07 schema, validated single-threaded
# by Python's jsonschema (Draft7Validator built once) and by Reflekt.JsonSchema (compiled once). Both sides parse
# the events before timing and report the median of several passes. Usage: bench/jsonschema-vs-python/run.sh [count] [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
count="${1:-100000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/generate_events.py" "$work/events.jsonl" "$count"
dotnet build "$here/dotnet/JsonSchemaThroughput.csproj" -c Release -o "$work/bin" -nologo -v quiet >/dev/null

py_line="$(python3 "$here/validate_python.py" "$here/order_completed.schema.json" "$work/events.jsonl" "$runs")"
net_line="$(dotnet "$work/bin/JsonSchemaThroughput.dll" "$here/order_completed.schema.json" "$work/events.jsonl" "$runs")"
echo "$py_line"
echo "$net_line"

py_rate="$(sed -E 's/.*events_per_second=([0-9]+).*/\1/' <<<"$py_line")"
net_rate="$(sed -E 's/.*events_per_second=([0-9]+).*/\1/' <<<"$net_line")"
py_valid="$(sed -E 's/.*valid=([0-9]+).*/\1/' <<<"$py_line")"
net_valid="$(sed -E 's/.*valid=([0-9]+).*/\1/' <<<"$net_line")"
if [[ "$py_valid" != "$net_valid" ]]; then
  echo "MISMATCH: python says $py_valid valid, dotnet says $net_valid" >&2
  exit 1
fi
python3 -c "print(f'ratio dotnet/python = {$net_rate / $py_rate:.1f}x')"
