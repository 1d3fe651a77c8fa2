#!/bin/sh
# Regenerates po/POTFILES.in: every source, template and data file that holds
# translatable strings, sorted.
set -eu
cd "$(dirname "$0")/.."
grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)\(|translatable="yes"|<_?(summary|description|name|p|li|comment)[ >]' \
  src ui data --include='*.c' --include='*.ui' --include='*.in' --include='*.gschema.xml' --include='*.mime.xml' \
  | grep -v '^data/templates/' | LC_ALL=C sort > po/POTFILES.in
