#!/bin/sh
# Runs leak-on-purpose WHAT under LeakSanitizer with the project's
# suppressions (SUPP) and checks that the leak made by our own function is
# reported, not suppressed: with the fast unwinder the CI uses (short
# allocation stacks) and with full stacks, where the report must name our
# function.  Two controls show the check sees both ways: nothing leaked
# passes, and a suppression naming our function hides the leak.
#   check-leak-reported.sh PROGRAM WHAT SUPP
set -u
prog=$1
what=$2
supp=$3
func=leak_a_$what
out=$(mktemp)
own=$(mktemp)
trap 'rm -f "$out" "$own"' EXIT

# G_SLICE=always-malloc: GLib 2.74 otherwise carves GObjects out of its own
# slabs, which stay reachable, and no leaked GObject would ever show.
# run SUPP WHAT FAST_UNWIND
run() {
  G_SLICE=always-malloc ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=$3" \
    LSAN_OPTIONS="suppressions=$1:print_suppressions=0:exitcode=23" \
    "$prog" "$2" > "$out" 2>&1
}

run "$supp" nothing 1
rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: nothing leaked, yet exit $rc:"; cat "$out"; exit 1; }

for fast in 1 0; do
  run "$supp" "$what" $fast
  rc=$?
  if [ "$rc" -ne 23 ] || ! grep -q "ERROR: LeakSanitizer: detected memory leaks" "$out" ||
     { [ $fast -eq 0 ] && ! grep -q "in $func" "$out"; }; then
    echo "FAIL: the $what leaked by $func was not reported with $supp (fast unwind $fast, exit $rc):"
    cat "$out"
    exit 1
  fi
  echo "reported (fast unwind $fast), as it must be:"
  grep -m 1 -A 8 "Direct leak" "$out"
done

cat "$supp" > "$own"
echo "leak:$func" >> "$own"
run "$own" "$what" 0
rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: suppressed by name, yet exit $rc:"; cat "$out"; exit 1; }
echo "PASS"
