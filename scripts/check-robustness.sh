#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The robustness checks CI runs after the test suite:
#  1. every test again in a build with AddressSanitizer and UndefinedBehaviorSanitizer;
#  2. the libFuzzer targets for the scenario loader, the --set parser and the request-log import,
#     FUZZ_SECONDS each (default 60), seeded with the example scenarios and the test fixtures.
#     Any crash, leak or sanitizer report fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
scripts/install-dependencies.sh --robustness

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_SANITIZE=ON
cmake --build build-asan
ctest --test-dir build-asan --output-on-failure -E '^package$'

echo "== fuzzing, ${seconds} s per target"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_FUZZERS=ON
cmake --build build-fuzz --target fuzz_scenario fuzz_set fuzz_traffic
for target in fuzz_scenario fuzz_set fuzz_traffic; do
    corpus=$(mktemp -d)
    seeds=resources/examples
    [ "$target" = fuzz_set ] && seeds=tests/fuzz/set-seeds
    [ "$target" = fuzz_traffic ] && seeds=tests/data
    log=build-fuzz/$target.log
    status=0
    "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 \
        -timeout=10 "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==ERROR|SUMMARY)' "$log" || true
    [ "$status" -eq 0 ] || { echo "$target found a problem (exit $status):"; tail -n 60 "$log"; exit 1; }
    rm -rf "$corpus"
done
echo "robustness checks passed"
