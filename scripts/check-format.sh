#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what .clang-format says; prints the offending files.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
# One clang-format per batch of files, not per file: starting ~800 processes took minutes on a busy
# two-core machine, and the test timed out while the build of another checkout ran beside it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
clang_format=${CLANG_FORMAT:-clang-format}
if report=$(git ls-files -z '*.cpp' '*.h' | xargs -0 "$clang_format" --dry-run -Werror 2>&1 >/dev/null); then
    exit 0
fi
# clang-format names each file it would change in "FILE:LINE:COL: error: code should be …".
files=$(printf '%s\n' "$report" | grep -oE '^[^: ]+\.(cpp|h):[0-9]+:[0-9]+: error' | cut -d: -f1 | sort -u)
if [ -z "$files" ]; then
    printf '%s\n' "$report" # clang-format itself failed: say why
else
    printf 'not formatted: %s\n' $files
fi
exit 1
