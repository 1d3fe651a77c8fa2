#!/bin/sh
# nl.po must compile cleanly and be complete: no untranslated, no fuzzy.
set -eu
stats=$(msgfmt --check --statistics -o /dev/null "$1" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "incomplete translation" >&2; exit 1 ;;
esac
