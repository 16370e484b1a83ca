#!/usr/bin/env bash
# Whole `reflekt build --artifact dbt` wall time against a throwaway PostgreSQL holding one event table per schema
# (+ tracks): median of N rebuilds after one cold build, at two sizes:
#   - 1,000 event schemas (10 properties each).          Target: median < 5 s on the 2-core machine.
#   - 9 event schemas, the size of upstream's jaffle_shop. Target: median <= upstream Reflekt's 0.93 s.
# Each line also prints the in-process phases (load, connect, catalog query, build, write), the methods the JIT compiled
# in one rebuild (jitted_methods: what ReadyToRun did not cover) and the 1-minute load.
# The timed CLI is the one `./reflekt` runs: published ReadyToRun into artifacts/reflekt/ (the in-process phases run in
# the bench's own JIT build).
# Usage: bench/dbt-build/run.sh [events] [runs]   (with [events] given, only that size runs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$here/dotnet/DbtBuildBench.csproj" -c Release -o "$work/bin" -nologo -v quiet >/dev/null
"$root/reflekt" --version >/dev/null   # publish once (Release, ReadyToRun) outside the timed runs
cli="$root/artifacts/reflekt/Reflekt.Cli.dll"
if [ $# -ge 1 ]; then
  dotnet "$work/bin/DbtBuildBench.dll" "$1" "${2:-5}" "$cli"
else
  dotnet "$work/bin/DbtBuildBench.dll" 1000 5 "$cli"
  dotnet "$work/bin/DbtBuildBench.dll" 9 7 "$cli"
fi
