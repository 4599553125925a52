#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the test suite.
#   scripts/postgres.sh start DIR   installs PostgreSQL (Debian package) if missing, starts a new cluster in DIR
#   scripts/postgres.sh stop DIR    stops it and deletes DIR
# Port: $GRIDSTAFF_PG_PORT (default 55432); more server settings in $GRIDSTAFF_PG_OPTIONS (e.g. "-c shared_buffers=1GB").
# Auth: trust, local only; never for real data.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?data folder}
port=${GRIDSTAFF_PG_PORT:-55432}

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

case "$cmd" in
  start)
    bin=$(find_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "Installing PostgreSQL (apt)…"
      if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
      bin=$(find_bin)
    fi
    rm -rf "$dir"
    if [ "$(id -u)" = 0 ]; then
      install -d -o postgres -g postgres "$dir"
      run() { su postgres -s /bin/bash -c "$*"; }
    else
      mkdir -p "$dir"
      run() { bash -c "$*"; }
    fi
    run "$bin/initdb -D $dir/data -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=trust" >/dev/null
    run "$bin/pg_ctl -D $dir/data -l $dir/server.log -w -o '-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${GRIDSTAFF_PG_OPTIONS:-}' start" >/dev/null
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
  stop)
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null || true
      else "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true; fi
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
