-- A new store is made in one step (schema.h ful_schema_fresh), not by
-- running every migration: it must hold exactly the schema a store made
-- by the migrations holds, the released version 1 store migrated here.
local h = require("helper")
local core = h.core

local FIX = h.root .. "/tests/fixtures/stores"

local function schema(db)
  return h.sh(("sqlite3 %s %s"):format(h.q(db),
    h.q("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name; PRAGMA user_version;")))
end

describe("a new store", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() h.rm(dir) end)

  it("has the schema the migrations give a version 1 store", function()
    local fresh = dir .. "/new.db"
    local s = assert(core.open(fresh))
    assert.are.equal(core.schema_version, s:user_version())
    assert.is_true(s:check())
    s:close()
    local old = dir .. "/v1.db"
    os.execute(("cp %s %s"):format(h.q(FIX .. "/v1.db"), h.q(old)))
    s = assert(core.open(old))
    s:close()
    local want = schema(old)
    assert.truthy(want:find("step_open_next", 1, true), want)
    assert.are.equal(want, schema(fresh))
  end)
end)
