#!/usr/bin/python3
# test-ics-cli.py — leerplaats --export-ics as a process, its output read
# back with python3-icalendar and compared with the document.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zoneinfo

import icalendar  # Debian: python3-icalendar

NS = {'lp': 'urn:leerplaats:trajectory:1'}
LEERPLAATS = os.environ['LEERPLAATS']
FIXTURE = os.path.join(os.environ['G_TEST_SRCDIR'], 'files', 'calendar.leerplaats')
AMSTERDAM = zoneinfo.ZoneInfo('Europe/Amsterdam')

results = []


def check(name, fn):
    try:
        fn()
        results.append(f'ok {len(results) + 1} {name}')
    except AssertionError as e:
        results.append(f'not ok {len(results) + 1} {name} # {e!r}')


def run(*args):
    env = dict(os.environ, LC_ALL='C.UTF-8')
    return subprocess.run([LEERPLAATS, *args], capture_output=True, text=True, env=env, timeout=60)


def day(iso):
    return datetime.date.fromisoformat(iso)


def local(iso, hhmm):
    h, m = map(int, hhmm.split(':'))
    return datetime.datetime.combine(day(iso), datetime.time(h, m), AMSTERDAM)


def export(tmp, *extra):
    out = os.path.join(tmp, 'out.ics')
    r = run('--export-ics=' + out, *extra, FIXTURE)
    assert r.returncode == 0, r.stderr
    with open(out, 'rb') as f:
        raw = f.read()
    return raw, icalendar.Calendar.from_ical(raw)


def categories(ev):
    value = ev.get('CATEGORIES')
    values = value if isinstance(value, list) else [value]
    return [str(c) for v in values for c in v.cats]


def check_when(ev, m):
    start, end = m.get('start'), m.get('end')
    t0, t1 = m.get('start-time'), m.get('end-time')
    dtstart, dtend = ev.decoded('DTSTART'), ev.decoded('DTEND')
    n_days = (day(end) - day(start)).days + 1
    if t0 is None:
        assert dtstart == day(start) and not isinstance(dtstart, datetime.datetime), dtstart
        assert dtend == day(end) + datetime.timedelta(days=1), dtend
        assert 'RRULE' not in ev
    elif start != end and t1 > t0:
        assert dtstart == local(start, t0) and dtend == local(start, t1), (dtstart, dtend)
        assert dtstart.utcoffset() == local(start, t0).utcoffset()
        assert ev['RRULE']['FREQ'] == ['DAILY'] and ev['RRULE']['COUNT'] == [n_days], ev['RRULE']
    else:
        assert dtstart == local(start, t0) and dtend == local(end, t1), (dtstart, dtend)
        assert 'RRULE' not in ev


def check_agenda(description, m):
    """Each programme item is a line 'HH:MM–HH:MM Title (who)', in order; in a
    module of several days the line before a day's first item is a heading
    with the day's number."""
    lines = description.split('\n')
    multi_day = m.get('start') != m.get('end')
    at, day = 0, None
    items = m.findall('lp:agenda/lp:item', NS)
    for item in items:
        who = item.findtext('lp:who', namespaces=NS)
        expected = f"{item.get('start-time')}–{item.get('end-time')} {item.findtext('lp:title', namespaces=NS)}"
        if who:
            expected += f' ({who})'
        assert expected in lines[at:], (expected, description)
        at = lines.index(expected, at)
        if multi_day and item.get('day', '1') != day:
            day = item.get('day', '1')
            heading = lines[at - 1]
            assert day in heading.split() and '–' not in heading, (day, heading)
        at += 1
    if not items:
        assert '–' not in description, description


def check_module(ev, m, kinds):
    title = m.findtext('lp:title', namespaces=NS)
    own_kind = kinds.get(m.get('kind'))
    kind_name = own_kind if own_kind is not None else None
    if title is not None:
        assert str(ev['SUMMARY']) == title, ev['SUMMARY']
    else:
        kind_name = str(ev['SUMMARY'])  # a built-in kind's name is the title
    # python3-icalendar 4.0.3 splits CATEGORIES also at escaped commas
    # (vCategory.from_ical unescapes before splitting): join them back
    joined = ','.join(categories(ev))
    theme, _, kind = joined.partition(',')
    assert theme and kind == kind_name if kind_name is not None else theme and kind, joined
    location = m.findtext('lp:location', namespaces=NS)
    assert (str(ev['LOCATION']) if 'LOCATION' in ev else None) == location
    description = str(ev.get('DESCRIPTION', ''))
    for field in ('goals', 'preparation', 'description', 'facilitator'):
        for el in m.findall('lp:' + field, NS):
            assert el.text in description, (field, description)
    check_agenda(description, m)
    status = m.get('status', 'draft')
    assert str(ev['STATUS']) == ('TENTATIVE' if status in ('idea', 'draft') else 'CONFIRMED')
    assert isinstance(ev.decoded('DTSTAMP'), datetime.datetime)
    check_when(ev, m)


