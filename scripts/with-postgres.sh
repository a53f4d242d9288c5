#!/usr/bin/env bash
# Runs CMD against a throwaway PostgreSQL server, e.g.
#
#   bash scripts/with-postgres.sh npx vitest run --project db
#
# The server lives in a fresh temporary directory, listens on 127.0.0.1 only (first free port from 54329 up),
# trusts loopback connections and skips fsync: it is for tests, never for data. CMD sees
#   GREENLIGHT_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
# The server is stopped and its directory removed when CMD ends, however it ends; CMD's exit status is returned.
# Uses PostgreSQL 15 (what Debian bookworm ships and the oldest version Greenlight supports) when installed;
# PG_BINDIR overrides the choice.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

log() { echo "with-postgres: $*" >&2; }

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    echo "$PG_BINDIR"
    return
  fi
  if [ -x /usr/lib/postgresql/15/bin/pg_ctl ]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/pg_ctl" ]; then
    pg_config --bindir
    return
  fi
  # Any other installed major, newest first.
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return
    fi
  done
}

BINDIR="$(find_bindir)"
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/initdb" ] || [ ! -x "$BINDIR/pg_ctl" ]; then
  log "no PostgreSQL server binaries found (looked in \$PG_BINDIR, /usr/lib/postgresql/15/bin, pg_config --bindir)."
  log "install them (Debian: apt-get install postgresql-15) or set PG_BINDIR to the directory holding initdb and pg_ctl."
  exit 1
fi

# PostgreSQL refuses to run as root: when we are root, the server runs as the postgres user.
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "running as root, but there is no 'postgres' user to run the server as."
    exit 1
  fi
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi

WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/greenlight-pg.XXXXXX")"
DATA="$WORKDIR/data"
PGLOG="$WORKDIR/server.log"
STARTED=""

cleanup() {
  local status=$?
  if [ -n "$STARTED" ]; then
    # immediate: the data is thrown away anyway, so skip the shutdown checkpoint.
    as_server "$BINDIR/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORKDIR"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$WORKDIR"
fi

as_server "$BINDIR/initdb" -D "$DATA" -U postgres --auth=trust --no-sync --no-instructions \
  --encoding=UTF8 --locale=C >"$WORKDIR/initdb.log" 2>&1 || {
  log "initdb failed:"
  cat "$WORKDIR/initdb.log" >&2
  exit 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Another server may grab a port between the check and the start, so a failed start moves on to the next port.
PORT=54329
LAST_PORT=$((PORT + 50))
while [ "$PORT" -le "$LAST_PORT" ]; do
  if ! port_in_use "$PORT"; then
    if as_server "$BINDIR/pg_ctl" -D "$DATA" -l "$PGLOG" -w -t 60 -s \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORKDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start; then
      STARTED=1
      break
    fi
    if ! grep -q "could not bind\|could not create listen socket\|already in use" "$PGLOG" 2>/dev/null; then
      log "the server did not start:"
      cat "$PGLOG" >&2
      exit 1
    fi
  fi
  PORT=$((PORT + 1))
done
if [ -z "$STARTED" ]; then
  log "no free port between 54329 and $LAST_PORT."
  exit 1
fi

export GREENLIGHT_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
log "$("$BINDIR/postgres" --version) on 127.0.0.1:$PORT (data in $WORKDIR)"

set +e
"$@"
STATUS=$?
set -e
exit "$STATUS"
