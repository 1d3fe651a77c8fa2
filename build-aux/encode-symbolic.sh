#!/bin/sh
# encode-symbolic.sh SVG WIDTHxHEIGHT OUTPUT — a symbolic SVG icon as GTK's
# pre-rendered .symbolic.png at one size, so that showing it loads no SVG
# renderer (librsvg: about 7 MB and a library load at start-up).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
svg=$1 size=$2 out=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
gtk4-encode-symbolic-svg -o "$dir" "$svg" "$size"
mv "$dir"/*.symbolic.png "$out"
