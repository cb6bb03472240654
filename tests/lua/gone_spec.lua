-- A note gone from disk (deleted, or renamed with no write-back since):
-- fulog overdue and log leave its steps out and say so in one line on
-- stderr (the store keeps them until an index); done, touch and snooze on
-- one of its steps, by FILE:LINE or FILE:LINE:KEY from an old listing,
-- refuse in one line naming the note and write nothing. Today 2026-12-10.
local h = require("helper")

local run = h.fulog

local A = "---\naccount: Acme\ndate: 2026-11-20\n---\n- NEXT: send the case studies\n- NEXT: call Jason back in two weeks\n"
local B = "---\naccount: Acme\ndate: 2026-11-25\n---\n- NEXT: send pricing sheet\n- NEXT: send the security docs\n"
local C = "---\naccount: Globex\ndate: 2026-11-25\n---\n- NEXT: send the SOW\n"

local function ok(args, dir, db)
  local out, err, code = run(args, { cwd = dir, db = db })
  assert.are.equal(0, code, err)
  return out, err
end

-- A store of notes a.md and b.md (Acme) and c.md (Globex), indexed.
local function three_notes()
  local dir, db = h.fresh_store()
  h.write(dir .. "/notes/acme/a.md", A)
  h.write(dir .. "/notes/acme/b.md", B)
  h.write(dir .. "/notes/globex/c.md", C)
  ok("index notes", dir, db)
  return dir, db
end

