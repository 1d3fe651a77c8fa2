#!/bin/bash
# The session ends while the application runs (SIGHUP, SIGTERM as at
# logout): an unmodified window goes, leaving no lock and no draft; after an
# unsaved edit (a real pointer drag) the edit is kept as a draft at once,
# though the draft timer (an hour here) has not fired, the file is
# untouched and the lock is gone.  The process exits with status 0.
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
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11 LEERPLAATS_AUTOSAVE_INTERVAL=3600
drafts="$XDG_DATA_HOME/io.github.leerplaats.Leerplaats/drafts"
lock="$work/.~lock.doc.leerplaats#"
before=$(grep -c '<module ' "$work/doc.leerplaats")
sum=$(sha256sum < "$work/doc.leerplaats")
draft_has_module() { local f; for f in "$drafts"/*.leerplaats; do grep -q 'kind="intervision" track="dev"' "$f" 2>/dev/null && return 0; done; return 1; }
no_draft() { ! ls "$drafts"/*.leerplaats >/dev/null 2>&1; }
gone() { ! kill -0 "$pid" 2>/dev/null; }

# end_with SIGNAL: send it, wait for the process to exit, require status 0
end_with() {
  kill -"$1" "$pid"
  wait_for 30 gone || { echo "FAIL: still running 30 s after SIG$1"; return 1; }
  wait "$pid"; local status=$?
  pid=""
  [ "$status" -eq 0 ] || { echo "FAIL: exit status $status after SIG$1"; return 1; }
}

# 1. unmodified, SIGHUP
"$exe" "$work/doc.leerplaats" > "$work/app1.log" 2>&1 &
pid=$!
wait_for 60 visible_window "$pid" '^Tijdmalen' >/dev/null || { echo "window did not appear"; cat "$work/app1.log"; exit 1; }
[ -e "$lock" ] || { echo "FAIL: no lock while the file is open"; exit 1; }
end_with HUP || { cat "$work/app1.log"; exit 1; }
[ ! -e "$lock" ] || { echo "FAIL: the lock stayed after SIGHUP"; exit 1; }
no_draft || { echo "FAIL: a draft without changes"; exit 1; }

# 2. an unsaved edit, SIGTERM before any draft
"$exe" "$work/doc.leerplaats" > "$work/app2.log" 2>&1 &
pid=$!
wid=$(wait_for 60 visible_window "$pid" '^Tijdmalen') || { echo "window did not appear"; cat "$work/app2.log"; exit 1; }
# drop an Intervision on the second lane (Ontwikkelgroep, 252 px down)
drag_from_palette "$pid" "$wid" Intervision 700 252 || { echo "FAIL: the drag did not land"; cat "$work/app2.log"; exit 1; }
no_draft || { echo "FAIL: the draft timer fired (the test needs it not to)"; exit 1; }
end_with TERM || { cat "$work/app2.log"; exit 1; }
draft_has_module || { echo "FAIL: the edit was not kept as a draft"; ls -lR "$work/data"; cat "$work/app2.log"; exit 1; }
[ ! -e "$lock" ] || { echo "FAIL: the lock stayed after SIGTERM"; exit 1; }
[ "$(sha256sum < "$work/doc.leerplaats")" = "$sum" ] || { echo "FAIL: the file changed without saving"; exit 1; }
[ "$(grep -c '<module ' "$work/doc.leerplaats")" -eq "$before" ] || { echo "FAIL: module count changed"; exit 1; }
echo "PASS"
