#!/bin/bash
# The command line: exit status and message for each wrong use (2), a
# valid and an invalid file with --validate (0, 1), and --export-pdf to a
# real PDF whose text holds the trajectory's title.  No display needed.
set -u
exe=$1
template=$2
. "$(dirname "$0")/cli-util.sh"

printf 'not a trajectory\n' > "$work/bad.leerplaats"
expect 0 "leerplaats " --version
expect 2 "cannot be used together" --validate --export-pdf="$work/x.pdf" "$template"
expect 2 "needs exactly one trajectory file" --export-pdf="$work/x.pdf" "$template" "$template"
expect 2 "only go with --export-pdf" --paper=a3 "$template"
expect 2 "only go with --export-pdf" --booklet "$template"
expect 2 "--tracks needs one or more lane ids" --export-pdf="$work/x.pdf" --tracks= "$template"
expect 2 "--tracks needs one or more lane ids" --export-ics="$work/x.ics" --tracks=" , " "$template"
[ ! -e "$work/x.pdf" ] && [ ! -e "$work/x.ics" ] || { echo "FAIL: an export with --tracks naming no lane wrote a file"; fail=1; }
expect 0 "valid" --validate "$template"
expect 1 "bad.leerplaats:" --validate "$work/bad.leerplaats"
expect 0 "" --export-pdf="$work/out.pdf" --paper=a3 --key "$template"

if [ -s "$work/out.pdf" ]; then
  if command -v pdftotext >/dev/null; then
    title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$template" | head -n 1)
    pdftotext "$work/out.pdf" - | grep -qF "$title" || { echo "FAIL: the PDF does not show the title $title"; fail=1; }
  fi
else
  echo "FAIL: no PDF written"; fail=1
fi
[ "$fail" -eq 0 ] && echo "PASS"
exit "$fail"
