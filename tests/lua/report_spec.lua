-- fulog stats and fulog export against a small notes folder whose numbers
-- are counted by hand below, the calendar file read by Debian's
-- python3-icalendar and the CSV by Python's csv module.
local h = require("helper")

-- Weeks of the report (--since 2026-11-02 --until 2026-11-29):
--   W1 11-02..11-08  W2 11-09..11-15  W3 11-16..11-22  W4 11-23..11-29
local NOTES = {
  -- before the range: its meeting, step and touches count nowhere; Hooli
  -- went dark on 10-16 (touches 10-05, 10-08, then 14 quiet days), before
  -- the range, and stays dark: not a new dark account.
  ["hooli/2026-10-01.md"] = {
    "---",
    "owner: Sam",
    "---",
    "# Hooli - intro",
    "- NEXT: check in after their offsite #non",
    "  TOUCH: 2026-10-05 email - no reply",
    "  TOUCH: 2026-10-08 call - no reply",
  },
  ["acme/2026-10-20.md"] = {
    "# Acme - first call",
    "- NEXT: send the one-pager #compliance",
  },
  -- W1: meeting, firm (has_firm), compliance with two touches (11-05, and
  -- a reply 11-06: 3 days after the meeting), a non step already done
  -- (closed: counted on its meeting day, 11-03).
  ["acme/2026-11-03.md"] = {
    "# Acme - discovery",
    "- NEXT: Jason brings CFO to the proposal review Tue 11/10 10am #firm",
    "- NEXT: send the case studies #compliance",
    "  TOUCH: 2026-11-05 email - no reply",
    "  TOUCH: 2026-11-06 call - replied: wants pricing first",
    "- [x] NEXT: call Jason back next week #non",
  },
  -- W1: meeting, no firm step; two unanswered touches in W2; dark on
  -- 11-19 (W3): 2 unanswered and more than 14 days since the meeting.
  ["globex/2026-11-04.md"] = {
    "# Globex - demo",
    "- NEXT: they'll get back to us #soft",
    "  TOUCH: 2026-11-12 email - no reply",
    "- NEXT: f/u next week #non",
    "TOUCH: 2026-11-14 email - no reply",
  },
  -- W2: firm meeting, a compliance step with a touch in W3.
  ["acme/2026-11-10.md"] = {
    "# Acme - proposal review",
    "- NEXT: Next meeting booked: Monday 11/16 2pm #firm",
    "- NEXT: send pricing by Friday #compliance",
    "  TOUCH: 2026-11-18 email - sent pricing, no reply",
  },
  -- W3: firm meeting; a reply 11-24 (W4), 7 days after it.
  ["initech/2026-11-17.md"] = {
    "# Initech - intro",
    "- NEXT: call me back in two weeks #non",
    "  TOUCH: 2026-11-24 call - replied: next Tuesday works",
    "- NEXT: Maria to send the signed MSA by 11/20 #firm",
  },
}

-- Written for the second index (today 2026-11-26): W4's meeting, Globex's
-- soft step marked done (closed 11-26), Acme's pricing pushed 11-13 ->
-- 11-27 (pushed 11-26), Initech's call pulled earlier (not a push).
local LATER = {
  ["umbrella/2026-11-25.md"] = {
    "# Umbrella - kickoff",
    "- NEXT: we will follow up after the holidays #non",
    "- NEXT: Zoë and Renée run the workshop; budget, plan \\ team, \"all hands\" — and a long tail of words"
      .. " so that the line folds more than once at seventy-five octets ✓ #soft",
  },
}
-- The other changes: a line of a note above, rewritten.
local EDITS = {
  { "globex/2026-11-04.md", "- NEXT: they'll get back", "- [x] NEXT: they'll get back" },
  { "acme/2026-11-10.md", "by Friday #compliance", "by Friday due:2026-11-27 #compliance" },
  { "initech/2026-11-17.md", "in two weeks #non", "in two weeks due:2026-11-20 #non" },
}
for _, e in ipairs(EDITS) do
  local lines = {}
  for n, l in ipairs(NOTES[e[1]]) do
    local i, j = l:find(e[2], 1, true)
    lines[n] = i and (l:sub(1, i - 1) .. e[3] .. l:sub(j + 1)) or l
  end
  LATER[e[1]] = lines
