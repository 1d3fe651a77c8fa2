#!/bin/bash
# Crash recovery: make an unsaved edit with a real pointer drag, wait for the
# draft, kill -9 the application, start it again, accept the offer to
# recover, save with Ctrl+S and check the original file has the edit.
set -u
exe=$1
template=$2
. "$(dirname "$0")/wait-util.sh"

[ -n "${DISPLAY:-}" ] || { echo "no display: skipped"; exit 77; }
command -v xdotool >/dev/null || { echo "xdotool missing"; exit 1; }
command -v import >/dev/null || { echo "import (ImageMagick) missing"; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && { kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; rm -rf "$work"; }
trap cleanup EXIT
cp "$template" "$work/doc.leerplaats"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11 LEERPLAATS_AUTOSAVE_INTERVAL=1
drafts="$XDG_DATA_HOME/io.github.leerplaats.Leerplaats/drafts"
before=$(grep -c '<module ' "$work/doc.leerplaats")
modules() { grep -c '<module ' "$1" 2>/dev/null; }
draft_has_module() { local f; for f in "$drafts"/*.leerplaats; do grep -q 'kind="intervision"' "$f" 2>/dev/null && return 0; done; return 1; }
no_draft() { ! ls "$drafts"/*.leerplaats >/dev/null 2>&1; }
saved() { [ "$(modules "$work/doc.leerplaats")" -gt "$before" ]; }

"$exe" "$work/doc.leerplaats" > "$work/app1.log" 2>&1 &
pid=$!
wid=$(wait_for 60 visible_window "$pid" '^Tijdmalen') || { echo "window did not appear"; cat "$work/app1.log"; exit 1; }
# drop an Intervision on the second lane (Ontwikkelgroep, 252 px down)
drag_from_palette "$pid" "$wid" Intervision 700 252 || { echo "FAIL: the drag did not land"; cat "$work/app1.log"; exit 1; }

# the draft, with the new module in it, appears about a second later
wait_for 30 draft_has_module || { echo "FAIL: no draft written"; ls -lR "$work/data"; cat "$work/app1.log"; exit 1; }
kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=""
[ "$(modules "$work/doc.leerplaats")" -eq "$before" ] || { echo "FAIL: file changed without saving"; exit 1; }

# start again: the offer to recover comes up; Enter accepts it
"$exe" > "$work/app2.log" 2>&1 &
pid=$!
owid=$(wait_for 60 visible_window "$pid" 'Recover') || { echo "FAIL: no offer to recover"; cat "$work/app2.log"; exit 1; }
# Enter answers the offer; pressed again only while the offer is still up
rwid=""
for attempt in 1 2 3; do
  xdotool windowfocus --sync "$owid" 2>/dev/null
  xdotool key Return
  rwid=$(wait_for 30 visible_window "$pid" '^• Tijdmalen') && break
  xdotool getwindowname "$owid" >/dev/null 2>&1 || break
done
[ -n "$rwid" ] || { echo "FAIL: the recovered trajectory did not open"; cat "$work/app2.log"; exit 1; }
xdotool windowfocus --sync "$rwid" 2>/dev/null
# Ctrl+S again only if the first did not reach the window
for attempt in 1 2 3; do
  xdotool key --window "$rwid" ctrl+s
  wait_for 20 saved && break
done
after=$(modules "$work/doc.leerplaats")
echo "modules before $before, after recovery and save $after"
[ "$after" -eq $((before + 1)) ] || { echo "FAIL: the recovered edit was not saved"; cat "$work/app2.log"; exit 1; }
grep -q 'kind="intervision" track="dev"' "$work/doc.leerplaats" || { echo "FAIL: wrong module saved"; exit 1; }
wait_for 30 no_draft || { echo "FAIL: the draft was not removed after saving"; exit 1; }
echo "PASS"
