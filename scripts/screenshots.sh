#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from the running app: the GUI tests that drive the real
# workstation against a real syncd and PostgreSQL save what the operator sees when
# P2PDESK_SCREENSHOT_DIR is set.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

ensure_packages
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(jobs_count)" --target tst_main_window tst_lifecycle_real_syncd \
    tst_annotation_round_trip_real_syncd
mkdir -p docs/screenshots
P2PDESK_SCREENSHOT_DIR="$root/docs/screenshots" \
    ctest --preset dev -R 'tst_main_window|tst_lifecycle_real_syncd|tst_annotation_round_trip_real_syncd'
ls -l docs/screenshots
