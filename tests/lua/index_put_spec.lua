-- ful_store_put_note inserts a note straight away after a new one and
-- looks a path up only when that insert finds it there (store.c): a known
-- note met after a new one must still be replaced whole, its history
-- kept, never stored twice.
local h = require("helper")
local core = h.core

local function q(db, sql)
  return (h.sh(("sqlite3 %s %s"):format(h.q(db), h.q(sql))):gsub("%s+$", ""))
end

describe("putting notes", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("replaces a known note met right after a new one, with its history", function()
    h.write(dir .. "/n/acme/b.md", "# Acme - 2026-11-20\n- NEXT: send the deck by 2026-11-25\n- NEXT: book the demo\n")
    local out, err, code = h.fulog("index n", { cwd = dir, db = db, today = "2026-11-21" })
    assert.are.equal(0, code, err)
    -- a.md sorts first: new, inserted; then b.md, changed: the insert
    -- finds its path and it is replaced
    h.write(dir .. "/n/acme/a.md", "# Acme - 2026-11-22\n- NEXT: call Dana\n")
    h.write(dir .. "/n/acme/b.md", "# Acme - 2026-11-20\n- [x] NEXT: send the deck by 2026-11-27\n")
    out, err, code = h.fulog("index n", { cwd = dir, db = db, today = "2026-11-23" })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("2 indexed", 1, true), out)
    assert.are.equal("2", q(db, "SELECT count(*) FROM note"))
    assert.are.equal("1", q(db, "SELECT count(*) FROM note WHERE path LIKE '%/b.md'"))
    assert.are.equal("send the deck by 2026-11-27|1|2026-11-21",
      q(db, "SELECT s.text, s.done, s.first_seen FROM step s JOIN note n ON n.id = s.note_id WHERE n.path LIKE '%/b.md'"))
    assert.are.equal("done\ndue\ngone\ntext",
      q(db, "SELECT event FROM step_event WHERE path LIKE '%/b.md' ORDER BY event"))
    local s = assert(core.open(db))
    assert.is_true(s:check())
    s:close()
  end)
end)
