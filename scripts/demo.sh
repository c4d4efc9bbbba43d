#!/usr/bin/env bash
# Runs the product on this machine: a private PostgreSQL cluster under ./var (kept between runs),
# syncd on https://127.0.0.1:8443 and the operators' workstation. syncd can be stopped and started
# again on its own (offline mode); Ctrl-C, 'quit' or closing the workstation stops everything this
# script started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

ensure_packages
# The simulated customers are a small Node.js script (tools/customer-simulator.mjs).
ensure_node

have_display=0
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && have_display=1
targets=(syncd syncd-demo-seed fake-telegram)
# Without a display the workstation is not started, so there is no point in building it.
[ $have_display -eq 1 ] && targets+=(p2pdesk-workstation)
# P2PDESK_DEMO_BUILD_DIR: an already configured build directory to use instead of the dev preset.
build_dir=${P2PDESK_DEMO_BUILD_DIR:-$root/build/dev}
log "building ${targets[*]} in $build_dir"
if [ -z "${P2PDESK_DEMO_BUILD_DIR:-}" ]; then
    cmake --preset dev >/dev/null
    cmake --build --preset dev -j "$(jobs_count)" --target "${targets[@]}"
else
    cmake --build "$build_dir" -j "$(jobs_count)" --target "${targets[@]}"
fi

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
syncd_pid=
stopping=0
stop_all() {
    [ $stopping -eq 1 ] && return
    stopping=1
    log "stopping"
    local p
    for p in "${pids[@]}" $syncd_pid; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}" $syncd_pid; do wait "$p" 2>/dev/null || true; done
    bash scripts/pg-cluster.sh stop "$pgdata"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

