#!/usr/bin/env bash
# Runs both benchmarks and keeps their output in bench/results/ (git-ignored).
#   bench/run.sh                 # in-process (≈ 3 s per case) + HTTP
#   SECONDS_PER_CASE=1 bench/run.sh --breakdown    # extra args go to the in-process bench
# Benchmarks, not tests: they print numbers and never fail on a slow result.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
results="$repo/bench/results"
mkdir -p "$results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)

echo "== in-process benchmark (Release)"
dotnet build "$repo/bench/OutlineAddin.Bench/OutlineAddin.Bench.csproj" -c Release -p:SkipTaskpaneBuild=true --nologo -v quiet
dotnet "$repo/bench/OutlineAddin.Bench/bin/Release/net10.0/OutlineAddin.Bench.dll" --seconds "${SECONDS_PER_CASE:-3}" "$@" \
  | tee "$results/inprocess-$stamp.md"

echo
echo "== HTTP benchmark"
"$repo/bench/http.sh" | tee "$results/http-$stamp.txt"
