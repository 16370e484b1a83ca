#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the demo project's docs site (reflected from its bundled warehouse) in
# Chromium, the index and one event page, light and dark, at 1280 px (desktop) and 375 px (phone) wide.
# usage: bench/docs/screenshots.sh [EVENT_SLUG]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/bench/docs/DocsBench.csproj" -m:1 -c Release --nologo -v q >"$work/build.txt" || { cat "$work/build.txt"; exit 2; }
cd "$work"
"$root/reflekt" init --demo demo >/dev/null
cd demo
"$root/reflekt" reflect --select demo --source demo.warehouse.segment --sdk segment --days 3650 --stale-after 36500d >/dev/null
"$root/reflekt" docs generate --source demo.warehouse.segment >/dev/null
slug="${1:-demo-order_completed}"
rm -f "$root"/docs/screenshots/*.png
dotnet "$root/bench/docs/bin/Release/net10.0/DocsBench.dll" screenshots artifacts/docs "$root/docs/screenshots" "$slug"