describe("the steps of a note gone from disk", function()
  local dir, db
  before_each(function()
    dir, db = three_notes()
  end)
  after_each(function() h.rm(dir) end)

  it("deleted: overdue and log leave them out and say so once", function()
    os.remove(dir .. "/notes/acme/b.md")
    local out, err = ok("overdue", dir, db)
    assert.is_nil(out:find("b.md", 1, true), out)
    assert.are.equal(3, #h.lines(out), out)
    assert.are.equal("fulog: 2 steps in 1 note that is gone are not listed (notes/acme/b.md): fulog index removes them\n",
      err)
    out, err = ok("overdue --json", dir, db)
    assert.is_nil(out:find("b.md", 1, true), out)
    assert.truthy(err:find("2 steps in 1 note that is gone", 1, true), err)
    out, err = ok("log", dir, db)
    assert.is_nil(out:find("b.md", 1, true), out)
    assert.is_nil(out:find("send pricing sheet", 1, true), out)
    assert.truthy(out:find("3 to act on", 1, true), out)
    assert.truthy(err:find("2 steps in 1 note that is gone are not listed", 1, true), err)
    -- an account whose every note is gone is not shown
    os.remove(dir .. "/notes/globex/c.md")
    out, err = ok("log", dir, db)
    assert.is_nil(out:find("Globex", 1, true), out)
    assert.truthy(err:find("3 steps in 2 notes that are gone are not listed: fulog index removes them", 1, true), err)
    -- the store still has them until an index, which removes them
    ok("index notes", dir, db)
    out, err = ok("overdue", dir, db)
    assert.are.equal(2, #h.lines(out), out)
    assert.are.equal("", err)
  end)

  it("renamed with no write-back: listed once, at the new path once it is indexed", function()
    assert.is_true(os.rename(dir .. "/notes/acme/b.md", dir .. "/notes/acme/pricing.md"))
    local out = ok("overdue", dir, db)
    assert.is_nil(out:find("b.md", 1, true), out)
    h.write(dir .. "/notes/acme/pricing.md", B .. "- NEXT: ask for the PO\n")
    ok("index notes/acme/pricing.md", dir, db)
    out = ok("overdue", dir, db)
    assert.are.equal(1, select(2, out:gsub("send pricing sheet", "")), out)
    assert.truthy(out:find("notes/acme/pricing.md:5:3:", 1, true), out)
  end)

  it("a note that cannot be reached is not gone: still listed", function()
    -- a symlink loop in its place (ELOOP, as a folder without permission
    -- gives EACCES; root passes every permission check)
    os.remove(dir .. "/notes/acme/b.md")
    os.execute("ln -s b.md " .. h.q(dir .. "/notes/acme/b.md"))
    local out, err = ok("overdue", dir, db)
    assert.truthy(out:find("b.md", 1, true), out)
    assert.are.equal("", err)
  end)

  it("done, touch and snooze on one of them refuse in one line and write nothing", function()
    local listed = ok("overdue", dir, db)
    local at = listed:match("(notes/acme/b%.md:%d+):3:[^\n]*send pricing sheet")
    local key = listed:match("notes/acme/b%.md:%d+:3:[^\n]*send pricing sheet[^\n]*{(%l+)}")
    assert.truthy(at and key, listed)
    os.remove(dir .. "/notes/acme/b.md")
    local before = h.sh("ls -a " .. h.q(dir .. "/notes/acme") .. " && sqlite3 " .. h.q(db) .. " .dump")
    local want = "fulog: " .. at .. ": the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written\n"
    for _, cmd in ipairs({ "done " .. at, "done " .. at .. ":" .. key, "touch " .. at .. " email", "touch " .. at .. ":" .. key .. " call",
      "snooze " .. at .. " +7d", "snooze " .. at .. ":" .. key .. " 2026-12-20" }) do
      local out, err, code = run(cmd, { cwd = dir, db = db })
      assert.are.equal(1, code, cmd .. ": " .. err)
      assert.are.equal(want, err, cmd)
      assert.are.equal("", out, cmd)
    end
    assert.are.equal(before, h.sh("ls -a " .. h.q(dir .. "/notes/acme") .. " && sqlite3 " .. h.q(db) .. " .dump"))
  end)
end)

describe("core.note_gone", function()
  it("is the note's absence, not its unreadability", function()
    local dir = h.tmpdir()
    h.write(dir .. "/n.md", "x\n")
    assert.is_nil(h.core.note_gone(dir .. "/n.md"))
    assert.is_nil(h.core.note_gone(dir))
    os.execute("ln -s loop " .. h.q(dir .. "/loop"))
    assert.is_nil(h.core.note_gone(dir .. "/loop"), "a symlink loop cannot be reached: not gone")
    assert.are.equal("n/b.md: the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written",
      h.core.note_gone(dir .. "/b.md", "n/b.md"))
    h.rm(dir)
  end)
end)

-- The outputs beyond overdue and log's chases (QA round 45): a draft for a
-- step of a gone note is refused; a draft's PAIN/WANT lines and the log's
-- dark and last touch leave out a gone note's, as the listings leave out
-- its steps.
describe("a note gone from disk, beyond the listings", function()
  local dir, db
  local A2 = "---\naccount: Acme\ndate: 2026-11-20\n---\nPAIN: month-end takes three days\n"
    .. "- NEXT: send the case studies\n- NEXT: call Jason back in two weeks\n"
  local B2 = "---\naccount: Acme\ndate: 2026-11-25\n---\nWANT: SSO by January\n- NEXT: send pricing sheet\n"
    .. "  TOUCH: 2026-12-08 call - no reply\n  TOUCH: 2026-12-09 email - no reply\n"
  before_each(function()
    dir, db = h.fresh_store()
    h.write(dir .. "/notes/acme/a.md", A2)
    h.write(dir .. "/notes/acme/b.md", B2)
    ok("index notes", dir, db)
  end)
  after_each(function() h.rm(dir) end)

  it("draft: refused on a step of a gone note; a gone note's PAIN/WANT not quoted", function()
    local out = ok("draft notes/acme/a.md:7", dir, db)
    assert.truthy(out:find('"SSO by January"', 1, true), out)
    os.remove(dir .. "/notes/acme/b.md")
    out = ok("draft notes/acme/a.md:7", dir, db)
    assert.is_nil(out:find("SSO", 1, true), out)
    assert.truthy(out:find('"month-end takes three days"', 1, true), out)
    local err, code
    out, err, code = run("draft notes/acme/b.md:6", { cwd = dir, db = db })
    assert.are.equal(1, code, err)
    assert.are.equal("", out)
    assert.are.equal("fulog: notes/acme/b.md:6: the note is gone (no such file: deleted, or renamed or moved since it "
      .. "was indexed); nothing written\n", err)
  end)

  it("log: an account's dark and last touch leave out a gone note's touches", function()
    local out = ok("log", dir, db)
    assert.truthy(out:find("Acme  DARK: 2 touches unanswered", 1, true), out)
    local js = ok("log --json", dir, db)
    assert.truthy(js:find('"last_touch":"2026-12-09"', 1, true), js)
    os.remove(dir .. "/notes/acme/b.md")
    local err
    out, err = ok("log", dir, db)
    assert.is_nil(out:find("DARK", 1, true), out)
    assert.truthy(out:find("0 dark accounts", 1, true), out)
    assert.truthy(out:find("Acme  no touches yet", 1, true), out)
    assert.truthy(err:find("1 step in 1 note that is gone is not listed", 1, true), err)
    js = ok("log --json", dir, db)
    assert.is_nil(js:find("2026-12-09", 1, true), js)
    assert.truthy(js:find('"dark":false', 1, true), js)
  end)
end)

describe("the exports of a store with a note gone from disk", function()
  it("leave out its steps, say so on stderr, and keep the file as it is", function()
    local dir, db = h.fresh_store()
    h.write(dir .. "/notes/acme/a.md", A)
    h.write(dir .. "/notes/acme/b.md", B)
    ok("index notes", dir, db)
    local before = {}
    for _, f in ipairs({ "csv", "json", "ics" }) do
      before[f] = ok("export " .. f, dir, db)
      assert.truthy(before[f]:find("send pricing sheet", 1, true), f)
    end
    os.remove(dir .. "/notes/acme/b.md")
    for _, f in ipairs({ "csv", "json", "ics" }) do
      local out, err = ok("export " .. f, dir, db)
      assert.is_nil(out:find("b.md", 1, true), f .. ": " .. out)
      assert.is_nil(out:find("send pricing sheet", 1, true), f)
      assert.truthy(out:find("send the case studies", 1, true), f)
      assert.are.equal("fulog: 2 steps in 1 note that is gone are not exported (notes/acme/b.md): fulog index removes them\n",
        err, f)
    end
    local csv = ok("export csv", dir, db)
    assert.are.equal(3, #h.lines(csv), csv) -- the header and a.md's two steps
    h.rm(dir)
  end)
end)

-- fulog stats and fulog accounts follow the listings' rule: a note gone
-- from disk (not yet re-indexed) is not counted, an account whose every
-- note is gone is not named, and one line on stderr says so; the output
-- itself is what it would be after the next index.
describe("stats and accounts of a store with a note gone from disk", function()
  local dir, db
  before_each(function()
    dir, db = three_notes()
  end)
  after_each(function() h.rm(dir) end)

  it("stats: a gone note's meeting and steps are not counted, said on stderr", function()
    local before = ok("stats --json --since 2026-11-01", dir, db)
    assert.truthy(before:find('"meetings":3', 1, true), before)
    os.remove(dir .. "/notes/acme/b.md")
    local out, err = ok("stats --json --since 2026-11-01", dir, db)
    assert.truthy(out:find('"meetings":2', 1, true), out)
    assert.are.equal("fulog: 1 note that is gone is not counted (notes/acme/b.md): fulog index removes it\n", err)
    local text, terr = ok("stats --since 2026-11-01", dir, db)
    assert.are.equal(err, terr)
    -- the report is the one the next index gives
    ok("index notes", dir, db)
    local after, aerr = ok("stats --json --since 2026-11-01", dir, db)
    assert.are.equal(after, out)
    assert.are.equal("", aerr)
    assert.are.equal(text, (ok("stats --since 2026-11-01", dir, db)))
  end)

  it("accounts: an account whose every note is gone is not named, said on stderr", function()
    assert.are.equal("Acme\nGlobex\n", (ok("accounts", dir, db)))
    os.remove(dir .. "/notes/acme/a.md") -- Acme's latest note b.md is still there
    local out, err = ok("accounts", dir, db)
    assert.are.equal("Acme\nGlobex\n", out)
    assert.are.equal("", err)
    os.remove(dir .. "/notes/acme/b.md")
    out, err = ok("accounts", dir, db)
    assert.are.equal("Globex\n", out)
    assert.are.equal("fulog: 1 account whose notes are all gone is not listed (Acme): fulog index removes it\n", err)
    out = ok("accounts --json", dir, db)
    assert.is_nil(out:find("Acme", 1, true), out)
    ok("index notes", dir, db)
    out, err = ok("accounts", dir, db)
    assert.are.equal("Globex\n", out)
    assert.are.equal("", err)
  end)
end)
