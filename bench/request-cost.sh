#!/usr/bin/env bash
# Server CPU time per request, for each kind of request the taskpane makes: the cost model behind docs/SCALING.md.
# Starts a Release build on loopback (SQLite, or PostgreSQL with STORAGE=Postgres and a connection string), sends each
# kind N times in a row over one keep-alive connection (curl, several URLs in one command), and reads the server's CPU time
# (utime + stime from /proc/PID/stat) before and after. CPU time per request hardly depends on what else runs on the
# machine, unlike requests/s. A benchmark, not a test: exits 0 whatever the numbers are.
#
#   bench/request-cost.sh                              # SQLite
#   STORAGE=Postgres CONNECTION="Host=…;Database=…" bench/request-cost.sh
# Env: N (300 per kind; 60 for saves), SERVER_DLL (a published server instead of publishing this checkout), KEEP_TMP=1.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${N:-300}
storage=${STORAGE:-Sqlite}
tmp=$(mktemp -d -t outline-request-cost.XXXXXX)
connection=${CONNECTION:-Data Source=$tmp/cost.db}
admin_token=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT INT TERM

dll=${SERVER_DLL:-}
if [[ -z "$dll" ]]; then
  dotnet publish "$repo/server/OutlineAddin.Server.csproj" -c Release -p:SkipTaskpaneBuild=true -o "$tmp/publish" --nologo -v quiet \
    >"$tmp/publish.out" 2>&1 || { cat "$tmp/publish.out" >&2; exit 1; }
  dll="$tmp/publish/OutlineAddin.Server.dll"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
(
  cd "$tmp"
  ASPNETCORE_ENVIRONMENT=Production Storage__Provider="$storage" ConnectionStrings__Outline="$connection" \
    Auth__AdminToken="$admin_token" Logging__LogLevel__Default=Warning exec dotnet "$dll" --urls "$base"
) >"$tmp/server.log" 2>&1 &
server_pid=$!
for i in $(seq 1 600); do
  curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  [[ $i == 600 ]] && { echo "server not healthy after 60 s" >&2; exit 1; }
  sleep 0.1
done

json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
# Expect: (none): curl would wait for a 100 Continue before sending a body over 1 KB.
api() { curl -fsS -H 'Content-Type: application/json' -H 'Expect:' "$@"; }
# A user, a team, and a team template copied from built-in 01; the bodies of the outline requests from its outline.
token=$(api -H "Authorization: Bearer $admin_token" -d '{"name":"cost"}' "$base/api/users" | json "['token']")
auth=(-H "Authorization: Bearer $token")
team=$(api "${auth[@]}" -d '{"name":"cost"}' "$base/api/teams" | json "['id']")
api "$base/api/templates/builtin-01" >"$tmp/builtin.json"
python3 - "$tmp" "$team" <<'PY'
import json, sys
tmp, team = sys.argv[1], sys.argv[2]
t = json.load(open(f"{tmp}/builtin.json"))
json.dump({"name": "成本模板", "category": t["category"], "tags": t["tags"], "nodes": t["nodes"], "levels": t["levels"],
           "defaultStyleId": t["defaultStyleId"], "teamId": team}, open(f"{tmp}/create.json", "w"), ensure_ascii=False)
json.dump({"nodes": t["nodes"], "styleId": "gongwen"}, open(f"{tmp}/render.json", "w"), ensure_ascii=False)
json.dump({"nodes": t["nodes"], "styleId": "gongwen", "numbering": "text", "typography": {"preset": "gongwen"}},
          open(f"{tmp}/ooxml.json", "w"), ensure_ascii=False)
PY
template=$(api "${auth[@]}" -d @"$tmp/create.json" "$base/api/templates" | json "['id']")
# A document to renumber: the template's headings as rendered in 公文, each followed by two paragraphs of body text, as
# the 编号 tab sends a document's paragraphs.
api -d @"$tmp/render.json" "$base/api/outlines/render" | python3 -c '
import json, sys
lines = json.load(sys.stdin)["lines"]
paragraphs = []
for line in lines:
    paragraphs.append({"text": line["text"], "outlineLevel": line["level"]})
    paragraphs += [{"text": "全年共开展专题学习12次，覆盖党员干部300余人次，形成调研报告5篇。", "outlineLevel": None}] * 2
json.dump({"paragraphs": paragraphs, "styleId": "decimal"}, open(sys.argv[1], "w"), ensure_ascii=False)
print(len(paragraphs), "paragraphs", file=sys.stderr)' "$tmp/renumber.json" 2>"$tmp/renumber.count"

