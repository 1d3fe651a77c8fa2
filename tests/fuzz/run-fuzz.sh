#!/bin/sh
# Runs the reader's libFuzzer harness for SECONDS (default 60) over a copy of
# the seed corpus and prints how many inputs it executed.
#   tests/fuzz/run-fuzz.sh BUILDDIR [SECONDS]
set -eu
builddir=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
fuzzer="$builddir/tests/fuzz/fuzz-reader"
[ -x "$fuzzer" ] || { echo "no fuzzer at $fuzzer (configure with CC=clang -Dfuzzing=true)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus" "$work/artifacts"
cp "$here"/corpus/* "$work/corpus/"

status=0
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  "$work/corpus" > "$work/log" 2>&1 || status=$?

runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || true)
cov=$(grep -o 'cov: [0-9]*' "$work/log" | tail -n 1 || true)
echo "fuzz-reader: ${runs:-?} executions in ${seconds}s, ${cov:-no coverage line}, corpus now $(ls "$work/corpus" | wc -l) inputs"
if [ "$status" -ne 0 ]; then
  tail -n 40 "$work/log"
  for f in "$work"/artifacts/*; do [ -e "$f" ] && { echo "crashing input: $f"; base64 "$f" | head -n 20; }; done
  exit "$status"
fi
