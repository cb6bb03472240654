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

describe("a version 7 store", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() h.rm(dir) end)

  -- 7 -> 8 indexes the roots of owned notes (db:owner_roots(), asked before
  -- every listing): the store of the previous version, notes in it, opens
  -- at version 8 with the index and the same roots.
  it("migrates to 8: owner_roots from an index, the same answer", function()
    for _, r in ipairs({ "b", "a" }) do
      os.execute("mkdir -p " .. h.q(dir .. "/" .. r))
      h.write(dir .. "/" .. r .. "/n.md", "---\nowner: Ann\ndate: 2026-11-20\n---\n- NEXT: send the deck\n")
    end
    os.execute("mkdir -p " .. h.q(dir .. "/c"))
    h.write(dir .. "/c/n.md", "---\ndate: 2026-11-20\n---\n- NEXT: send the deck\n")
    local db = dir .. "/s.db"
    local s = assert(core.open(db))
    for _, r in ipairs({ "a", "b", "c" }) do
      assert(s:index({ dir .. "/" .. r }, { root = dir .. "/" .. r }))
    end
    s:close()
    -- what version 7 left: no note_owner_root
    h.sh(("sqlite3 %s %s"):format(h.q(db), h.q("DROP INDEX note_owner_root; PRAGMA user_version = 7;")))
    assert.are.equal("", h.sh(("sqlite3 %s %s"):format(h.q(db),
      h.q("SELECT name FROM sqlite_schema WHERE name = 'note_owner_root'"))))
    s = assert(core.open(db))
    assert.are.equal(8, s:user_version())
    assert.are.same({ dir .. "/a", dir .. "/b" }, s:owner_roots())
    assert.is_true(s:check())
    s:close()
    assert.are.equal("note_owner_root\n", h.sh(("sqlite3 %s %s"):format(h.q(db),
      h.q("SELECT name FROM sqlite_schema WHERE name = 'note_owner_root'"))))
  end)
end)

-- A store made read-only while a connection has it open: SQLite keeps its
-- descriptor and wrote through it (QA round 41). db:writable() asks the
-- file system (access(), no open / close of the store's file) so that a
-- write-back refuses before it writes the note.
describe("db:writable()", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function()
    os.execute("chattr -i " .. h.q(dir .. "/s.db") .. " 2>/dev/null")
    h.rm(dir)
  end)

  it("says an open store has been made read-only, in the words of opening one", function()
    local path = dir .. "/s.db"
    local s = assert(core.open(path))
    assert.is_true(s:writable())
    local _, want = (function()
      -- chattr +i: read-only even for root; else the mode does it
      if os.execute("chattr +i " .. h.q(path) .. " 2>/dev/null") ~= true then
        os.execute("chmod 0400 " .. h.q(path))
      end
      return core.open(path)
    end)()
    assert.are.equal(path .. ": the store is read-only; fulog needs to write it (check its permissions)", want)
    assert.are.same({ nil, want }, { s:writable() })
    local ro = assert(core.open(path, { readonly = true }))
    assert.are.same({ nil, want }, { ro:writable() })
    ro:close()
    s:close()
  end)
end)
