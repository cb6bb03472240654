-- The walker thread (csrc/index.c): a folder is walked, read and parsed on
-- a second thread while the calling thread writes the store. It must give
-- what walking inline gives (FULOG_INDEX_THREADS=0; =1 takes the thread
-- for a re-index too, which by default walks inline): the same rows, the
-- same messages in the same order. And every way out (bad files, a store
-- locked mid-walk) must stop and join the thread with nothing left behind:
-- the sanitize layer runs these tests under ASan, which fails on a leak.
local h = require("helper")
local core = h.core

local HAVE_SQLITE3 = h.sh("command -v sqlite3"):gsub("%s", "") ~= ""

local function run(args, opts)
  return h.fulog(args, opts)
end

-- 200 notes in 12 folders (more than the ring's 64 slots, so it wraps and
-- both sides wait), and the files that go wrong.
local function tree(dir)
  for i = 1, 200 do
    local t = { ("# Call %d - 2026-11-%02d"):format(i, i % 28 + 1) }
    for k = 1, 4 do
      t[#t + 1] = ("- NEXT: Dana %d.%d will send the signed order form by Friday"):format(i, k)
    end
    t[#t + 1] = ("  - TOUCH: 2026-12-0%d email - no reply"):format(i % 9 + 1)
    t[#t + 1] = "PAIN: slow approvals"
    h.write(("%s/n/acct-%02d/call-%03d.md"):format(dir, i % 12, i), table.concat(t, "\n") .. "\n")
  end
  h.write(dir .. "/n/bad/utf8.md", "# Bad - 2026-11-20\n- NEXT: ping \255 them by 2026-02-30\n- NEXT: send\0deck\r\n")
  h.write(dir .. "/n/bad/bin.md", "\137PNG\r\n\26\n\0\0\0\rIHDR\0\0\0\16")
  h.write(dir .. "/n/bad/big.md", "# Big - 2026-11-20\n" .. ("x"):rep(5000) .. "\n")
  h.write(dir .. "/n/bad/crlf.md", "# C - 2026-11-20\r\n- NEXT: Kim will confirm on Monday\r\n")
  h.write(dir .. "/n/bad/long.md", "- NEXT: they send " .. ("y"):rep(3000) .. " by 2026-13-45\n")
  h.write(dir .. "/n/bad/empty.md", "")
  os.execute(("ln -s .. %s"):format(h.q(dir .. "/n/bad/loop")))
end

-- Everything the store holds, in order (sqlite3 when there is one), and
-- what export shows.
local function dump(dir, db)
  local parts = {}
  if HAVE_SQLITE3 then
    for _, t in ipairs({ "account", "note", "step", "touch", "need", "step_event" }) do
      parts[#parts + 1] = h.sh(("sqlite3 %s 'SELECT * FROM %s ORDER BY id'"):format(h.q(db), t))
    end
  end
  local out, err, code = run("export json", { cwd = dir, db = db })
  assert.are.equal(0, code, err)
  parts[#parts + 1] = out
  return table.concat(parts, "\n--\n")
end

describe("the walker thread", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() h.rm(dir) end)

  it("gives the rows and messages of an inline walk, in the same order, cold and after edits", function()
    tree(dir)
    local threaded, inline = dir .. "/t/fulog.db", dir .. "/i/fulog.db"
    local args = "index --follow --max-size 4000 --json n"
    local function both(pass)
      local o1, e1, c1 = run(args, { cwd = dir, db = threaded, pre = "env FULOG_INDEX_THREADS=1" })
      local o2, e2, c2 = run(args, { cwd = dir, db = inline, pre = "env FULOG_INDEX_THREADS=0" })
      assert.are.equal(0, c1, e1)
      assert.are.equal(0, c2, e2)
      assert.are.equal(e2, e1, pass)
      assert.are.equal(o2, o1, pass)
      assert.are.equal(dump(dir, inline), dump(dir, threaded), pass)
      return o1, e1
    end
    local out, err = both("cold")
    assert.truthy(out:find('"indexed":204', 1, true), out)
    -- each bad file named once, with its line where it has one
    assert.truthy(err:find("n/bad/utf8.md:2: ", 1, true), err)
    assert.truthy(err:find("n/bad/bin.md: not a text file; skipped", 1, true), err)
    assert.truthy(err:find("n/bad/big.md: 5020 bytes, over the size limit", 1, true), err)
    assert.truthy(err:find("n/bad/loop: symlink loop; skipped", 1, true), err)
    for l in err:gmatch("[^\n]+") do
      assert.truthy(l:match("^fulog: "), l)
    end
    -- notes edited, removed, added, and touched with the same text
    h.write(dir .. "/n/acct-03/call-003.md", "# Call 3 - 2026-11-04\n- [x] NEXT: Dana 3.1 will send the signed order form by Friday\n")
    os.remove(dir .. "/n/acct-05/call-005.md")
    h.write(dir .. "/n/acct-05/new.md", "# New - 2026-12-01\n- NEXT: Lee to review by Tuesday\n")
    os.execute(("touch -d '+1 minute' %s"):format(h.q(dir .. "/n/acct-07/call-007.md")))
    out = both("after edits")
    assert.truthy(out:find('"removed":1', 1, true), out)
  end)

  it("a store locked by another writer mid-walk: nil and one line, nothing half-written; the next run completes", function()
    if not HAVE_SQLITE3 then
      pending("sqlite3 is not installed")
      return
    end
    tree(dir)
    local db = dir .. "/store/fulog.db"
    local s = assert(core.open(db, { busy_ms = 300 }))
    local flag = dir .. "/locked"
    -- Another writer holds the lock for 2 s; the walk starts (a reader is
    -- not blocked), the first write waits 0.3 s and gives up.
    h.hold_lock(db, 2, flag)
    local st, err = s:index({ dir .. "/n" }, { today = "2026-12-10", max_size = 4000 })
    assert.is_nil(st)
    assert.truthy(err:find("locked", 1, true) or err:find("busy", 1, true), err)
    assert.falsy(err:find("\n", 1, true), err)
    assert.are.equal(0, #s:accounts())
    os.execute("sleep 2.5")
    st, err = s:index({ dir .. "/n" }, { today = "2026-12-10", max_size = 4000 })
    assert.truthy(st, err)
    assert.are.equal(204, st.indexed)
    -- the messages in walk order, as the walk found them
    local want = { "n/bad/big.md: 5020 bytes, over the size limit for a note (4000); skipped",
      "n/bad/bin.md: not a text file; skipped", "n/bad/utf8.md:2: line has invalid UTF-8",
      "n/bad/utf8.md:3: line has invalid UTF-8" }
    assert.are.equal(#want, #st.errors)
    for i, m in ipairs(want) do
      assert.truthy(st.errors[i]:find(dir .. "/" .. m, 1, true), st.errors[i])
    end
    assert.truthy(s:check())
    s:close()
  end)

  it("a store opened read-only: the walk's first write is refused in one line, the store unchanged", function()
    tree(dir)
    local db = dir .. "/store/fulog.db"
    local s = assert(core.open(db))
    assert(s:index({ dir .. "/n" }, { today = "2026-12-10", max_size = 4000 }))
    s:close()
    -- changed since: the walk hands it over, and its write is refused
    h.write(dir .. "/n/acct-01/call-001.md", "# Call 1 - 2026-11-02\n- NEXT: Lee to review by Tuesday\n")
    local before = h.sh("cat " .. h.q(db) .. " " .. h.q(db) .. "-wal 2>/dev/null | cksum")
    local ro = assert(core.open(db, { readonly = true }))
    local st, err = ro:index({ dir .. "/n" }, { today = "2026-12-10", max_size = 4000 })
    assert.is_nil(st)
    assert.truthy(err:find("fulog.db: cannot start a write: attempt to write a readonly database", 1, true), err)
    assert.falsy(err:find("\n", 1, true), err)
    ro:close()
    assert.are.equal(before, h.sh("cat " .. h.q(db) .. " " .. h.q(db) .. "-wal 2>/dev/null | cksum"))
  end)

  it("the run's messages reach Lua after the walk, in walk order, at most 1000 of them", function()
    -- (the calling thread keeps them in C while the walker runs: a Lua
    -- error then would jump out past the join)
    h.write(dir .. "/n/b/bin-0001.md", "\137PNG\r\n\26\n\0\0\0\rIHDR")
    for i = 2, 1005 do -- one mkdir, not one a file
      local f = assert(io.open(("%s/n/b/bin-%04d.md"):format(dir, i), "wb"))
      f:write("\137PNG\r\n\26\n\0\0\0\rIHDR")
      f:close()
    end
    local s = assert(core.open(dir .. "/store/fulog.db"))
    local st, err = s:index({ dir .. "/n" }, { today = "2026-12-10" })
    assert.truthy(st, err)
    assert.are.equal(1000, #st.errors)
    for i = 1, 1000 do
      assert.are.equal(("%s/n/b/bin-%04d.md: not a text file; skipped"):format(dir, i), st.errors[i])
    end
    s:close()
  end)
end)
