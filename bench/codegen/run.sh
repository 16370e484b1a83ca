#!/usr/bin/env bash
# Times `reflekt codegen` for each language over a generated project of N schemas (bench/lint/generate.py: Segment-style
# events with nested objects, arrays and enums): RUNS runs per language, prints each and the median. Target: 10,000
# events in < 2 s per language.
# usage: bench/codegen/run.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/lint/generate.py" "$work/project" "$count" >/dev/null
"$root/reflekt" --version >/dev/null   # publish once (Release, ReadyToRun) outside the timed runs
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for language in typescript python csharp kotlin; do
  times=()
  for i in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$root/reflekt" codegen --language "$language" --select . --project-dir "$work/project" --out "$work/out/$language" >"$work/log.txt"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  size=$(du -sh "$work/out/$language" | cut -f1)
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$language" -v s="$size" -v all="${times[*]}" \
    '{a[NR]=$1} END {printf "%-10s median of %d: %.2fs (runs: %s; output %s; %s)\n", l, NR, a[int((NR+1)/2)], all, s, "'"$(cat "$work/log.txt")"'"}'
done
