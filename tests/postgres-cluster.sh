#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: made in a fresh directory, listening on loopback only, stopped and
# deleted by `stop`. Needs Debian's postgresql package (tests/run.sh installs it).
#   tests/postgres-cluster.sh start DIR [PORT]  → prints the connection string of its superuser
#   tests/postgres-cluster.sh stop DIR
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the package made.
set -euo pipefail

command=${1:?start or stop}
dir=${2:?the directory of the cluster}
port=${3:-55432}
password=outline-test

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    printf '%s\n' "$password" > "$dir.pw"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir.pw"
    as_owner "$bindir/initdb" --pgdata="$dir/data" --username=postgres --pwfile="$dir.pw" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 || { cat "$dir.initdb.log" >&2; exit 1; }
    rm -f "$dir.pw"
    # Loopback only; enough connections for test servers running side by side, each with its own pool.
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c max_connections=400" start \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop || true
    fi
    rm -rf "$dir" "$dir.initdb.log"
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
