#!/usr/bin/env bash
# Fuzzes the import readers with libFuzzer (clang from Debian's packages): fuzz_csv_reader and
# fuzz_xlsx_reader on whole files, fuzz_xlsx_parts on one XML part of an otherwise valid
# workbook. Builds fuzz/ into build/fuzz with ASan and UBSan, seeds each target's corpus (fuzz/make_seeds.py plus the test
# fixtures), and runs each target for a set time. Crashes, leaks, timeouts and out-of-memory
# inputs land in build/fuzz/findings/<target>/; make each one a regression test
# (tests/data/fuzz/, replayed by TestHostileInput) before fixing it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 300; the normal build never needs clang
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: installing clang (libFuzzer comes with it)"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends clang >/dev/null
fi

build=build/fuzz
cmake -S fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"

seeds="$build/seeds"
rm -rf "$seeds"
/usr/bin/python3 fuzz/make_seeds.py "$seeds"
/usr/bin/python3 tests/data/make_xlsx_fixtures.py "$seeds/xlsx" 2>/dev/null || true
cp tests/data/libreoffice/*.xlsx "$seeds/xlsx/" 2>/dev/null || true
cp tests/data/fuzz/csv/* "$seeds/csv/" 2>/dev/null || true
cp tests/data/fuzz/xlsx/* "$seeds/xlsx/" 2>/dev/null || true

export QT_QPA_PLATFORM=offscreen
status=0
cp tests/data/fuzz/parts/* "$seeds/parts/" 2>/dev/null || true
for target in csv_reader xlsx_reader xlsx_parts; do
    seed_dir="$seeds/${target%_reader}"
    [ "$target" = xlsx_parts ] && seed_dir="$seeds/parts"
    corpus="$build/corpus/$target"
    findings="$build/findings/fuzz_${target}"
    mkdir -p "$corpus" "$findings"
    echo "fuzz: fuzz_${target} for ${seconds}s"
    # -rss_limit_mb: the readers' caps must hold memory well below this whatever the input.
    if ! "$build/fuzz_${target}" "$corpus" "$seed_dir" \
        -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=1536 \
        -artifact_prefix="$findings/" -print_final_stats=1 2>"$build/fuzz_${target}.log"; then
        status=1
    fi
    tail -n 6 "$build/fuzz_${target}.log"
    if ls "$findings"/* >/dev/null 2>&1; then
        echo "fuzz: findings in $findings:"
        ls -l "$findings"
        status=1
    fi
done
exit $status
