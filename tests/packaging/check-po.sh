#!/bin/sh
# nl.po must compile cleanly and be complete: no untranslated, no fuzzy;
# and no quoted line after a blank or comment line: msgfmt silently joins
# such a stray line to the msgstr before it (a caption once read "De
# overzichtspagina van de pdf-exportDe id van de ene baan…").
set -eu
stats=$(msgfmt --check --statistics -o /dev/null "$1" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "incomplete translation" >&2; exit 1 ;;
esac
stray=$(awk '/^"/ && (prev == "" || prev ~ /^#/) { print FILENAME ":" NR ": " $0 } { prev = $0 }' "$1")
if [ -n "$stray" ]; then
  echo "quoted lines outside any message:" >&2
  echo "$stray" >&2
  exit 1
fi
