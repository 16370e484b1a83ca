#!/usr/bin/env bash
# Times `reflekt lint --select schemas/` over a generated 10,000-schema project: 5 runs, prints each and the median.
# usage: bench/lint/run.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/lint/generate.py" "$work/project" "$count" >/dev/null
"$root/reflekt" --version >/dev/null   # publish once (Release, ReadyToRun) outside the timed runs
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  status=0
  "$root/reflekt" lint --project-dir "$work/project" --select schemas/ --format json >"$work/out.json" || status=$?
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "run $i: ${t}s (exit $status, $(python3 -c "import json;d=json.load(open('$work/out.json'));print(d['schemas'],'schemas,',d['errors'],'errors')"))"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d: %.2fs\n", NR, a[int((NR+1)/2)]}'
