#!/usr/bin/env bash
# What oversized and CPU-heavy anonymous requests cost the server (issue #10): its resident memory (RSS) before and
# after PARALLEL (12) requests of SIZE_MB (25) MB to POST /api/outlines/parse, then the CPU time of parsing a 1 MB
# body of line breaks. Bodies are pushed without waiting for 100-continue (-H 'Expect:'), as a hostile client would.
# A measurement, not a test: exits 0 whatever the numbers are.
#
#   bench/oversized.sh                                    # builds and measures this checkout (Release)
#   SERVER_DLL=/path/to/OutlineAddin.Server.dll bench/oversized.sh   # measures another build (e.g. the old main)
#
# Then bodies UNDER the 4 MB limit: ROUNDS (3) rounds of a ~4 MB render (~145,000 nodes) from each of PARALLEL
# loopback addresses (127.0.0.2 …, one client each), plain and chunked; and TEMPLATES (30) parallel ~4 MB template saves
# from one signed-in user; RSS after each.
#
# Env: SERVER_DLL, PORT (5399), PARALLEL (12), SIZE_MB (25), CPU_RUNS (3), ROUNDS (3), TEMPLATES (30), KEEP_TMP=1 to keep the temp dir.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${PORT:-5399}
parallel=${PARALLEL:-12}
size_mb=${SIZE_MB:-25}
cpu_runs=${CPU_RUNS:-3}
base="http://127.0.0.1:$port"

tmp=$(mktemp -d -t outline-oversized.XXXXXX)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

dll=${SERVER_DLL:-}
if [[ -z "$dll" ]]; then
  dotnet publish "$repo/server" -c Release -o "$tmp/server" -p:SkipTaskpaneBuild=true >/dev/null
  dll="$tmp/server/OutlineAddin.Server.dll"
fi

python3 - "$tmp" "$size_mb" <<'PY'
import json, sys
tmp, size = sys.argv[1], int(sys.argv[2])
open(f"{tmp}/oversized.json", "w").write(json.dumps({"text": "a" * (size * 1024 * 1024)}))
open(f"{tmp}/empty-lines.json", "w").write(json.dumps({"text": "\n" * (1024 * 1024 - 1)}))
node = '{"title":"a","children":[]}'
count = (4 * 1024 * 1024 - 200) // (len(node) + 1)
nodes = "[" + ",".join([node] * count) + "]"
open(f"{tmp}/render.json", "w").write('{"levels":[{"numFmt":"decimal","lvlText":"%1."}],"nodes":' + nodes + '}')
open(f"{tmp}/template.json", "w").write('{"teamId":"none","name":"big","nodes":' + nodes + '}')
PY

rss() { awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server_pid/status"; }
peak() { awk '/^VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server_pid/status"; }
# utime + stime of the server process, in milliseconds.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$server_pid/stat"; }

(cd "$(dirname "$dll")" && ASPNETCORE_URLS="$base" Auth__AdminToken=oversized-bench-admin-token-0123456789 \
  ConnectionStrings__Outline="Data Source=$tmp/outline.db" Logging__LogLevel__Default=Warning \
  exec dotnet "$dll" >"$tmp/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf -o /dev/null -H 'Content-Type: application/json' --data '{"text":"一、甲\n（一）乙"}' "$base/api/outlines/parse"
sleep 1

echo "server: $dll"
echo "RSS before: $(rss)"
start=$(date +%s.%N)
for _ in $(seq 1 "$parallel"); do
  curl -s -o /dev/null -w '%{http_code} ' -H 'Content-Type: application/json' -H 'Expect:' \
    --data-binary "@$tmp/oversized.json" "$base/api/outlines/parse" || echo -n "(curl $?) " &
done
wait $(jobs -p | grep -v "^$server_pid$") 2>/dev/null || true
echo
echo "$parallel × $size_mb MB answered in $(echo "$(date +%s.%N) - $start" | bc) s"
sleep 3
echo "RSS after: $(rss) (peak $(peak))"

for run in $(seq 1 "$cpu_runs"); do
  before=$(cpu_ms)
  result=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' -H 'Expect:' \
    --data-binary "@$tmp/empty-lines.json" "$base/api/outlines/parse")
  echo "1 MB of line breaks, run $run: HTTP ${result% *}, ${result#* } s wall, $(( $(cpu_ms) - before )) ms CPU"
done

rounds=${ROUNDS:-3}
templates=${TEMPLATES:-30}
for mode in plain chunked; do
  extra=(); [[ $mode == chunked ]] && extra=(-H 'Transfer-Encoding: chunked')
  for round in $(seq 1 "$rounds"); do
    for i in $(seq 1 "$parallel"); do
      curl -s -o /dev/null -w '%{http_code} ' --interface "127.0.0.$((i + 1))" -H 'Content-Type: application/json' -H 'Expect:' "${extra[@]}" \
        --data-binary "@$tmp/render.json" "$base/api/outlines/render" || echo -n "(curl $?) " &
    done
    wait $(jobs -p | grep -v "^$server_pid$") 2>/dev/null || true
  done
  echo
  sleep 3
  echo "after $rounds rounds × $parallel clients × ~4 MB render ($mode): RSS $(rss) (peak $(peak))"
done

token=$(curl -s -H 'Content-Type: application/json' -H 'Authorization: Bearer oversized-bench-admin-token-0123456789' \
  --data '{"name":"bench"}' "$base/api/users" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
for _ in $(seq 1 "$templates"); do
  curl -s -o /dev/null -w '%{http_code} ' -H 'Content-Type: application/json' -H 'Expect:' -H "Authorization: Bearer $token" \
    --data-binary "@$tmp/template.json" "$base/api/templates" || echo -n "(curl $?) " &
done
wait $(jobs -p | grep -v "^$server_pid$") 2>/dev/null || true
echo
sleep 3
echo "after $templates parallel ~4 MB template saves of one user: RSS $(rss) (peak $(peak))"
