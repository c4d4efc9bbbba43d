#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what .clang-format says; prints the offending files.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
clang_format=${CLANG_FORMAT:-clang-format}
bad=0
while IFS= read -r file; do
    if ! "$clang_format" --dry-run -Werror "$file" >/dev/null 2>&1; then
        echo "not formatted: $file"
        bad=1
    fi
done < <(git ls-files '*.cpp' '*.h')
exit $bad
