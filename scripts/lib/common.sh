# Shared by scripts/test.sh and scripts/demo.sh: dependency installation and small helpers.
# shellcheck shell=bash

P2PDESK_APT_PACKAGES=(
    build-essential ccache cmake ninja-build pkg-config git curl ca-certificates clang-format
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools linguist-qt6 libqt6sql6-sqlite
    qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-x11
    libpoco-dev libpqxx-dev liboath-dev libssl-dev openssl nlohmann-json3-dev libqrencode-dev libargon2-dev
    postgresql postgresql-client oathtool
    xvfb xauth fonts-dejavu-core
    lintian
    # scripts/fuzz.sh: clang with its libFuzzer and sanitizer runtimes
    clang libclang-rt-14-dev
)

# Bold only on a terminal: a log redirected to a file gets no escape codes.
if [ -t 2 ]; then
    log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
    log() { printf '==> %s\n' "$*" >&2; }
fi
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs only what is missing, so a second run costs one dpkg query and no network.
ensure_packages() {
    local missing=() p
    for p in "${P2PDESK_APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
    as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm is only needed by the tests (OpenAPI lint). Machines that already carry a Node.js build of
# their own keep it: Debian's npm package would conflict with it.
ensure_node() {
    command -v npm >/dev/null 2>&1 && return 0
    log "installing nodejs and npm"
    as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends nodejs npm >/dev/null
}

# Test-only npm tools (OpenAPI lint), pinned by tools/package-lock.json.
ensure_npm_tools() {
    local root=$1
    [ -f "$root/tools/package-lock.json" ] || return 0
    ensure_node
    if [ ! -f "$root/tools/node_modules/.package-lock.json" ] ||
        ! cmp -s <(sed -n '/"packages"/,$p' "$root/tools/package-lock.json" | head -c 4096) \
                 <(sed -n '/"packages"/,$p' "$root/tools/node_modules/.package-lock.json" | head -c 4096) 2>/dev/null; then
        log "installing npm test tools (tools/package-lock.json)"
        npm ci --prefix "$root/tools" --no-audit --no-fund --loglevel=error >/dev/null
    fi
}

jobs_count() {
    local n
    n=$(nproc 2>/dev/null || echo 2)
    echo "$n"
}
