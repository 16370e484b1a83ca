#!/usr/bin/env bash
# Whole `reflekt build --artifact dbt` wall time for 1,000 event schemas against a throwaway PostgreSQL holding
# 1,000 event tables (+ tracks): median of N runs after one warm-up. Target: median < 5 s on the 2-core machine.
# Usage: bench/dbt-build/run.sh [events] [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$here/dotnet/DbtBuildBench.csproj" -c Release -o "$work/bin" -nologo -v quiet >/dev/null
dotnet "$work/bin/DbtBuildBench.dll" "${1:-1000}" "${2:-5}"
