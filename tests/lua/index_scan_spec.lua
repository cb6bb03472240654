-- What a re-index knows of a folder (csrc/store.c, ful_store_each_state_under):
-- when every note in the store lies under the folder it reads the whole
-- note table in order, else the range of the path index. Both must give
-- the same counts and rows: a sibling folder whose name starts with the
-- folder's (n-2 beside n) and another folder's notes are never the
-- folder's, never counted and never removed; a note edited in place, added
-- or removed under it is seen either way.
local h = require("helper")

local function run(args, opts)
  return h.fulog(args, opts)
end

local function note(i, what)
  return ("# Call %d - 2026-11-%02d\n- NEXT: Dana will send the %s by Friday\n"):format(i, i % 28 + 1, what)
end

local function index(dir, db, folder)
  local out, err, code = run("index --json " .. folder, { cwd = dir, db = db })
  assert.are.equal(0, code, err)
  return out
end

local function has(out, field, n)
  assert.truthy(out:find(('"%s":%d'):format(field, n), 1, true), out)
end

describe("a re-index reads what the store knows of the folder", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() h.rm(dir) end)

  -- others: the folders indexed into the same store besides n
  local function check(others)
    local db = dir .. "/fulog.db"
    for i = 1, 6 do
      h.write(("%s/n/a/call-%d.md"):format(dir, i), note(i, "order form"))
    end
    for _, o in ipairs(others) do
      h.write(("%s/%s/call-1.md"):format(dir, o), note(1, "deck"))
      h.write(("%s/%s/x/call-2.md"):format(dir, o), note(2, "deck"))
      has(index(dir, db, o), "indexed", 2)
    end
    has(index(dir, db, "n"), "indexed", 6)
    -- nothing changed
    local out = index(dir, db, "n")
    has(out, "files", 6)
    has(out, "unchanged", 6)
    has(out, "removed", 0)
    -- edited in place (same size, later mtime), added, removed
    h.write(dir .. "/n/a/call-1.md", note(1, "price list")) -- as long as "order form"
    os.execute(("touch -d '+1 minute' %s"):format(h.q(dir .. "/n/a/call-1.md")))
    h.write(dir .. "/n/a/call-9.md", note(9, "contract"))
    os.remove(dir .. "/n/a/call-2.md")
    out = index(dir, db, "n")
    has(out, "files", 6)
    has(out, "indexed", 2)
    has(out, "unchanged", 4)
    has(out, "removed", 1)
    local ov = run("export json", { cwd = dir, db = db })
    assert.truthy(ov:find("price list", 1, true), ov)
    assert.truthy(ov:find("contract", 1, true), ov)
    -- the other folders' notes are all still there
    for _, o in ipairs(others) do
      out = index(dir, db, o)
      has(out, "unchanged", 2)
      has(out, "removed", 0)
    end
  end

  it("when the store holds only this folder's notes", function()
    check({})
  end)

  it("when it also holds a sibling folder's (n-2, n.bak: inside the folder's path range)", function()
    check({ "n-2", "n.bak" })
  end)

  it("when it also holds other folders' notes, before and after it", function()
    check({ "m", "o", "n-2" })
  end)
end)
