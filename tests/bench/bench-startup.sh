#!/bin/sh
# bench-startup.sh — start-up time and resident memory of Leerplaats against
# the floor (a minimal libadwaita window) and against GNOME Planner
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Not a test: run by hand, on a display, e.g.
#   xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
#     tests/bench/bench-startup.sh build 10
# Arguments: the meson build directory (default: build), runs per case
# (default: 10), and optionally "quick" to leave out the 10,000-module part.
#
# Each run: the time from exec until a window with the expected title is
# visible (mapped; xdotool polled every 10 ms, so a run is known to about
# 10–15 ms), then VmRSS of that process after it has settled for 1 s.
# The cases alternate within each round, so machine load hits them alike.
# Renderers, each set alike for both programs: cairo and gl (GSK_RENDERER),
# nogl (cairo, and GDK_DEBUG=gl-disable: OpenGL not loaded at all); and
# default (nothing set: each program makes its own choice; Leerplaats takes
# nogl where OpenGL would be software, see lp-renderer-choice.h).
# Prints one line per run (raw) and a table of medians with min–max.
# Needs: xdotool, python3 (for the Planner file), planner (optional).
set -u
BUILD=${1:-build}
N=${2:-10}
PART=${3:-all}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$(cd "$BUILD" && pwd)
APP=$BUILD/src/leerplaats
MINIMAL=$BUILD/tests/bench/minimal-window
GEN=$BUILD/tests/bench/bench-gen-file
TMP=$(mktemp -d)
RAW=$TMP/raw.tsv
trap 'rm -rf "$TMP"' EXIT

export GDK_BACKEND=x11
export GSETTINGS_SCHEMA_DIR="$BUILD/data"
export GSETTINGS_BACKEND=memory
export LC_ALL=C.UTF-8
# a fresh list of recent files (Leerplaats reads it at start-up) and
# settings for every case, the same in every run
export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

# run CASE RENDERER TITLE-REGEX COMMAND…: one timed start, one raw line
run () {
  case_name=$1 renderer=$2 pattern=$3
  shift 3
  case $renderer in
    cairo|gl) gsk="GSK_RENDERER=$renderer" ;;
    nogl) gsk="GSK_RENDERER=cairo GDK_DEBUG=gl-disable" ;;
    *) gsk="" ;;
  esac
  t0=$(date +%s%N)
  env -u GSK_RENDERER -u GDK_DEBUG $gsk "$@" >/dev/null 2>&1 &
  pid=$!
  while ! xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$case_name: exited before its window appeared" >&2
      return 1
    fi
    if [ $(( $(date +%s%N) - t0 )) -gt 60000000000 ]; then
      echo "$case_name: no window after 60 s" >&2
      kill "$pid"; wait "$pid" 2>/dev/null
      return 1
    fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  sleep 1
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null
  ms=$(( (t1 - t0) / 1000000 ))
  printf '%s\t%s\t%s\t%s\n' "$case_name" "$renderer" "$ms" "$rss" | tee -a "$RAW"
  sleep 0.2
}

TEMPLATE=$SRC/data/templates/bestuursadvisering.leerplaats
MIN_TITLE='^Leerplaats bench minimal window$'
T40_TITLE='^Leerplaats bestuursadvisering .*Leerplaats$'
T10K_TITLE='^Leerplaats bestuursadvisering \(proef\) .*Leerplaats$'
PL_TITLE='^Planner bench 10000 - Planner$'

echo "# case	renderer	ms-to-visible	VmRSS-kB"
i=0
while [ $i -lt "$N" ]; do
  for r in cairo gl nogl default; do
    run minimal "$r" "$MIN_TITLE" "$MINIMAL"
    run leerplaats-40 "$r" "$T40_TITLE" "$APP" "$TEMPLATE"
  done
  i=$((i + 1))
done

if [ "$PART" != quick ]; then
  "$GEN" 10000 "$TMP/bench-10000.leerplaats" || exit 1
  have_planner=no
  if command -v planner >/dev/null; then
    python3 "$SRC/tests/bench/gen-planner.py" 10000 "$TMP/bench-10000.planner" && have_planner=yes
  else
    echo "planner not installed: the Planner comparison is left out" >&2
  fi
  i=0
  while [ $i -lt "$N" ]; do
    for r in cairo gl nogl default; do
      run minimal "$r" "$MIN_TITLE" "$MINIMAL"
      run leerplaats-10k "$r" "$T10K_TITLE" "$APP" "$TMP/bench-10000.leerplaats"
    done
    if [ $have_planner = yes ]; then
      run planner-10k gtk2 "$PL_TITLE" planner "$TMP/bench-10000.planner"
    fi
    i=$((i + 1))
  done
fi

# medians with min–max per case and renderer, and paired ratios: each run
# against the minimal window (same renderer) started just before it, and
# Planner against the 10,000-module Leerplaats runs of the same round
python3 - "$RAW" <<'PY'
import statistics, sys
rows = {}
ratio = {}
last = {}
for line in open(sys.argv[1]):
    c, r, ms, kb = line.rstrip("\n").split("\t")
    ms, mb = int(ms), int(kb) / 1024
    rows.setdefault((c, r), []).append((ms, mb))
    if c == "minimal" or c == "leerplaats-10k":
        last[(c, r)] = (ms, mb)
    if c.startswith("leerplaats") and ("minimal", r) in last:
        b = last[("minimal", r)]
        ratio.setdefault((c, r, "minimal"), []).append((ms / b[0], mb - b[1]))
    if c == "planner-10k":
        for lr in ("cairo", "gl", "nogl", "default"):
            if ("leerplaats-10k", lr) in last:
                b = last[("leerplaats-10k", lr)]
                ratio.setdefault((c, lr, "leerplaats-10k"), []).append((ms / b[0], mb - b[1]))
        b = last.get(("minimal", "default"))
        if b:
            ratio.setdefault((c, "gtk2", "minimal"), []).append((ms / b[0], mb - b[1]))
def med(v):
    return "%7.2f (%5.2f-%5.2f)" % (statistics.median(v), min(v), max(v))
print("\n%-16s %-8s %3s %22s %24s" % ("case", "renderer", "n", "ms median (min-max)", "VmRSS MB median (min-max)"))
for (c, r), v in rows.items():
    ms = [a for a, _ in v]; mb = [b for _, b in v]
    print("%-16s %-8s %3d %8.0f (%5d-%5d) %10.1f (%5.1f-%5.1f)" % (
        c, r, len(v), statistics.median(ms), min(ms), max(ms),
        statistics.median(mb), min(mb), max(mb)))
print("\n%-16s %-8s %-16s %3s %22s %24s" % ("paired", "renderer", "against", "n", "time ratio median (min-max)", "ΔRSS MB median (min-max)"))
for (c, r, against), v in ratio.items():
    print("%-16s %-8s %-16s %3d %22s %24s" % (c, r, against, len(v), med([a for a, _ in v]), med([b for _, b in v])))
PY
