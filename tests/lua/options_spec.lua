-- One set of parse options (core.options) for both front-ends: defaults,
-- FULOG_* variables, fields, and the store re-parsing a note indexed with
-- other options instead of keeping it stale or deleting it.
local h = require("helper")
local core = h.core

-- Runs Lua 5.4 with env set and prints what expr returns (one value).
local function with_env(env, expr)
  return h.sh(env .. " lua5.4 -e " .. h.q("package.path = " .. ("%q"):format(h.root .. "/lua/?.lua;")
    .. " .. package.path; local core = require('fulog.core'); io.write(tostring(" .. expr .. "))"))
end

describe("core.options", function()
  it("has the core's defaults", function()
    local o = assert(core.options())
    local g = o:get()
    assert.are.same({ "NEXT" }, g.tags)
    assert.are.same(core.default_exts, g.exts)
    assert.equal(7, g.grace)
    assert.equal("3,7,14", g.cadence)
  end)

  it("takes lists or comma strings, and refuses bad values", function()
    local o = assert(core.options({ tags = "NEXT, TODO", exts = { ".md", "note" }, grace = 3, cadence = { 2, 4 } }))
    local g = o:get()
    assert.are.same({ "NEXT", "TODO" }, g.tags)
    assert.are.same({ "md", "note" }, g.exts)
    assert.equal(3, g.grace)
    assert.equal("2,4", g.cadence)
    local bad, msg = core.options({ grace = "2.5" })
    assert.is_nil(bad)
    assert.matches("grace wants a whole number", msg)
    assert.is_nil((core.options({ tags = "bad tag" })))
    assert.is_nil((core.options({ today = "2026-02-30" })))
    assert.has_error(function() core.options({ tags = true }) end)
  end)

  it("reads FULOG_* variables, and a bad one is a warning, not a failure", function()
    assert.equal("TODO", with_env("FULOG_TAGS=TODO", "core.options():get().tags[1]"))
    assert.equal("NEXT", with_env("FULOG_TAGS=TODO", "core.options({tags = 'NEXT'}):get().tags[1]"))
    assert.equal("5", with_env("FULOG_GRACE=5", "core.options():get().grace"))
    assert.equal("2026-11-30", with_env("FULOG_TODAY=2026-11-30", "core.options():today()"))
    local w = with_env("FULOG_TODAY=2026-13-45", "select(2, core.options())")
    assert.matches("FULOG_TODAY=2026%-13%-45 ignored", w)
    assert.matches("using the clock", w)
    assert.equal(os.date("%Y-%m-%d"), with_env("FULOG_TODAY=2026-13-45", "core.options():today()"))
    -- the hot calls keep working: classify and the grammar with the object
    assert.equal("firm", with_env("FULOG_TODAY=nope",
      "core.classify('we meet on 2026-12-03 at 10:00 to review', '2026-11-20', core.options())"))
  end)

  it("is taken by the grammar and classify in place of a table", function()
    local o = assert(core.options({ tags = { "TODO" } }))
    assert.equal("step", core.line_info("- TODO: call", o).kind)
    assert.equal("- [x] TODO: call", core.done_line("- TODO: call", o))
    assert.equal(1, core.step_at({ "- TODO: call" }, 1, o))
    assert.equal("soft", (core.classify("they'll get back to us", "2026-11-20", { options = o })))
  end)
end)

describe("the store and the parse options", function()
  local dir, db
  before_each(function()
    dir = h.tmpdir()
    h.write(dir .. "/notes/acme/2026-11-20.md", "# Acme - 2026-11-20\n- NEXT: send the deck\n- TODO: call Tom\n")
    h.write(dir .. "/notes/acme/2026-11-21.note", "# Acme - 2026-11-21\n- NEXT: send pricing\n")
    db = assert(core.open(dir .. "/fulog.db"))
  end)
  after_each(function()
    db:close()
    h.rm(dir)
  end)

  local function texts()
    local out = {}
    for _, r in ipairs(assert(db:overdue({ today = "2026-12-31" }))) do
      out[#out + 1] = r.text
    end
    table.sort(out)
    return out
  end

  it("parses a note again when the tags differ, and not when they are the same", function()
    local o1 = assert(core.options())
    local s = assert(db:index({ dir .. "/notes" }, { options = o1 }))
    assert.equal(2, s.indexed)
    assert.are.same({ "send pricing", "send the deck" }, texts())
    s = assert(db:index({ dir .. "/notes" }, { options = assert(core.options()) }))
    assert.equal(0, s.indexed)
    assert.equal(2, s.unchanged)
    local o2 = assert(core.options({ tags = "NEXT,TODO" }))
    s = assert(db:index({ dir .. "/notes" }, { options = o2 }))
    assert.equal(2, s.indexed)
    assert.are.same({ "call Tom", "send pricing", "send the deck" }, texts())
    -- the same tags in another order and case are the same options
    s = assert(db:index({ dir .. "/notes" }, { options = assert(core.options({ tags = "todo,next" })) }))
    assert.equal(2, s.unchanged)
    -- other rules and grace are other options too
    local r = core.rules({ hedge = { "perhaps" } })
    s = assert(db:index({ dir .. "/notes" }, { options = assert(core.options({ tags = "todo,next", rules = r })) }))
    assert.equal(2, s.indexed)
  end)

  it("keeps the .note notes fulog index found when indexed with the editor's defaults", function()
    local _, err, code = h.fulog("index " .. h.q(dir .. "/notes"), { db = dir .. "/fulog.db" })
    assert.equal(0, code, err)
    -- the editor's options: setup() without extensions maps onto the same list
    local s = assert(db:index({ dir .. "/notes" }, { options = assert(core.options({ tags = { "NEXT" } })) }))
    assert.equal(0, s.removed)
    assert.are.same({ "send pricing", "send the deck" }, texts())
  end)

  it("bin/fulog takes the same options as flags", function()
    local _, err, code = h.fulog("index --tags NEXT,TODO --exts md " .. h.q(dir .. "/notes"), { db = dir .. "/fulog.db" })
    assert.equal(0, code, err)
    assert.are.same({ "call Tom", "send the deck" }, texts())
    _, err, code = h.fulog("done --tags TODO " .. h.q(dir .. "/notes/acme/2026-11-20.md:3"), { db = dir .. "/fulog.db" })
    assert.equal(0, code, err)
    assert.matches("%- %[x%] TODO: call Tom", h.read(dir .. "/notes/acme/2026-11-20.md"))
    _, err, code = h.fulog("index --grace x " .. h.q(dir .. "/notes"), { db = dir .. "/fulog.db" })
    assert.equal(2, code)
    assert.matches("%-%-grace wants a whole number", err)
    _, err, code = h.fulog("index --cadence 0 " .. h.q(dir .. "/notes"), { db = dir .. "/fulog.db" })
    assert.equal(2, code)
    assert.matches("%-%-cadence wants", err)
  end)
end)
