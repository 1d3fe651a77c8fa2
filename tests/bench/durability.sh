#!/bin/sh
# durability.sh — kill -9 at 100 random moments during saves (issue 11)
#
# Not a CI test (the meson test test-durability runs 15 kills).  Prints each
# kill's outcome and the summary.
#   tests/bench/durability.sh [BUILD_DIR] [KILLS]
set -eu
build=${1:-build}
kills=${2:-100}
LP_DURABILITY_KILLS=$kills LP_SAVE_LOOP="$build/tests/io/save-loop" \
  G_TEST_SRCDIR="$(dirname "$0")/../io" G_DEBUG=fatal-warnings \
  "$build/tests/io/test-durability" --verbose 2>&1 | grep -E '^(ok|not ok|# kill|# [0-9]+ kills)'
