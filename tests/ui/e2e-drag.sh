#!/bin/bash
# End-to-end: start the real application on a copy of a template, drag a
# palette entry onto the timeline with a REAL pointer (xdotool: press, several
# moves, release), save with Ctrl+S and check the saved file.
# Needs an X display (CI runs the suite under xvfb-run); skipped without one.
set -u
exe=$1
template=$2
. "$(dirname "$0")/wait-util.sh"
validate() { "$exe" --validate "$1"; }

[ -n "${DISPLAY:-}" ] || { echo "no display: skipped"; exit 77; }
command -v xdotool >/dev/null || { echo "xdotool missing"; exit 1; }
command -v import >/dev/null || { echo "import (ImageMagick) missing"; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
cp "$template" "$work/e2e.leerplaats"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11

before=$(grep -c '<module ' "$work/e2e.leerplaats")
"$exe" "$work/e2e.leerplaats" > "$work/app.log" 2>&1 &
pid=$!

wid=$(wait_for 60 visible_window "$pid" '^Tijdmalen') || { echo "window did not appear"; cat "$work/app.log"; exit 1; }
# drop an Intervision on the second lane (Ontwikkelgroep: under the marker
# period and the labelled first lane, about 252 px down the window)
drag_from_palette "$pid" "$wid" Intervision 700 252 || { echo "FAIL: the drag did not land"; cat "$work/app.log"; exit 1; }
saved() { [ "$(grep -c '<module ' "$work/e2e.leerplaats")" -gt "$before" ]; }
# Ctrl+S again only if the first did not reach the window
for attempt in 1 2 3; do
  xdotool key --window "$wid" ctrl+s
  wait_for 20 saved && break
done
after=$(grep -c '<module ' "$work/e2e.leerplaats")
echo "modules before $before, after $after"
[ "$after" -eq $((before + 1)) ] || { echo "FAIL: the dropped module was not saved"; cat "$work/app.log"; exit 1; }
line=$(grep '<module .*kind="intervision"' "$work/e2e.leerplaats")
echo "$line"
echo "$line" | grep -q 'track="dev"' || { echo "FAIL: not on the development-group lane"; exit 1; }
echo "$line" | grep -qE 'start="20(26-1[0-2]|27-0[1-5])-' || { echo "FAIL: date outside the expected range"; exit 1; }
validate "$work/e2e.leerplaats" || { echo "FAIL: saved file does not validate"; exit 1; }
[ -f "$work/e2e.leerplaats~" ] || { echo "FAIL: no backup of the previous version"; exit 1; }
echo "PASS"
