-- A step already done (a second fulog done, a listing made before another
-- editor marked it): done again writes nothing and says when it was done
-- (as the store saw it), exit 1 as snooze of a done step; touch under a
-- done step is refused the same way, where it wrote a TOUCH line that
-- counted for nothing. Today 2026-12-10, the first done on 12-08.
local h = require("helper")

local run = h.fulog

local A = "---\naccount: Acme\ndate: 2026-11-20\n---\n- NEXT: send the case studies\n- NEXT: call Jason back in two weeks\n"
  .. "- [x] NEXT: they share the vendor contract\n"

local function fulog(args, dir, db, today)
  return run(args, { cwd = dir, db = db, today = today })
end

local function snapshot(dir, db)
  return h.read(dir .. "/n/a.md") .. h.sh("sqlite3 " .. h.q(db) .. " .dump")
end

describe("a step already done", function()
  local dir, db, key
  before_each(function()
    dir, db = h.fresh_store()
    h.write(dir .. "/n/a.md", A)
    local _, err, code = fulog("index n", dir, db)
    assert.are.equal(0, code, err)
    key = h.core.step_key("send the case studies")
    -- listed, then marked done on 12-08 (another run, another editor)
    local out
    out, err, code = fulog("done n/a.md:5", dir, db, "2026-12-08")
    assert.are.equal(0, code, err)
    assert.are.equal("n/a.md:5: marked done: send the case studies\n", out)
  end)
  after_each(function() h.rm(dir) end)

  it("done again: refused in one line with the day it was done, nothing written", function()
    local before = snapshot(dir, db)
    for _, spec in ipairs({ "n/a.md:5", "n/a.md:5:" .. key }) do
      local out, err, code = fulog("done " .. spec, dir, db)
      assert.are.equal(1, code, spec .. ": " .. err)
      assert.are.equal("", out, spec)
      assert.are.equal("fulog: n/a.md:5: the step is already done (since 2026-12-08): nothing written\n", err, spec)
    end
    assert.are.equal(before, snapshot(dir, db))
  end)

  it("done on a step the store never saw done: no day given", function()
    local out, err, code = fulog("done n/a.md:7", dir, db)
    assert.are.equal(1, code, err)
    assert.are.equal("", out)
    assert.are.equal("fulog: n/a.md:7: the step is already done: nothing written\n", err)
  end)

  it("touch under it: refused as snooze is, no TOUCH line written", function()
    local before = snapshot(dir, db)
    for _, cmd in ipairs({ "touch n/a.md:5 email no reply", "touch n/a.md:5:" .. key .. " call replied: yes",
      "touch n/a.md:7 email" }) do
      local out, err, code = fulog(cmd, dir, db)
      assert.are.equal(1, code, cmd .. ": " .. err)
      assert.are.equal("", out, cmd)
      local at = cmd:match("n/a%.md:(%d)")
      assert.are.equal("fulog: n/a.md:" .. at .. ": the step is done: no touch to record (a done step is never listed); "
        .. "nothing written\n", err, cmd)
    end
    assert.are.equal(before, snapshot(dir, db))
    -- the snooze it matches
    local _, err, code = fulog("snooze n/a.md:5 +3d", dir, db)
    assert.are.equal(1, code, err)
    assert.are.equal("fulog: n/a.md:5: the step is done: nothing to snooze (a done step is never listed)\n", err)
    -- an open step still takes a touch
    local out
    out, err, code = fulog("touch n/a.md:6 email no reply", dir, db)
    assert.are.equal(0, code, err)
    assert.truthy(out:find("touch recorded", 1, true), out)
  end)

  it("core: mark_done says done, touch_plan refuses a done step", function()
    local path = dir .. "/n/a.md"
    local ok, msg, code, at = h.core.mark_done(path, 5)
    assert.is_nil(ok)
    assert.are.equal("done", code)
    assert.are.equal(5, at)
    assert.are.equal(path .. ":5: " .. h.core.done_already_msg, msg)
    local lines = h.lines(h.read(path))
    local row, why = h.core.touch_plan(lines, 5, { path = "a.md", date = "2026-12-10", channel = "email" })
    assert.is_nil(row)
    assert.are.equal("a.md:5: " .. h.core.touch_done_msg, why)
    assert.are.equal(path .. ":5: " .. h.core.touch_done_msg, select(2, h.core.add_touch(path, 5, { date = "2026-12-10", channel = "email" })))
    local new, m2, c2 = h.core.done_line(lines[5])
    assert.is_nil(new)
    assert.are.equal(h.core.done_already_msg, m2)
    assert.are.equal("done", c2)
  end)
end)
