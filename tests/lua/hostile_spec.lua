-- Hostile input, privacy and migrations: every bad note gives a correct
-- result or a one-line error naming the file (and line); nothing crashes,
-- hangs or loses data. Runs bin/fulog (with a timeout) and fulog.core.
local h = require("helper")
local core = h.core

local SAN = os.getenv("FULOG_SANITIZE") ~= nil   -- under ASan: smaller sizes
local IS_ROOT = h.sh("id -u"):gsub("%s", "") == "0"

local run = h.fulog

-- Every stderr line is one "fulog: ..." message.
local function one_line_errors(e)
  for l in e:gmatch("[^\n]+") do
    assert.truthy(l:match("^fulog: "), "not a fulog message: " .. l)
  end
end

local function check_store(db)
  local s = assert(core.open(db))
  local okc, err = s:check()
  s:close()
  assert.is_true(okc, err)
end

describe("hostile notes", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  it("invalid UTF-8 and NUL bytes: indexed, cleaned, warned with file:line", function()
    h.write(dir .. "/n/acme/a.md", "# Acme - 2026-11-20\n- NEXT: ping \255\254 them #non\n- NEXT: send\0deck #compliance\nplain \0 text\n")
    local out, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("1 indexed", 1, true), out)
    assert.truthy(err:find("n/acme/a.md:2: line has invalid UTF%-8"), err)
    assert.truthy(err:find("n/acme/a.md:3: line has invalid UTF%-8"), err)
    one_line_errors(err)
    out = run("overdue --json", { cwd = dir, db = db })
    assert.truthy(out:find("ping \239\191\189\239\191\189 them", 1, true), out)
    assert.truthy(out:find("send\239\191\189deck", 1, true), out)
    check_store(db)
  end)

  it("a 1 MB line and a 1 MB next step", function()
    local big = ("lorem ipsum "):rep(SAN and 20000 or 90000)
    h.write(dir .. "/n/a.md", "# A - 2026-11-20\nnotes " .. big .. "\n- NEXT: they send " .. big .. " by Friday\n")
    local out, err, code = run("index --json n", { cwd = dir, db = db, timeout = 60 })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"indexed":1', 1, true), out)
    out, err, code = run("touch n/a.md:3 email no reply", { cwd = dir, db = db, timeout = 60 })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(dir .. "/n/a.md"):find("\n  - TOUCH: 2026-12-10 email - no reply\n", 1, true))
    check_store(db)
  end)

  it("100,000 next steps in one file: indexed, queried, touched, done", function()
    local n = SAN and 20000 or 100000
    local t = { "# Big - 2026-11-20" }
    for i = 1, n do
      t[#t + 1] = ("- NEXT: call them back about item %d"):format(i)
    end
    h.write(dir .. "/n/big.md", table.concat(t, "\n") .. "\n")
    local out, err, code = run("index --json n", { cwd = dir, db = db, timeout = 300 })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"indexed":1', 1, true), out)
    out, err, code = run("overdue", { cwd = dir, db = db, timeout = 120 })
    assert.are.equal(0, code, err)
    assert.are.equal(n, #h.lines(out))
    out, err, code = run(("done n/big.md:%d"):format(n + 1), { cwd = dir, db = db, timeout = 120 })
    assert.are.equal(0, code, err)
    out, err, code = run(("touch n/big.md:%d call left vm"):format(n), { cwd = dir, db = db, timeout = 120 })
    assert.are.equal(0, code, err)
    local s = assert(core.open(db))
    local rows = assert(s:overdue({ today = "2026-12-10" }))
    s:close()
    -- one done, one touched today (its next action is 3 days away)
    assert.are.equal(n - 2, #rows)
    check_store(db)
  end)

  it("deeply nested lists and touches", function()
    local t = { "# Nest - 2026-11-20" }
    for i = 0, 3000 do
      t[#t + 1] = (" "):rep(i) .. "- NEXT: level " .. i .. " send deck"
      t[#t + 1] = (" "):rep(i + 2) .. "- TOUCH: 2026-12-01 email - no reply"
    end
    h.write(dir .. "/n/nest.md", table.concat(t, "\n") .. "\n")
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local note = core.parse_note(h.read(dir .. "/n/nest.md"), dir .. "/n/nest.md")
    assert.are.equal(3001, #note.steps)
    assert.are.equal(3001, #note.touches)
    for i, st in ipairs(note.steps) do
      assert.are.equal(1, #st.touches, "step " .. i)
    end
    check_store(db)
  end)

  it("front matter that never closes: read as text, warned at line 1", function()
    h.write(dir .. "/n/a.md", "---\naccount: Hidden\ndate: 2026-11-20\n- NEXT: send the deck\n")
    local out, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("n/a.md:1: front matter never closes", 1, true), err)
    one_line_errors(err)
    out = run("accounts", { cwd = dir, db = db })
    assert.falsy(out:find("Hidden", 1, true), out)
    out = run("overdue --json", { cwd = dir, db = db })
    assert.truthy(out:find("send the deck", 1, true), out)
  end)

  it("impossible dates are not dates, and say where", function()
    h.write(dir .. "/n/a.md", table.concat({
      "---", "date: 2026-02-30", "---", "# A - 2026-13-45",
      "- NEXT: send pricing due:2026-02-30 #compliance",
      "- NEXT: they send it 13/45 or Feb 30 #soft",
      "  - TOUCH: 2026-02-29 email - no reply",
      "  - TOUCH: 2026-11-25 fax - no reply",
      "- NEXT: due:99999-01-01 call", "" }, "\n"))
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("n/a.md:2: front matter date is not a real", 1, true), err)
    assert.truthy(err:find("n/a.md:5: due: is not a real", 1, true), err)
    assert.truthy(err:find("n/a.md:7: TOUCH: line has no real YYYY-MM-DD date; not counted as a touch", 1, true), err)
    assert.truthy(err:find("n/a.md:8: TOUCH: channel is not email, call, voicemail, meeting or other; "
      .. "counted as other: 2026-11-25 fax - no reply", 1, true), err)
    one_line_errors(err)
    check_store(db)
    local _, e2, c2 = run("overdue --today 2026-02-30", { cwd = dir, db = db })
    assert.are.equal(2, c2)
    assert.are.equal(1, #h.lines(e2), e2)
    _, e2, c2 = run("touch --date 2026-02-30 n/a.md:5 email x", { cwd = dir, db = db })
    assert.are.equal(2, c2, e2)
    local _, e3, c3 = run("overdue", { cwd = dir, db = db, today = "2026-13-01" })
    assert.are.equal(2, c3, e3)
    assert.truthy(e3:find("FULOG_TODAY", 1, true), e3)
    assert.are.same({ nil, "not a date (want a real YYYY-MM-DD): 2026-02-30" }, { core.classify("x", "2026-02-30") })
  end)

  it("symlink loops end, with a warning", function()
    h.write(dir .. "/n/acme/a.md", "# A - 2026-11-20\n- NEXT: send deck\n")
    os.execute(("ln -s .. %s; ln -s . %s; ln -s loop2.md %s; ln -s loop1.md %s"):format(
      h.q(dir .. "/n/acme/up"), h.q(dir .. "/n/acme/self"), h.q(dir .. "/n/loop1.md"), h.q(dir .. "/n/loop2.md")))
    -- Symlinked folders are walked only with --follow; without it, no loop.
    local out, err, code = run("index --json n", { cwd = dir, db = db, timeout = 60 })
    assert.are.equal(0, code, err)
    assert.falsy(err:find("symlink loop", 1, true), err)
    out, err, code = run("index --json --follow n", { cwd = dir, db = db, timeout = 60 })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("symlink loop; skipped", 1, true), err)
    -- loop1.md <-> loop2.md: a symlink that never resolves, skipped like a dangling one.
    one_line_errors(err)
    local s = assert(core.open(db))
    local rows = s:overdue({ today = "2026-12-10" })
    s:close()
    assert.are.equal(1, #rows)
  end)

  it("a notes folder reached through a symlink lists each step once", function()
    h.write(dir .. "/real/acme/a.md", "# Acme - 2026-11-20\n- NEXT: send deck\n- NEXT: call Jo back next week\n")
    h.write(dir .. "/real/zeta/z.md", "# Zeta - 2026-11-20\n- NEXT: send the quote\n")
    h.write(dir .. "/real/.archive/old.md", "# Old - 2026-11-20\n- NEXT: send the old quote\n")
    -- The configured folder is a symlink; inside, "a-link" leads to zeta
    -- (and sorts before it), "up" back to the root, "copy.md" to a note
    -- walked under its own name, "old.md" to one in a hidden folder (so
    -- only walked through the link).
    os.execute(("ln -s real %s; ln -s ../zeta %s; ln -s .. %s; ln -s a.md %s; ln -s ../.archive/old.md %s"):format(
      h.q(dir .. "/notes"), h.q(dir .. "/real/acme/a-link"), h.q(dir .. "/real/zeta/up"),
      h.q(dir .. "/real/acme/copy.md"), h.q(dir .. "/real/zeta/old.md")))
    local function count()
      local s = assert(core.open(db))
      local rows = s:overdue({ today = "2026-12-10" })
      s:close()
      local seen = {}
      for _, r in ipairs(rows) do
        assert.is_nil(seen[r.text], r.text .. " listed twice")
        seen[r.text] = true
      end
      return #rows
    end
    for _, args in ipairs({ "index notes", "index real", "index --follow notes", "index --follow real",
                            "index notes/acme/a.md", "index real/zeta/z.md" }) do
      local out, err, code = run(args, { cwd = dir, db = db, timeout = 60 })
      assert.are.equal(0, code, err)
      assert.are.equal(4, count(), args .. ": " .. out)
    end
    -- The paths are the real ones, the names an editor gives the buffers.
    local out = run("overdue", { cwd = dir, db = db, today = "2026-12-10" })
    assert.truthy(out:find("real/acme/a.md:2:", 1, true), out)
    assert.truthy(out:find("real/zeta/z.md:2:", 1, true), out)
    -- A step named through the symlink is the same step.
    local _, err, code = run("done notes/acme/a.md:2", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal(3, count())
    -- A store that named the notes through the symlink (an older fulog)
    -- keeps one copy, with its history, once the folder is indexed again.
    if os.execute("command -v sqlite3 >/dev/null") ~= true then
      return
    end
    h.sh(("sqlite3 %s \"UPDATE note SET path = replace(path, '/real/acme/', '/notes/acme/')\""):format(h.q(db)))
    assert.are.equal(3, count())
    out = run("overdue", { cwd = dir, db = db, today = "2026-12-10" })
    assert.truthy(out:find("notes/acme/a.md:3:", 1, true), out)
    local _, err2, code2 = run("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code2, err2)
    assert.are.equal(3, count())
    out = run("overdue", { cwd = dir, db = db, today = "2026-12-10" })
    assert.truthy(out:find("real/acme/a.md:3:", 1, true), out)
    out = run("history real/acme/a.md:3", { cwd = dir, db = db })
    assert.truthy(out:find("moved", 1, true), out)
  end)

  it("an unreadable file keeps its old data and names the file", function()
    h.write(dir .. "/n/a.md", "# A - 2026-11-20\n- NEXT: send deck\n")
    local pre = ""
    if IS_ROOT then
      -- root reads any file: run fulog as nobody instead.
      if os.execute("command -v setpriv >/dev/null") ~= true then
        pending("root without setpriv: unreadable files cannot be made")
        return
      end
      os.execute(("chmod 755 %s && chown -R 65534:65534 %s"):format(h.q(dir), h.q(dir)))
      pre = "setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/nonexistent"
    end
    local _, err, code = run("index n", { cwd = dir, db = db, pre = pre })
    assert.are.equal(0, code, err)
    -- Unreadable and changed since (a permission change alone is no change).
    os.execute("chmod 000 " .. h.q(dir .. "/n/a.md") .. " && touch -d '+1 minute' " .. h.q(dir .. "/n/a.md"))
    local out
    out, err, code = run("index --json n", { cwd = dir, db = db, pre = pre })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("n/a.md: cannot read: Permission denied", 1, true), err)
    one_line_errors(err)
    out = run("overdue", { cwd = dir, db = db, pre = pre })
    assert.truthy(out:find("send deck", 1, true), out)
    _, err, code = run("touch n/a.md:2 email x", { cwd = dir, db = db, pre = pre })
    assert.are.equal(1, code)
    -- the step's line named, as in every other refusal (QA round 40)
    assert.truthy(err:find("^fulog: [^\n]*n/a.md:2: cannot open: Permission denied\n$"), err)
  end)

  -- Indexes n/a.md holding text, then makes the store read-only (root
  -- writes past a mode: chattr +i). The store's checksum before, or nil
  -- (the test pending) when it cannot be made read-only; read_write()
  -- undoes it.
  local function read_only(text)
    h.write(dir .. "/n/a.md", text)
    local _, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local before = h.sh("cksum < " .. h.q(db))
    if not IS_ROOT then
      os.execute("chmod 400 " .. h.q(db))
    elseif os.execute("chattr +i " .. h.q(db) .. " 2>/dev/null") ~= true then
      pending("root without chattr: a read-only store cannot be made")
      return nil
    end
    return before
  end
  local function read_write()
    os.execute((IS_ROOT and "chattr -i " or "chmod 600 ") .. h.q(db))
  end

  it("a read-only store: index refused in one line, overdue still reads it, left as it was", function()
    local before = read_only("# A - 2026-11-20\n- NEXT: send deck\n")
    if not before then
      return
    end
    h.write(dir .. "/n/b.md", "# B - 2026-11-20\n- NEXT: send deck\n")
    local _, e2, c2 = run("index n", { cwd = dir, db = db })
    local o3, e3, c3 = run("overdue", { cwd = dir, db = db })
    read_write()
    assert.are.equal(1, c2)
    assert.truthy(e2:find("^fulog: [^\n]*fulog.db: [^\n]+\n$"), e2)
    -- Reading needs no write: overdue opens the store read-only.
    assert.are.equal(0, c3, e3)
    assert.truthy(o3:find("n/a.md:2:", 1, true), o3)
    assert.are.equal(before, h.sh("cksum < " .. h.q(db)))
    check_store(db)
  end)

  -- The write-backs open the store for writing before they touch the
  -- note: refused in one line, the note and the store as they were, as
  -- :FuDone / :FuTouch / :FuSnooze now refuse (tests/nvim|vim/test_bad_input).
  it("a read-only store: done, touch and snooze refused in one line, the note and the store left as they were", function()
    local text = "# A - 2026-11-20\n- NEXT: send deck\n"
    local before = read_only(text)
    if not before then
      return
    end
    local got = {}
    for _, args in ipairs({ "done n/a.md:2", "touch n/a.md:2 email", "snooze n/a.md:2 +3d" }) do
      local _, e, c = run(args, { cwd = dir, db = db })
      got[#got + 1] = c .. " " .. e
    end
    read_write()
    local want = ("1 fulog: %s: the store is read-only; fulog needs to write it (check its permissions)\n"):format(db)
    assert.are.same({ want, want, want }, got)
    assert.are.equal(text, h.read(dir .. "/n/a.md"))
    assert.are.equal(before, h.sh("cksum < " .. h.q(db)))
  end)

  it("a full disk: the index fails in one line, the store keeps what it had", function()
    local mnt = dir .. "/tiny"
    os.execute("mkdir -p " .. h.q(mnt))
    -- 1 MB: room for a new store (about 21 pages of 16 KB, and its WAL)
    -- and one small note, not for the big one
    local mounted = IS_ROOT and os.execute(("mount -t tmpfs -o size=1m tmpfs %s 2>/dev/null"):format(h.q(mnt))) == true
    if not mounted then
      pending("no tmpfs mount (not root): full disk not simulated here")
      return
    end
    local ok, perr = pcall(function()
      local sdb = mnt .. "/store/fulog.db"
      h.write(dir .. "/n/a.md", "# A - 2026-11-20\n- NEXT: send deck\n")
      local _, err, code = run("index n", { cwd = dir, db = sdb })
      assert.are.equal(0, code, err)
      local t = {}
      for i = 1, 3000 do
        t[#t + 1] = ("- NEXT: they send the signed contract number %d by Friday"):format(i)
      end
      h.write(dir .. "/n/big.md", "# Big - 2026-11-20\n" .. table.concat(t, "\n") .. "\n")
      _, err, code = run("index n", { cwd = dir, db = sdb })
      assert.are.equal(1, code, err)
      assert.truthy(err:find("^fulog: [^\n]*fulog.db: [^\n]*full[^\n]*\n$"), err)
      -- Free the space: the store is intact and holds the first note.
      os.execute("rm -f " .. h.q(mnt) .. "/filler")
      check_store(sdb)
      local s = assert(core.open(sdb))
      local rows = s:overdue({ today = "2026-12-10" })
      s:close()
      assert.are.equal(1, #rows)
      -- A write-back into a note on a full disk: refused, note unchanged.
      local note = mnt .. "/note.md"
      h.write(note, "# N - 2026-11-20\n- NEXT: send deck\n")
      os.execute(("dd if=/dev/zero of=%s/filler bs=4k count=1000 2>/dev/null"):format(h.q(mnt)))
      local before = h.read(note)
      local okw, werr = core.add_touch(note, 2, { date = "2026-12-01", channel = "email", outcome = "x" })
      assert.is_nil(okw)
      assert.truthy(werr:find("note.md:2: cannot write", 1, true), werr)
      assert.falsy(werr:find("\n", 1, true))
      assert.are.equal(before, h.read(note))
      assert.are.equal("", h.sh("ls " .. h.q(mnt) .. " | grep fulog- || true"))
    end)
    os.execute("umount " .. h.q(mnt))
    assert(ok, perr)
  end)

  it("SQL metacharacters in every field round-trip and harm nothing", function()
    local evil = [[Robert'); DROP TABLE note;-- "x" %s %n \ 100% _ ;]]
    local folder = dir .. "/n/it's; DROP TABLE account;--"
    h.write(folder .. "/o'hara %_.md", table.concat({
      "---", "account: " .. evil, "date: 2026-11-20", "---", "# x",
      "PAIN: " .. evil,
      "- NEXT: send " .. evil .. " #compliance",
      "  - TOUCH: 2026-12-01 email - " .. evil, "" }, "\n"))
    local out, err, code = run("index n", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    out, err, code = run("accounts", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal(evil .. "\n", out)
    out, err, code = run("log --json " .. h.q(evil), { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("o'hara %_.md", 1, true), out)
    out, err, code = run(("touch %s email %s"):format(h.q(folder .. "/o'hara %_.md:7"), h.q(evil)), { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local s = assert(core.open(db))
    local rows = assert(s:overdue({ today = "2026-12-10" }))
    assert.are.equal(1, #rows)
    assert.are.equal("send " .. evil .. " #compliance", rows[1].text)
    local hist = assert(s:history(folder .. "/o'hara %_.md", 7))
    assert.truthy(#hist >= 1)
    assert.are.same({ evil }, s:accounts())
    s:close()
    check_store(db)
    assert.are.equal(2, select(2, h.read(folder .. "/o'hara %_.md"):gsub("TOUCH:", "")))
  end)

  it("a note that is a folder, a FIFO or a device is skipped, not read", function()
    os.execute(("mkdir -p %s && mkfifo %s"):format(h.q(dir .. "/n/dir.md"), h.q(dir .. "/n/fifo.md")))
    os.execute(("ln -s /dev/zero %s"):format(h.q(dir .. "/n/zero.md")))
    h.write(dir .. "/n/a.md", "# A - 2026-11-20\n- NEXT: send deck\n")
    local out, err, code = run("index --json n", { cwd = dir, db = db, timeout = 30 })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"indexed":1', 1, true), out)
    local _, e2, c2 = run("index n/fifo.md", { cwd = dir, db = db, timeout = 30 })
    assert.are.equal(0, c2, e2)
    one_line_errors(e2)
  end)
end)

describe("privacy", function()
  local dir
  before_each(function()
    dir = h.tmpdir()
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("store, WAL and folder are private even with umask 000, and nothing else is written", function()
    h.write(dir .. "/n/a.md", "# A - 2026-11-20\n- NEXT: secret plan for Acme\n")
    local db = dir .. "/data/fulog/fulog.db"
    local out, err, code = run("index n", { cwd = dir, db = db, pre = "umask 000;" })
    assert.are.equal(0, code, err)
    -- Keep a connection open so the -wal and -shm files exist to look at.
    local s = assert(core.open(db))
    assert.truthy(s:overdue({ today = "2026-12-10" }))
    local modes = h.sh(("cd %s && stat -c '%%n %%a' data data/fulog data/fulog/*"):format(h.q(dir)))
    s:close()
    for name, mode in modes:gmatch("(%S+) (%d+)") do
      if name:find("fulog.db", 1, true) then
        assert.are.equal("600", mode, name)
      elseif name == "data/fulog" or name == "data" then
        assert.are.equal("700", mode, name)
      end
    end
    assert.truthy(modes:find("fulog.db-wal", 1, true), modes)
    -- Nothing but notes and the store: no logs, caches or backups.
    local files = h.sh(("cd %s && find . -type f | sort"):format(h.q(dir)))
    assert.are.equal("./data/fulog/fulog.db\n./n/a.md\n", files)
    assert.falsy(err:find("secret", 1, true))
    assert.falsy(out:find("secret", 1, true))
  end)

  it("write-back keeps the note's own mode and leaves no temp file", function()
    local note = dir .. "/n/a.md"
    h.write(note, "# A - 2026-11-20\n- NEXT: send deck\n")
    os.execute("chmod 600 " .. h.q(note))
    local _, err, code = run("touch n/a.md:2 email no reply", { cwd = dir, db = dir .. "/s/db", pre = "umask 000;" })
    assert.are.equal(0, code, err)
    _, err, code = run("done n/a.md:2", { cwd = dir, db = dir .. "/s/db", pre = "umask 000;" })
    assert.are.equal(0, code, err)
    assert.are.equal("600\n", h.sh("stat -c %a " .. h.q(note)))
    assert.are.equal("a.md\n", h.sh("ls -A " .. h.q(dir .. "/n")))
    assert.are.equal("# A - 2026-11-20\n- [x] NEXT: send deck\n  - TOUCH: 2026-12-10 email - no reply\n", h.read(note))
  end)
end)

describe("migrations", function()
  local dir
  local FIX = h.root .. "/tests/fixtures/stores"
  before_each(function()
    dir = h.tmpdir()
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("a version 1 store migrates to the current version without loss", function()
    local db = dir .. "/v1.db"
    os.execute(("cp %s %s"):format(h.q(FIX .. "/v1.db"), h.q(db)))
    local s, err = core.open(db)
    assert.truthy(s, err)
    assert.are.equal(core.schema_version, s:user_version())
    assert.is_true(s:check())
    local rows = assert(s:overdue({ today = "2026-12-10" }))
    assert.truthy(#rows > 0)
    -- the chase loop's columns are computed on first use
    for _, r in ipairs(rows) do
      assert.truthy(r.state and r.next and r.unanswered and r.pushed, r.text)
      assert.truthy(r.next < "2026-12-10")
    end
    assert.are.same({ "Acme Corp", "globex", "Umbrella" }, s:accounts())
    local log, lerr = s:log({ today = "2026-12-10" })
    assert.truthy(log, lerr)
    assert.truthy(#log > 0)
    -- no display names yet (v6): an account shows its key until its notes are read again
    local shown = {}
    for _, a in ipairs(log) do
      shown[a.account] = true
    end
    assert.truthy(shown.globex, "the key shows")
    assert.truthy(#assert(s:log({ today = "2026-12-10", account = "globex" })) > 0)
    assert.truthy(#assert(s:history("/tmp/fulog-v1-fixture/notes/acme/2026-11-20-discovery.md", 11)) > 0)
    s:close()
    local dump = h.sh("sh " .. h.q(FIX .. "/dump.sh") .. " " .. h.q(db))
    assert.are.equal(h.read(FIX .. "/v1.dump"), dump)
  end)

  it("a store from a newer fulog (user_version 99) is refused clearly and left alone", function()
    local db = dir .. "/v99.db"
    os.execute(("cp %s %s && sqlite3 %s 'PRAGMA user_version = 99;'"):format(h.q(FIX .. "/v1.db"), h.q(db), h.q(db)))
    local before = h.sh("cksum < " .. h.q(db))
    local s, err = core.open(db)
    assert.is_nil(s)
    assert.truthy(err:find("v99.db: the store is schema version 99, newer than this fulog knows (" .. core.schema_version .. "); update fulog", 1, true), err)
    local _, e2, c2 = run("overdue", { db = db })
    assert.are.equal(1, c2)
    assert.are.equal("fulog: " .. err .. "\n", e2)
    assert.are.equal(before, h.sh("cksum < " .. h.q(db)))
  end)

  it("a file that is not a store is refused in one line, not overwritten", function()
    local db = dir .. "/junk.db"
    h.write(db, ("this is not sqlite\n"):rep(300))
    local before = h.read(db)
    local s, err = core.open(db)
    assert.is_nil(s)
    assert.truthy(err:find("junk.db", 1, true), err)
    assert.falsy(err:find("\n", 1, true))
    assert.are.equal(before, h.read(db))
  end)
end)

describe("binding regressions", function()
  it("add_touch reads its options table, whatever follows it", function()
    local dir = h.tmpdir()
    local note = dir .. "/a.md"
    h.write(note, "- NEXT: x\n")
    assert.are.equal(2, core.add_touch(note, 1, { date = "2026-12-01", channel = "email" }, "meeting", "junk"))
    assert.are.equal("- NEXT: x\n  - TOUCH: 2026-12-01 email - no reply\n", h.read(note))
    h.rm(dir)
  end)
end)

describe("a path near PATH_MAX", function()
  local dir, db
  before_each(function() dir, db = h.fresh_store() end)
  after_each(function() h.rm(dir) end)

  -- 16 folders of 240 bytes: the note's path is about 3,900 bytes.
  local function long_note(text)
    local rel = "notes"
    for _ = 1, 16 do
      rel = rel .. "/" .. ("d"):rep(240)
    end
    rel = rel .. "/n.md"
    h.write(dir .. "/" .. rel, text)
    os.execute("touch -d 2026-12-01T12:00:00 " .. h.q(dir .. "/" .. rel))
    return rel
  end

  it("still gives each error whole, on one line, naming the file and the line", function()
    local rel = long_note("# Acme - 2026-12-01\n- NEXT: ping \255 them #non\nplain\n")
    local _, err, code = run("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("fulog: " .. rel .. ":2: line has invalid UTF-8", 1, true), #err .. " bytes: " .. err:sub(-120))
    one_line_errors(err)
    for _, c in ipairs({
      { ":3", rel .. ":3: not a next step (the line has no next-step tag)" },
      { ":9", rel .. ":9: the note has 3 lines" },
    }) do
      _, err, code = run("done " .. h.q(rel .. c[1]), { cwd = dir, db = db })
      assert.are_not.equal(0, code)
      assert.truthy(err:find(c[2], 1, true), #err .. " bytes: " .. err:sub(-120))
      assert.are.equal(1, #h.lines(err), err)
    end
  end)
end)

describe("what a seller types into touch and snooze (QA round 43)", function()
  local dir, db
  local HEAD = "---\naccount: Acme\ndate: 2026-11-20\n---\n# Acme\n"
  before_each(function()
    dir, db = h.fresh_store()
    h.write(dir .. "/n/a.md", HEAD .. "- NEXT: send the pricing sheet #compliance\n")
    assert.are.equal(0, select(3, run("index n", { cwd = dir, db = db })))
  end)
  after_each(function() h.rm(dir) end)

  it("writes one TOUCH: line whatever line breaks the outcome holds, and says it as the note has it", function()
    -- a newline, NEL, U+2028, an ESC colour and a bidi override typed in
    -- the outcome: the message showed them raw (two lines, a colour, a
    -- reversed tail), and NEL and U+2028 went into the note
    local outcome = "sent\n- NEXT: fake\194\133two\226\128\168three \27[31mred \226\128\174evil"
    local out, err, code = run("touch n/a.md:6 email " .. h.q(outcome), { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("n/a.md:7: touch recorded: email - sent - NEXT: fake two three  [31mred \239\191\189evil"
      .. " (send the pricing sheet)\n", out)
    assert.are.equal(HEAD .. "- NEXT: send the pricing sheet #compliance\n"
      .. "  - TOUCH: 2026-12-10 email - sent - NEXT: fake two three \27[31mred \226\128\174evil\n", h.read(dir .. "/n/a.md"))
  end)

  it("names a bad channel or snooze date with its controls escaped, on one line", function()
    local _, err, code = run("touch n/a.md:6 " .. h.q("email\n- NEXT: x\27[31m"), { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.are.equal('fulog: n/a.md:6: unknown channel "email\\n- NEXT: x\\033[31m": want email, call, voicemail,'
      .. " meeting or other; nothing written\n", err)
    _, err, code = run("snooze n/a.md:6 " .. h.q("+3d\n\27[31m"), { cwd = dir, db = db })
    assert.are.equal(2, code)
    assert.are.equal('fulog: snooze: want a date (YYYY-MM-DD) or +Nd / +Nw (days or weeks from today), got'
      .. ' "+3d\\n\\033[31m"\n', err)
    assert.are.equal(HEAD .. "- NEXT: send the pricing sheet #compliance\n", h.read(dir .. "/n/a.md"))
  end)
end)
