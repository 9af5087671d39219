#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: trust auth, a local port, its socket and data under /tmp.
#   scripts/pg_throwaway.sh start   prints the server's URL (postgresql+psycopg://postgres@127.0.0.1:PORT/postgres)
#   scripts/pg_throwaway.sh stop    stops it and removes its folder
#   scripts/pg_throwaway.sh url     prints the URL of a running cluster
# WS_PG_PORT (55420) and WS_PG_DIR (/tmp/ws-test-pg-$WS_PG_PORT) choose where. Uses initdb/pg_ctl from the
# distribution's postgresql package; as root the cluster belongs to the `postgres` (or `nobody`) user.
set -euo pipefail
PORT=${WS_PG_PORT:-55420}
DIR=${WS_PG_DIR:-/tmp/ws-test-pg-$PORT}
URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"

find_bin() {
  local name=$1 found
  found=$(command -v "$name" 2>/dev/null || true)
  if [ -z "$found" ]; then
    found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n1 || true)
  fi
  [ -n "$found" ] || { echo "pg_throwaway: $name not found (install the postgresql package)" >&2; exit 2; }
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    local owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

start() {
  local initdb pg_ctl
  initdb=$(find_bin initdb)
  pg_ctl=$(find_bin pg_ctl)
  if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "$URL"
    return
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then
    local owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    chown "$owner" "$DIR"
  fi
  as_owner "$initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # fsync off: a throwaway cluster; many small databases are created and dropped per test
  as_owner "$pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
  echo "$URL"
}

stop() {
  local pg_ctl
  pg_ctl=$(find_bin pg_ctl)
  if [ -d "$DIR/data" ]; then
    as_owner "$pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
