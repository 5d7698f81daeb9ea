#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own data directory in a temporary folder, listening only on a Unix
# socket in that folder, run as the `postgres` user (initdb refuses root), cheap settings (fsync off, small buffers).
# Installs Debian's `postgresql` and `postgresql-client` when the server binaries are missing.
#   tests/tools/pg-server.sh start DIR   initdb + start in DIR (created), prints the test URI
#   tests/tools/pg-server.sh uri DIR     the URI of the server in DIR: postgresql://postgres@/postgres?host=DIR/socket
#   tests/tools/pg-server.sh stop DIR    stops the server and removes DIR
set -euo pipefail

cmd=${1:?usage: pg-server.sh start|uri|stop DIR}
dir=${2:?usage: pg-server.sh start|uri|stop DIR}
port=5432

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  echo "$found"
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    bin=$(bindir)
    if [[ -z "$bin" || ! -x "$bin/initdb" ]] || ! command -v psql >/dev/null 2>&1 || ! command -v pg_dump >/dev/null 2>&1; then
      echo "pg-server.sh: installing postgresql and postgresql-client ..." >&2
      SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql postgresql-client >/dev/null
      bin=$(bindir)
    fi
    mkdir -p "$dir/socket"
    if [[ $(id -u) -eq 0 ]]; then
      chown -R postgres "$dir"
    fi
    chmod 700 "$dir"
    # The tests' builds compare bytes with SQLite's: C collation orders text as SQLite does (by code point).
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --locale=C --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -p $port -c fsync=off -c synchronous_commit=off \
          -c full_page_writes=off -c shared_buffers=32MB -c max_connections=60" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@/postgres?host=$dir/socket"
    ;;
  uri)
    echo "postgresql://postgres@/postgres?host=$dir/socket"
    ;;
  stop)
    bin=$(bindir)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "pg-server.sh: unknown command $cmd (start|uri|stop)" >&2
    exit 2
    ;;
esac
