#!/usr/bin/env bash
# Load run (issue #12): 64 connections fetch templates while 8 save through If-Match, on a Release build of the server on
# loopback, in three configurations: SQLite; PostgreSQL, one instance; PostgreSQL, two instances on one database (the
# connections spread over both). Prints, per configuration and phase, requests/s, p50/p90/p99/max latency and errors by
# kind for reads and writes, and the CPU the generator, the servers and everything else used. A benchmark, not a test:
# exits 0 whatever the numbers are; non-zero only if something cannot be built or started. Output also in bench/results/.
#
#   bench/load.sh                          # sqlite postgres postgres2
#   bench/load.sh sqlite                   # one or more of them
#   READ_RATE=2000 bench/load.sh sqlite    # readers paced to 2,000/s in all (latency at a given load, not the maximum)
#
# Env: DURATION (30, seconds measured per phase), WARMUP (10), READERS (64), WRITERS (8), TEMPLATES (48),
#      READ_RATE / WRITE_RATE (0 = as fast as answered), PHASES (team,builtin), LOG_LEVEL (Warning), KEEP_TMP=1,
#      SERVER_DLL: a published OutlineAddin.Server.dll to measure instead of publishing this checkout (to repeat runs),
#      OUTLINE_TEST_POSTGRES: an Npgsql connection string of a PostgreSQL superuser; the script creates a database there
#      for each PostgreSQL configuration and drops it after. Unset: a throwaway cluster is started with
#      tests/postgres-cluster.sh (Debian's postgresql) on a free port and stopped at the end.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
configurations=("$@")
[[ ${#configurations[@]} -gt 0 ]] || configurations=(sqlite postgres postgres2)
for c in "${configurations[@]}"; do
  [[ $c =~ ^(sqlite|postgres|postgres2)$ ]] || { echo "unknown configuration $c (sqlite, postgres, postgres2)" >&2; exit 2; }
done
log_level=${LOG_LEVEL:-Warning}
admin_token=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
results="$repo/bench/results"
mkdir -p "$results"
report="$results/load-$(date -u +%Y%m%dT%H%M%SZ).md"

tmp=$(mktemp -d -t outline-load-bench.XXXXXX)
server_pids=()
cluster_dir=""
database=""
stop_servers() {
  for pid in "${server_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${server_pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  server_pids=()
}
cleanup() {
  stop_servers
  [[ -n "$database" ]] && count_transactions
  [[ -n "$database" ]] && drop_database
  [[ -n "$cluster_dir" ]] && "$repo/tests/postgres-cluster.sh" stop "$cluster_dir"
  if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# One field of an Npgsql connection string (Host=…;Port=…), for psql.
field() { tr ';' '\n' <<<"$1" | awk -F= -v k="$2" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'; }
postgres_admin=""
psql_admin() {
  PGPASSWORD=$(field "$postgres_admin" Password) psql -X -q -v ON_ERROR_STOP=1 -h "$(field "$postgres_admin" Host)" \
    -p "$(field "$postgres_admin" Port)" -U "$(field "$postgres_admin" Username)" -d "$(field "$postgres_admin" Database)" "$@"
}
create_database() { # name → $database, and $connection to it (globals: not to be called in $(…))
  database="outline_bench_$$_$1"
  psql_admin -c "CREATE DATABASE $database" >/dev/null
  connection=$(sed -E "s/(^|;)Database=[^;]*/\1Database=$database/I" <<<"$postgres_admin")
}
drop_database() { psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true; database=""; }
# Called after the servers stopped: their sessions' statistics are flushed when they end. Reads commit too. Writes take
# one turn at a time (server/Data/PostgresDatabase.cs), so nothing is retried: a rollback is a write that failed or was
# cut off, and more than a few are worth a look in the servers' logs.
count_transactions() {
  echo "PostgreSQL database $database: $(psql_admin -Atc "SELECT xact_commit || ' transactions committed, ' || xact_rollback || ' rolled back'
    FROM pg_stat_database WHERE datname = '$database'")"
}

start_server() { # provider connection-string name → the server's pid in server_pids, its URL in $url
  local port; port=$(free_port)
  url="http://127.0.0.1:$port"
  (
    cd "$tmp"
    ASPNETCORE_ENVIRONMENT=Production Storage__Provider="$1" ConnectionStrings__Outline="$2" Auth__AdminToken="$admin_token" \
      Logging__LogLevel__Default="$log_level" exec dotnet "$server_dll" --urls "$url"
  ) >"$tmp/$3.log" 2>&1 &
  server_pids+=("$!")
}
wait_healthy() { # url pid name
  for i in $(seq 1 600); do
    curl -fsS -o /dev/null "$1/healthz" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "server $3 exited:" >&2; tail -50 "$tmp/$3.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "server $3 not healthy after 60 s" >&2; tail -50 "$tmp/$3.log" >&2; exit 1
}

generate() { # urls… (pids in server_pids)
  local args=()
  for u in "$@"; do args+=(--url "$u"); done
  for pid in "${server_pids[@]}"; do args+=(--server-pid "$pid"); done
  dotnet "$repo/bench/OutlineAddin.LoadBench/bin/Release/net10.0/OutlineAddin.LoadBench.dll" "${args[@]}" --admin-token "$admin_token" \
    --readers "${READERS:-64}" --writers "${WRITERS:-8}" --templates "${TEMPLATES:-48}" --warmup "${WARMUP:-10}" \
    --duration "${DURATION:-30}" --read-rate "${READ_RATE:-0}" --write-rate "${WRITE_RATE:-0}" --phases "${PHASES:-team,builtin}"
}

server_errors() {
  for log in "$tmp"/*.log; do
    if grep -qE '^(fail|crit)' "$log"; then echo "server log $(basename "$log") has errors:"; grep -E -A3 '^(fail|crit)' "$log" | head -20; fi
  done
}

# Everything below goes to the terminal and to the report; the trap above still runs in this shell.
exec > >(tee "$report") 2>&1
echo "# Load run, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Commit $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- server || echo ' (server/ modified)'), $(nproc) CPUs, $(free -g | awk '/^Mem:/ { print $2 }') GiB," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), log level $log_level, configurations: ${configurations[*]}"

server_dll=${SERVER_DLL:-$tmp/publish/OutlineAddin.Server.dll}
if [[ -z "${SERVER_DLL:-}" ]]; then
  echo "== building the server (Release, publish) and the load generator (Release)" >&2
  dotnet publish "$repo/server/OutlineAddin.Server.csproj" -c Release -p:SkipTaskpaneBuild=true -o "$tmp/publish" --nologo -v quiet \
    >"$tmp/publish.out" 2>&1 || { cat "$tmp/publish.out" >&2; exit 1; }
else
  echo "Server: $server_dll (SERVER_DLL, built $(date -u -r "$server_dll" '+%Y-%m-%d %H:%M UTC'))"
fi
dotnet build "$repo/bench/OutlineAddin.LoadBench/OutlineAddin.LoadBench.csproj" -c Release --nologo -v quiet \
  >"$tmp/generator.out" 2>&1 || { cat "$tmp/generator.out" >&2; exit 1; }

if [[ " ${configurations[*]} " == *" postgres"* ]]; then
  if [[ -n "${OUTLINE_TEST_POSTGRES:-}" ]]; then
    postgres_admin=$OUTLINE_TEST_POSTGRES
  else
    # Not inside $tmp (mktemp -d makes it 0700): as root the cluster runs as the postgres user, who must reach it.
    cluster_dir="/tmp/outline-load-postgres-$$"
    echo "== OUTLINE_TEST_POSTGRES unset: starting a throwaway cluster (tests/postgres-cluster.sh)" >&2
    postgres_admin=$("$repo/tests/postgres-cluster.sh" start "$cluster_dir" "$(free_port)")
  fi
  echo "PostgreSQL: $(psql_admin -Atc 'SHOW server_version') at $(field "$postgres_admin" Host):$(field "$postgres_admin" Port)," \
    "$(psql_admin -Atc "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings
       WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'wal_sync_method', 'full_page_writes')")"
fi

for configuration in "${configurations[@]}"; do
  echo
  case $configuration in
    sqlite)
      echo "## SQLite, one instance (WAL, synchronous as the server sets it)"
      start_server Sqlite "Data Source=$tmp/bench.db" sqlite
      wait_healthy "$url" "${server_pids[0]}" sqlite
      echo "SQLite: $(sqlite3 "$tmp/bench.db" 'PRAGMA journal_mode' 2>/dev/null || echo '(sqlite3 not installed)') journal, database on $(df --output=fstype "$tmp" | tail -1)"
      generate "$url"
      ;;
    postgres)
      echo "## PostgreSQL, one instance"
      create_database one
      start_server Postgres "$connection" postgres
      wait_healthy "$url" "${server_pids[0]}" postgres
      generate "$url"
      ;;
    postgres2)
      echo "## PostgreSQL, two instances on one database (started together: the migrations run under the lock)"
      create_database two
      start_server Postgres "$connection" postgres-a; url_a=$url
      start_server Postgres "$connection" postgres-b; url_b=$url
      wait_healthy "$url_a" "${server_pids[0]}" postgres-a
      wait_healthy "$url_b" "${server_pids[1]}" postgres-b
      generate "$url_a" "$url_b"
      ;;
  esac
  stop_servers
  [[ -n "$database" ]] && count_transactions
  [[ -n "$database" ]] && drop_database
  server_errors
  rm -f "$tmp"/*.log
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(also in ${report#"$repo"/})"
exit 0
