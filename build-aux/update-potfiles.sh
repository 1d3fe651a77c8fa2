#!/bin/sh
# Regenerates po/POTFILES.in: every source, UI and data file that holds
# translatable strings, sorted.
set -eu
cd "$(dirname "$0")/.."
{
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)\(|translatable="yes"' \
    src ui --include='*.c' --include='*.ui'
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml
} | LC_ALL=C sort -u > po/POTFILES.in
