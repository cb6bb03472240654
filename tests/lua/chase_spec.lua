-- The chase loop in the store (spec section 7): states, next action dates,
-- cadence changes, pushes, through fulog.core.
local h = require("helper")
local core = h.core

local NOTE = table.concat({
  "---",
  "account: Acme Corp",
  "date: 2026-11-20",
  "---",
  "# Acme Corp - discovery",
  "- NEXT: Jason brings CFO to the proposal review Tue 12/8 10am", -- 6: firm
  "- NEXT: send the case studies",                                  -- 7: compliance, due 11-22
  "- NEXT: call Jason back in two weeks due:2026-12-04",            -- 8: non
  "  TOUCH: 2026-12-04 call - no answer",
  "  TOUCH: 2026-12-07 email - no reply",
  "- NEXT: they'll get back to us about the pilot",                -- 11: soft, due 11-27
  "",
}, "\n")

describe("chase loop in the store", function()
  local dir, db, path
  before_each(function()
    dir = h.tmpdir()
    path = dir .. "/notes/acme.md"
    h.write(path, NOTE)
    db = assert(core.open(dir .. "/fulog.db"))
    assert(db:index({ dir .. "/notes" }, { today = "2026-11-20" }))
  end)
  after_each(function()
    db:close()
    h.rm(dir)
  end)

  local function by_line(rows)
    local t = {}
    for _, r in ipairs(rows) do
      t[r.line] = r
    end
    return t
  end

  -- The log's entry for the step at line.
  local function log_chase(line, today)
    for _, a in ipairs(assert(db:log({ today = today }))) do
      for _, c in ipairs(a.chases) do
        if c.line == line then
          return c
        end
      end
    end
  end

  it("lists by next action date, with state, next, unanswered and pushed", function()
    local rows = assert(db:overdue({ today = "2026-12-15" }))
    local r = by_line(rows)
    assert.are.equal("todo", r[7].state)
    assert.are.equal("2026-11-22", r[7].next)
    assert.are.equal("chase", r[11].state)
    assert.are.equal("2026-11-27", r[11].next)
    assert.are.equal("outcome", r[6].state)
    assert.are.equal("2026-12-08", r[6].next)
    -- the spec's example: due 12-04, touched 12-04 and 12-07 unanswered -> 12-14
    assert.are.equal("chase", r[8].state)
    assert.are.equal("2026-12-14", r[8].next)
    assert.are.equal(2, r[8].unanswered)
    assert.are.equal("2026-12-04", r[8].since)
    assert.are.equal("call", r[8].since_channel)
    assert.are.equal(0, r[8].pushed)
    assert.are.equal(1, r[8].days)
    -- ordered by next action date
    for i = 2, #rows do
      assert.truthy(rows[i - 1].next <= rows[i].next)
    end
  end)

  it("orders steps with the same next action date by path, then line", function()
    -- inserted out of path order: the store's order must not follow the rows'
    local steps = "---\ndate: 2026-11-20\n---\n- NEXT: send the deck due:2026-12-01\n"
      .. "- NEXT: send the quote due:2026-12-01\n- NEXT: send the terms due:2026-11-30\n"
    h.write(dir .. "/notes/zeta.md", steps)
    h.write(dir .. "/notes/beta.md", steps)
    h.write(dir .. "/notes/beta/a.md", steps)
    assert(db:index({ dir .. "/notes/zeta.md" }, { today = "2026-11-20" }))
    assert(db:index({ dir .. "/notes" }, { today = "2026-11-20" }))
    local got = {}
    for _, r in ipairs(assert(db:overdue({ today = "2026-12-15" }))) do
      if r.next == "2026-12-01" or r.next == "2026-11-30" then
        got[#got + 1] = ("%s %s:%d"):format(r.next, r.path:match("notes/(.*)$"), r.line)
      end
    end
    assert.are.same({
      "2026-11-30 beta.md:6", "2026-11-30 beta/a.md:6", "2026-11-30 zeta.md:6",
      "2026-12-01 beta.md:4", "2026-12-01 beta.md:5", "2026-12-01 beta/a.md:4", "2026-12-01 beta/a.md:5",
      "2026-12-01 zeta.md:4", "2026-12-01 zeta.md:5",
    }, got)
  end)

  it("a booked meeting is never overdue until its date passes, then asks about the outcome", function()
    local r = by_line(assert(db:overdue({ today = "2026-12-08" })))
    assert.is_nil(r[6])
    local found = log_chase(6, "2026-12-08")
    assert.are.equal("booked", found.state)
    assert.is_false(found.overdue)
    r = by_line(assert(db:overdue({ today = "2026-12-09" })))
    assert.are.equal("outcome", r[6].state)
  end)

  it("a touch after the meeting's date makes it a chase on the cadence", function()
    assert(core.add_touch(path, 6, { date = "2026-12-09", channel = "email", outcome = "no reply" }))
    assert(db:index_file(path, { today = "2026-12-09" }))
    local r = by_line(assert(db:overdue({ today = "2026-12-20" })))
    assert.are.equal("chase", r[6].state)
    assert.are.equal("2026-12-12", r[6].next)
    r = by_line(assert(db:overdue({ today = "2026-12-11" })))
    assert.is_nil(r[6])
  end)

  it("a reply resets the count: next is the reply date plus the first interval", function()
    assert(core.add_touch(path, 8, { date = "2026-12-15", channel = "call", outcome = "replied: wants pricing" }))
    assert(db:index_file(path, { today = "2026-12-15" }))
    local rows = assert(db:overdue({ today = "2026-12-19" }))
    local r = by_line(rows)
    assert.are.equal(0, r[8].unanswered)
    assert.are.equal("2026-12-18", r[8].next)
  end)

  it("a different cadence recomputes every step, and is recorded", function()
    local r = by_line(assert(db:overdue({ today = "2026-12-14" })))
    assert.is_nil(r[8])
    r = by_line(assert(db:overdue({ today = "2026-12-14", cadence = "2,5" })))
    assert.are.equal("2026-12-12", r[8].next)
    r = by_line(assert(db:overdue({ today = "2026-12-14", cadence = { 2, 5 } })))
    assert.are.equal("2026-12-12", r[8].next)
    -- and back
    r = by_line(assert(db:overdue({ today = "2026-12-14" })))
    assert.is_nil(r[8])
    assert.has_error(function() db:overdue({ cadence = "3,x" }) end)
    assert.has_error(function() db:overdue({ cadence = {} }) end)
  end)

  it("counts pushes: a due date moved later", function()
    local text = h.read(path)
    h.write(path, (text:gsub("due:2026%-12%-04", "due:2026-12-20")))
    assert(db:index_file(path, { today = "2026-12-05" }))
    text = h.read(path)
    h.write(path, (text:gsub("due:2026%-12%-20", "due:2026-12-28")))
    assert(db:index_file(path, { today = "2026-12-06" }))
    local c8 = log_chase(8, "2027-01-10")
    assert.are.equal(2, c8.pushed)
    assert.are.equal("2026-12-28", c8.next)
    -- pulled earlier: not a push
    text = h.read(path)
    h.write(path, (text:gsub("due:2026%-12%-28", "due:2026-12-10")))
    assert(db:index_file(path, { today = "2026-12-07" }))
    local r = by_line(assert(db:overdue({ today = "2027-01-10" })))
    assert.are.equal(2, r[8].pushed)
  end)
end)

-- A temp folder with NOTE indexed by bin/fulog: the folder and the store.
local function cli_store()
  local dir = h.tmpdir()
  local db = dir .. "/fulog.db"
  h.write(dir .. "/notes/acme.md", NOTE)
  local _, err, code = h.fulog("index notes", { cwd = dir, db = db })
  assert.are.equal(0, code, err)
  return dir, db
end

describe("fulog overdue and log speak of the chase loop", function()
  local dir, db
  before_each(function()
    dir, db = cli_store()
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("overdue: one line per step by next action date, naming the state", function()
    local out, err, code = h.fulog("overdue", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    out = out:gsub(" {%l+}\n", "\n")
    assert.are.same({
      "notes/acme.md:7:3: compliance [Acme Corp] send the case studies (due 2026-11-22, 23 days overdue)",
      "notes/acme.md:11:3: chase, 1st follow-up - soft [Acme Corp] they'll get back to us about the pilot"
        .. " (due 2026-11-27, 18 days overdue)",
      "notes/acme.md:6:3: outcome: booked for 2026-12-08 - did it happen? mark it done or log a touch"
        .. " - firm [Acme Corp] Jason brings CFO to the proposal review Tue 12/8 10am",
      "notes/acme.md:8:3: chase, 3rd follow-up (2 unanswered since 2026-12-04 call) - non [Acme Corp]"
        .. " call Jason back in two weeks (due 2026-12-04, next 2026-12-14, 1 day overdue)",
    }, h.lines(out))
  end)

  it("--json entries carry state, next, unanswered and pushed, in overdue and log", function()
    local out, err, code = h.fulog("overdue --json", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    for _, k in ipairs({ '"state":"outcome"', '"next":"2026-12-14"', '"unanswered":2', '"pushed":0' }) do
      assert.truthy(out:find(k, 1, true), k)
    end
    out, err, code = h.fulog("log --json", { cwd = dir, db = db, today = "2026-12-05" })
    assert.are.equal(0, code, err)
    for _, k in ipairs({ '"state":"booked"', '"next":"2026-12-14"', '"unanswered":2', '"pushed":0' }) do
      assert.truthy(out:find(k, 1, true), k)
    end
  end)

  it("log: chases by account, then booked meetings under Coming up, as :FuLog shows them", function()
    local out, err, code = h.fulog("log", { cwd = dir, db = db, today = "2026-12-05" })
    assert.are.equal(0, code, err)
    local l = h.lines(out)
    assert.are.equal("Follow-up log, today 2026-12-05, all accounts: 3 to act on (2 overdue), 1 coming up,"
      .. " 0 dark accounts", l[1])
    assert.are.equal("Acme Corp  last touch 2026-12-04, last reply -", l[2])
    assert.truthy(out:find("  LATE todo     2026-11-22  compliance  send the case studies\n", 1, true), out)
    assert.truthy(out:find("       chase    2026-12-14  non         call Jason back", 1, true), out)
    assert.truthy(out:find("3rd follow-up: waiting 0 days since the 2026-12-07 email, 2 unanswered since 2026-12-04"
      .. " · due 2026-12-04 · 2 touches · met 2026-11-20", 1, true), out)
    assert.truthy(out:find("Coming up\n       booked   2026-12-08  firm        [Acme Corp] Jason brings", 1, true), out)
    assert.truthy(out:find("in 3 days · met 2026-11-20 · notes/acme.md:6", 1, true), out)
    -- the same text the editors show, from the one formatter
    local s = assert(core.open(db))
    local accounts = assert(s:log({ today = "2026-12-05" }))
    for _, a in ipairs(accounts) do
      for _, c in ipairs(a.chases) do
        c.key = core.step_key(c.text)
      end
    end
    local text = core.log_text(accounts, { today = "2026-12-05", base = dir })
    s:close()
    assert.are.equal(text, out)
  end)

  it("--cadence and FULOG_CADENCE set the intervals; a bad one is a usage error", function()
    local out, err, code = h.fulog("overdue --cadence 2,5", { cwd = dir, db = db, today = "2026-12-14" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("next 2026-12-12, 2 days overdue", 1, true), out)
    out = h.fulog("overdue", { cwd = dir, db = db, today = "2026-12-14" })
    assert.falsy(out:find("call Jason back", 1, true), out)
    out = h.fulog("overdue", { cwd = dir, db = db, today = "2026-12-14", pre = "FULOG_CADENCE=2,5 " })
    assert.truthy(out:find("next 2026-12-12", 1, true), out)
    local _, e2, c2 = h.fulog("overdue --cadence 3,x", { cwd = dir, db = db })
    assert.are.equal(2, c2)
    assert.truthy(e2:find("--cadence wants", 1, true), e2)
    _, _, c2 = h.fulog("log --cadence 0", { cwd = dir, db = db })
    assert.are.equal(2, c2)
  end)
end)

describe("fulog snooze", function()
  local dir, db
  before_each(function()
    dir, db = cli_store()
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("writes due: into that line only, moves the next action date and counts the push", function()
    local before = h.read(dir .. "/notes/acme.md")
    local out, err, code = h.fulog("snooze notes/acme.md:8 +7d", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.are.equal("notes/acme.md:8: due 2026-12-22: call Jason back in two weeks\n", out)
    local after = h.read(dir .. "/notes/acme.md")
    assert.are.equal((before:gsub("due:2026%-12%-04", "due:2026-12-22")), after)
    out, err, code = h.fulog("snooze notes/acme.md:11 2026-12-28", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/notes/acme.md"):find("about the pilot due:2026-12-28\n", 1, true))
    out = h.fulog("overdue", { cwd = dir, db = db, today = "2026-12-20" })
    assert.falsy(out:find("call Jason back", 1, true), out)
    assert.falsy(out:find("about the pilot", 1, true), out)
    out = h.fulog("log --json", { cwd = dir, db = db, today = "2026-12-20" })
    assert.truthy(out:find('"next":"2026%-12%-22","overdue":false,"path":"[^"]*","pushed":1'), out)
    assert.truthy(out:find('"next":"2026%-12%-28","overdue":false,"path":"[^"]*","pushed":1'), out)
    -- the text: the due column has the date, "pushed 1x" the snooze; the
    -- raw token is the note's bookkeeping (--json keeps the line's text)
    out = h.fulog("log", { cwd = dir, db = db, today = "2026-12-20" })
    assert.truthy(out:find("  call Jason back in two weeks\n", 1, true), out)
    assert.truthy(out:find("about the pilot\n", 1, true), out)
    assert.falsy(out:find("due:", 1, true), out)
  end)

  -- date: 2026-11-20 fixed to 2026-11-27: the dues that follow the meeting
  -- move a week with it. That is a typo fixed, no step pushed: the log said
  -- "pushed 1x" on each and stats counted them.
  it("a meeting date corrected in the note moves the dues it sets, counts no push, keeps a push the seller made", function()
    local text = h.read(dir .. "/notes/acme.md")
    h.write(dir .. "/notes/acme.md", (text:gsub("date: 2026%-11%-20", "date: 2026-11-27")
      :gsub("about the pilot\n", "about the pilot by 12/30\n")))
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local out = h.fulog("export csv", { cwd = dir, db = db })
    local got = {}
    for l in out:gmatch("[^\r\n]+") do
      local text_, due, pushed = l:match("^[^,]*,[^,]*,%d+,[^,]*,[^,]*,(.-),2026%-11%-27,([%d-]*),[^,]*,%d+,%d+,[^,]*,(%d+),%d+$")
      if text_ then got[text_] = due .. " pushed " .. pushed end
    end
    assert.are.same({
      ["Jason brings CFO to the proposal review Tue 12/8 10am"] = "2026-12-08 pushed 0",
      ["send the case studies"] = "2026-11-29 pushed 0",
      ["call Jason back in two weeks"] = "2026-12-04 pushed 0",
      ["they'll get back to us about the pilot by 12/30"] = "2026-12-30 pushed 1",
    }, got)
    out = h.fulog("history notes/acme.md:7", { cwd = dir, db = db })
    assert.truthy(out:find("meeting  2026-11-22 -> 2026-11-29", 1, true), out)
    out = h.fulog("stats --since 2026-11-01 --json", { cwd = dir, db = db })
    assert.truthy(out:find('"pushed":1,"replies":0,"start":"2026-11-01"', 1, true), out)
  end)

  it("refuses a bad date (usage, 2) and a line that is no step (1)", function()
    local _, err, code = h.fulog("snooze notes/acme.md:8 soon", { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.truthy(err:find("+Nd", 1, true), err)
    _, err, code = h.fulog("snooze notes/acme.md:2 +3d", { cwd = dir, db = db })
    assert.are.equal(1, code)
    assert.truthy(err:find("notes/acme.md:2", 1, true), err)
  end)
end)

describe("fulog touch with no outcome", function()
  local dir, db
  before_each(function()
    dir, db = cli_store()
  end)
  after_each(function()
    h.rm(dir)
  end)

  -- It wrote a bare "TOUCH: D email" where :FuTouch with an empty prompt
  -- wrote "email - no reply": one act, two lines (QA round 40).
  it("writes the spec's 'no reply', and a bare touch already written still reads as unanswered", function()
    local out, err, code = h.fulog("touch notes/acme.md:11 email", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.are.equal("notes/acme.md:12: touch recorded: email - no reply (they'll get back to us about the pilot)\n", out)
    assert.truthy(h.read(dir .. "/notes/acme.md"):find("pilot\n  - TOUCH: 2026-12-15 email - no reply\n", 1, true))
    -- a bare line and a "no reply" line under one step: two unanswered
    local text = h.read(dir .. "/notes/acme.md")
    h.write(dir .. "/notes/acme.md", (text:gsub("  TOUCH: 2026%-12%-07 email %- no reply", "  TOUCH: 2026-12-07 email")))
    _, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    out = h.fulog("overdue --json", { cwd = dir, db = db, today = "2026-12-20" })
    assert.truthy(out:find('"next":"2026-12-14"', 1, true), out)
    assert.truthy(out:find('"unanswered":2', 1, true), out)
    -- and the same touch again (its "no reply" form) is refused
    local before = h.read(dir .. "/notes/acme.md")
    _, err, code = h.fulog("touch --date 2026-12-07 notes/acme.md:8 email no reply", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(1, code)
    assert.are.equal("fulog: notes/acme.md:10: this touch is already there (same date, channel and outcome): not written again\n", err)
    assert.are.equal(before, h.read(dir .. "/notes/acme.md"))
  end)
end)

describe("fulog snooze to a day already past", function()
  local dir, db
  before_each(function()
    dir, db = cli_store()
  end)
  after_each(function()
    h.rm(dir)
  end)

  -- A mistyped month (11 for 12) wrote due:2026-11-20 and listed the step
  -- as overdue at once, with exit 0: a snooze pushes a step later.
  it("is refused (usage, 2), says why, and changes nothing", function()
    local before = h.read(dir .. "/notes/acme.md")
    local out, err, code = h.fulog("snooze notes/acme.md:8 2026-11-20", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(2, code, out .. err)
    assert.truthy(err:find("2026-11-20 is before today (2026-12-15)", 1, true), err)
    assert.are.equal(before, h.read(dir .. "/notes/acme.md"))
    out, err, code = h.fulog("snooze notes/acme.md:8 2026-12-15", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.are.equal("notes/acme.md:8: due 2026-12-15: call Jason back in two weeks\n", out)
  end)
end)

describe("fulog draft", function()
  local dir, db
  before_each(function()
    dir, db = cli_store()
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("an account with no PAIN/WANT gets a draft that says so first; nothing else changes", function()
    local before = h.read(dir .. "/notes/acme.md")
    local out, err, code = h.fulog("draft notes/acme.md:8", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    local l = h.lines(out)
    assert.truthy(l[1]:find("^NOTE: no PAIN:/WANT: lines for Acme Corp"), l[1])
    assert.truthy(out:find("Subject: Acme Corp: next step on call Jason back in two weeks\n", 1, true), out)
    assert.truthy(out:find("I've written a few times without hearing back", 1, true), out) -- 3rd attempt
    assert.truthy(out:find("Wed Dec 16 at 10:00 or Thu Dec 17 at 14:00", 1, true), out)
    assert.are.equal(before, h.read(dir .. "/notes/acme.md"))
  end)

  it("quotes the client's words newest first, names the contact, and writes call scripts", function()
    h.write(dir .. "/notes/acme2.md", table.concat({
      "---", "account: Acme Corp", "date: 2026-12-01", "attendees: Jason Park, Maria Lopez", "---",
      "# Acme Corp - follow-up", "PAIN: the board wants numbers by Q1", "- NEXT: Maria to send the security review",
      "",
    }, "\n"))
    h.write(dir .. "/notes/acme.md", NOTE:gsub("# Acme Corp %- discovery\n", "%0PAIN: month-end close takes three days\n"))
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local out
    out, err, code = h.fulog("draft notes/acme2.md:8", { cwd = dir, db = db, today = "2026-12-04" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("Hi Maria,", 1, true), out)
    local a, b = out:find('"the board wants numbers by Q1"', 1, true), out:find('"month-end close takes three days"', 1, true)
    assert.truthy(a and b and a < b, out)
    assert.truthy(out:find("Mon Dec 7 at 10:00 or Tue Dec 8 at 14:00", 1, true), out) -- Fri: next Mon, Tue
    out, err, code = h.fulog("draft --channel call notes/acme2.md:8", { cwd = dir, db = db, today = "2026-12-04" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("^Call script, Acme Corp, attempt 1:\n%- Hi Maria"), out)
    local _, e2, c2 = h.fulog("draft --channel fax notes/acme2.md:8", { cwd = dir, db = db })
    assert.are.equal(2, c2)
    assert.truthy(e2:find("--channel wants", 1, true), e2)
  end)

  -- QA round 38: the draft offered Mon 10:00 and Tue 14:00 with a demo
  -- booked Mon 10am and a call Tue 2pm in the store
  it("offers no slot at a time a meeting in the store already holds", function()
    h.write(dir .. "/notes/acme2.md", table.concat({
      "---", "account: Acme Corp", "date: 2026-12-01", "attendees: Maria Lopez", "---",
      "# Acme Corp - follow-up", "PAIN: the board wants numbers by Q1", "- NEXT: Maria to send the security review",
      "",
    }, "\n"))
    h.write(dir .. "/notes/globex.md", table.concat({
      "---", "account: Globex", "date: 2026-12-02", "---", "# Globex - demo",
      "- NEXT: Demo with Hank booked Mon 12/7 10am", "- NEXT: Review call booked Tue 12/8 at 2pm",
      "- [x] NEXT: Pilot kickoff booked Thu 12/10 10am", "",
    }, "\n"))
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local out
    out, err, code = h.fulog("draft notes/acme2.md:8", { cwd = dir, db = db, today = "2026-12-04" })
    assert.are.equal(0, code, err)
    -- Mon 10:00 taken: its 14:00; Tue taken at 10am (acme.md's proposal
    -- review) and 2pm: the next working day
    assert.truthy(out:find("I can do\nMon Dec 7 at 14:00 or Wed Dec 9 at 14:00;", 1, true), out)
    out = h.fulog("draft --channel call notes/acme2.md:8", { cwd = dir, db = db, today = "2026-12-04" })
    assert.truthy(out:find("Mon Dec 7 at 14:00 or Wed Dec 9 at 14:00?", 1, true), out)
    -- from Tuesday: a meeting marked done holds no time (Thu 10:00 stays)
    out = h.fulog("draft notes/acme2.md:8", { cwd = dir, db = db, today = "2026-12-08" })
    assert.truthy(out:find("Wed Dec 9 at 10:00 or Thu Dec 10 at 14:00", 1, true), out)
    out = h.fulog("draft notes/acme2.md:8", { cwd = dir, db = db, today = "2026-12-09" })
    assert.truthy(out:find("Thu Dec 10 at 10:00 or Fri Dec 11 at 14:00", 1, true), out)
    -- what the store knows of those times: the same reading as export ics
    out = h.fulog("export ics", { cwd = dir, db = db, today = "2026-12-04" })
    assert.truthy(out:find("DTSTART:20261207T100000", 1, true), out)
    assert.truthy(out:find("DTSTART:20261208T140000", 1, true), out)
  end)

  it("writes to whoever acts in the step (the core's actors), not the first attendee; no due: or #class", function()
    h.write(dir .. "/notes/acme3.md", table.concat({
      "---", "account: Acme Corp", "date: 2026-12-01", "attendees: Jason Park, Maria Lopez", "---",
      "# Acme Corp - follow-up", "- NEXT: Will sends the redlines #soft due:2026-12-20",
      "- NEXT: Jan signs the MSA by Friday", "- NEXT: send the deck", "",
    }, "\n"))
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local out
    out, err, code = h.fulog("draft notes/acme3.md:7", { cwd = dir, db = db, today = "2026-12-04" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("Hi Will,", 1, true), out)
    assert.truthy(out:find("next step on Will sends the redlines\n", 1, true), out)
    out = h.fulog("draft notes/acme3.md:8", { cwd = dir, db = db, today = "2026-12-04" })
    assert.truthy(out:find("Hi Jan,", 1, true), out) -- a month that is a name, in the actor's place
    out = h.fulog("draft notes/acme3.md:9", { cwd = dir, db = db, today = "2026-12-04" })
    assert.truthy(out:find("Hi Jason,", 1, true), out) -- nobody named: the first attendee
  end)

  it("takes its templates from the rules file's draft entry; cue words still work beside them", function()
    h.write(dir .. "/rules.lua", 'return { chase = { "nudge" }, draft = { email = "Hey {name} - re {step} ({account})" } }')
    local out, err, code = h.fulog("draft --rules rules.lua notes/acme.md:8", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("Hey Jason - re call Jason back in two weeks (Acme Corp)", 1, true), out)
    out, err, code = h.fulog("classify --rules rules.lua", { cwd = dir, stdin = "nudge Tom next week\n" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("^non\t"), out)
    h.write(dir .. "/bad.lua", 'return { draft = { fax = "x" } }')
    local _, e2, c2 = h.fulog("draft --rules bad.lua notes/acme.md:8", { cwd = dir, db = db })
    assert.are.equal(1, c2)
    assert.truthy(e2:find("bad.lua: draft wants", 1, true), e2)
  end)

  -- QA round 38b: setup()'s draft.times reached only the editor; fulog draft
  -- always offered 10:00 and 14:00. The rules file's draft.times is read by both.
  it("takes its slot times from the rules file's draft.times, as the editor does", function()
    h.write(dir .. "/rules.lua", 'return { draft = { times = { "8:30", "15:00" } } }')
    local out, err, code = h.fulog("draft --rules rules.lua notes/acme.md:8", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("Wed Dec 16 at 08:30 or Thu Dec 17 at 15:00", 1, true), out)
    -- $FULOG_RULES, the file the editor reads too
    out, err, code = h.fulog("draft notes/acme.md:8",
      { cwd = dir, db = db, today = "2026-12-15", pre = "FULOG_RULES=" .. h.q(dir .. "/rules.lua") .. " " })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("Wed Dec 16 at 08:30 or Thu Dec 17 at 15:00", 1, true), out)
    for _, bad in ipairs({ '{ "25:00", "14:00" }', '{ "10:00" }', '"10:00"' }) do
      h.write(dir .. "/bad.lua", "return { draft = { times = " .. bad .. " } }")
      local _, e2, c2 = h.fulog("draft --rules bad.lua notes/acme.md:8", { cwd = dir, db = db })
      assert.are.equal(1, c2, bad)
      assert.truthy(e2:find("bad.lua: draft.times wants two clock times", 1, true), e2)
    end
  end)
end)

-- Every --json step carries the line's text as written (text: what a
-- write-back matches on) and the words the listings show (display), under
-- the same two names in overdue, log and export json.
describe("--json step text", function()
  local dir, db
  before_each(function()
    dir = h.tmpdir()
    db = dir .. "/fulog.db"
    h.write(dir .. "/notes/acme.md", NOTE:gsub("send the case studies", "send the case studies #compliance due:2026-11-25"))
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
  end)
  after_each(function() h.rm(dir) end)

  it("is text (as written) and display (as listed) in overdue, log and export json", function()
    local raw, shown = "send the case studies #compliance due:2026-11-25", "send the case studies"
    local want = ('"display":"%s"'):format(shown)
    for _, args in ipairs({ "overdue --json", "log --json", "export json" }) do
      local out, err, code = h.fulog(args, { cwd = dir, db = db, today = "2026-12-15" })
      assert.are.equal(0, code, err)
      assert.truthy(out:find('"text":"' .. raw .. '"', 1, true), args .. ": " .. out)
      assert.truthy(out:find(want, 1, true), args .. ": " .. out)
    end
    -- display is what the text listings print
    local out = h.fulog("overdue", { cwd = dir, db = db, today = "2026-12-15" })
    assert.truthy(out:find("] " .. shown .. " (due", 1, true), out)
    -- and a write-back matches on text: done by the listed line
    local _, err, code = h.fulog("done notes/acme.md:7", { cwd = dir, db = db, today = "2026-12-15" })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/notes/acme.md"):find("- [x] NEXT: " .. raw, 1, true))
  end)
end)
