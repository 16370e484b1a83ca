#!/usr/bin/env bash
# Times `reflekt docs generate` over a generated project of N events (bench/lint/generate.py: ~20 properties each,
# nested objects and arrays, enums), RUNS runs and the median; then, in Debian's Chromium through Playwright
# (bench/docs/DocsBench), the index load and the search latency over that site. Targets: 10,000 events generate in
# < 5 s; the index loads and a search answers in < 200 ms.
# usage: bench/docs/run.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/lint/generate.py" "$work/project" "$count" >/dev/null
"$root/reflekt" --version >/dev/null   # publish once (Release, ReadyToRun) outside the timed runs
dotnet build "$root/bench/docs/DocsBench.csproj" -m:1 -c Release --nologo -v q >"$work/build.txt" || { cat "$work/build.txt"; exit 2; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$root/reflekt" docs generate --project-dir "$work/project" --out "$work/site" >"$work/log.txt"
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
size=$(du -sh "$work/site" | cut -f1)
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$count" -v s="$size" -v all="${times[*]}" \
  '{a[NR]=$1} END {printf "docs generate, %d events: median of %d: %.2fs (runs: %s; site %s)\n", n, NR, a[int((NR+1)/2)], all, s}'
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$root/bench/docs/bin/Release/net10.0/DocsBench.dll" measure "$work/site" "$runs"
