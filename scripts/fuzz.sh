#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each of them, one
# after the other, for a bounded time or a number of executions.
#
#   scripts/fuzz.sh [--seconds N | --runs N] [TARGET...]
#
# --seconds N   run each target for N seconds (default 10; CI uses this form)
# --runs N      run each target for N executions instead (the long run reported in the README)
# TARGET        fuzz_json_reader, fuzz_proto_decoders, … (default: every target in fuzz/)
#
# Each target works on its own corpus under build/fuzz/work/<target>/corpus: the committed seeds
# (fuzz/corpus/<target>/) and the golden files of tests/data are copied in, and whatever libFuzzer
# finds stays there for the next run — nothing is ever written into the source tree. Exits non-zero
# if any target crashed, leaked, hit undefined behaviour, a timeout or the memory limit; the input
# that did it is named in the output (build/fuzz/work/<target>/artifacts/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=lib/common.sh
source scripts/lib/common.sh

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

seconds=10
runs=""
targets=()
while [ $# -gt 0 ]; do
    case $1 in
        --seconds) seconds=${2:?--seconds needs a value}; runs=""; shift 2 ;;
        --runs) runs=${2:?--runs needs a value}; shift 2 ;;
        -h|--help) usage 0 ;;
        -*) printf 'unknown option %s\n' "$1" >&2; usage 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    for f in fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi

ensure_packages
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
build=$root/build/fuzz
log "configure + build (fuzz: clang, libFuzzer, ASan + UBSan)"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(jobs_count)"

# Seeds a target gets on top of its committed ones, from files the tests already keep current.
add_seeds() {
    local target=$1 corpus=$2 f
    case $target in
        fuzz_json_reader)
            cp tests/data/proto/*.json "$corpus/" ;;
        fuzz_proto_decoders)
            # Inputs are "<type>\n<body>"; a golden file is named <type>[.<variant>].json.
            for f in tests/data/proto/*.json; do
                local name=${f##*/}
                { printf '%s\n' "${name%%.*}"; cat "$f"; } >"$corpus/golden.${name%.json}"
            done ;;
        fuzz_syncd_config)
            cp installers/syncd.conf.example "$corpus/" ;;
    esac
}

dictionary_for() {
    case $1 in
        fuzz_json_reader|fuzz_proto_decoders) echo fuzz/dict/json.dict ;;
        fuzz_decimal) echo fuzz/dict/decimal.dict ;;
        fuzz_syncd_config) echo fuzz/dict/config.dict ;;
        fuzz_otpauth_uri) echo fuzz/dict/otpauth.dict ;;
        fuzz_mime_sniffer) echo fuzz/dict/mime.dict ;;
    esac
}

# Leaks are findings too; UBSan already aborts on the first report (-fno-sanitize-recover=all).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

if [ -n "$runs" ]; then limit=(-runs="$runs"); else limit=(-max_total_time="$seconds"); fi
status=0
total_runs=0
report=()
for target in "${targets[@]}"; do
    binary=$build/fuzz/$target
    [ -x "$binary" ] || die "no fuzz target $target (expected $binary)"
    work=$build/work/$target
    mkdir -p "$work/corpus" "$work/artifacts"
    if [ -d "fuzz/corpus/$target" ]; then cp -R "fuzz/corpus/$target/." "$work/corpus/"; fi
    add_seeds "$target" "$work/corpus"
    args=("${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/")
    dict=$(dictionary_for "$target")
    [ -n "$dict" ] && args+=(-dict="$dict")

    if [ -n "$runs" ]; then log "$target ($runs runs)"; else log "$target ($seconds s)"; fi
    started=${EPOCHREALTIME/./}
    rc=0
    "$binary" "${args[@]}" "$work/corpus" >"$work/last.log" 2>&1 || rc=$?
    tenths=$(((${EPOCHREALTIME/./} - started) / 100000))
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/last.log" | tail -n1)
    [ -n "$executed" ] || executed=$(grep -oE '^#[0-9]+' "$work/last.log" | tail -n1 | tr -d '#' || true)
    executed=${executed:-0}
    total_runs=$((total_runs + executed))
    crashes=0
    if [ "$rc" -ne 0 ]; then
        crashes=1
        status=1
        # The sanitizer or libFuzzer report, then where the input was saved and how to replay it.
        grep -E 'ERROR|SUMMARY|fuzz property violated|runtime error|Test unit written to' "$work/last.log" >&2 || true
        artifact=$(sed -n 's/.*Test unit written to //p' "$work/last.log" | tail -n1)
        printf 'FAILED %s (exit %d), full log: %s\n' "$target" "$rc" "$work/last.log" >&2
        [ -n "$artifact" ] && printf 'crashing input: %s\nreplay: %s %s\n' "$artifact" "$binary" "$artifact" >&2
    fi
    corpus_size=$(find "$work/corpus" -type f | wc -l)
    line=$(printf '%-22s %12s execs %6d.%d s %3d crashes  corpus %d' \
        "$target" "$executed" $((tenths / 10)) $((tenths % 10)) "$crashes" "$corpus_size")
    printf '%s\n' "$line"
    report+=("$line")
done

printf '\n%s\n' "fuzz summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores):"
printf '  %s\n' "${report[@]}"
printf '  %-22s %12s execs\n' "total" "$total_runs"
exit $status
