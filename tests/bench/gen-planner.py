#!/usr/bin/env python3
# gen-planner.py — a GNOME Planner plan with N tasks, for the start-up
# benchmark (Planner 0.14 "mrproject" XML)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gen-planner.py N OUT.planner
# Tasks of 1–3 working days spread over 24 months from 2026-09-01, each with
# a start-no-earlier-than constraint, so Planner schedules each one.
import datetime
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
rnd = random.Random(2026)
start = datetime.date(2026, 9, 1)
days = 730


def stamp(d, hhmm="000000"):
    return d.strftime("%Y%m%d") + "T" + hhmm + "Z"


lines = [
    '<?xml version="1.0"?>',
    '<project name="Planner bench %d" company="" manager="" phase="" '
    'project-start="%s" mrproject-version="2" calendar="1">' % (n, stamp(start)),
    '  <properties/>',
    '  <phases/>',
    '  <calendars>',
    '    <day-types>',
    '      <day-type id="0" name="Working" description="A default working day"/>',
    '      <day-type id="1" name="Nonworking" description="A default non working day"/>',
    '      <day-type id="2" name="Use base" description="Use day from base calendar"/>',
    '    </day-types>',
    '    <calendar id="1" name="Default">',
    '      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>',
    '      <overridden-day-types>',
    '        <overridden-day-type id="0">',
    '          <interval start="0800" end="1200"/>',
    '          <interval start="1300" end="1700"/>',
    '        </overridden-day-type>',
    '      </overridden-day-types>',
    '      <days/>',
    '    </calendar>',
    '  </calendars>',
    '  <tasks>',
]
for i in range(1, n + 1):
    length = rnd.randint(1, 3)
    d0 = start + datetime.timedelta(days=rnd.randint(0, days - length))
    d1 = d0 + datetime.timedelta(days=length - 1)
    lines.append(
        '    <task id="%d" name="Module %d" note="" work="%d" start="%s" end="%s" '
        'work-start="%s" percent-complete="0" priority="0" type="normal" '
        'scheduling="fixed-work">' % (i, i, length * 28800, stamp(d0, "080000"),
                                      stamp(d1, "170000"), stamp(d0, "080000")))
    lines.append('      <constraint type="start-no-earlier-than" time="%s"/>'
                 % stamp(d0, "080000"))
    lines.append('    </task>')
lines += ['  </tasks>', '  <resource-groups/>', '  <resources/>',
          '  <allocations/>', '</project>', '']
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
