#!/usr/bin/env bash
# A private PostgreSQL cluster on a unix socket only (no TCP port, so clusters never collide).
#
#   pg-cluster.sh start-temp HOSTFILE   throw-away cluster for tests; writes its socket dir to HOSTFILE
#   pg-cluster.sh stop-temp HOSTFILE    stops it and removes everything it made
#   pg-cluster.sh start DATADIR SOCKDIR persistent cluster (demo); initialised on first use
#   pg-cluster.sh stop DATADIR
#
# initdb refuses to run as root, so as root the server runs as the `postgres` system user, which
# must be able to traverse every directory it uses: that is why sockets live under /tmp.
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
[ -x "$PGBIN/initdb" ] || { echo "pg-cluster: PostgreSQL server binaries not found (install 'postgresql')" >&2; exit 1; }

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

own_dir() {
    mkdir -p "$1"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$1"; fi
    chmod 0700 "$1"
}

init_cluster() { # datadir
    as_pg "$PGBIN/initdb" -D "$1" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
}

start_cluster() { # datadir sockdir logfile extra-options...
    local data=$1 sock=$2 log=$3
    shift 3
    as_pg "$PGBIN/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-k $sock -c listen_addresses='' -c max_connections=300 $*" start >/dev/null
}

case "${1:-}" in
start-temp)
    hostfile=$2
    dir=$(mktemp -d /tmp/p2pdesk-pg.XXXXXX)
    chmod 0755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    own_dir "$dir/data"
    init_cluster "$dir/data"
    # Durability is irrelevant for a throw-away test cluster; never use these settings elsewhere.
    start_cluster "$dir/data" "$dir" "$dir/server.log" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    echo "$dir" >"$hostfile"
    echo "pg-cluster: test cluster on $dir"
    ;;
stop-temp)
    hostfile=$2
    [ -f "$hostfile" ] || exit 0
    dir=$(cat "$hostfile")
    if [ -d "$dir/data" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    case "$dir" in /tmp/p2pdesk-pg.*) rm -rf "$dir" ;; esac
    rm -f "$hostfile"
    ;;
start)
    data=$2 sock=$3
    mkdir -p "$sock"
    chmod 0755 "$sock"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$sock"
    if [ ! -f "$data/PG_VERSION" ]; then
        own_dir "$data"
        init_cluster "$data"
    fi
    if as_pg "$PGBIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        echo "pg-cluster: already running on $sock"
    else
        start_cluster "$data" "$sock" "$data/server.log"
        echo "pg-cluster: running on $sock"
    fi
    ;;
stop)
    data=$2
    as_pg "$PGBIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*)
    sed -n '2,9p' "$0" >&2
    exit 2
    ;;
esac