cpu() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }  # clock ticks (1/100 s)
measure() { # label count curl-arguments… (the URL given count times)
  local label=$1 count=$2; shift 2
  curl -sS -o /dev/null "$@" >/dev/null  # warm-up of this kind
  local before; before=$(cpu)
  local start; start=$(date +%s.%N)
  curl -sS -o /dev/null --fail-early "$@" >/dev/null
  local after; after=$(cpu)
  local wall; wall=$(awk -v s="$start" -v e="$(date +%s.%N)" -v n="$count" 'BEGIN { printf "%.2f", 1000 * (e - s) / n }')
  printf '| %s | %s | %.2f | %s |\n' "$label" "$count" "$(awk -v a="$after" -v b="$before" -v n="$count" 'BEGIN { print 10 * (a - b) / n }')" "$wall"
}
repeat() { local url=$1; for _ in $(seq 1 "$n"); do printf '%s ' "$url"; done; }

echo "# Server CPU time per request ($(date -u '+%Y-%m-%d %H:%M UTC'), $storage, commit $(git -C "$repo" rev-parse --short HEAD), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "Outline requests use built-in 01 ($(jq -r '.nodes | [.. | objects | select(has("title"))] | length' "$tmp/builtin.json" 2>/dev/null || echo '?') headings); renumber sends $(cat "$tmp/renumber.count")."
echo
echo "| request | count | server CPU ms / request | wall ms / request (one connection, in a row) |"
echo "|---|---:|---:|---:|"
# shellcheck disable=SC2046 # the URL repeated n times, one word each
kinds() {
measure "GET /healthz" "$n" $(repeat "$base/healthz")
measure "GET /api/templates/builtin-01, anonymous (from memory)" "$n" $(repeat "$base/api/templates/builtin-01")
measure "GET /api/templates/builtin-01, signed in (token looked up)" "$n" "${auth[@]}" $(repeat "$base/api/templates/builtin-01")
measure "GET /api/templates/{team template}, signed in" "$n" "${auth[@]}" $(repeat "$base/api/templates/$template")
measure "GET /api/templates (the 模板 list, page of 20)" "$n" "${auth[@]}" $(repeat "$base/api/templates?pageSize=20")
measure "GET /api/templates?q=工作 (search)" "$n" "${auth[@]}" $(repeat "$base/api/templates?q=%E5%B7%A5%E4%BD%9C&pageSize=20")
measure "GET /api/numbering-styles" "$n" "${auth[@]}" $(repeat "$base/api/numbering-styles")
measure "POST /api/outlines/render (公文)" "$n" "${auth[@]}" -H 'Content-Type: application/json' -H 'Expect:' -d @"$tmp/render.json" $(repeat "$base/api/outlines/render")
measure "POST /api/outlines/ooxml (公文 typography)" "$n" "${auth[@]}" -H 'Content-Type: application/json' -H 'Expect:' -d @"$tmp/ooxml.json" $(repeat "$base/api/outlines/ooxml")
measure "POST /api/outlines/renumber" "$n" "${auth[@]}" -H 'Content-Type: application/json' -H 'Expect:' -d @"$tmp/renumber.json" $(repeat "$base/api/outlines/renumber")
}
# Twice: the first pass, not shown, lets tiered compilation finish (its background JIT is the server's CPU time too).
kinds >/dev/null
kinds

# Saves: each needs the ETag of the last, so one curl each (GET + PUT); the CPU counted is the server's for both. The
# first half warms up, the second is measured.
saves=$(( n / 5 ))
save() {
  local i=$1
  etag=$(curl -sS -D - -o "$tmp/current.json" "${auth[@]}" "$base/api/templates/$template" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')
  # The template as answered, its first heading renamed (the server ignores the answer's fields a save does not take).
  sed -E "0,/\"title\":\"[^\"]*\"/s//\"title\":\"保存 $i\"/" "$tmp/current.json" >"$tmp/save.json"
  curl -fsS -o /dev/null -X PUT "${auth[@]}" -H 'Content-Type: application/json' -H 'Expect:' -H "If-Match: $etag" -d @"$tmp/save.json" "$base/api/templates/$template"
}
for i in $(seq 1 "$saves"); do save "w$i"; done
before=$(cpu); start=$(date +%s.%N)
for i in $(seq 1 "$saves"); do save "$i"; done
after=$(cpu)
printf '| GET + PUT with If-Match (a save, as the taskpane makes it) | %s | %.2f | %s |\n' "$saves" \
  "$(awk -v a="$after" -v b="$before" -v n="$saves" 'BEGIN { print 10 * (a - b) / n }')" \
  "$(awk -v s="$start" -v e="$(date +%s.%N)" -v n="$saves" 'BEGIN { printf "%.2f (two curls and a sed each)", 1000 * (e - s) / n }')"
if grep -qE '^(fail|crit)' "$tmp/server.log"; then echo "server log has errors:"; grep -E -A3 '^(fail|crit)' "$tmp/server.log" | head -20; fi
exit 0
