-- Write-backs you can trust (issue 13): the file the kernel names, the
-- step the seller saw, the note's identity (mode, owner, xattrs, links),
-- odd bytes and odd files, a busy store. Runs bin/fulog with a fixed today.
local h = require("helper")
local core = h.core

local IS_ROOT = h.sh("id -u"):gsub("%s", "") == "0"
local HAVE_SETFATTR = h.sh("command -v setfattr"):gsub("%s", "") ~= ""
local HAVE_SQLITE3 = h.sh("command -v sqlite3"):gsub("%s", "") ~= ""

local run = h.fulog

-- bin/fulog under LuaJIT too, where its build is there (not in make
-- sanitize's tree, which has the sanitized Lua 5.4 module only).
local INTERPS = { "lua5.4" }
if io.open(h.root .. "/build/luajit/fulog_core.so") and h.sh("command -v luajit"):gsub("%s", "") ~= "" then
  INTERPS[2] = "luajit"
end

local function stat(path, fmt)
  return (h.sh(("stat -c %s %s"):format(h.q(fmt), h.q(path))):gsub("%s+$", ""))
end

local NOTE = "# Acme - 2026-11-20\n- NEXT: send pricing sheet\n- NEXT: send the case studies\n"

describe("write-back names the file the kernel names", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("a relative FILE is taken from the real working folder, not a stale $PWD", function()
    h.write(dir .. "/a/n.md", NOTE)
    h.write(dir .. "/b/n.md", NOTE)
    local _, err, code = run("index a b", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    -- The caller moved to a/ without updating PWD (subprocess cwd=, :cd).
    local out
    out, err, code = run("done n.md:2", { cwd = dir .. "/a", db = db, pre = "PWD=" .. h.q(dir .. "/b") .. " " })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/a/n.md"):find("[x] NEXT: send pricing", 1, true))
    assert.are.equal(NOTE, h.read(dir .. "/b/n.md"))
    assert.truthy(out:find("^n.md:2: marked done: send pricing sheet\n"), out)
  end)

  it("'..' after a symlinked folder is the link target's parent, as the kernel has it", function()
    h.write(dir .. "/real/deep/n.md", NOTE)      -- what the kernel opens
    h.write(dir .. "/notes/n.md", NOTE)          -- what text folding would name
    os.execute(("ln -s %s %s"):format(h.q(dir .. "/real/deep/sub"), h.q(dir .. "/notes/link")))
    os.execute("mkdir -p " .. h.q(dir .. "/real/deep/sub"))
    assert.are.equal(dir .. "/real/deep/n.md", core.abspath(dir .. "/notes/link/../n.md"))
    local _, err, code = run("touch notes/link/../n.md:2 email no reply", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/real/deep/n.md"):find("TOUCH: 2026-12-10 email", 1, true))
    assert.are.equal(NOTE, h.read(dir .. "/notes/n.md"))
  end)

  it("a symlinked working folder keeps the name the shell uses", function()
    h.write(dir .. "/real/n.md", NOTE)
    os.execute(("ln -s %s %s"):format(h.q(dir .. "/real"), h.q(dir .. "/via")))
    local got = h.sh(("cd %s && PWD=%s lua5.4 -e %s"):format(h.q(dir .. "/via"), h.q(dir .. "/via"),
      h.q(("package.path=%q;print(require('fulog.core').abspath('n.md'))"):format(h.root .. "/lua/?.lua"))))
    assert.are.equal(dir .. "/via/n.md\n", got)
  end)
end)

describe("write-back keeps the note's identity", function()
  local dir, db, note
  before_each(function()
    dir = h.tmpdir()
    db = dir .. "/store/fulog.db"
    note = dir .. "/n/a.md"
    h.write(note, NOTE)
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("a read-only note (no write bits) is refused, even as root, and left as it was", function()
    os.execute("chmod 0444 " .. h.q(note))
    for _, cmd in ipairs({ "done n/a.md:2", "touch n/a.md:2 email no reply" }) do
      local _, err, code = run(cmd, { cwd = dir, db = db })
      assert.are.equal(1, code, err)
      assert.truthy(err:find("^fulog: n/a.md:2: the note is read%-only"), err)
      assert.are.equal(1, #h.lines(err))
    end
    assert.are.equal(NOTE, h.read(note))
    assert.are.equal("444", stat(note, "%a"))
  end)

  it("owner, group and mode are kept (root writes another user's note as that user's)", function()
    if not IS_ROOT then
      pending("needs root to chown")
      return
    end
    os.execute("chown 65534:65534 " .. h.q(note) .. " && chmod 0640 " .. h.q(note))
    local _, err, code = run("touch n/a.md:2 email no reply", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(note):find("TOUCH: 2026-12-10 email", 1, true))
    assert.are.equal("65534:65534 640", stat(note, "%u:%g %a"))
  end)

  it("a note owned by someone else, writable by the caller, is not taken over (written in place)", function()
    if not IS_ROOT then
      pending("needs root to set up two users")
      return
    end
    -- root's note, group-writable by nobody's group, in a folder anyone may write
    os.execute(("chmod 0777 %s && chown 0:65534 %s && chmod 0664 %s && chmod 0755 %s"):format(h.q(dir .. "/n"),
      h.q(note), h.q(note), h.q(dir)))
    local ok = core.mark_done(note, 2)
    assert.is_true(ok)
    assert.are.equal("0:65534 664", stat(note, "%u:%g %a"))
    local ino = stat(note, "%i")
    os.execute(("mkdir -p %s && chown 65534 %s"):format(h.q(dir .. "/ns"), h.q(dir .. "/ns")))
    local _, err, code = run("touch n/a.md:3 email no reply", { cwd = dir, db = dir .. "/ns/fulog.db",
      pre = "setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all env " })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(note):find("TOUCH: 2026-12-10 email", 1, true), err .. tostring(code))
    assert.are.equal("0:65534 664 " .. ino, stat(note, "%u:%g %a %i"))
  end)

  it("extended attributes are kept", function()
    if not HAVE_SETFATTR then
      pending("setfattr (package attr) is not installed")
      return
    end
    local r = os.execute(("setfattr -n user.fulog.test -v kept %s 2>/dev/null"):format(h.q(note)))
    if not r then
      pending("this file system has no user xattrs")
      return
    end
    local _, err, code = run("done n/a.md:2", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(note):find("[x] NEXT: send pricing", 1, true))
    local got = h.sh(("getfattr --absolute-names --only-values -n user.fulog.test %s 2>&1"):format(h.q(note)))
    assert.are.equal("kept", got)
  end)

  it("a hard-linked note is written in place: every name sees the edit, no backup left", function()
    os.execute(("ln %s %s"):format(h.q(note), h.q(dir .. "/other.md")))
    local ino = stat(note, "%i")
    local _, err, code = run("touch n/a.md:2 call left vm", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal(h.read(note), h.read(dir .. "/other.md"))
    assert.truthy(h.read(dir .. "/other.md"):find("TOUCH: 2026-12-10 call - left vm", 1, true))
    assert.are.equal(ino .. " 2", stat(note, "%i %h"))
    assert.are.equal("a.md\n", h.sh("ls -A " .. h.q(dir .. "/n")))
  end)

  it("a touch while another process holds the store's lock: note written, exit 0, one warning, no second TOUCH", function()
    if not HAVE_SQLITE3 then
      pending("sqlite3 is not installed")
      return
    end
    local flag = dir .. "/locked"
    -- A writer that holds the lock for 12 s (the busy timeout is 5 s).
    h.hold_lock(db, 12, flag)
    local out, err, code = run("touch n/a.md:2 email no reply", { cwd = dir, db = db, timeout = 60 })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("^n/a.md:3: touch recorded: email %- no reply %(send pricing sheet%)\n"), out)
    assert.truthy(err:find("^fulog: warning: the note is written, but the store is busy"), err)
    assert.are.equal(1, #h.lines(err))
    local _, n = h.read(note):gsub("TOUCH:", "")
    assert.are.equal(1, n)
    os.execute("sleep 8")
    _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    out = run("log --json", { cwd = dir, db = db })
    assert.truthy(out:find('"touches":1', 1, true), out)
  end)

  it("a store failure after the write says the note IS written; the retry adds no second TOUCH", function()
    if not HAVE_SQLITE3 then
      pending("sqlite3 is not installed")
      return
    end
    -- A store that refuses the touch's row (not busy, not locked).
    h.sh(("sqlite3 %s %s"):format(h.q(db),
      h.q("CREATE TRIGGER boom BEFORE INSERT ON touch BEGIN SELECT RAISE(ABORT, 'disk says no'); END;")))
    local _, err, code = run("touch n/a.md:2 email no reply", { cwd = dir, db = db })
    assert.are.equal(1, code, err)
    assert.truthy(err:find("^fulog: n/a.md: the note IS written, but the store was not updated %(.*disk says no%); "
      .. "the next fulog index picks the change up"), err)
    assert.are.equal(1, #h.lines(err))
    -- the seller retries anyway: refused in one line, the note unchanged
    local before = h.read(note)
    _, err, code = run("touch n/a.md:2 email no reply", { cwd = dir, db = db })
    assert.are.equal(1, code, err)
    assert.are.equal("fulog: n/a.md:3: this touch is already there (same date, channel and outcome): "
      .. "not written again\n", err)
    assert.are.equal(before, h.read(note))
    -- another real touch that day (another channel, or another outcome) is one
    h.sh(("sqlite3 %s 'DROP TRIGGER boom'"):format(h.q(db)))
    _, err, code = run("touch n/a.md:2 call no reply", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("touch n/a.md:2 email replied: wants pricing", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local _, n = h.read(note):gsub("TOUCH:", "")
    assert.are.equal(3, n)
    local out = run("log --json", { cwd = dir, db = db })
    assert.truthy(out:find('"touches":3', 1, true), out)
  end)
end)

describe("odd notes and odd files", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("a step on line 1 after a UTF-8 BOM can be done and touched; the BOM stays", function()
    local bom = "\239\187\191"
    h.write(dir .. "/n/a.md", bom .. "- NEXT: send the deck\n- NEXT: call Jo back\n")
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("touch n/a.md:1 email no reply", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("done n/a.md:1", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal(bom .. "- [x] NEXT: send the deck\n  - TOUCH: 2026-12-10 email - no reply\n- NEXT: call Jo back\n",
      h.read(dir .. "/n/a.md"))
  end)

  it("a CRLF note without a final newline stays CRLF on touch", function()
    h.write(dir .. "/n/a.md", "# Acme - 2026-11-20\r\n- NEXT: send the deck")
    local _, err, code = run("touch n/a.md:2 email no reply", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("# Acme - 2026-11-20\r\n- NEXT: send the deck\r\n  - TOUCH: 2026-12-10 email - no reply\r\n",
      h.read(dir .. "/n/a.md"))
  end)

  it("a note whose name is 250 bytes long is indexed and written back", function()
    local name = ("n"):rep(247) .. ".md"
    h.write(dir .. "/n/" .. name, NOTE)
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("done n/" .. name .. ":2", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("touch n/" .. name .. ":3 call", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/n/" .. name):find("[x] NEXT: send pricing", 1, true))
    assert.truthy(h.read(dir .. "/n/" .. name):find("TOUCH: 2026-12-10 call", 1, true))
  end)

  it("stale temp files of a killed write-back are cleaned; backups and fresh ones are kept", function()
    h.write(dir .. "/n/a.md", NOTE)
    for _, f in ipairs({ "a.md.fulog-Ab12Cd", ".fulog-Xy34Zw", ".fulog-bak-Qq11Rr" }) do
      h.write(dir .. "/n/" .. f, "half a note")
      os.execute(("touch -d '2 hours ago' %s"):format(h.q(dir .. "/n/" .. f)))
    end
    h.write(dir .. "/n/.fulog-Fresh1", "a write in progress")
    local _, err, code = run("done n/a.md:2", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal(".fulog-Fresh1\n.fulog-bak-Qq11Rr\na.md\n", h.sh("ls -A " .. h.q(dir .. "/n") .. " | LC_ALL=C sort"))
  end)

  it("a line number past 2^31 is a usage error, not line 1", function()
    h.write(dir .. "/n/a.md", NOTE)
    for _, spec in ipairs({ "n/a.md:4294967297", "n/a.md:0", "n/a.md:99999999999999999999" }) do
      local _, err, code = run("done " .. spec, { cwd = dir, db = db })
      assert.are.equal(2, code, err)
      assert.truthy(err:find("no such line number", 1, true), err)
    end
    assert.are.equal(NOTE, h.read(dir .. "/n/a.md"))
    assert.has_error(function()
      core.mark_done(dir .. "/n/a.md", 4294967297)
    end)
  end)

  it("a FIFO in a note's place is refused at once, never opened for reading", function()
    os.execute("mkdir -p " .. h.q(dir .. "/n") .. " && mkfifo " .. h.q(dir .. "/n/a.md"))
    for _, cmd in ipairs({ "done n/a.md:1", "touch n/a.md:1 email" }) do
      local _, err, code = run(cmd, { cwd = dir, db = db, timeout = 10 })
      assert.are.equal(1, code, err)
      assert.truthy(err:find("n/a.md:1: not a regular file", 1, true), err)
    end
  end)

  it("--grace 1e308 is a usage error without an internal script location", function()
    for _, g in ipairs({ "1e308", "-1", "inf", "nan", "2.5" }) do
      local _, err, code = run("index --grace " .. g .. " .", { cwd = dir, db = db })
      assert.are.equal(2, code, err)
      assert.truthy(err:find("--grace wants a whole number of days", 1, true), err)
      assert.falsy(err:find("%.lua:%d") or err:find("bin/fulog:%d"), err)
    end
  end)

  it("a file name with a newline is escaped in overdue's FILE:LINE:COL: lines", function()
    h.write(dir .. "/n/bad\nname.md", "# X - 2026-11-20\n- NEXT: send the deck\n")
    h.write(dir .. "/n/ok.md", "# Y - 2026-11-20\n- NEXT: send the proposal\n")
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local out
    out, err, code = run("overdue", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local lines = h.lines(out)
    assert.are.equal(2, #lines, out)
    for _, l in ipairs(lines) do
      assert.truthy(l:match("^n/[^:]+:%d+:%d+: "), l)
    end
    assert.truthy(out:find("n/bad\\nname.md:2:", 1, true), out)
  end)
end)

describe("read-only commands never write", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  local READERS = { "overdue", "log", "accounts", "history n/a.md:2" }

  it("another program's SQLite database is refused and left untouched (no tables, no WAL)", function()
    if not HAVE_SQLITE3 then
      pending("sqlite3 is not installed")
      return
    end
    local photos = dir .. "/photos.db"
    os.execute(("sqlite3 %s 'CREATE TABLE photo(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photo(name) VALUES (\"a\");'"):format(h.q(photos)))
    local before = h.sh("cksum < " .. h.q(photos))
    for _, cmd in ipairs(READERS) do
      local _, err, code = run(cmd, { cwd = dir, db = photos })
      assert.are.equal(1, code, err)
      assert.are.equal("fulog: " .. photos .. ": not a fulog store; left as it is\n", err)
    end
    assert.are.equal(before, h.sh("cksum < " .. h.q(photos)))
    assert.are.equal("delete\n", h.sh("sqlite3 " .. h.q(photos) .. " 'PRAGMA journal_mode;'"))
    assert.are.equal("photos.db\n", h.sh("ls -A " .. h.q(dir)))
  end)

  -- A folder that cannot be written (a read-only mount, a backup copy, a
  -- folder locked by an admin): SQLite cannot make the -shm file a WAL
  -- reader needs. Readers said the store was "not a fulog store".
  it("a store in a folder that cannot be written is still read, and left as it was", function()
    h.write(dir .. "/n/a.md", NOTE)
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local folder = db:match("^(.*)/[^/]*$")
    local before = h.sh("ls -A " .. h.q(folder) .. "; cksum < " .. h.q(db))
    local locked
    if IS_ROOT then
      locked = os.execute("chattr +i " .. h.q(folder) .. " 2>/dev/null") == true
    else
      locked = os.execute("chmod 0500 " .. h.q(folder)) == true
    end
    if not locked then
      pending("root without chattr: a read-only folder cannot be made")
      return
    end
    local got = {}
    for _, cmd in ipairs(READERS) do
      local out, e, c = run(cmd, { cwd = dir, db = db })
      got[#got + 1] = { cmd = cmd, out = out, err = e, code = c }
    end
    local _, ierr, icode = run("index n", { cwd = dir, db = db })
    if IS_ROOT then
      os.execute("chattr -i " .. h.q(folder))
    else
      os.execute("chmod 0700 " .. h.q(folder))
    end
    for _, g in ipairs(got) do
      assert.are.equal(0, g.code, g.cmd .. ": " .. g.err)
      assert.are.equal("", g.err, g.cmd)
      assert.truthy(#g.out > 0, g.cmd)
    end
    assert.truthy(got[1].out:find("n/a.md:2:", 1, true), got[1].out)
    -- a writer cannot work there, and says so without blaming the store
    assert.are.equal(1, icode)
    assert.falsy(ierr:find("not a fulog store", 1, true), ierr)
    assert.are.equal(before, h.sh("ls -A " .. h.q(folder) .. "; cksum < " .. h.q(db)))
  end)

  it("an existing empty file given as --db stays an empty file", function()
    h.write(dir .. "/empty.db", "")
    for _, cmd in ipairs(READERS) do
      local _, err, code = run(cmd, { cwd = dir, db = dir .. "/empty.db" })
      assert.are.equal(1, code, err)
      assert.truthy(err:find("empty.db: an empty file, not a fulog store", 1, true), err)
    end
    assert.are.equal("", h.read(dir .. "/empty.db"))
    assert.are.equal("empty.db\n", h.sh("ls -A " .. h.q(dir)))
  end)

  it("a store is read without a write: same bytes, no migration, works when the file is read-only", function()
    h.write(dir .. "/n/a.md", NOTE)
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local before = h.sh("cat " .. h.q(db) .. " " .. h.q(db) .. "-wal 2>/dev/null | cksum")
    os.execute("chmod 0400 " .. h.q(db))
    for _, cmd in ipairs(READERS) do
      local out
      out, err, code = run(cmd, { cwd = dir, db = db })
      assert.are.equal(0, code, cmd .. ": " .. err)
      assert.are.equal("", err)
      assert.truthy(#out > 0, cmd)
    end
    assert.are.equal(before, h.sh("cat " .. h.q(db) .. " " .. h.q(db) .. "-wal 2>/dev/null | cksum"))
    -- an old store is not migrated by a reader: it says what to run
    os.execute(("cp %s %s"):format(h.q(h.root .. "/tests/fixtures/stores/v1.db"), h.q(dir .. "/v1.db")))
    local v1 = h.sh("cksum < " .. h.q(dir .. "/v1.db"))
    _, err, code = run("overdue", { cwd = dir, db = dir .. "/v1.db" })
    assert.are.equal(1, code, err)
    assert.truthy(err:find("v1.db: the store is schema version 1; run fulog index", 1, true), err)
    assert.are.equal(v1, h.sh("cksum < " .. h.q(dir .. "/v1.db")))
  end)
end)

describe("the index on hostile trees", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  local function overdue_count()
    local out, err, code = run("overdue", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    return #h.lines(out)
  end

  it("a symlink to a sibling folder is not walked unless asked, and then each folder once", function()
    h.write(dir .. "/n/a/x.md", NOTE)
    os.execute(("ln -s a %s"):format(h.q(dir .. "/n/b")))
    local out, err, code = run("index --json n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"files":1', 1, true), out)
    assert.are.equal(2, overdue_count())
    out, err, code = run("index --json --follow n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"files":1', 1, true), out)
    assert.are.equal(2, overdue_count())
  end)

  it("a symlink to / is not followed; with --follow, /proc, /sys and /dev are never entered", function()
    h.write(dir .. "/n/a.md", NOTE)
    os.execute(("ln -s / %s && ln -s /proc %s && ln -s /dev %s"):format(h.q(dir .. "/n/root"), h.q(dir .. "/n/p"),
      h.q(dir .. "/n/d")))
    local out, err, code = run("index --json n", { cwd = dir, db = db, timeout = 30 })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"files":1', 1, true), out)
    os.execute("rm " .. h.q(dir .. "/n/root"))
    out, err, code = run("index --json --follow n", { cwd = dir, db = db, timeout = 30 })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("n/p: a system folder (/proc, /sys, /dev); skipped", 1, true), err)
    assert.truthy(err:find("n/d: a system folder (/proc, /sys, /dev); skipped", 1, true), err)
    assert.truthy(out:find('"files":1', 1, true), out)
  end)

  it("a 100 GB sparse file is skipped with one warning; the rest is indexed", function()
    h.write(dir .. "/n/a.md", NOTE)
    os.execute("truncate -s 100G " .. h.q(dir .. "/n/huge.md"))
    local out, err, code = run("index --json n", { cwd = dir, db = db, timeout = 30 })
    assert.are.equal(0, code, err)
    assert.are.equal("fulog: n/huge.md: 107374182400 bytes, over the size limit for a note (10485760); skipped\n", err)
    assert.truthy(out:find('"indexed":1', 1, true), out)
    assert.are.equal(2, overdue_count())
    -- the limit is an option
    h.write(dir .. "/n/b.md", NOTE .. ("x"):rep(2000) .. "\n")
    out, err, code = run("index --json --max-size 1k n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("n/b.md: %d+ bytes, over the size limit for a note %(1024%); skipped"), err)
    _, err, code = run("index --max-size lots n", { cwd = dir, db = db })
    assert.are.equal(2, code, err)
  end)

  it("a subfolder that cannot be read keeps its notes and their history, with a warning", function()
    if IS_ROOT and os.execute("command -v setpriv >/dev/null") ~= true then
      pending("root without setpriv: an unreadable folder cannot be made")
      return
    end
    h.write(dir .. "/n/a.md", NOTE)
    h.write(dir .. "/n/sub/s.md", "# Sub - 2026-11-20\n- NEXT: call Jo back\n")
    local pre = ""
    if IS_ROOT then
      os.execute(("chmod 755 %s && chown -R 65534:65534 %s"):format(h.q(dir), h.q(dir)))
      pre = "setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/nonexistent "
    end
    local out, err, code = run("index n", { cwd = dir, db = db, pre = pre, today = "2026-11-25" })
    assert.are.equal(0, code, err)
    os.execute("chmod 000 " .. h.q(dir .. "/n/sub"))
    out, err, code = run("index --json n", { cwd = dir, db = db, pre = pre })
    os.execute("chmod 755 " .. h.q(dir .. "/n/sub"))
    assert.are.equal(0, code, err)
    assert.truthy(err:find("n/sub: cannot read folder: Permission denied; its notes are kept as they were", 1, true), err)
    assert.truthy(out:find('"removed":0', 1, true), out)
    out = run("overdue", { cwd = dir, db = db, pre = pre })
    assert.truthy(out:find("n/sub/s.md:2:", 1, true), out)
    out = run("history --json n/sub/s.md:2", { cwd = dir, db = db, pre = pre })
    assert.truthy(out:find('"day":"2026-11-25"', 1, true), out)
  end)
end)

describe("the rules file is data", function()
  local dir
  before_each(function()
    dir = h.tmpdir()
  end)
  after_each(function()
    h.rm(dir)
  end)

  local function classify(rules, as)
    return run("classify --date 2026-12-01 --rules " .. h.q(rules), { stdin = "- NEXT: send it\n", as = as, timeout = 60 })
  end

  it("`while true do end` ends with a clear error, under Lua 5.4 and LuaJIT", function()
    h.write(dir .. "/loop.lua", "while true do end\n")
    for _, as in ipairs(INTERPS) do
      local _, err, code = classify(dir .. "/loop.lua", as)
      assert.are.equal(1, code, as .. ": " .. err)
      assert.are.equal("fulog: " .. dir .. "/loop.lua: the rules file ran past 10000000 instructions; it should only return a table\n", err)
    end
  end)

  it("precompiled bytecode is refused, also under LuaJIT (whose loadstring takes it)", function()
    h.write(dir .. "/ok.lua", 'return { hedge = { "maybe" } }\n')
    -- LuaJIT bytecode when luajit is there, else a chunk with its signature
    if not os.execute(("luajit -b %s %s 2>/dev/null"):format(h.q(dir .. "/ok.lua"), h.q(dir .. "/bc.lua"))) then
      h.write(dir .. "/bc.lua", "\27LJ\2\0return {}")
    end
    local _, err, code = classify(dir .. "/ok.lua", INTERPS[#INTERPS])
    assert.are.equal(0, code, err)
    for _, as in ipairs(INTERPS) do
      _, err, code = classify(dir .. "/bc.lua", as)
      assert.are.equal(1, code, as .. ": " .. err)
      assert.truthy(err:find("bc.lua: the rules file is precompiled bytecode; fulog reads only Lua text", 1, true), err)
    end
  end)

  it("a very large rules file names the limit it hit, not 'out of memory'", function()
    local t = {}
    for i = 1, 20001 do
      t[i] = ('"w%d"'):format(i)
    end
    h.write(dir .. "/big.lua", "return { hedge = {" .. table.concat(t, ",") .. "} }\n")
    local _, err, code = classify(dir .. "/big.lua")
    assert.are.equal(1, code, err)
    assert.truthy(err:find("big.lua: 20001 phrases, over the limit of 10000 for a rules file", 1, true), err)
    h.write(dir .. "/huge.lua", "return {} --" .. ("x"):rep(2 * 1024 * 1024) .. "\n")
    _, err, code = classify(dir .. "/huge.lua")
    assert.are.equal(1, code, err)
    assert.truthy(err:find("huge.lua: the rules file is over the size limit of 1048576 bytes", 1, true), err)
  end)
end)

describe("a FILE:LINE from an earlier listing names the step the seller saw", function()
  local dir, db
  local STEPS = "# Acme - 2026-11-20\n- NEXT: send pricing sheet\n- NEXT: call Jo back\n- NEXT: send the case studies\n"
  before_each(function()
    dir = h.tmpdir()
    db = dir .. "/store/fulog.db"
    h.write(dir .. "/c.md", STEPS)
    local _, err, code = run("index c.md", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
  end)
  after_each(function()
    h.rm(dir)
  end)

  -- The listing the seller acts on: FILE:LINE:KEY of "send the case studies".
  local function listed()
    local out, err, code = run("overdue", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local line, key = out:match("c%.md:(%d+):%d+: [^\n]*send the case studies[^\n]* {(%l+)}\n")
    assert.truthy(key, out)
    assert.are.equal(core.step_key("send the case studies"), key)
    local json = run("overdue --json", { cwd = dir, db = db })
    assert.truthy(json:find('"key":"' .. key .. '"', 1, true), json)
    local log = run("log", { cwd = dir, db = db })
    assert.truthy(log:find("c.md:4:" .. key, 1, true), log)
    return "c.md:" .. line .. ":" .. key
  end

  it("after another write-back moved it, done FILE:LINE:KEY finds it, never the neighbour", function()
    local ref = listed()
    assert.are.equal("c.md:4:" .. core.step_key("send the case studies"), ref)
    local _, err, code = run("touch c.md:2 email no reply", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    -- line 4 now holds "call Jo back"; the listed step is on line 5
    _, err, code = run("done " .. ref, { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("c.md:4: the step moved to line 5 since the listing", 1, true), err)
    local text = h.read(dir .. "/c.md")
    assert.truthy(text:find("- [x] NEXT: send the case studies", 1, true), text)
    assert.truthy(text:find("\n- NEXT: call Jo back", 1, true), text)
    -- --key does the same for touch
    local key = core.step_key("call Jo back")
    _, err, code = run("touch --key " .. key .. " c.md:3 call left vm", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/c.md"):find("- NEXT: call Jo back\n  - TOUCH: 2026-12-10 call - left vm\n", 1, true))
  end)

  -- A refusal named the line the key found, not the one the seller gave
  -- (QA round 41): both now, the given one first, as a moved write says.
  it("a refusal for FILE:LINE:KEY names the line listed, and the line the step moved to", function()
    local ref = listed()
    h.write(dir .. "/c.md", (STEPS:gsub("\n", "\nPAIN: audit in Q1\n", 1):gsub("%- NEXT: send the case", "- [x] NEXT: send the case")))
    local before = h.read(dir .. "/c.md")
    for _, c in ipairs({
      { "snooze " .. ref .. " +2d", "the step is done: nothing to snooze" },
      { "touch " .. ref .. " email sent", "the step is done: no touch to record" },
      -- a done step is said first: a fixed date would be refused for it next
      { "touch " .. ref .. " email sent --date 2026-11-01", "the step is done: no touch to record" },
    }) do
      local out, err, code = run(c[1], { cwd = dir, db = db })
      assert.are.equal(1, code, c[1] .. ": " .. out .. err)
      assert.truthy(err:find("^fulog: c%.md:4: the step moved to line 5 since the listing; " .. c[2]:gsub("%-", "%%-")), err)
    end
    -- the line as listed: the core's words alone
    local _, err = run("snooze c.md:5:" .. ref:match("%l+$") .. " +2d", { cwd = dir, db = db })
    assert.truthy(err:find("^fulog: c%.md:5: the step is done"), err)
    assert.are.equal(before, h.read(dir .. "/c.md"))
  end)

  it("a plain FILE:LINE whose step moved since the index says the line it wrote", function()
    -- a line added above the steps in another editor, no index since
    h.write(dir .. "/c.md", (STEPS:gsub("\n", "\nPAIN: audit in Q1\n", 1)))
    local out, err, code = run("done c.md:4", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("c.md:5: marked done: send the case studies\n", out)
    assert.are.equal("fulog: c.md:4: the step the store had on this line is now on line 5\n", err)
    local text = h.read(dir .. "/c.md")
    assert.truthy(text:find("- [x] NEXT: send the case studies", 1, true), text)
    assert.truthy(text:find("\n- NEXT: call Jo back\n", 1, true), text)
    h.write(dir .. "/c.md", (h.read(dir .. "/c.md"):gsub("\n", "\nWANT: SSO\n", 1)))
    out, err, code = run("snooze c.md:3 +2d", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("c.md:4: due 2026-12-12: send pricing sheet\n", out)
    assert.truthy(err:find("c.md:3: the step the store had on this line is now on line 4", 1, true), err)
    assert.truthy(h.read(dir .. "/c.md"):find("\n- NEXT: send pricing sheet due:2026-12-12\n", 1, true))
    -- the line as listed: nothing said
    out, err, code = run("done c.md:5", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("c.md:5: marked done: call Jo back\n", out)
    assert.are.equal("", err)
  end)

  -- Two steps with the same words: two lines added above the second put
  -- the first on its line, and done / touch / snooze FILE:LINE (and
  -- FILE:LINE:KEY, the same key) marked the first (QA round 40). The store
  -- tells them apart by which one it was (fulog.expect, ful_expect).
  it("tells a step from its twin with the same words after lines moved, or refuses", function()
    local TWINS = "# Acme - 2026-11-20\n- NEXT: call Jo back\n- NEXT: send the deck\n- NEXT: call Jo back\n"
    local SHIFTED = "# Acme - 2026-11-20\nJo is away.\nPAIN: audit\n- NEXT: call Jo back\n- NEXT: send the deck\n"
      .. "- NEXT: call Jo back\n"
    local key = core.step_key("call Jo back")
    for _, c in ipairs({
      { "done t.md:4", "%- %[x%] NEXT: call Jo back\n$" },
      { "done t.md:4:" .. key, "%- %[x%] NEXT: call Jo back\n$" },
      { "touch t.md:4 email sent", "%- NEXT: call Jo back\n  %- TOUCH: 2026%-12%-10 email %- sent\n$" },
      { "snooze t.md:4 +2d", "%- NEXT: call Jo back due:2026%-12%-12\n$" },
    }) do
      h.write(dir .. "/t.md", TWINS)
      local _, err, code = run("index t.md", { cwd = dir, db = db })
      assert.are.equal(0, code, err)
      h.write(dir .. "/t.md", SHIFTED)
      _, err, code = run(c[1], { cwd = dir, db = db })
      assert.are.equal(0, code, c[1] .. ": " .. err)
      local text = h.read(dir .. "/t.md")
      assert.truthy(text:find(c[2]), c[1] .. ": " .. text)
      assert.truthy(text:find("PAIN: audit\n- NEXT: call Jo back\n- NEXT: send", 1, true), c[1] .. ": " .. text)
    end
    -- the listed twin deleted, or one more added: refused, nothing written
    for _, changed in ipairs({ "# Acme - 2026-11-20\nJo is away.\n- NEXT: call Jo back\n- NEXT: send the deck\n",
      TWINS .. "- NEXT: call Jo back\n" }) do
      h.write(dir .. "/t.md", TWINS)
      local _, err, code = run("index t.md", { cwd = dir, db = db })
      assert.are.equal(0, code, err)
      h.write(dir .. "/t.md", changed)
      for _, cmd in ipairs({ "done t.md:4", "done t.md:4:" .. key, "touch t.md:4 email", "snooze t.md:4 +2d" }) do
        _, err, code = run(cmd, { cwd = dir, db = db })
        assert.are.equal(1, code, cmd)
        assert.truthy(err:find("a step with these words was added or removed, so fulog cannot tell which one was meant; "
          .. "nothing written", 1, true), cmd .. ": " .. err)
        assert.are.equal(changed, h.read(dir .. "/t.md"), cmd)
      end
    end
    -- unchanged since the index: each by its own line
    h.write(dir .. "/t.md", TWINS)
    run("index t.md", { cwd = dir, db = db })
    local out, err, code = run("done t.md:4", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("t.md:4: marked done: call Jo back\n", out)
    out, err, code = run("done t.md:2:" .. key, { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal(TWINS:gsub("%- NEXT: call", "- [x] NEXT: call"), h.read(dir .. "/t.md"))
  end)

  it("fulog's own snooze and a #class tag keep the key the listing printed", function()
    local ref = listed()
    -- the seller snoozes from the listing, then acts on the same listing
    local _, err, code = run("snooze " .. ref .. " +3d", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("touch " .. ref .. " email sent them", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    -- a class override and a second snooze do not change it either
    h.write(dir .. "/c.md", (h.read(dir .. "/c.md"):gsub("send the case studies", "#firm send the case studies")))
    _, err, code = run("snooze " .. ref .. " 2026-12-20", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    _, err, code = run("done " .. ref, { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/c.md"):find("- [x] NEXT: #firm send the case studies due:2026-12-20\n"
      .. "  - TOUCH: 2026-12-10 email - sent them\n", 1, true), h.read(dir .. "/c.md"))
    local out = run("overdue --today 2027-01-30", { cwd = dir, db = db })
    assert.truthy(not out:find("case studies", 1, true), out)
  end)

  it("a FILE:LINE that names no step says so, not that the note changed", function()
    local _, err, code = run("touch c.md:2 email", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local before = h.read(dir .. "/c.md")
    for _, c in ipairs({
      { "done c.md:1", "fulog: c.md:1: not a next step (the line has no next-step tag)\n" },
      { "touch c.md:3 email", "fulog: c.md:3: not a next step (the line has no next-step tag)\n" },   -- a TOUCH: line
      { "snooze c.md:3 +2d", "fulog: c.md:3: not a next step (the line has no next-step tag)\n" },
      { "done c.md:9", "fulog: c.md:9: the note has 5 lines\n" },
    }) do
      local _, e, rc = run(c[1], { cwd = dir, db = db })
      assert.are.equal(1, rc, c[1])
      assert.are.equal(c[2], e, c[1])
    end
    assert.are.equal(before, h.read(dir .. "/c.md"))
  end)

  it("a touch dated after today is refused: it would hide the chase until then", function()
    local before = h.read(dir .. "/c.md")
    local _, err, code = run("touch --date 2026-12-30 c.md:2 email sent", { cwd = dir, db = db })
    assert.are.equal(2, code, err)
    assert.are.equal("fulog: c.md:2: a touch on 2026-12-30 is after today (2026-12-10): a touch records an attempt "
      .. "already made; nothing written\n", err)
    assert.are.equal(before, h.read(dir .. "/c.md"))
    -- today and earlier are attempts made
    for _, d in ipairs({ "2026-12-10", "2026-12-01" }) do
      _, err, code = run("touch --date " .. d .. " c.md:2 email sent", { cwd = dir, db = db })
      assert.are.equal(0, code, err)
    end
  end)

  it("a touch dated before the meeting is refused; a back-dated one goes in date order", function()
    local before = h.read(dir .. "/c.md")
    local _, err, code = run("touch --date 2026-11-19 c.md:2 email sent", { cwd = dir, db = db })
    assert.are.equal(1, code, err)
    assert.are.equal("fulog: c.md:2: a touch on 2026-11-19 is before the meeting (2026-11-20): a touch follows "
      .. "the meeting; nothing written\n", err)
    assert.are.equal(before, h.read(dir .. "/c.md"))
    -- the meeting's own day is a touch (a recap sent that evening)
    for _, d in ipairs({ "2026-11-20", "2026-12-05", "2026-11-28" }) do
      _, err, code = run("touch --date " .. d .. " c.md:2 email sent", { cwd = dir, db = db })
      assert.are.equal(0, code, err)
    end
    local days = {}
    for d in h.read(dir .. "/c.md"):gmatch("TOUCH: (%d+%-%d+%-%d+)") do
      days[#days + 1] = d
    end
    assert.are.same({ "2026-11-20", "2026-11-28", "2026-12-05" }, days)
    local out = run("log --json", { cwd = dir, db = db })
    assert.truthy(out:find('"last_touch":"2026-12-05"', 1, true), out)
  end)

  it("a step that is gone (or edited) is refused in one line, and nothing is written", function()
    local ref = listed()
    h.write(dir .. "/c.md", (STEPS:gsub("send the case studies", "send two case studies")))
    local before = h.read(dir .. "/c.md")
    for _, cmd in ipairs({ "done " .. ref, "touch " .. ref .. " email x" }) do
      local _, err, code = run(cmd, { cwd = dir, db = db })
      assert.are.equal(1, code, err)
      assert.truthy(err:find("^fulog: c.md:4: the step listed as {%l+} is no longer in the note; list again"), err)
      assert.are.equal(1, #h.lines(err))
    end
    assert.are.equal(before, h.read(dir .. "/c.md"))
    local _, err, code = run("done c.md:4:abc", { cwd = dir, db = db })
    assert.are.equal(2, code, err)
    _, err, code = run("done c.md:2:3", { cwd = dir, db = db })  -- FILE:LINE:COL is FILE:LINE
    assert.are.equal(0, code, err)
  end)
end)

describe("a note dated by its file's time keeps its meeting date", function()
  -- No date in the front matter, the heading or the name: the meeting is
  -- the day the file was last written when fulog first read it. fulog's
  -- own write-backs (and later edits) write the file again; the meeting
  -- must not move with them, or every step's due moves later at once.
  local dir, db
  local NOTE_NODATE = "# Acme call\n- NEXT: send pricing\n- NEXT: they will get back to us\n"
  -- The note written on 2026-11-20 (its time), then indexed.
  before_each(function()
    dir, db = h.fresh_store()
    h.write(dir .. "/n.md", NOTE_NODATE)
    h.sh(("touch -d 2026-11-20T12:00 %s && cd %s && FULOG_DB=%s FULOG_TODAY=2026-12-10 %s/bin/fulog index . >/dev/null"):format(
      h.q(dir .. "/n.md"), h.q(dir), h.q(db), h.q(h.root)))
  end)
  after_each(function() h.rm(dir) end)

  local function rows()
    local out, err, code = run("export csv", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local t = {}
    for l in out:gmatch("[^\r\n]+") do
      local f = {}
      for x in (l .. ","):gmatch("([^,]*),") do f[#f + 1] = x end
      if f[1] ~= "account" then t[f[6]] = { meeting = f[7], due = f[8], pushed = f[13] } end
    end
    return t
  end

  it("a touch written back leaves the note's meeting date and its other steps' dues", function()
    assert.are.same({ meeting = "2026-11-20", due = "2026-11-27", pushed = "0" }, rows()["they will get back to us"])
    local _, err, code = run("touch --date 2026-12-09 n.md:2 email sent", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local r = rows()
    assert.are.same({ meeting = "2026-11-20", due = "2026-11-27", pushed = "0" }, r["they will get back to us"])
    assert.are.same({ meeting = "2026-11-20", due = "2026-11-22", pushed = "0" }, r["send pricing"])
    local out = run("overdue", { cwd = dir, db = db })
    assert.truthy(out:find("they will get back to us", 1, true), out)
  end)

  it("a later edit keeps it too; a date the seller writes wins", function()
    h.write(dir .. "/n.md", NOTE_NODATE .. "- NEXT: send the case studies\n")
    h.sh(("touch -d 2026-12-09T12:00 %s"):format(h.q(dir .. "/n.md")))
    local _, err, code = run("index .", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.same({ meeting = "2026-11-20", due = "2026-11-22", pushed = "0" }, rows()["send pricing"])
    h.write(dir .. "/n.md", "---\ndate: 2026-11-25\n---\n" .. NOTE_NODATE)
    _, err, code = run("index .", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("2026-11-25", rows()["send pricing"].meeting)
  end)
end)
