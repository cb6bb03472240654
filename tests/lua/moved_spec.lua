-- A note renamed or moved (git mv, mv, another folder) keeps its steps'
-- history: first seen, pushes, done and due events follow the step to its
-- new path. A copy starts its own history; the original keeps its.
local h = require("helper")

local run = h.fulog

local NOTE = "# Acme - 2026-11-20\n- NEXT: send pricing sheet due:2026-12-04\n- NEXT: send the case studies\n"

-- Indexes on 12-01, snoozes the pricing step on 12-03 (a push), indexes.
local function week_start(dir, db, rel)
  h.write(dir .. "/" .. rel, NOTE)
  local _, err, code = run("index notes", { cwd = dir, db = db, today = "2026-12-01" })
  assert.are.equal(0, code, err)
  _, err, code = run("snooze " .. rel .. ":2 2026-12-09", { cwd = dir, db = db, today = "2026-12-03" })
  assert.are.equal(0, code, err)
end

local function history(dir, db, at)
  local out, err, code = run("history " .. at, { cwd = dir, db = db, today = "2026-12-07" })
  assert.are.equal(0, code, err)
  return out
end

local function moved(dir, cmd)
  assert.is_true(os.execute(("cd %s && %s"):format(h.q(dir), cmd)))
end

local function index(dir, db, today, what)
  local _, err, code = run("index " .. (what or "notes"), { cwd = dir, db = db, today = today })
  assert.are.equal(0, code, err)
end

-- The history of at, which must start with the step first seen on seen.
local function first_seen(dir, db, at, seen)
  local out = history(dir, db, at)
  assert.truthy(h.lines(out)[1]:match("^" .. seen:gsub("%-", "%%-") .. "  seen"), out)
  return out
end

