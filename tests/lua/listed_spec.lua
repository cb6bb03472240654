-- A stale line number must not mark the wrong step (QA round 43): fulog
-- overdue listed n/a.md:6 "send the pricing sheet"; a step was inserted
-- above it and the note re-indexed; `fulog done n/a.md:6` then marked the
-- step now on line 6. Every listing records what it showed (fulog.listed)
-- and a plain FILE:LINE is checked against it. Today 2026-12-10.
local h = require("helper")

local HEAD = "---\naccount: Acme\ndate: 2026-11-20\n---\n# Acme\n"
local NOTE = HEAD .. "- NEXT: send the pricing sheet #compliance\n- NEXT: send the case studies #compliance\n"
local EDITED = HEAD .. "- NEXT: send the contract #compliance\n"
  .. "- NEXT: send the pricing sheet #compliance\n- NEXT: send the case studies #compliance\n"

describe("a plain FILE:LINE from a listing", function()
  local dir, db
  local function run(args)
    return h.fulog(args, { cwd = dir, db = db })
  end
  local function index()
    local _, err, code = run("index n")
    assert.are.equal(0, code, err)
  end
  before_each(function()
    dir, db = h.fresh_store()
    h.write(dir .. "/n/a.md", NOTE)
    index()
  end)
  after_each(function() h.rm(dir) end)

  for _, listing in ipairs({ "overdue", "overdue --json", "log", "log --json" }) do
    it("is refused when the step on that line is not the one " .. listing .. " showed there", function()
      local out, err, code = run(listing)
      assert.are.equal(0, code, err)
      assert.are.equal("", err)
      -- a step inserted above, and the note re-indexed
      h.write(dir .. "/n/a.md", EDITED)
      index()
      local key = require("fulog.core").step_key("send the pricing sheet #compliance")
      local want = 'fulog: n/a.md:6 now holds "send the contract"; your last listing showed "send the pricing sheet"'
        .. " there, now n/a.md:7: use n/a.md:7 or n/a.md:6:" .. key .. "; nothing written\n"
      for _, cmd in ipairs({ "done n/a.md:6", "snooze n/a.md:6 +3d", "touch n/a.md:6 email sent", "done n/a.md:6:1" }) do
        out, err, code = run(cmd)
        assert.are.equal(1, code, cmd .. ": " .. out .. err)
        assert.are.equal(want, err, cmd)
        assert.are.equal(EDITED, h.read(dir .. "/n/a.md"), cmd .. ": nothing written")
      end
      -- the line the refusal names, or the listing's key, acts
      out, err, code = run("done n/a.md:7")
      assert.are.equal(0, code, err)
      assert.are.equal("n/a.md:7: marked done: send the pricing sheet\n", out)
    end)
  end

  it("acts by the listing's key, and says where the listed step went when it is gone", function()
    local out = run("overdue")
    local key = out:match("send the pricing sheet.-{(%l+)}")
    h.write(dir .. "/n/a.md", EDITED)
    index()
    local _, err, code = run("done n/a.md:6:" .. key)
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/n/a.md"):find("- [x] NEXT: send the pricing sheet", 1, true))
    -- the listed step deleted since: refused, and said so
    h.write(dir .. "/n/a.md", NOTE)
    index()
    run("overdue")
    h.write(dir .. "/n/a.md", HEAD .. "- NEXT: send the contract #compliance\n- NEXT: send the case studies #compliance\n")
    index()
    out, err, code = run("done n/a.md:6")
    assert.are.equal(1, code, out)
    assert.are.equal('fulog: n/a.md:6 now holds "send the contract"; your last listing showed "send the pricing sheet"'
      .. ' there; it is no longer in the note: list again (fulog overdue or log); nothing written\n', err)
  end)

  it("acts as before when the step is the one listed, or no listing shows that line", function()
    run("overdue")
    -- a touch inserts a TOUCH: line; the step itself is still on line 6
    local out, err, code = run("touch n/a.md:6 email sent")
    assert.are.equal(0, code, err)
    out, err, code = run("snooze n/a.md:6 +3d")
    assert.are.equal(0, code, err)
    assert.truthy(out:find("send the pricing sheet", 1, true), out)
    -- the case studies moved down a line (the TOUCH: line), re-indexed by
    -- the write-back: line 7 holds no step (refused by the core, as before)
    out, err, code = run("done n/a.md:7")
    assert.are.equal(1, code, out)
    assert.truthy(h.read(dir .. "/n/a.md"):find("\n- NEXT: send the case studies", 1, true))
    -- another store's listing is not this one's: no record, as before
    local other = dir .. "/other/fulog.db"
    assert.are.equal(0, select(3, h.fulog("index n", { cwd = dir, db = other })))
    h.fulog("overdue", { cwd = dir, db = other })
    h.write(dir .. "/n/a.md", EDITED)
    index()
    out, err, code = run("done n/a.md:8")
    assert.are.equal(0, code, err)
    assert.are.equal("n/a.md:8: marked done: send the case studies\n", out)
  end)

  it("keeps the record private and apart from the store, and bounded", function()
    local before = h.sh("ls -A " .. h.q(dir .. "/store"))
    run("overdue")
    -- under $XDG_STATE_HOME/fulog, named by the store, its first line the store's path
    local core = require("fulog.core")
    local file = h.state_home() .. "/fulog/listed-" .. core.step_key(core.realpath(db))
    assert.are.equal("fulog listing 1\t" .. core.realpath(db) .. "\n", h.sh("head -1 " .. h.q(file)))
    assert.are.equal("600", (h.sh("stat -c %a " .. h.q(file)):gsub("%s", "")))
    assert.are.equal("700", (h.sh("stat -c %a " .. h.q(h.state_home() .. "/fulog")):gsub("%s", "")))
    -- (SQLite's own -wal and -shm aside)
    assert.are.equal(before, (h.sh("ls -A " .. h.q(dir .. "/store")):gsub("fulog%.db%-%l+\n", "")),
      "nothing beside the store")
    -- a listing longer than the bound records its first rows only
    local many = { HEAD }
    for i = 1, 2050 do
      many[#many + 1] = ("- NEXT: send quote %d #compliance\n"):format(i)
    end
    h.write(dir .. "/n/a.md", table.concat(many))
    index()
    local out = run("overdue")
    assert.are.equal(2050, select(2, out:gsub("\n", "")))
    assert.are.equal("2001\n", h.sh("wc -l < " .. h.q(file)))
  end)

  it("lists anyway when the record cannot be written, and says so", function()
    local p = io.popen(("cd %s && FULOG_TODAY=2026-12-10 FULOG_DB=%s XDG_CONFIG_HOME=/nonexistent"
      .. " XDG_STATE_HOME=/dev/null/x lua5.4 %s/bin/fulog overdue 2>&1"):format(h.q(dir), h.q(db), h.q(h.root)))
    local out = p:read("a")
    p:close()
    assert.truthy(out:find("send the pricing sheet", 1, true), out)
    assert.truthy(out:find("fulog: warning: this listing is not on record (/dev/null/x: cannot create folder: Not a"
      .. " directory): use FILE:LINE:KEY from it\n", 1, true), out)
  end)
end)
