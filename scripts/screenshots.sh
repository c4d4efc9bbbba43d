#!/usr/bin/env bash
# Pictures of the workstation for review and for the README, made by the GUI tests from the real
# widgets (tests/gui/Screenshot.h):
#   build/screenshots/<en|ru>/<screen>-<W>x<H>.png — the queue (online, "Mine", offline), the support
#     inbox (all open, "Mine", offline), the order card in its main states and with its support
#     chat, a general ticket's chat window, the proof viewer, the approvals inbox and the admin
#     screens at 1366×768 and 1920×1080,
#     and the login, settings, keyboard-shortcuts and customer profile dialogs at their own size, in
#     English and Russian (tst_screenshots, tst_admin_screens, tst_customers_real_syncd,
#     tst_admin_limits_real_syncd, tst_admin_wallets_settings_real_syncd, tst_admin_flags_audit_real_syncd,
#     tst_admin_banks_real_syncd);
#   docs/screenshots/*.png — the README's pictures, from the tests that drive the real syncd and
#     PostgreSQL (order card, queue, proof viewer with a highlight and with an on-chain hint, support
#     inbox, the order card's support chat, a general ticket's chat window, the admin's wallets, banks
#     and settings).
# SCREENSHOT_SIZES="1366x768,1920x1080" and SCREENSHOT_LANGUAGES="en ru" choose the variants.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

ensure_packages
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(jobs_count)" --target tst_screenshots tst_admin_screens tst_main_window \
    tst_lifecycle_real_syncd tst_annotation_round_trip_real_syncd tst_support_inbox_real_syncd tst_customers_real_syncd \
    tst_admin_limits_real_syncd tst_admin_wallets_settings_real_syncd tst_admin_flags_audit_real_syncd \
    tst_admin_banks_real_syncd tst_chat_real_syncd tst_support_desk_real_syncd syncd

out="$root/build/screenshots"
rm -rf "$out"
sizes=${SCREENSHOT_SIZES:-1366x768,1920x1080}
for language in ${SCREENSHOT_LANGUAGES:-en ru}; do
    log "screens in '$language' at $sizes"
    P2PDESK_SCREENSHOT_DIR="$out" P2PDESK_SCREENSHOT_LANGUAGE="$language" P2PDESK_SCREENSHOT_SIZES="$sizes" \
        ctest --preset dev -R '^tst_screenshots$' --output-on-failure
    P2PDESK_SCREENSHOT_DIR="$out/$language" P2PDESK_SCREENSHOT_LANGUAGE="$language" \
        P2PDESK_SCREENSHOT_SIZES="$sizes" \
        ctest --preset dev \
        -R '^(tst_admin_screens|tst_customers_real_syncd|tst_admin_limits_real_syncd|tst_admin_wallets_settings_real_syncd|tst_admin_flags_audit_real_syncd|tst_admin_banks_real_syncd|tst_admin_rates_real_syncd|tst_admin_reserves_real_syncd)$' \
        --output-on-failure
done

mkdir -p docs/screenshots
P2PDESK_SCREENSHOT_DIR="$root/docs/screenshots" P2PDESK_SCREENSHOT_WINDOW_SIZE=1366x768 \
    ctest --preset dev \
    -R 'tst_main_window|tst_lifecycle_real_syncd|tst_annotation_round_trip_real_syncd|tst_support_inbox_real_syncd|tst_admin_wallets_settings_real_syncd|tst_admin_banks_real_syncd|tst_admin_reserves_real_syncd|tst_chat_real_syncd|tst_support_desk_real_syncd|tst_customers_real_syncd'
find "$out" -name '*.png' | sort
ls -l docs/screenshots
