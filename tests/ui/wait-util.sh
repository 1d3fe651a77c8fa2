# wait-util.sh — shared by the end-to-end scripts (source it).
# Every wait is for a condition, with a deadline; nothing sleeps a fixed time
# hoping that the application has caught up.

# wait_for TIMEOUT CMD [ARG…]: run CMD until it succeeds; fail after TIMEOUT
# seconds.  CMD's output is passed through from its last run.
wait_for() {
  local timeout=$1 deadline
  shift
  deadline=$((SECONDS + timeout))
  until "$@"; do
    [ "$SECONDS" -ge "$deadline" ] && { echo "gave up after ${timeout}s waiting for: $*" >&2; return 1; }
    sleep 0.1
  done
}

# visible_window PID NAME: prints the id of a visible window of process PID
# whose title matches NAME (a regular expression); fails when there is none.
# Matching the process matters: a window of a test that has just ended may
# still be on the display, with the same title.
visible_window() {
  local w
  w=$(xdotool search --all --onlyvisible --pid "$1" --name "$2" 2>/dev/null | head -n 1)
  [ -n "$w" ] && echo "$w"
}

# window_named WID NAME: the window's title matches NAME (a regular expression).
window_named() {
  xdotool getwindowname "$1" 2>/dev/null | grep -qE "$2"
}

# palette_dots WID: the y (in the window) of every kind's colour dot in the
# module library, one per line: the dots sit in a column 35 px from the
# window's left edge, below the search entry.
palette_dots() {
  import -window "$1" -crop 1x640+35+100 -depth 8 txt:- 2>/dev/null |
    sed -n 's/^0,\([0-9]*\): (\([0-9]*\),\([0-9]*\),\([0-9]*\).*/\1 \2 \3 \4/p' |
    awk '{ mx = $2; mn = $2
           if ($3 > mx) mx = $3; if ($4 > mx) mx = $4
           if ($3 < mn) mn = $3; if ($4 < mn) mn = $4
           colour = (mx - mn > 80)
           if (colour && !inside) { top = $1 }
           if (!colour && inside) { print 100 + int ((top + $1) / 2) }
           inside = colour }'
}

# one_palette_entry WID: the library shows exactly one kind; prints its y.
one_palette_entry() {
  local dots
  dots=$(palette_dots "$1")
  [ -n "$dots" ] && [ "$(echo "$dots" | wc -l)" -eq 1 ] && echo "$dots"
}

# more_windows PID N: the application shows more than N windows (a drag
# shows its icon in a window of its own).
more_windows() {
  [ "$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | wc -l)" -gt "$2" ]
}

# drop_preview_at WID X Y: the timeline shows its drop preview (dashes in
# the accent colour, blue by default) at X,Y (window coordinates): at least
# five such pixels in the column of 21 pixels around Y.
drop_preview_at() {
  [ "$(import -window "$1" -crop 1x21+"$2"+$(($3 - 10)) -depth 8 txt:- 2>/dev/null |
       sed -n 's/^0,[0-9]*: (\([0-9]*\),[0-9]*,\([0-9]*\).*/\1 \2/p' |
       awk '$2 > $1 + 80 { n++ } END { print n + 0 }')" -ge 5 ]
}

# drag_from_palette PID WID KIND X Y: search the library for KIND and drag
# its entry with the real pointer to X,Y (window coordinates), until the
# title says the document changed.  Each step waits for what it needs: the
# library to show the one entry, the drag icon to appear, the timeline to
# show its drop preview at X,Y; a drag that does not land is made again,
# within the deadline.  X,Y must be an empty place of a lane.
drag_from_palette() {
  local pid=$1 wid=$2 kind=$3 tx=$4 ty=$5 X Y WIDTH HEIGHT SCREEN WINDOW y='' n attempt dx
  eval "$(xdotool getwindowgeometry --shell "$wid")"
  # the window takes input once it has drawn its library
  wait_for 60 palette_dots "$wid" >/dev/null || { echo "the library was not drawn"; return 1; }
  for attempt in 1 2 3; do
    xdotool mousemove --sync $((X + 135)) $((Y + 77)) click 1
    xdotool key ctrl+a
    xdotool type --delay 30 "$kind"
    y=$(wait_for 20 one_palette_entry "$wid") && break
    echo "attempt $attempt: the library did not show one entry for $kind; typing again"
  done
  [ -n "$y" ] || return 1
  drop_preview_at "$wid" "$tx" "$ty" && { echo "a drop preview shows before the drag"; return 1; }
  for attempt in 1 2 3 4 5; do
    n=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | wc -l)
    xdotool mousemove --sync $((X + 100)) $((Y + y)) mousedown 1
    # one move past GTK's drag threshold begins the drag (its icon shows)
    xdotool mousemove --sync $((X + 120)) $((Y + y + 10))
    wait_for 10 more_windows "$pid" "$n" || echo "attempt $attempt: no drag icon"
    # onto the target in steps (the target learns of the pointer only from
    # its moves), released once it shows the preview there
    for dx in 40 30 20 10 5 0; do
      xdotool mousemove --sync $((X + tx - dx * attempt)) $((Y + ty))
    done
    wait_for 10 drop_preview_at "$wid" "$tx" "$ty" || echo "attempt $attempt: no drop preview at $tx,$ty"
    xdotool mouseup 1
    wait_for 20 window_named "$wid" '^• ' && { echo "drag landed (attempt $attempt)"; return 0; }
    echo "attempt $attempt: the drag did not change the document; again"
  done
  return 1
}
