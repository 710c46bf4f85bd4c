#!/usr/bin/env bash
# Makes docs/gongwen-export-page1.png: page 1 of a built-in template exported by the real server as a .docx
# (公文 numbering as a Word list, 公文 typography and page), laid out by LibreOffice as a PDF and drawn as a PNG.
#
#   docs/gongwen-export-page1/make.sh                       # builtin-01, a 一季度总结
#   TEMPLATE_ID=builtin-06 NUMBERING=text docs/gongwen-export-page1/make.sh
#
# Needs the .NET SDK, Node.js 20+, LibreOffice (soffice: libreoffice-writer-nogui) and fonts-noto-cjk, as tests/run.sh
# installs them. The fonts GB/T 9704 names (黑体, 楷体_GB2312, 仿宋_GB2312) are not on Linux: fonts.conf beside this
# script has LibreOffice draw Noto Sans CJK for 黑体 and Noto Serif CJK for 楷体 and 仿宋, so the glyphs differ from
# Word's on Windows; the page, sizes, line pitch and numbering do not.
# Env: TEMPLATE_ID, STYLE_ID (gongwen), NUMBERING (list), KEEP_TMP=1 to keep the temp dir.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
template_id=${TEMPLATE_ID:-builtin-01}
style_id=${STYLE_ID:-gongwen}
numbering=${NUMBERING:-list}
output="$repo/docs/gongwen-export-page1.png"

command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui fonts-noto-cjk" >&2; exit 1; }

tmp=$(mktemp -d -t outline-page1.XXXXXX)
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

echo "== renderer packages"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

echo "== building the server"
dotnet build "$repo/server/OutlineAddin.Server.csproj" -p:SkipTaskpaneBuild=true -o "$tmp/server" --nologo -v quiet >"$tmp/build.log" 2>&1 \
  || { cat "$tmp/build.log" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
(
  cd "$tmp"
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Outline="Data Source=$tmp/page1.db" Logging__LogLevel__Default=Warning \
    exec dotnet "$tmp/server/OutlineAddin.Server.dll" --urls "$base"
) >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.2
done

echo "== exporting $template_id (styleId=$style_id, numbering=$numbering, typography=gongwen)"
curl -fsS -o "$tmp/export.docx" "$base/api/templates/$template_id/docx?styleId=$style_id&numbering=$numbering&typography=gongwen"

echo "== LibreOffice: .docx → PDF"
FONTCONFIG_FILE="$here/fonts.conf" soffice "-env:UserInstallation=file://$tmp/profile" --headless --norestore --convert-to pdf --outdir "$tmp" "$tmp/export.docx" >"$tmp/soffice.log" 2>&1 \
  || { cat "$tmp/soffice.log" >&2; exit 1; }

echo "== page 1 → $output"
node "$here/render-page1.mjs" "$tmp/export.pdf" "$output"