describe("a renamed or moved note keeps its steps' history", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("mv in the same folder: first seen and the push follow the step", function()
    week_start(dir, db, "notes/acme/a.md")
    moved(dir, "mv notes/acme/a.md notes/acme/2026-11-20-acme.md")
    index(dir, db, "2026-12-05")
    local out = first_seen(dir, db, "notes/acme/2026-11-20-acme.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due      2026-12-04 -> 2026-12-09", 1, true), out)
    assert.truthy(out:find("2026-12-05  moved    notes/acme/a.md -> notes/acme/2026-11-20-acme.md", 1, true), out)
    out = run("log --json", { cwd = dir, db = db, today = "2026-12-10" })
    assert.truthy(out:find('"pushed":1', 1, true), out)
  end)

  it("git mv to another folder with an edit of the step: history follows, the edit is recorded", function()
    moved(dir, "git init -q . && git config user.email q@a && git config user.name q")
    week_start(dir, db, "notes/acme/a.md")
    moved(dir, "git add -A && git commit -qm one && mkdir -p notes/globex && git mv notes/acme/a.md notes/globex/a.md")
    h.write(dir .. "/notes/globex/a.md", NOTE:gsub("send pricing sheet due:2026%-12%-04", "send the pricing sheet due:2026-12-09")
      :gsub("send the case studies", "[x] NEXT: send the case studies"):gsub("%- NEXT: %[x%]", "- [x]"))
    moved(dir, "git commit -qam moved")
    index(dir, db, "2026-12-05")
    local out = first_seen(dir, db, "notes/globex/a.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due      2026-12-04 -> 2026-12-09", 1, true), out)
    assert.truthy(out:find("2026-12-05  text", 1, true), out)
    out = first_seen(dir, db, "notes/globex/a.md:3", "2026-12-01")
    assert.truthy(out:find("2026-12-05  done", 1, true), out)
    -- the old path is gone from the store
    out = run("log --json", { cwd = dir, db = db, today = "2026-12-10" })
    assert.is_nil(out:find("acme/a.md", 1, true), out)
  end)

  it("the new path indexed first, the old one found gone later: history still follows", function()
    week_start(dir, db, "notes/a.md")
    moved(dir, "mv notes/a.md notes/b.md")
    index(dir, db, "2026-12-04", "notes/b.md")
    index(dir, db, "2026-12-05")
    local out = first_seen(dir, db, "notes/b.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due      2026-12-04 -> 2026-12-09", 1, true), out)
  end)

  it("a copy starts its own history; the original keeps its own", function()
    week_start(dir, db, "notes/a.md")
    moved(dir, "cp notes/a.md notes/c.md")
    index(dir, db, "2026-12-05")
    local out = first_seen(dir, db, "notes/a.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due", 1, true), out)
    out = first_seen(dir, db, "notes/c.md:2", "2026-12-05")
    assert.is_nil(out:find("due", 1, true), out)
  end)

  it("two notes with the same step: the moved note's history goes to its new path only", function()
    h.write(dir .. "/notes/x.md", "# Globex - 2026-11-18\n- NEXT: send pricing sheet due:2026-12-04\n")
    week_start(dir, db, "notes/a.md")
    moved(dir, "mv notes/a.md notes/b.md")
    index(dir, db, "2026-12-05")
    local out = history(dir, db, "notes/b.md:2")
    assert.truthy(out:find("2026-12-03  due      2026-12-04 -> 2026-12-09", 1, true), out)
    out = first_seen(dir, db, "notes/x.md:2", "2026-12-01")
    assert.is_nil(out:find("due", 1, true), out)
    assert.is_nil(out:find("moved", 1, true), out)
  end)

  it("a deleted note's steps do not land on another note that shares a line", function()
    h.write(dir .. "/notes/x.md", "# Globex - 2026-11-18\n- NEXT: send a quote\n- NEXT: book the demo\n")
    week_start(dir, db, "notes/a.md")
    -- x shares no whole step with a: a's deletion leaves x alone
    moved(dir, "rm notes/a.md")
    index(dir, db, "2026-12-05")
    local out = first_seen(dir, db, "notes/x.md:2", "2026-12-01")
    assert.is_nil(out:find("moved", 1, true), out)
  end)
  -- A write-back indexes only the note it wrote: the old path must leave
  -- then, not at the next full index (overdue listed both, a step twice).
  it("a write-back on the renamed note: overdue lists the new path only, history follows", function()
    week_start(dir, db, "notes/acme/a.md")
    moved(dir, "mv notes/acme/a.md notes/acme/2026-11-20-acme.md")
    local _, err, code = run("touch notes/acme/2026-11-20-acme.md:3 email", { cwd = dir, db = db, today = "2026-12-05" })
    assert.are.equal(0, code, err)
    local out = run("overdue", { cwd = dir, db = db, today = "2026-12-10" })
    assert.is_nil(out:find("acme/a.md", 1, true), out)
    assert.are.equal(1, select(2, out:gsub("send pricing sheet", "")), out)
    assert.truthy(out:find("acme.md:2:3: compliance [Acme] send pricing sheet (due 2026-12-09, 1 day overdue, pushed 1x)", 1, true), out)
    out = first_seen(dir, db, "notes/acme/2026-11-20-acme.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due      2026-12-04 -> 2026-12-09", 1, true), out)
    assert.truthy(out:find("2026-12-05  moved    notes/acme/a.md -> notes/acme/2026-11-20-acme.md", 1, true), out)
  end)

  it("a write-back on a note moved to another folder: the old folder's path leaves", function()
    week_start(dir, db, "notes/acme/a.md")
    moved(dir, "mkdir -p notes/globex && mv notes/acme/a.md notes/globex/a.md")
    local _, err, code = run("done notes/globex/a.md:3", { cwd = dir, db = db, today = "2026-12-05" })
    assert.are.equal(0, code, err)
    local out = run("log --json", { cwd = dir, db = db, today = "2026-12-10" })
    assert.is_nil(out:find("acme/a.md", 1, true), out)
    out = first_seen(dir, db, "notes/globex/a.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due      2026-12-04 -> 2026-12-09", 1, true), out)
  end)

  it("a write-back on a copy keeps the original, which is still there", function()
    week_start(dir, db, "notes/a.md")
    moved(dir, "cp notes/a.md notes/c.md")
    local _, err, code = run("touch notes/c.md:3 call", { cwd = dir, db = db, today = "2026-12-05" })
    assert.are.equal(0, code, err)
    local out = run("overdue", { cwd = dir, db = db, today = "2026-12-10" })
    assert.truthy(out:find("notes/a.md:2:", 1, true), out)
    assert.truthy(out:find("notes/c.md:2:", 1, true), out)
    out = first_seen(dir, db, "notes/a.md:2", "2026-12-01")
    assert.truthy(out:find("2026-12-03  due", 1, true), out)
  end)
end)