def test_events_match_document():
    doc = ET.parse(FIXTURE).getroot()
    uid = doc.get('uid')
    kinds = {k.get('id'): k.findtext('lp:name', namespaces=NS) for k in doc.iterfind('lp:kinds/lp:kind', NS)}
    modules = doc.findall('lp:modules/lp:module', NS)
    with tempfile.TemporaryDirectory() as tmp:
        raw, cal = export(tmp)
    assert str(cal['VERSION']) == '2.0' and 'PRODID' in cal
    assert str(cal['X-WR-CALNAME']) == doc.findtext('lp:title', namespaces=NS)
    assert [str(tz['TZID']) for tz in cal.walk('VTIMEZONE')] == ['Europe/Amsterdam']
    events = {str(ev['UID']): ev for ev in cal.walk('VEVENT')}
    assert len(events) == len(modules), events.keys()
    for m in modules:
        check_module(events[f'{uid}-module-{m.get("id")}@leerplaats'], m, kinds)
    lines = raw.split(b'\r\n')
    assert lines[-1] == b'' and all(b'\n' not in l and len(l) <= 75 for l in lines), 'line ends or lengths'
    for l in lines:
        l.decode('utf-8')


def test_tracks_and_milestones():
    doc = ET.parse(FIXTURE).getroot()
    with tempfile.TemporaryDirectory() as tmp:
        _, cal = export(tmp, '--tracks=college,officials', '--milestones')
    events = cal.walk('VEVENT')
    expected = [m for m in doc.findall('lp:modules/lp:module', NS) if m.get('track') in ('college', 'officials')]
    milestones = doc.findall('lp:milestones/lp:milestone', NS)
    assert len(events) == len(expected) + len(milestones), len(events)
    by_uid = {str(ev['UID']): ev for ev in events}
    for ms in milestones:
        ev = by_uid[f'{doc.get("uid")}-milestone-{ms.get("id")}@leerplaats']
        assert str(ev['SUMMARY']) == ms.text and str(ev['TRANSP']) == 'TRANSPARENT'
        assert ev.decoded('DTSTART') == day(ms.get('date'))
        assert ev.decoded('DTEND') == day(ms.get('date')) + datetime.timedelta(days=1)


def test_exit_status():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'out.ics')
        bad = os.path.join(tmp, 'bad.leerplaats')
        with open(bad, 'w') as f:
            f.write('<trajectory')
        assert run('--export-ics=' + out, bad).returncode == 1
        assert run('--export-ics=' + out, os.path.join(tmp, 'missing.leerplaats')).returncode == 1
        assert run('--export-ics=' + out).returncode == 2
        assert run('--export-ics=' + out, FIXTURE, FIXTURE).returncode == 2
        assert run('--export-ics=' + out, '--tracks=nosuch', FIXTURE).returncode == 2
        assert run('--export-ics=' + out, '--export-pdf=' + out, FIXTURE).returncode == 2
        assert run('--milestones', FIXTURE).returncode == 2
        assert os.listdir(tmp) == ['bad.leerplaats'], os.listdir(tmp)


def test_failed_write_leaves_nothing():
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, 'dir.ics')
        os.mkdir(target)
        r = run('--export-ics=' + target, FIXTURE)
        assert r.returncode == 1 and r.stderr, r
        assert run('--export-ics=' + os.path.join(tmp, 'no', 'such', 'x.ics'), FIXTURE).returncode == 1
        old = os.path.join(tmp, 'old.ics')
        with open(old, 'w') as f:
            f.write('previous')
        bad = os.path.join(tmp, 'bad.leerplaats')
        with open(bad, 'w') as f:
            f.write('<trajectory')
        assert run('--export-ics=' + old, bad).returncode == 1
        with open(old) as f:
            assert f.read() == 'previous'
        assert sorted(os.listdir(tmp)) == ['bad.leerplaats', 'dir.ics', 'old.ics'], os.listdir(tmp)
        assert os.listdir(target) == []


def test_uid_stable_without_one_in_file():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'no-uid.leerplaats')
        with open(FIXTURE, encoding='utf-8') as f:
            text = f.read().replace(' uid="6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d44"', '')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(text)
        uids = []
        for name in ('a.ics', 'b.ics'):
            out = os.path.join(tmp, name)
            assert run('--export-ics=' + out, src).returncode == 0
            with open(out, 'rb') as f:
                uids.append(sorted(str(ev['UID']) for ev in icalendar.Calendar.from_ical(f.read()).walk('VEVENT')))
        assert uids[0] == uids[1] and len(uids[0]) == 5, uids


def test_pdf_holidays_option():
    env_epoch = dict(os.environ, SOURCE_DATE_EPOCH='1790000000')
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for extra in ([], ['--holidays']):
            out = os.path.join(tmp, f'{len(outs)}.pdf')
            r = subprocess.run([LEERPLAATS, '--export-pdf=' + out, *extra, FIXTURE], capture_output=True,
                               env=env_epoch, timeout=60)
            assert r.returncode == 0, r.stderr
            with open(out, 'rb') as f:
                outs.append(f.read())
        assert outs[0] != outs[1]
        assert run('--holidays', FIXTURE).returncode == 2
        assert run('--export-ics=' + os.path.join(tmp, 'x.ics'), '--holidays', FIXTURE).returncode == 2


check('events-match-document', test_events_match_document)
check('tracks-and-milestones', test_tracks_and_milestones)
check('exit-status', test_exit_status)
check('failed-write-leaves-nothing', test_failed_write_leaves_nothing)
check('uid-stable-without-one-in-file', test_uid_stable_without_one_in_file)
check('pdf-holidays-option', test_pdf_holidays_option)
print(f'1..{len(results)}')
print('\n'.join(results))
sys.exit(0 if all(r.startswith('ok') for r in results) else 1)