log "starting PostgreSQL ($pgdata)"
bash scripts/pg-cluster.sh start "$pgdata" "$sock"
psql_pg() { psql -h "$sock" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname='p2pdesk'" | grep -q 1 ||
    psql_pg -d postgres -c "CREATE DATABASE p2pdesk"

syncd_bin="$build_dir/apps/syncd/syncd"
seed_bin="$build_dir/apps/syncd/demo/syncd-demo-seed"
ws_bin="$build_dir/apps/workstation/p2pdesk-workstation"
# syncd makes its keys (requisites, TOTP secrets) and its certificate under var/syncd on first
# start, on this machine only; they never enter the repository.
mkdir -p "$var/syncd"
chmod 0700 "$var/syncd"

export P2PDESK_DB_HOST="$sock"
export P2PDESK_DB_NAME=p2pdesk
export P2PDESK_DB_USER=postgres
export P2PDESK_DATA_DIR="$var/syncd"
export P2PDESK_LISTEN_PORT=${P2PDESK_LISTEN_PORT:-8443}

# Customers reach the desk only through Telegram. The demo needs no Telegram account: a local
# stand-in of the Bot API (tests/support/FakeBotApi) serves the bot, and simulated customers talk
# to it; you can join them by hand (the command is printed below).
tg_port=${P2PDESK_DEMO_TELEGRAM_PORT:-8081}
tg_token="demo:$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
fake_tg_bin="$build_dir/tests/support/fake-telegram"
export P2PDESK_TELEGRAM_MODE=polling
export P2PDESK_TELEGRAM_API_BASE_URL="http://127.0.0.1:$tg_port"
export P2PDESK_TELEGRAM_BOT_TOKEN="$tg_token"

# The reference rate feed: the USDT rates follow a USDT/RUB file feed (a desk would point
# rates.feed.provider at an exchange's ticker). A small random walk around 95.40 rewrites the file
# every 20 s, so the rates screen shows the feed's source and age and the suggestion moves; stop it
# (kill the loop) and the USDT rates go stale after the rate max age.
feed_file="$var/rates-feed.json"
write_feed() { printf '{"USDT/RUB":"%s"}\n' "$1" >"$feed_file.tmp" && mv "$feed_file.tmp" "$feed_file"; }
write_feed 95.40
export P2PDESK_RATES_FEED_PROVIDER=file
export P2PDESK_RATES_FEED_FILE="$feed_file"
export P2PDESK_RATES_FEED_INTERVAL_S=15

log "migrating the database"
"$syncd_bin" migrate

log "starting the fake Telegram Bot API on http://127.0.0.1:$tg_port"
"$fake_tg_bin" --port "$tg_port" --token "$tg_token" &
pids+=($!)
for _ in $(seq 1 50); do
    curl -sf "http://127.0.0.1:$tg_port/_control/sent?after_seq=0" >/dev/null 2>&1 && break
    sleep 0.1
done

# syncd can be stopped and started again while the rest keeps running, to try the workstation
# offline (it keeps showing the queue from its cache and catches up when syncd is back).
syncd_stopping=0
restart_pending=0
start_syncd() {
    if [ $syncd_stopping -eq 1 ]; then
        # Asked while syncd is still shutting down (it holds the port): start once it is gone.
        restart_pending=1
        return 0
    fi
    if [ -n "$syncd_pid" ] && kill -0 "$syncd_pid" 2>/dev/null; then
        log "syncd is already running (pid $syncd_pid)"
        return 0
    fi
    log "starting syncd on https://127.0.0.1:$P2PDESK_LISTEN_PORT"
    "$syncd_bin" serve &
    syncd_pid=$!
    for _ in $(seq 1 100); do
        curl -ksf "https://127.0.0.1:$P2PDESK_LISTEN_PORT/healthz" >/dev/null 2>&1 && break
        if ! kill -0 "$syncd_pid" 2>/dev/null; then
            log "syncd exited during start-up"
            syncd_pid=
            return 1
        fi
        sleep 0.1
    done
    if ! curl -ksf "https://127.0.0.1:$P2PDESK_LISTEN_PORT/healthz" >/dev/null; then
        log "syncd does not answer /healthz"
        return 1
    fi
    log "syncd is up: $(curl -ks "https://127.0.0.1:$P2PDESK_LISTEN_PORT/readyz")"
}
stop_syncd() {
    if [ -z "$syncd_pid" ] || ! kill -0 "$syncd_pid" 2>/dev/null; then
        log "syncd is not running"
        syncd_pid=
        return 0
    fi
    syncd_stopping=1
    kill "$syncd_pid" 2>/dev/null || true
    while kill -0 "$syncd_pid" 2>/dev/null; do
        wait "$syncd_pid" 2>/dev/null || true
    done
    syncd_pid=
    syncd_seen_running=0
    syncd_stopping=0
    log "syncd stopped; PostgreSQL and the workstation keep running (the workstation is offline now)"
    if [ $restart_pending -eq 1 ]; then
        restart_pending=0
        start_syncd || true
    fi
}
syncd_seen_running=1
start_syncd || die "syncd did not start"

# Demo operators, reference data and a few dozen orders in every state, made through syncd's own
# services; on later runs only the credentials are printed again (TOTP secrets read back with
# syncd's TOTP key, so nothing else keeps them).
log "seeding the demo desk"
"$seed_bin" init
log "server URL: https://127.0.0.1:$P2PDESK_LISTEN_PORT (trust the fingerprint above when the workstation asks)"

# The bot takes orders only while an operator is on duty: the demo operators start on duty.
psql_pg -d p2pdesk -c "UPDATE operators SET on_duty = true WHERE active AND ('operator' = ANY (roles) OR 'senior' = ANY (roles))"

log "starting ${P2PDESK_DEMO_CUSTOMERS:-3} simulated Telegram customers"
node tools/customer-simulator.mjs --api "http://127.0.0.1:$tg_port" --customers "${P2PDESK_DEMO_CUSTOMERS:-3}" \
    >"$var/customers.log" 2>&1 &
pids+=($!)
log "customers log to var/customers.log; chat as a customer yourself with:"
log "  node tools/customer-simulator.mjs --api http://127.0.0.1:$tg_port --chat 1001"

# The feed's walk: at most ±0.2 % a step (well inside the rate_feed_max_jump_percent setting) and never more
# than 3 % from where it started.
(
    price=95.40
    while sleep 20; do
        price=$(awk -v p="$price" -v r="$RANDOM" \
            'BEGIN { p *= 1 + (r / 32767 - 0.5) * 0.004; if (p > 98.26) p = 98.26; if (p < 92.54) p = 92.54;
                     printf "%.2f", p }')
        write_feed "$price"
    done
) &
pids+=($!)

# A new order every 20 s, so the queue stays alive.
"$seed_bin" trickle --every "${P2PDESK_DEMO_TRICKLE_SECONDS:-20}" &
pids+=($!)

ws_pid=
if [ $have_display -eq 1 ]; then
    log "starting the workstation (server field prefilled: https://127.0.0.1:$P2PDESK_LISTEN_PORT)"
    # The workstation remembers sessions in the Secret Service keyring. A desktop whose keyring was
    # never set up asks for a new keyring password on every login; the demo gives the workstation a
    # D-Bus session of its own with a demo keyring under var/keyring, created and unlocked with the
    # password "demo" (demo material only; your own keyring is not touched).
    mkdir -p "$var/keyring"
    chmod 0700 "$var/keyring"
    bus=()
    mapfile -t bus < <(dbus-daemon --session --fork --print-address=1 --print-pid=1 2>/dev/null) || true
    if [ ${#bus[@]} -eq 2 ]; then
        pids+=("${bus[1]}")
        printf demo | DBUS_SESSION_BUS_ADDRESS="${bus[0]}" XDG_DATA_HOME="$var/keyring" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 ||
            log "the demo keyring did not start: the workstation will not remember sessions"
        DBUS_SESSION_BUS_ADDRESS="${bus[0]}" P2PDESK_SERVER="https://127.0.0.1:$P2PDESK_LISTEN_PORT" "$ws_bin" &
    else
        log "no D-Bus for a demo keyring: the workstation will not remember sessions"
        P2PDESK_SERVER="https://127.0.0.1:$P2PDESK_LISTEN_PORT" "$ws_bin" &
    fi
    ws_pid=$!
    pids+=($ws_pid)
else
    log "no display (DISPLAY/WAYLAND_DISPLAY unset): not starting the workstation; syncd keeps running"
fi

trap 'start_syncd || true' USR1
trap stop_syncd USR2
interactive=0
[ -t 0 ] && interactive=1
if [ $interactive -eq 1 ]; then
    log "running. Type 'stop' to stop syncd (try the workstation offline), 'start' to start it again,"
    log "'quit' or Ctrl-C to stop everything."
else
    log "running. From another shell: kill -USR2 $$ stops syncd (try offline mode), kill -USR1 $$ starts"
    log "it again; Ctrl-C or kill $$ stops everything."
fi
# Until the workstation is closed (or, without one, until Ctrl-C). syncd stopping, by hand or not,
# ends nothing: PostgreSQL and the workstation stay, and 'start' brings syncd back.
while :; do
    if [ -n "$ws_pid" ] && ! kill -0 "$ws_pid" 2>/dev/null; then
        log "the workstation was closed"
        break
    fi
    if [ -n "$syncd_pid" ] && ! kill -0 "$syncd_pid" 2>/dev/null; then
        wait "$syncd_pid" 2>/dev/null || true
        syncd_pid=
    fi
    if [ -z "$syncd_pid" ] && [ $syncd_seen_running -eq 1 ]; then
        log "syncd is not running; 'start' (or kill -USR1 $$) starts it again"
        syncd_seen_running=0
    elif [ -n "$syncd_pid" ]; then
        syncd_seen_running=1
    fi
    if [ $interactive -eq 1 ]; then
        cmd=
        if read -r -t 1 cmd; then
            case "$cmd" in
            stop) stop_syncd ;;
            start) start_syncd || true ;;
            quit | exit) break ;;
            "") ;;
            *) log "commands: stop, start, quit" ;;
            esac
        elif [ $? -le 128 ]; then
            break # end of input
        fi
    else
        sleep 1 &
        wait $! 2>/dev/null || true
    fi
done