end

local function write_all(dir, notes)
  for name, lines in pairs(notes) do
    h.write(dir .. "/notes/" .. name, table.concat(lines, "\n") .. "\n")
  end
end

local function py(script, input)
  local f = os.tmpname()
  h.write(f, input)
  local out = h.sh(("/usr/bin/python3 -c %s %s 2>&1; echo \"exit=$?\""):format(h.q(script), h.q(f)))
  os.remove(f)
  return out
end

local function build(dir, db)
  write_all(dir, NOTES)
  local _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-20" })
  assert.are.equal(0, code, err)
  write_all(dir, LATER)
  _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-26" })
  assert.are.equal(0, code, err)
end

-- One folder and store for both: the stats read it, then the exports (the
-- last of which re-index it).
describe("reports", function()
  local dir, db
  setup(function()
    dir = h.tmpdir()
    db = dir .. "/fulog.db"
    build(dir, db)
  end)
  teardown(function()
    h.rm(dir)
  end)

describe("fulog stats", function()

  -- Python reads the JSON; its values come back flattened, one a line.
  local FLAT = [==[
import json, sys
d = json.load(open(sys.argv[1]))
assert set(d.keys()) == {'periods', 'total'}
for i, p in enumerate(d['periods'] + [d['total']]):
    for k, v in p.items():
        if isinstance(v, dict):
            for c, n in v.items():
                print(i, k + '.' + c, json.dumps(n))
        else:
            print(i, k, json.dumps(v))
]==]

  local function stats_json(args)
    local out, err, code = h.fulog("stats --json " .. args, { cwd = dir, db = db, today = "2026-11-30" })
    assert.are.equal(0, code, err)
    local res = py(FLAT, out)
    assert.truthy(res:find("exit=0", 1, true), res .. out)
    local all = {}
    for _, l in ipairs(h.lines(res)) do
      local i, k, v = l:match("^(%d+) (%S+) (.*)$")
      if i then
        i = tonumber(i) + 1
        all[i] = all[i] or {}
        local t, key = all[i], k
        local group, sub = k:match("^(%w+)%.(%w+)$")
        if group then
          t[group] = t[group] or {}
          t, key = t[group], sub
        end
        t[key] = v == "null" and nil or tonumber(v) or v:match('^"(.*)"$')
      end
    end
    local total = table.remove(all)
    return { periods = all, total = total }, out
  end

  it("counts per week what a hand count gives", function()
    local d = stats_json("--since 2026-11-02 --until 2026-11-29 --by week")
    assert.are.equal(4, #d.periods)
    local want = {
      { start = "2026-11-02", ["end"] = "2026-11-08", meetings = 2, ham_bam = 0.5, opened = 4, closed = 1,
        touches = 2, replies = 1, dark = 0, pushed = 0,
        classes = { firm = 1, soft = 1, non = 2, compliance = 1, unknown = 0 } },
      { start = "2026-11-09", ["end"] = "2026-11-15", meetings = 1, ham_bam = 1, opened = 1, closed = 0,
        touches = 2, replies = 0, dark = 0, pushed = 0,
        classes = { firm = 1, soft = 0, non = 0, compliance = 1, unknown = 0 } },
      { start = "2026-11-16", ["end"] = "2026-11-22", meetings = 1, ham_bam = 1, opened = 1, closed = 0,
        touches = 1, replies = 0, dark = 1, pushed = 0,
        classes = { firm = 1, soft = 0, non = 1, compliance = 0, unknown = 0 } },
      { start = "2026-11-23", ["end"] = "2026-11-29", meetings = 1, ham_bam = 0, opened = 2, closed = 1,
        touches = 1, replies = 1, dark = 0, pushed = 1,
        classes = { firm = 0, soft = 1, non = 1, compliance = 0, unknown = 0 } },
    }
    for i, w in ipairs(want) do
      for k, v in pairs(w) do
        assert.are.same(v, d.periods[i][k], ("week %d %s"):format(i, k))
      end
    end
    assert.are.same({ start = "2026-11-02", ["end"] = "2026-11-29", meetings = 5, firm = 3, ham_bam = 0.6,
      opened = 8, closed = 2, touches = 6, replies = 2, dark = 1, pushed = 1, reply_days = 5,
      classes = { firm = 3, soft = 2, non = 4, compliance = 2, unknown = 0 } }, d.total)
    assert.are.equal(3, d.periods[1].reply_days)
    assert.is_nil(d.periods[2].reply_days)
    assert.are.equal(7, d.periods[3].reply_days)
  end)

  it("counts by month, and defaults until to today", function()
    local d = stats_json("--since 2026-10-01 --by month")
    assert.are.equal(2, #d.periods)
    assert.are.equal("2026-10-01", d.periods[1].start)
    assert.are.equal("2026-10-31", d.periods[1]["end"])
    assert.are.equal("2026-11-30", d.periods[2]["end"])
    assert.are.equal(2, d.periods[1].meetings)
    assert.are.equal(0, d.periods[1].ham_bam)
    assert.are.equal(1, d.periods[1].dark)       -- Hooli, 10-16
    assert.are.equal(2, d.periods[1].touches)
    assert.are.equal(5, d.periods[2].meetings)
    assert.are.equal(1, d.periods[2].dark)       -- Globex
    assert.are.equal(2, d.total.dark)
    assert.are.equal(7, d.total.meetings)
  end)

  it("counts one seller's notes with --owner (notes without owner: count for all)", function()
    local d = stats_json("--since 2026-10-01 --by month --owner dana")
    assert.are.equal(1, d.periods[1].meetings)   -- Acme 10-20 (no owner); not Sam's Hooli
    assert.are.equal(0, d.periods[1].touches)
    assert.are.equal(0, d.periods[1].dark)
    assert.are.equal(6, d.total.meetings)
    assert.are.equal(1, d.total.dark)
    local out = h.fulog("stats --owner Sam", { cwd = dir, db = db, today = "2026-11-30" })
    assert.truthy(out:find("^fulog stats 2026%-10%-12 %.%. 2026%-11%-30, by week, owner Sam\n"), out)
    d = stats_json("--since 2026-10-01 --by month --owner Sam")
    assert.are.equal(2, d.periods[1].meetings)
    assert.are.equal(1, d.periods[1].dark)
    d = stats_json("--since 2026-10-01 --by month --owner all")
    assert.are.equal(7, d.total.meetings)
  end)

  it("prints a bar chart and the tables", function()
    local out, err, code = h.fulog("stats --since 2026-11-02 --until 2026-11-29",
      { cwd = dir, db = db, today = "2026-11-30" })
    assert.are.equal(0, code, err)
    local full, shade = "\226\150\136", "\226\150\145"
    assert.truthy(out:find("fulog stats 2026-11-02 .. 2026-11-29, by week", 1, true), out)
    -- two cells a meeting (at most 2 a week fit twice in the width)
    assert.truthy(out:find("  2026-11-02 " .. full:rep(2) .. shade:rep(2) .. (" "):rep(26)
      .. "   2 meetings,   1 firm  50%", 1, true), out)
    assert.truthy(out:find("  2026-11-23 " .. shade:rep(2) .. (" "):rep(28) .. "   1 meeting,    0 firm   0%", 1, true), out)
    assert.truthy(out:find("total" .. (" "):rep(39) .. "5 meetings,   3 firm  60%", 1, true), out)
    -- per reply: 6 touches / 2 replies; median reply days 5.0
    assert.truthy(out:find("  total           8       2        6        2        3.0         5.0     1       1", 1, true), out)
    assert.truthy(out:find("  2026-11-09        1     100%     1     0     0      1        0", 1, true), out)
  end)

  it("refuses bad options", function()
    local _, err, code = h.fulog("stats --by year", { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.truthy(err:find("--by wants week or month", 1, true), err)
    _, err, code = h.fulog("stats --since 2026-12-01 --until 2026-11-01", { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.are.equal("fulog: --since 2026-12-01 is after --until 2026-11-01 (see fulog --help)\n", err)
    -- without --until, the range ends today: named as such
    _, err, code = h.fulog("stats --since 2026-12-31", { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.are.equal("fulog: --since 2026-12-31 is after today (2026-12-10) (see fulog --help)\n", err)
    -- the flags are checked before the store: no "no store here yet" first
    _, err, code = h.fulog("stats --since 2026-12-01 --until 2026-11-01", { cwd = dir, db = dir .. "/none.db" })
    assert.are.equal(2, code)
    assert.truthy(err:find("is after --until", 1, true), err)
    -- the core says it in words both front-ends can show
    local s, msg
    local core = h.core
    local cdb = assert(core.open(db))
    s, msg = cdb:stats({ today = "2026-12-10", since = "2026-12-01", ["until"] = "2026-11-01" })
    assert.is_nil(s)
    assert.are.equal("since 2026-12-01 is after until 2026-11-01", msg)
    s, msg = cdb:stats({ today = "2026-12-10", since = "2026-12-31" })
    assert.is_nil(s)
    assert.are.equal("since 2026-12-31 is after today (2026-12-10)", msg)
    cdb:close()
    _, err, code = h.fulog("stats --since 2026-13-01", { cwd = dir, db = db })
    assert.are.equal(2, code)
    _, err, code = h.fulog("stats", { cwd = dir, db = dir .. "/none.db" })
    assert.are.equal(1, code)
    assert.truthy(err:find("no store here yet", 1, true), err)
  end)
end)

describe("fulog export", function()

  local function export(args, today)
    local out, err, code = h.fulog("export " .. args, { cwd = dir, db = db, today = today or "2026-11-30" })
    assert.are.equal(0, code, err)
    return out
  end

  it("writes RFC 4180 CSV that Python's csv module reads back", function()
    local out = export("csv")
    local head = "account,path,line,class,state,text,meeting,due,next,touches,unanswered,last_touch,pushed,done\r\n"
    assert.are.equal(head, out:sub(1, #head))
    local res = py([==[
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
print(len(rows))
for r in rows:
    print('|'.join([r['account'], r['path'].split('/notes/')[1], r['line'], r['class'], r['state'], r['meeting'],
                    r['due'], r['next'], r['touches'], r['unanswered'], r['last_touch'], r['pushed'], r['done']]))
w = [r for r in rows if r['account'] == 'Umbrella' and r['class'] == 'soft'][0]
print(w['text'])
for r in rows:
    print('text:', r['text'])
]==], out)
    local lines = h.lines(res)
    assert.are.equal("13", lines[1], res)
    local want = {
      "Acme|acme/2026-10-20.md|2|compliance|todo|2026-10-20|2026-10-22|2026-10-22|0|0||0|0",
      "Acme|acme/2026-11-03.md|2|firm|outcome|2026-11-03|2026-11-10|2026-11-10|0|0||0|0",
      "Acme|acme/2026-11-03.md|3|compliance|todo|2026-11-03|2026-11-05|2026-11-05|2|0|2026-11-06|0|0",
      "Acme|acme/2026-11-03.md|6|non|done|2026-11-03|2026-11-09||0|0||0|1",
      "Acme|acme/2026-11-10.md|2|firm|outcome|2026-11-10|2026-11-16|2026-11-16|0|0||0|0",
      "Acme|acme/2026-11-10.md|3|compliance|todo|2026-11-10|2026-11-27|2026-11-27|1|1|2026-11-18|1|0",
    }
    for i, w in ipairs(want) do
      assert.are.equal(w, lines[i + 1], res)
    end
    assert.truthy(res:find("Initech|initech/2026-11-17.md|2|non|chase|2026-11-17|2026-11-20|2026-11-27|1|0|2026-11-24|0|0",
      1, true), res)
    assert.truthy(res:find("Globex|globex/2026-11-04.md|2|soft|done|", 1, true), res)
    assert.truthy(res:find('Zoë and Renée run the workshop; budget, plan \\ team, "all hands" — and a long', 1, true), res)
    assert.truthy(res:find("exit=0", 1, true), res)
    -- the step's words, without fulog's own due: and #class markup
    assert.truthy(res:find("\ntext: Jason brings CFO to the proposal review Tue 11/10 10am\n", 1, true), res)
    for l in res:gmatch("text: ([^\n]*)") do
      assert.falsy(l:find("due:", 1, true) or l:find("#%a+$") or l:find("  ", 1, true), l)
    end
  end)

  it("writes JSON with the same keys", function()
    local out = export("json --account Initech")
    local res = py([==[
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
print(len(d))
print(','.join(d[0].keys()))
print(d[0]['done'], d[0]['next'], d[1]['state'], d[1]['last_touch'])
]==], out)
    local lines = h.lines(res)
    assert.are.equal("2", lines[1], res)
    -- the CSV's keys, and display: the CSV's text column (text is the line
    -- as written, as in every --json)
    assert.are.equal("account,path,line,class,state,text,display,meeting,due,next,touches,unanswered,last_touch,pushed,done",
      lines[2])
    assert.are.equal("False 2026-11-27 outcome None", lines[3])
  end)

  local ICS_CHECK = [==[
import sys, icalendar
raw = open(sys.argv[1], 'rb').read()
lines = raw.split(b'\r\n')
assert lines[-1] == b'', 'ends with CRLF'
assert b'\n' not in raw.replace(b'\r\n', b''), 'bare LF'
for l in lines:
    assert len(l) <= 75, (len(l), l)
    l.decode('utf-8')                      # each physical line is whole UTF-8
cal = icalendar.Calendar.from_ical(raw)
assert cal['VERSION'] == '2.0' and 'fulog' in str(cal['PRODID'])
for c in cal.walk():
    if c.name in ('VEVENT', 'VTODO'):
        assert c.get('DTSTAMP') is not None and c.get('UID')
        start = c.get('DTSTART').dt if c.get('DTSTART') else ''
        due = c.get('DUE').dt if c.get('DUE') else ''
        alarm = [a for a in c.walk('VALARM')]
        print(c.name, c['UID'], start, due, alarm[0]['TRIGGER'].to_ical().decode() if alarm else '-', '|', str(c['SUMMARY']))
]==]

  it("writes an RFC 5545 calendar that python3-icalendar reads", function()
    local out = export("ics")
    assert.truthy(out:find("^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), out)
    assert.truthy(out:find("DTSTAMP:20261130T000000Z\r\n", 1, true))
    local res = py(ICS_CHECK, out)
    assert.truthy(res:find("exit=0", 1, true), res)
    local ev, todo = {}, {}
    for _, l in ipairs(h.lines(res)) do
      if l:match("^VEVENT") then
        ev[#ev + 1] = l
      elseif l:match("^VTODO") then
        todo[#todo + 1] = l
      end
    end
    assert.are.equal(3, #ev, res)
    -- 8 open; the 2 done chases completed, by their UIDs, so a calendar
    -- that imported them open closes them
    assert.are.equal(10, #todo, res)
    assert.are.equal(8, select(2, out:gsub("STATUS:NEEDS%-ACTION\r\n", "")))
    assert.are.equal(2, select(2, out:gsub("STATUS:COMPLETED\r\nPERCENT%-COMPLETE:100\r\n", "")))
    -- timed events in floating local time, an all-day one; alarms
    assert.truthy(res:find("VEVENT %x+%-event@fulog 2026%-11%-10 10:00:00  %-PT30M | Acme: Jason brings CFO"), res)
    assert.truthy(res:find("VEVENT %x+%-event@fulog 2026%-11%-16 14:00:00  %-PT30M | Acme: Next meeting booked"), res)
    assert.truthy(res:find("VEVENT %x+%-event@fulog 2026%-11%-20  %-PT15H | Initech: Maria to send"), res)
    -- todos by next action date; the reply moved Initech's to 11-24 + 3
    assert.truthy(res:find("VTODO %x+%-todo@fulog  2026%-11%-27 %- | Initech: call me back"), res)
    -- the escaped, folded text comes back whole
    assert.truthy(res:find('Umbrella: Zoë and Renée run the workshop; budget, plan \\ team, "all hands" — and a long tail'
      .. " of words so that the line folds more than once at seventy-five octets ✓\n", 1, true), res)
    -- titles are the step's words: fulog's due: and #class markup left out
    assert.truthy(res:find("| Initech: Maria to send the signed MSA by 11/20\n", 1, true), res)
    for l in res:gmatch("| ([^\n]*)") do
      assert.falsy(l:find("due:", 1, true) or l:find("#%a+$"), l)
    end
    assert.falsy(out:find("DESCRIPTION:[^\r]*#firm"), "the alarm's text too")
    assert.truthy(out:gsub("\r\n ", ""):find("workshop\\; budget\\, plan \\\\ team\\,", 1, true), "escaped in the file")
  end)

  it("keeps a time zone written with the time: the event is that instant, in UTC", function()
    local zdir = h.tmpdir()
    local zdb = zdir .. "/fulog.db"
    write_all(zdir, { ["zeta.md"] = {
      "# Zeta - 2026-11-20",
      "- NEXT: Tom joins the call Wed 12/2 at 3pm PST, booked",       -- 23:00Z
      "- NEXT: Ann brings the CFO to the review Tue 12/8 5pm PT",     -- 01:00Z on 12/9
      "- NEXT: Jo books the demo Thu 12/10 10am ET",                 -- 15:00Z
      "- NEXT: Kim signs on the call Fri 12/11 10am",                -- no zone: floating 10:00
    } })
    local _, err, code = h.fulog("index notes", { cwd = zdir, db = zdb, today = "2026-11-30" })
    assert.are.equal(0, code, err)
    local out = h.fulog("export ics", { cwd = zdir, db = zdb, today = "2026-11-30" })
    h.rm(zdir)
    local res = py([==[
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for c in cal.walk('VEVENT'):
    dt = c.get('DTSTART').dt
    print(dt.isoformat(), dt.tzinfo is not None and dt.utcoffset().total_seconds() == 0, str(c['SUMMARY']))
]==], out)
    assert.truthy(res:find("exit=0", 1, true), res)
    assert.truthy(res:find("2026-12-02T23:00:00+00:00 True Zeta: Tom joins the call", 1, true), res)
    assert.truthy(res:find("2026-12-09T01:00:00+00:00 True Zeta: Ann brings the CFO", 1, true), res)
    assert.truthy(res:find("2026-12-10T15:00:00+00:00 True Zeta: Jo books the demo", 1, true), res)
    assert.truthy(res:find("2026-12-11T10:00:00 False Zeta: Kim signs", 1, true), res)
  end)

  it("keeps UIDs across runs, re-indexes and a snooze; filters by account and date", function()
    local function uids(text)
      local t = {}
      for u in text:gmatch("UID:([^\r]+)") do
        t[#t + 1] = u
      end
      return t
    end
    local a = uids(export("ics"))
    local b = uids(export("ics", "2026-12-02"))
    assert.are.same(a, b)
    -- a rebuilt store gives the same UIDs
    os.remove(db)
    os.remove(db .. "-wal")
    os.remove(db .. "-shm")
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-30" })
    assert.are.equal(0, code, err)
    assert.are.same(a, uids(export("ics")))
    -- another cadence recomputes the next action dates (Initech: reply
    -- 11-24, then 1 day instead of 3)
    assert.truthy(export("csv --cadence 1,2"):find("2026-11-20,2026-11-25,1,0,2026-11-24", 1, true))
    assert.truthy(export("csv"):find("2026-11-20,2026-11-27,1,0,2026-11-24", 1, true))
    -- an edit of the due date (a snooze) keeps the step's UID
    local p = dir .. "/notes/initech/2026-11-17.md"
    h.write(p, (h.read(p):gsub("due:2026%-11%-20", "due:2026-12-04")))
    _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-30" })
    assert.are.equal(0, code, err)
    assert.are.same(a, uids(export("ics")))
    assert.are.equal(13, #h.lines(export("csv --owner Sam")) - 1)
    assert.are.equal(12, #h.lines(export("csv --owner Dana")) - 1)
    local only = export("ics --account initech")
    assert.are.equal(2, #uids(only))   -- its firm event, its chase
    local since = export("ics --since 2026-11-17")
    assert.falsy(since:find("Jason brings CFO", 1, true))
    assert.truthy(since:find("Maria to send", 1, true))
  end)

  it("--since leaves out of the CSV and JSON the steps dated before it, as the calendar does (QA round 48)", function()
    -- a manager's `export csv --since D` had every step since the first note
    local all, csv, js = export("csv"), export("csv --since 2026-11-17"), export("json --since 2026-11-17")
    local ics = export("ics --since 2026-11-17")
    local res = py([==[
import csv, io, json, re, sys
blob = open(sys.argv[1], encoding='utf-8', newline='').read().split('\f')
def key(path, line): return path.split('/notes/')[1] + ':' + str(line)
every = list(csv.DictReader(io.StringIO(blob[0], newline='')))
kept = list(csv.DictReader(io.StringIO(blob[1], newline='')))
js = json.loads(blob[2])
def dated(r):   # an open step by its next action date, a done one by its due
    return r['due'] if r['done'] == '1' or not r['next'] else r['next']
want = [key(r['path'], r['line']) for r in every if not dated(r) or dated(r) >= '2026-11-17']
print(len(every), len(kept))
print('csv', [key(r['path'], r['line']) for r in kept] == want)
print('json', [key(r['path'], r['line']) for r in js] == want)
cal = blob[3].replace('\r\n ', '')
# each entry's DESCRIPTION names its step as PATH:LINE on a line of its own
inics = set(p + ':' + n for p, n in re.findall(r'/notes/([^\\\r]+):(\d+)(?:\\n|\r)', cal))
print('ics', sorted(inics) == sorted(want))
]==], table.concat({ all, csv, js, ics }, "\f"))
    assert.truthy(res:find("exit=0", 1, true), res)
    assert.truthy(res:find("^13 5\ncsv True\njson True\nics True\n"), res)
  end)

  it("refuses a missing or unknown format", function()
    local _, err, code = h.fulog("export", { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.truthy(err:find("export wants one format", 1, true), err)
    _, _, code = h.fulog("export xml", { cwd = dir, db = db })
    assert.are.equal(2, code)
    _, _, code = h.fulog("export csv --by week", { cwd = dir, db = db })
    assert.are.equal(2, code)
  end)
end)
end)

-- Dark is the client's silence (spec section 1), whoever wrote the notes:
-- one seller's stats counted only the touches and meetings in that
-- seller's notes, so an account a colleague met and heard back from went
-- "dark" in the first seller's report while the same seller's log said
-- it had answered. Found by the team QA pass (round 48).
describe("fulog stats --owner: dark accounts", function()
  local dir, db
  local TEAM = {
    -- Ann's chase: two unanswered touches, then nothing from her
    ["acme/2026-11-16.md"] = { "---", "account: Acme Corp", "date: 2026-11-16", "owner: Ann Lee", "---",
      "# Acme Corp - discovery", "- NEXT: call Jason back next week #non",
      "  TOUCH: 2026-11-23 email - no reply", "  TOUCH: 2026-11-26 call - no reply" },
    -- Bob met Acme on 12-01 and they answered him on 12-03
    ["acme/2026-12-01.md"] = { "---", "account: Acme Corp", "date: 2026-12-01", "owner: Bob Roy", "---",
      "# Acme Corp - security review", "- NEXT: send the SOC2 report #compliance",
      "  TOUCH: 2026-12-03 email - replied: thanks, reviewing" },
    -- Ann's Globex has gone quiet with no one else on it: dark for her
    ["globex/2026-11-16.md"] = { "---", "account: Globex", "date: 2026-11-16", "owner: Ann Lee", "---",
      "# Globex - demo", "- NEXT: f/u next week #non",
      "  TOUCH: 2026-11-23 email - no reply", "  TOUCH: 2026-11-26 call - no reply" },
    -- Bob's Initech is dark too, but none of Ann's
    ["initech/2026-11-16.md"] = { "---", "account: Initech", "date: 2026-11-16", "owner: Bob Roy", "---",
      "# Initech - intro", "- NEXT: f/u next week #non",
      "  TOUCH: 2026-11-23 email - no reply", "  TOUCH: 2026-11-26 call - no reply" },
  }
  setup(function()
    dir = h.tmpdir()
    db = dir .. "/fulog.db"
    write_all(dir, TEAM)
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-12-18" })
    assert.are.equal(0, code, err)
  end)
  teardown(function()
    h.rm(dir)
  end)
  local function dark(owner)
    local out, err, code = h.fulog("stats --json --by month --since 2026-11-01 --owner " .. h.q(owner),
      { cwd = dir, db = db, today = "2026-12-18" })
    assert.are.equal(0, code, err)
    local res = py("import json,sys; d=json.load(open(sys.argv[1])); "
      .. "print(d['total']['dark'], [p['dark'] for p in d['periods']])", out)
    assert.truthy(res:find("exit=0", 1, true), res .. out)
    return res:match("^[^\n]*")
  end

  it("counts an account by every seller's touches and meetings with it", function()
    -- Globex and Initech went dark on 12-01 (two unanswered, more than 14
    -- days since the meeting); Acme did not: Bob met them on 12-01, and
    -- they replied on 12-03
    assert.are.equal("2 [0, 2]", dark("all"))
    assert.are.equal("1 [0, 1]", dark("Ann Lee"))    -- Globex; Acme answered Bob
    assert.are.equal("1 [0, 1]", dark("Bob Roy"))    -- Initech; not Ann's Globex
    -- Ann's log says the same of Acme
    local log = h.fulog("log --owner " .. h.q("Ann Lee"), { cwd = dir, db = db, today = "2026-12-18" })
    assert.truthy(log:find("1 dark account", 1, true), log)
    assert.truthy(log:find("Acme Corp  last touch 2026-12-03, last reply 2026-12-03", 1, true), log)
  end)
end)

-- A folder named in Latin-1 (notes copied from an old share: "Z\xfcrich")
-- is no UTF-8: its bytes went raw into every output that carries the path,
-- so the calendar, the CSV and each --json were not UTF-8 (nor JSON).
describe("a note path that is not UTF-8", function()
  local dir, db
  setup(function()
    dir, db = h.fresh_store()
    h.write(dir .. "/notes/Z\xfcrich/2026-12-01.md",
      "# Zurich 2026-12-01\n- NEXT: send pricing\n- NEXT: Demo booked 12/10 10am\n- NEXT: Tom will get back to us\n")
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-12-09" })
    assert.are.equal(0, code, err)
  end)
  teardown(function()
    h.rm(dir)
  end)

  for _, args in ipairs({ "export ics", "export csv", "export json", "overdue --json", "log --json" }) do
    it(args .. " is UTF-8 and names the note", function()
      local out, err, code = h.fulog(args, { cwd = dir, db = db, today = "2026-12-12" })
      assert.are.equal(0, code, err)
      assert.truthy(utf8.len(out), args .. " is not UTF-8")
      assert.truthy(out:find("Z\xef\xbf\xbdrich", 1, true), "the path, its bad byte as U+FFFD")
      if args:find("json") then
        local res = py("import json, sys; print(len(json.load(open(sys.argv[1], encoding='utf-8'))))", out)
        assert.truthy(res:find("exit=0", 1, true), res)
      end
    end)
  end
end)
