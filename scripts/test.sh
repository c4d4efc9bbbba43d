#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, and runs ctest. The PostgreSQL cluster the
# integration tests need is a CTest fixture (pg_start/pg_stop): a private throw-away cluster on a
# unix socket, started once per run and removed afterwards.
#
# CI=true: warnings are errors, and the pure layers are also built and run under ASan + UBSan.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

# Each phase's wall time is printed at the end, so a slow run says where the time went.
phases=()
phase_start=$SECONDS
phase_done() {
    phases+=("$1 $((SECONDS - phase_start)) s")
    phase_start=$SECONDS
}

ensure_packages
ensure_npm_tools "$root"
phase_done "packages"

# ccache keys on paths relative to the checkout, so a fresh clone elsewhere reuses earlier objects.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true

if [ "${CI:-}" = "true" ]; then preset=ci; else preset=dev; fi

# If ctest is interrupted the cleanup fixture never runs: stop the cluster ourselves.
cleanup() {
    local f
    for f in "$root"/build/*/pgtest.host; do
        [ -f "$f" ] && bash scripts/pg-cluster.sh stop-temp "$f"
    done
    return 0
}
trap cleanup EXIT

log "configure + build ($preset)"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(jobs_count)"
phase_done "build ($preset)"

status=0
log "tests ($preset)"
ctest --preset "$preset" -j "$(jobs_count)" "$@" || status=1
phase_done "tests ($preset)"

if [ "${CI:-}" = "true" ]; then
    log "configure + build (asan: domain and proto under AddressSanitizer + UBSan)"
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$(jobs_count)"
    phase_done "build (asan)"
    log "tests (asan)"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --preset asan -j "$(jobs_count)" || status=1
    phase_done "tests (asan)"
    log "fuzz (every libFuzzer target for a bounded time)"
    scripts/fuzz.sh --seconds 10 || status=1
    phase_done "fuzz"
fi

log "time: $(IFS=,; echo "${phases[*]}" | sed 's/,/, /g'); total ${SECONDS} s"

exit $status
