#!/bin/bash
# Crash recovery: make an unsaved edit with a real pointer drag, wait for the
# draft, kill -9 the application, start it again, accept the offer to
# recover, save with Ctrl+S and check the original file has the edit.
set -u
exe=$1
template=$2

[ -n "${DISPLAY:-}" ] || { echo "no display: skipped"; exit 77; }

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$template" "$work/doc.leerplaats"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export GSETTINGS_BACKEND=memory GDK_BACKEND=x11 LEERPLAATS_AUTOSAVE_INTERVAL=1
drafts="$XDG_DATA_HOME/io.github.leerplaats.Leerplaats/drafts"
before=$(grep -c '<module ' "$work/doc.leerplaats")

wait_window() {
  local w=""
  for _ in $(seq 1 100); do
    w=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1)
    [ -n "$w" ] && { echo "$w"; return 0; }
    sleep 0.2
  done
  return 1
}

"$exe" "$work/doc.leerplaats" > "$work/app1.log" 2>&1 &
pid=$!
wid=$(wait_window 'Tijdmalen') || { echo "window did not appear"; cat "$work/app1.log"; exit 1; }
sleep 1
eval "$(xdotool getwindowgeometry --shell "$wid")"
xdotool mousemove $((X + 135)) $((Y + 77)) click 1
sleep 0.3
xdotool type --delay 30 "Intervision"
sleep 1
xdotool mousemove $((X + 100)) $((Y + 140)) mousedown 1
sleep 0.3
for dx in 20 100 200 300 400 500 600; do xdotool mousemove $((X + 100 + dx)) $((Y + 245)); sleep 0.1; done
xdotool mousemove $((X + 700)) $((Y + 252))
sleep 0.4
xdotool mouseup 1

# the draft appears within a few seconds
for _ in $(seq 1 75); do
  ls "$drafts"/*.leerplaats >/dev/null 2>&1 && break
  sleep 0.2
done
ls "$drafts"/*.leerplaats >/dev/null 2>&1 || { echo "FAIL: no draft written"; exit 1; }
sleep 0.5
kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=""
[ "$(grep -c '<module ' "$work/doc.leerplaats")" -eq "$before" ] || { echo "FAIL: file changed without saving"; exit 1; }

# start again: the offer to recover comes up; Enter accepts it
"$exe" > "$work/app2.log" 2>&1 &
pid=$!
wait_window 'Recover' >/dev/null || { echo "FAIL: no offer to recover"; cat "$work/app2.log"; exit 1; }
sleep 0.5
xdotool key Return
rwid=$(wait_window '• Tijdmalen') || { echo "FAIL: the recovered trajectory did not open"; exit 1; }
sleep 0.5
xdotool windowfocus --sync "$rwid" 2>/dev/null
xdotool key ctrl+s
for _ in $(seq 1 50); do
  [ "$(grep -c '<module ' "$work/doc.leerplaats")" -gt "$before" ] && break
  sleep 0.2
done
after=$(grep -c '<module ' "$work/doc.leerplaats")
echo "modules before $before, after recovery and save $after"
[ "$after" -eq $((before + 1)) ] || { echo "FAIL: the recovered edit was not saved"; cat "$work/app2.log"; exit 1; }
grep -q 'kind="intervision" track="dev"' "$work/doc.leerplaats" || { echo "FAIL: wrong module saved"; exit 1; }
sleep 0.5
ls "$drafts"/*.leerplaats >/dev/null 2>&1 && { echo "FAIL: the draft was not removed after saving"; exit 1; }
echo "PASS"
