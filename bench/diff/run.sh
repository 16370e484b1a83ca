#!/usr/bin/env bash
# Times `reflekt diff --base HEAD` over a generated project of N schemas (bench/lint/generate.py) committed to a
# throwaway git repository, with 200 schemas changed since: RUNS runs, prints each and the median, and whether the
# median is within issue 15's budget (2x the 1.87 s measured before the per-keyword comparers; BUDGET to override).
# usage: bench/diff/run.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
budget="${BUDGET:-3.74}"
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
  # --fail-on none: the edits are non-breaking anyway, but the timing must not depend on the exit code.
  "$root/reflekt" diff --base HEAD --project-dir "$work/project" --select schemas/ --fail-on none >"$work/out.txt"
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  echo "run $i: ${t}s ($(tail -1 "$work/out.txt"))"
  times+=("$t")
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${times[@]}" | sort -n | awk -v budget="$budget" '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "median of %d: %.2fs (budget %.2fs: %s)\n", NR, m, budget, (m <= budget ? "within" : "OVER")}'
