#!/usr/bin/env bash
# HTTP load benchmark: GET /healthz vs GET /api/templates/builtin-01 on a Release build of the server.
# Loopback only, bounded in time (build + ~2 × (WARMUP + DURATION) + start-up). Prints requests/s of both
# and the ratio template/healthz (target from the issue: ≥ 0.6). A benchmark, not a test: exits 0 whatever
# the numbers are; non-zero only if the server cannot be built or started.
#
#   bench/http.sh                          # defaults below
#   DURATION=30s CONNECTIONS=64 bench/http.sh
#   LOG_LEVEL=Information bench/http.sh    # to see what console logging at Information costs
#
# Env: PORT (default: a free port), THREADS (2), CONNECTIONS (32), DURATION (10s), WARMUP (5s),
#      LOG_LEVEL (Warning), TEMPLATE_ID (builtin-01), KEEP_TMP=1 to keep the temp dir (db, server log).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
duration=${DURATION:-10s}
warmup=${WARMUP:-5s}
log_level=${LOG_LEVEL:-Warning}
template_id=${TEMPLATE_ID:-builtin-01}

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk not found; installing it with apt-get" >&2
  if ! apt-get install -y wrk >/dev/null 2>&1; then
    apt-get update >/dev/null
    apt-get install -y wrk >/dev/null
  fi
fi

tmp=$(mktemp -d -t outline-http-bench.XXXXXX)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT INT TERM

port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
base="http://127.0.0.1:$port"

echo "== building the server (Release, publish to $tmp/publish)"
dotnet publish "$repo/server/OutlineAddin.Server.csproj" -c Release -p:SkipTaskpaneBuild=true \
  -o "$tmp/publish" --nologo -v quiet >"$tmp/publish.log" 2>&1 || { cat "$tmp/publish.log" >&2; exit 1; }

echo "== starting it on $base (log level $log_level, database $tmp/bench.db)"
(
  cd "$tmp"
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Outline="Data Source=$tmp/bench.db" \
  Logging__LogLevel__Default="$log_level" \
  exec dotnet "$tmp/publish/OutlineAddin.Server.dll" --urls "$base"
) >"$tmp/server.log" 2>&1 &
server_pid=$!

for i in $(seq 1 300); do
  if curl -fsS -o /dev/null "$base/healthz" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "server exited:" >&2; cat "$tmp/server.log" >&2; exit 1; fi
  if [[ $i == 300 ]]; then echo "server not healthy after 30 s" >&2; tail -50 "$tmp/server.log" >&2; exit 1; fi
  sleep 0.1
done

template_url="$base/api/templates/$template_id"
status=$(curl -sS -o "$tmp/template.json" -w '%{http_code}' "$template_url")
echo "   GET /healthz -> $(curl -sS "$base/healthz")"
echo "   GET /api/templates/$template_id -> HTTP $status, $(wc -c <"$tmp/template.json") bytes"
if [[ "$status" != 200 ]]; then echo "template fetch did not answer 200; the ratio below would be meaningless" >&2; head -c 500 "$tmp/template.json" >&2; exit 1; fi

# wrk prints "Requests/sec: 12345.67"; keep the whole output for the latency lines.
run_wrk() { timeout 120 wrk -t"$threads" -c"$connections" -d"$2" --latency "$1"; }
rps() { awk '/^Requests\/sec:/ { print $2 }'; }

echo "== warm-up ($warmup each)"
run_wrk "$base/healthz" "$warmup" >/dev/null
run_wrk "$template_url" "$warmup" >/dev/null

echo "== wrk -t$threads -c$connections -d$duration --latency $base/healthz"
run_wrk "$base/healthz" "$duration" | tee "$tmp/healthz.txt"
echo "== wrk -t$threads -c$connections -d$duration --latency $template_url"
run_wrk "$template_url" "$duration" | tee "$tmp/template.txt"

# Diagnostic, not part of the target: the same fetch answered 304 from its ETag. The handler still queries
# SQLite but writes no JSON, which tells the database's share of the cost from the serialiser's.
etag=$(curl -sS -D - -o /dev/null "$template_url" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); $1 = ""; sub(/^ /, ""); print }')
if [[ -n "$etag" ]]; then
  echo "== wrk ... -H 'If-None-Match: $etag' $template_url (diagnostic: 304, no body)"
  timeout 120 wrk -t"$threads" -c"$connections" -d"$duration" -H "If-None-Match: $etag" "$template_url" | tee "$tmp/template304.txt"
fi

healthz=$(rps <"$tmp/healthz.txt")
template=$(rps <"$tmp/template.txt")
non2xx=$(grep -h "Non-2xx" "$tmp/healthz.txt" "$tmp/template.txt" || true)
ratio=$(awk -v t="$template" -v h="$healthz" 'BEGIN { printf "%.2f", t / h }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.6 ? "meets" : "BELOW") }')

echo
echo "== summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, loadavg $(cut -d' ' -f1-3 /proc/loadavg), log level $log_level, wrk -t$threads -c$connections -d$duration)"
printf '| endpoint | requests/s |\n|---|---:|\n'
printf '| GET /healthz | %s |\n' "$healthz"
printf '| GET /api/templates/%s | %s |\n' "$template_id" "$template"
[[ -s "$tmp/template304.txt" ]] && printf '| GET /api/templates/%s with If-None-Match → 304 (diagnostic) | %s |\n' "$template_id" "$(rps <"$tmp/template304.txt")"
echo
echo "ratio template/healthz = $ratio ($verdict the 0.6 target)"
[[ -n "$non2xx" ]] && echo "WARNING: $non2xx"
if grep -qiE "fail|exception" "$tmp/server.log"; then echo "server log has errors:"; grep -iE "fail|exception" "$tmp/server.log" | head -5; fi
exit 0
