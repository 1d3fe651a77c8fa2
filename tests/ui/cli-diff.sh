#!/bin/bash
# leerplaats --diff OLD NEW as a process: exit status as diff(1) (0 no
# differences, 1 differences, 2 trouble), one change a line on stdout ordered
# by date, in English and in Dutch (LANGUAGE=nl with the build tree's
# catalogue), the loader's message naming file and line for a bad file; and
# --changes-since only with --export-pdf.  No display needed.
set -u
exe=$1
template=$2
. "$(dirname "$0")/cli-util.sh"

old=$work/old.leerplaats
new=$work/new.leerplaats
cp "$template" "$old"
# the second module a week later and done; the trajectory's own title changed
sed -e '0,/<title>/s:<title>\([^<]*\)</title>:<title>\1 (herzien)</title>:' \
    -e 's/\(<module id="m2"[^>]*\) start="2026-11-17" end="2026-11-17" status="confirmed"/\1 start="2026-11-24" end="2026-11-24" status="done"/' \
    "$template" > "$new"
printf 'not a trajectory\n' > "$work/bad.leerplaats"

expect 0 "" --diff "$old" "$old"
out=$("$exe" --diff "$old" "$old" 2>&1)
[ -z "$out" ] || { echo "FAIL: identical files print: $out"; fail=1; }

expect 1 "Trajectory, Title: Tijdmalen → Tijdmalen (herzien)" --diff "$old" "$new"
expect 1 "24 Nov 2026  Moved module “Tijdmaal 2: Tegenspraak”: 17 Nov 2026 → 24 Nov 2026" --diff "$old" "$new"
expect 1 "24 Nov 2026  Module “Tijdmaal 2: Tegenspraak”, Status: Confirmed → Done" --diff "$old" "$new"
lines=$("$exe" --diff "$old" "$new" | wc -l)
[ "$lines" -eq 3 ] || { echo "FAIL: want 3 lines, got $lines"; fail=1; }
first=$("$exe" --diff "$old" "$new" | head -n 1)
[ "$first" = "Trajectory, Title: Tijdmalen → Tijdmalen (herzien)" ] || { echo "FAIL: the dateless change is not first: $first"; fail=1; }
expect 1 "Moved module “Tijdmaal 2: Tegenspraak”: 24 Nov 2026 → 17 Nov 2026" --diff "$new" "$old"

dutch=$(LANGUAGE=nl "$exe" --diff "$old" "$new" 2>&1); got=$?
if [ "$got" -ne 1 ] || ! grep -qF "24 nov 2026  Module “Tijdmaal 2: Tegenspraak” verplaatst: 17 nov 2026 → 24 nov 2026" <<<"$dutch" \
   || ! grep -qF "Status: Bevestigd → Uitgevoerd" <<<"$dutch"; then
  echo "FAIL: Dutch --diff: status $got, output: $dutch"; fail=1
else
  echo "ok: LANGUAGE=nl leerplaats --diff → Dutch"
fi

expect 2 "--diff needs two trajectory files" --diff "$old"
expect 2 "--diff needs two trajectory files" --diff "$old" "$new" "$new"
expect 2 "bad.leerplaats:1:" --diff "$old" "$work/bad.leerplaats"
expect 2 "bad.leerplaats:1:" --diff "$work/bad.leerplaats" "$new"
expect 2 "missing.leerplaats" --diff "$old" "$work/missing.leerplaats"
expect 2 "goes with none of" --diff --validate "$old" "$new"
expect 2 "goes with none of" --diff --export-ics="$work/x.ics" "$old" "$new"
expect 2 "goes with none of" --diff --check "$old" "$new"
expect 2 "do not go with --diff" --diff --holidays "$old" "$new"
expect 2 "do not go with --diff" --diff --milestones "$old" "$new"
[ -e "$work/x.ics" ] && { echo "FAIL: --diff --export-ics wrote $work/x.ics"; fail=1; }
expect 2 "only go with --export-pdf" --diff --paper=a3 "$old" "$new"
expect 2 "--changes-since only goes with --export-pdf" --changes-since="$old" "$new"
expect 1 "bad.leerplaats:1:" --export-pdf="$work/x.pdf" --changes-since="$work/bad.leerplaats" "$new"
[ -e "$work/x.pdf" ] && { echo "FAIL: a PDF was written with a bad baseline"; fail=1; }

expect 0 "" --export-pdf="$work/out.pdf" --changes-since="$old" "$new"
if command -v pdftotext >/dev/null; then
  text=$(pdftotext "$work/out.pdf" - 2>/dev/null)
  grep -qF "Changes since" <<<"$text" && grep -qF "Moved module" <<<"$text" \
    || { echo "FAIL: the PDF has no changes page: $text"; fail=1; }
else
  echo "note: pdftotext missing, the PDF's text is checked by test-pdf-changes"
fi
[ "$fail" -eq 0 ] && echo "PASS"
exit "$fail"
