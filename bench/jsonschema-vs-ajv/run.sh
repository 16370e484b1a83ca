#!/usr/bin/env bash
# In process, single thread: the same Order Completed events and draft-07 schema validated by ajv 8 (+ ajv-formats,
# from tests/ajv-peer's package-lock.json via .ci/node-packages), by Reflekt.JsonSchema and by JsonSchema.Net 8.0.5, with `date-time`
# asserted and without; each side parses the events before timing and reports the median of N passes.
# Usage: bench/jsonschema-vs-ajv/run.sh [count] [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-100000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

peer="$("$root/.ci/node-packages" "$root/tests/ajv-peer")"
schema="$root/bench/jsonschema-vs-python/order_completed.schema.json"
python3 "$root/bench/jsonschema-vs-python/generate_events.py" "$work/events.jsonl" "$count"
dotnet build "$here/dotnet/JsonSchemaVsAjv.csproj" -c Release -o "$work/bin" -nologo -v quiet >/dev/null

for mode in formats no-formats; do
  ajv_line="$(NODE_PATH="$peer/node_modules" node "$here/validate_ajv.cjs" "$schema" "$work/events.jsonl" "$runs" "$mode")"
  net_line="$(dotnet "$work/bin/JsonSchemaVsAjv.dll" reflekt "$schema" "$work/events.jsonl" "$runs" "$mode")"
  # JsonSchema.Net 8.0.5 for reference (one pass: it is an order of magnitude slower).
  dotnet "$work/bin/JsonSchemaVsAjv.dll" jsonschema.net "$schema" "$work/events.jsonl" 1 "$mode"
  echo "$ajv_line"
  echo "$net_line"
  ajv_rate="$(sed -E 's/.*events_per_second=([0-9]+).*/\1/' <<<"$ajv_line")"
  net_rate="$(sed -E 's/.*events_per_second=([0-9]+).*/\1/' <<<"$net_line")"
  ajv_valid="$(sed -E 's/.*valid=([0-9]+).*/\1/' <<<"$ajv_line")"
  net_valid="$(sed -E 's/.*valid=([0-9]+).*/\1/' <<<"$net_line")"
  if [[ "$ajv_valid" != "$net_valid" ]]; then
    echo "MISMATCH ($mode): ajv says $ajv_valid valid, Reflekt.JsonSchema says $net_valid" >&2
    exit 1
  fi
  python3 -c "print(f'ratio Reflekt.JsonSchema/ajv ($mode) = {$net_rate / $ajv_rate:.2f}x')"
done
