#!/usr/bin/env bash
# Times `reflekt diff --base HEAD` over a generated project of N schemas (bench/lint/generate.py) committed to a
# throwaway git repository, with 200 schemas changed since: RUNS runs, prints each and the median.
# usage: bench/diff/run.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/lint/generate.py" "$work/project" "$count" >/dev/null
git -C "$work/project" init -q
git -C "$work/project" add -A
git -C "$work/project" -c user.name=bench -c user.email=bench@example.com commit -q -m base
find "$work/project/schemas" -name '1-0.json' | sort >"$work/files.txt"   # a file, so head cannot SIGPIPE the pipeline
head -200 "$work/files.txt" | xargs sed -i 's/"The order id."/"The order identifier."/'
"$root/reflekt" --version >/dev/null   # publish once (Release, ReadyToRun) outside the timed runs
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$root/reflekt" diff --base HEAD --project-dir "$work/project" --select schemas/ >"$work/out.txt"
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "run $i: ${t}s ($(tail -1 "$work/out.txt"))"
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d: %.2fs\n", NR, a[int((NR+1)/2)]}'
