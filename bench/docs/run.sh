#!/usr/bin/env bash
# Times `reflekt docs generate` over a generated project of N events (bench/lint/generate.py: ~20 properties each,
# nested objects and arrays, enums), RUNS runs and the median: into an empty folder (the target; a new folder per run)
# and again over the unchanged site (unchanged files are not rewritten). Then,
# in Debian's Chromium through Playwright (bench/docs/DocsBench), the index load and the search latency over that
# site. Targets: 10,000 events generate in < 5 s; the index loads and a search answers in < 200 ms.
# With BASELINE=path/to/reflekt (e.g. another checkout's ./reflekt), each run times the baseline first on the same
# project, alternating, and prints the baseline's medians and the ratio (this build / baseline).
# usage: [BASELINE=…/reflekt] bench/docs/run.sh [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/lint/generate.py" "$work/project" "$count" >/dev/null
builds=("$root/reflekt")
[ -n "${BASELINE:-}" ] && builds=("$BASELINE" "$root/reflekt")
for build in "${builds[@]}"; do "$build" --version >/dev/null; done   # publish once (Release, ReadyToRun) outside the timed runs
dotnet build "$root/bench/docs/DocsBench.csproj" -m:1 -c Release --nologo -v q >"$work/build.txt" || { cat "$work/build.txt"; exit 2; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Appends "wall user sys" (seconds) of one generate to $work/<label>.times.
TIMEFORMAT='%R %U %S'
generate() {
  local build="$1" label="$2" site="$3"
  { time "$build" docs generate --project-dir "$work/project" --out "$site" >"$work/log.txt"; } 2>>"$work/$label.times"
}

# Each run writes a new folder and no site is deleted until the end: on a file system without a journal (ext4 as
# this VM mounts it) creating a file skips every inode freed in the last ~30 s one by one (ext4's recently_deleted
# check), so deleting the previous 10,000-file site just before the clock starts made each run pay seconds of
# system time for the previous runs' deletions (CPU 8 → 13 → 16 s over three runs). `sync` writes the previous
# run's pages back before the clock starts, so one run's writeback is not charged to the next.
for i in $(seq "$runs"); do
  for b in "${!builds[@]}"; do
    site="$work/site-$b-$i"
    sync
    generate "${builds[$b]}" "fresh-$b" "$site"
    sync
    generate "${builds[$b]}" "again-$b" "$site"
  done
done

# median wall, and the runs as wall (user+sys CPU)
summary() {
  sort -n "$work/$1.times" | awk '{w[NR]=$1} END {printf "%.2f", w[int((NR+1)/2)]}'
}
runs_of() { awk '{printf "%s%.2f (%.1f cpu)", (NR > 1 ? ", " : ""), $1, $2 + $3}' "$work/$1.times"; }
last=$(( ${#builds[@]} - 1 ))
size=$(du -sh "$work/site-$last-$runs" | cut -f1)
files=$(find "$work/site-$last-$runs" -type f | wc -l)
for b in "${!builds[@]}"; do
  name=$([ "$b" -eq "$last" ] && echo "this build" || echo "baseline ${builds[$b]}")
  echo "docs generate, $count events, $name:"
  echo "  into an empty folder: median of $runs: $(summary "fresh-$b")s (runs: $(runs_of "fresh-$b"))"
  echo "  over the unchanged site: median of $runs: $(summary "again-$b")s (runs: $(runs_of "again-$b"))"
done
echo "site: $size in $files files"
if [ "$last" -eq 1 ]; then
  awk -v a="$(summary fresh-1)" -v b="$(summary fresh-0)" -v c="$(summary again-1)" -v d="$(summary again-0)" \
    'BEGIN {printf "ratio this build / baseline: empty folder %.2f, unchanged site %.2f\n", a / b, c / d}'
fi
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$last" -eq 1 ]; then
  echo "baseline's site in Chromium:"
  dotnet "$root/bench/docs/bin/Release/net10.0/DocsBench.dll" measure "$work/site-0-$runs" "$runs" || true
  echo "this build's site in Chromium:"
fi
dotnet "$root/bench/docs/bin/Release/net10.0/DocsBench.dll" measure "$work/site-$last-$runs" "$runs"
