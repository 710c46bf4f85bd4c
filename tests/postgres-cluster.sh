#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: made in a fresh directory, listening on loopback only, stopped and
# deleted by `stop`. Needs Debian's postgresql package (tests/run.sh installs it).
#   tests/postgres-cluster.sh start DIR [PORT]  → prints the connection string of its superuser
#   tests/postgres-cluster.sh stop DIR
# Without PORT it takes the first free loopback port from 55432 up: not 5432, where Debian's package may have started a
# cluster of its own, nor a port another cluster of this script on the machine already holds.
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the package made, so DIR must be
# somewhere that user can reach (such as /tmp/outline-postgres, not inside a root-only directory like mktemp -d's).
set -euo pipefail

command=${1:?start or stop}
dir=${2:?the directory of the cluster}
port=${3:-}
password=outline-test

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local candidate
  for candidate in $(seq 55432 55531); do
    listening "$candidate" || { echo "$candidate"; return; }
  done
  echo "no free loopback port between 55432 and 55531" >&2
  exit 1
}

case "$command" in
  start)
    dir=$(realpath -m "$dir")
    [ -n "$port" ] || port=$(free_port)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
      runuser -u postgres -- test -w "$dir" \
        || { echo "the postgres user cannot reach $dir: put the cluster under a directory it can enter, such as /tmp" >&2; exit 1; }
    fi
    printf '%s\n' "$password" > "$dir/password"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/password"
    as_owner "$bindir/initdb" --pgdata="$dir/data" --username=postgres --pwfile="$dir/password" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/password"
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
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
