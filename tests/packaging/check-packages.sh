#!/usr/bin/env bash
# Builds the Debian packages from a build directory and checks them as a distribution would:
# lintian (no errors, no warnings), the dependencies shlibdeps cannot see (Qt plugins), the files
# and their modes, the maintainer scripts, the conffile, and the unit's systemd security score.
#   check-packages.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    status=1
}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
syncd_deb=$(ls "$out"/p2pdesk-syncd_*.deb)
ws_deb=$(ls "$out"/p2pdesk-workstation_*.deb)
echo "built $(basename "$syncd_deb") and $(basename "$ws_deb")"

# lintian: informational tags are fine; errors and warnings are not.
if command -v lintian >/dev/null; then
    lintian --allow-root "$syncd_deb" "$ws_deb" >"$out/lintian.log" 2>&1 || true
    if grep -E '^(E|W): ' "$out/lintian.log"; then
        fail "lintian reports errors or warnings"
    else
        echo "lintian: no errors, no warnings"
    fi
else
    fail "lintian is not installed"
fi

# Plugins are loaded at run time, so shlibdeps does not see them: the cache needs Qt's SQLite
# driver and the window a platform plugin.
ws_depends=$(dpkg-deb -f "$ws_deb" Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6keychain1; do
    grep -q "$dep" <<<"$ws_depends" || fail "p2pdesk-workstation does not depend on $dep ($ws_depends)"
done
syncd_depends=$(dpkg-deb -f "$syncd_deb" Depends)
for dep in adduser libpqxx-6.4 liboath0; do
    grep -q "$dep" <<<"$syncd_depends" || fail "p2pdesk-syncd does not depend on $dep ($syncd_depends)"
done

# Files, modes and owners as dpkg will unpack them.
check_file() { # deb path mode
    local line
    line=$(dpkg-deb -c "$1" | awk -v p="./$2" '$6 == p { print $1, $2 }')
    [ -n "$line" ] || { fail "$(basename "$1") lacks /$2"; return; }
    [ "$line" = "$3 root/root" ] || fail "/$2 in $(basename "$1") is '$line', expected '$3 root/root'"
}
check_file "$syncd_deb" usr/bin/syncd -rwxr-xr-x
check_file "$syncd_deb" usr/lib/systemd/system/p2pdesk-syncd.service -rw-r--r--
check_file "$syncd_deb" usr/lib/systemd/system/p2pdesk-backup.service -rw-r--r--
check_file "$syncd_deb" usr/lib/systemd/system/p2pdesk-backup.timer -rw-r--r--
check_file "$syncd_deb" etc/p2pdesk/syncd.conf -rw-r--r--
check_file "$syncd_deb" usr/share/man/man8/syncd.8.gz -rw-r--r--
check_file "$syncd_deb" usr/share/doc/p2pdesk-syncd/copyright -rw-r--r--
check_file "$syncd_deb" usr/share/doc/p2pdesk-syncd/changelog.gz -rw-r--r--
check_file "$ws_deb" usr/bin/p2pdesk-workstation -rwxr-xr-x
check_file "$ws_deb" usr/share/applications/p2pdesk-workstation.desktop -rw-r--r--
check_file "$ws_deb" usr/share/man/man1/p2pdesk-workstation.1.gz -rw-r--r--
check_file "$ws_deb" usr/share/doc/p2pdesk-workstation/copyright -rw-r--r--
# No secret, key or certificate travels in a package.
if dpkg-deb -c "$syncd_deb" | grep -E 'secrets/|\.pem$|\.key$'; then
    fail "p2pdesk-syncd ships a secret"
fi
# Stripped: the debug information stays in the build tree.
dpkg-deb -x "$syncd_deb" "$out/root"
dpkg-deb -x "$ws_deb" "$out/root"
for bin in usr/bin/syncd usr/bin/p2pdesk-workstation; do
    readelf -S "$out/root/$bin" | grep -qE '\.(symtab|debug_info)' && fail "/$bin is not stripped"
    readelf -d "$out/root/$bin" | grep -q 'BIND_NOW' || fail "/$bin is not linked with -z now"
done

# Maintainer scripts: present, executable, valid sh; the service is stopped before removal and
# purge never deletes the data or the secrets.
dpkg-deb -e "$syncd_deb" "$out/control"
for script in postinst prerm postrm; do
    [ -x "$out/control/$script" ] || { fail "p2pdesk-syncd has no executable $script"; continue; }
    sh -n "$out/control/$script" || fail "$script is not valid sh"
done
grep -qx '/etc/p2pdesk/syncd.conf' "$out/control/conffiles" || fail "syncd.conf is not a conffile"
grep -q 'deb-systemd-invoke stop p2pdesk-syncd.service' "$out/control/prerm" || fail "prerm does not stop the service"
grep -q 'deb-systemd-invoke stop p2pdesk-backup.timer' "$out/control/prerm" || fail "prerm does not stop the backup timer"
grep -q 'adduser --system' "$out/control/postinst" || fail "postinst does not create the system user"
grep -q 'install -d -m 0700 -o root -g root /etc/p2pdesk/secrets' "$out/control/postinst" ||
    fail "postinst does not create /etc/p2pdesk/secrets 0700"
if grep -E 'rm -r|/var/lib/p2pdesk' "$out/control/postrm" | grep -v '^#'; then
    fail "postrm deletes data"
fi

# The units' exposure scores, offline (no running systemd needed): "OK" is 1.0-4.9.
if command -v systemd-analyze >/dev/null; then
    for unit in p2pdesk-syncd.service p2pdesk-backup.service; do
        score=$(systemd-analyze security --offline=true "$out/root/usr/lib/systemd/system/$unit" 2>&1 |
            sed -n "s/.*Overall exposure level for $unit: \([0-9.]*\) \([A-Z]*\).*/\1 \2/p")
        case "$score" in
        *" OK" | *" SAFE") echo "systemd-analyze security $unit: $score" ;;
        *) fail "systemd-analyze security scores $unit '$score'" ;;
        esac
    done
fi
# The backup timer: daily, catching up after downtime, running the backup service.
timer="$out/root/usr/lib/systemd/system/p2pdesk-backup.timer"
grep -qx 'OnCalendar=daily' "$timer" || fail "the backup timer is not daily"
grep -qx 'Persistent=true' "$timer" || fail "the backup timer is not persistent"
grep -q '^ExecStart=/usr/bin/syncd backup --to /var/lib/p2pdesk/backups --keep [0-9]' \
    "$out/root/usr/lib/systemd/system/p2pdesk-backup.service" || fail "the backup service does not run syncd backup --keep"

[ "$status" -eq 0 ] && echo "packages: OK"
exit "$status"
