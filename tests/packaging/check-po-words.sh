#!/bin/sh
# One Dutch word for a lane: "baan" (banen), never "spoor" (sporen).
set -eu
if grep -n -i -E '^msgstr.*(spoor|sporen)' "$1"; then
  echo "a lane is \"baan\" in Dutch, not \"spoor\"" >&2
  exit 1
fi
echo "no \"spoor\" in $1"
