#!/bin/bash
# Builds Leerplaats and runs the whole test suite three ways:
#   1. the normal build, warnings as errors, every test under Xvfb;
#   2. a clang build with AddressSanitizer and UndefinedBehaviorSanitizer;
#   3. the libFuzzer harness of the file reader for FUZZ_SECONDS (60).
# Ends with one line "N passed, N failed" over all test runs.
set -uo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
export LC_ALL=C.UTF-8
fuzz_seconds=${FUZZ_SECONDS:-60}
jobs=$(nproc)
status=0

xrun() {
  xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" dbus-run-session -- "$@"
}

count_results() {
  python3 - "$@" <<'PY'
import json, sys
ok = fail = skip = 0
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            for line in f:
                r = json.loads(line).get("result")
                if r in ("OK", "EXPECTEDFAIL"):
                    ok += 1
                elif r == "SKIP":
                    skip += 1
                else:
                    fail += 1
    except FileNotFoundError:
        pass
print(f"{ok} {fail} {skip}")
PY
}

step() { printf '\n=== %s ===\n' "$*"; }

step "normal build (gcc, --werror)"
rm -rf build-ci
if meson setup build-ci --werror -Dbuildtype=debugoptimized && meson compile -C build-ci; then
  xrun meson test -C build-ci --print-errorlogs --num-processes "$jobs" --timeout-multiplier 4 || status=1
else
  echo "build failed"; status=1
fi

step "sanitizer build (clang, address + undefined)"
rm -rf build-asan
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
if CC=clang meson setup build-asan --werror -Dbuildtype=debug -Db_sanitize=address,undefined \
     -Db_lundef=false -Dbenchmarks=false && meson compile -C build-asan; then
  xrun meson test -C build-asan --print-errorlogs --num-processes "$jobs" --timeout-multiplier 8 || status=1
else
  echo "sanitizer build failed"; status=1
fi

step "fuzzing the reader for ${fuzz_seconds}s (libFuzzer)"
rm -rf build-fuzz
fuzz_ok=0
if CC=clang meson setup build-fuzz -Dbuildtype=debugoptimized -Dfuzzing=true -Db_sanitize=address,undefined \
     -Db_lundef=false -Dbenchmarks=false && meson compile -C build-fuzz tests/fuzz/fuzz-reader; then
  if tests/fuzz/run-fuzz.sh build-fuzz "$fuzz_seconds"; then fuzz_ok=1; else status=1; fi
else
  echo "fuzz build failed"; status=1
fi
unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

read -r passed failed skipped < <(count_results build-ci/meson-logs/testlog.json build-asan/meson-logs/testlog.json)
passed=$((passed + fuzz_ok))
failed=$((failed + (1 - fuzz_ok)))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
printf '\nTests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
exit "$status"
