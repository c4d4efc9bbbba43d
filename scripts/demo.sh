#!/usr/bin/env bash
# Runs the product on this machine: a private PostgreSQL cluster under ./var (kept between runs),
# syncd on https://127.0.0.1:8443 and the operators' workstation. Ctrl-C stops everything this
# script started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

ensure_packages

log "building syncd and the workstation"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(jobs_count)" --target syncd p2pdesk-workstation

var="$root/var"
mkdir -p "$var"
# The cluster's socket lives under /tmp: the path must stay short (unix sockets) and, when we run
# as root, be reachable by the postgres user that runs the server.
sock="/tmp/p2pdesk-demo-$(printf '%s' "$root" | sha256sum | cut -c1-12)"
pgdata="$var/pg"
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$var" 2>/dev/null; then
    # The checkout sits where the postgres user cannot look (e.g. under /root): keep the cluster
    # in a system directory and leave a link to it under ./var.
    real="/var/lib/p2pdesk-demo/$(basename "$sock")"
    mkdir -p "$(dirname "$real")"
    chmod 0755 "$(dirname "$real")"
    [ -L "$pgdata" ] || ln -s "$real" "$pgdata"
    pgdata=$real
fi

pids=()
stopping=0
stop_all() {
    [ $stopping -eq 1 ] && return
    stopping=1
    log "stopping"
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    bash scripts/pg-cluster.sh stop "$pgdata"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

log "starting PostgreSQL ($pgdata)"
bash scripts/pg-cluster.sh start "$pgdata" "$sock"
psql_pg() { psql -h "$sock" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname='p2pdesk'" | grep -q 1 ||
    psql_pg -d postgres -c "CREATE DATABASE p2pdesk"

syncd_bin="$root/build/dev/apps/syncd/syncd"
ws_bin="$root/build/dev/apps/workstation/p2pdesk-workstation"
secrets="$var/secrets"
mkdir -p "$secrets" "$var/syncd"
chmod 0700 "$secrets" "$var/syncd"
# Demo secrets are made on this machine on first run; they never enter the repository.
for k in requisites_key hash_key session_pepper; do
    [ -s "$secrets/$k" ] || (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$secrets/$k")
done

export P2PDESK_DB_HOST="$sock"
export P2PDESK_DB_NAME=p2pdesk
export P2PDESK_DB_USER=postgres
export P2PDESK_DATA_DIR="$var/syncd"
export P2PDESK_LISTEN_PORT=${P2PDESK_LISTEN_PORT:-8443}
export P2PDESK_REQUISITES_KEY_FILE="$secrets/requisites_key"
export P2PDESK_HASH_KEY_FILE="$secrets/hash_key"
export P2PDESK_SESSION_PEPPER_FILE="$secrets/session_pepper"

log "migrating the database"
"$syncd_bin" migrate

log "starting syncd on https://127.0.0.1:$P2PDESK_LISTEN_PORT"
"$syncd_bin" serve &
pids+=($!)
for _ in $(seq 1 100); do
    curl -ksf "https://127.0.0.1:$P2PDESK_LISTEN_PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "${pids[0]}" 2>/dev/null || die "syncd exited during start-up"
    sleep 0.1
done
curl -ksf "https://127.0.0.1:$P2PDESK_LISTEN_PORT/healthz" >/dev/null || die "syncd does not answer /healthz"
log "syncd is up: $(curl -ks "https://127.0.0.1:$P2PDESK_LISTEN_PORT/readyz")"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    log "starting the workstation"
    "$ws_bin" &
    pids+=($!)
else
    log "no display (DISPLAY/WAYLAND_DISPLAY unset): not starting the workstation; syncd keeps running"
fi

log "running — press Ctrl-C to stop"
# Wait for any child: if syncd dies we stop the rest instead of leaving them behind.
wait -n "${pids[@]}" || true
