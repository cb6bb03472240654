-- bin/fulog end to end: index, overdue, log, touch, done, classify, errors.
local h = require("helper")

local ACME = table.concat({
  "---",
  "date: 2026-11-20",
  "---",
  "# Acme Corp - discovery",
  "- NEXT: call Jason back in two weeks #non",          -- 5: non, due 12-04
  "- NEXT: send the case studies #compliance",          -- 6: due 11-22
  "- [x] NEXT: they share the contract by Friday #firm", -- 7: done
  "- NEXT: they'll get back to us #soft",               -- 8: due 11-27
  "- NEXT: review it together due:2026-12-20 #firm",    -- 9: not yet due
  "",
}, "\n")

local function tree(dir)
  h.write(dir .. "/notes/acme/2026-11-20.md", ACME)
  h.write(dir .. "/notes/globex/2026-11-01 call.md",
    "# Globex: call\r\n\r\n* NEXT: send pricing #compliance\r\n")   -- 3: due 11-03
  h.write(dir .. "/notes/umbrella.txt",
    "# Umbrella - 2026-11-10\nNEXT: ping \255 them #non\nNEXT: send deck due:2026-02-30 #compliance\n")
  h.write(dir .. "/notes/acme/photo.md", "\137PNG\r\n\26\n\0\0\0\rIHDR\0\0\0\16\0\0\0\16\8\6\0\0\0")
  h.write(dir .. "/notes/acme/photo.png", "\137PNG\0\0\0")
end

describe("fulog index and overdue", function()
  local dir, db
  before_each(function()
    dir = h.tmpdir()
    db = dir .. "/store/fulog.db"
    tree(dir)
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("indexes a tree and lists overdue steps oldest first, in errorformat lines", function()
    local out, err, code = h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("3 indexed", 1, true), out)
    assert.truthy(err:find("photo.md: not a text file; skipped", 1, true), err)
    assert.truthy(err:find("umbrella.txt:3: due: is not a real", 1, true), err)
    out, err, code = h.fulog("overdue --today 2026-12-10", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local lines = h.lines(out)
    local got = {}
    for i, l in ipairs(lines) do
      local file, line, col, msg = l:match("^(.-):(%d+):(%d+): (.*)$")
      assert.truthy(file, l)
      got[i] = ("%s:%s:%s %s"):format(file, line, col, msg:match("due (%d+%-%d+%-%d+)"))
    end
    assert.are.same({
      "notes/globex/2026-11-01 call.md:3:3 2026-11-03",
      "notes/umbrella.txt:3:1 2026-11-12",
      "notes/umbrella.txt:2:1 2026-11-17",
      "notes/acme/2026-11-20.md:6:3 2026-11-22",
      "notes/acme/2026-11-20.md:8:3 2026-11-27",
      "notes/acme/2026-11-20.md:5:3 2026-12-04",
    }, got)
    -- a folder's account reads as the heading names it, else title-cased (the key stays the slug)
    assert.truthy(lines[4]:find("compliance [Acme] send the case studies (due 2026-11-22, 18 days overdue)", 1, true), lines[4])
    assert.truthy(lines[1]:find("[Globex]", 1, true), lines[1])
    assert.truthy(lines[2]:find("[Umbrella]", 1, true), lines[2])
  end)

  it("shows a snoozed step with the same words in overdue and in the log (no due:, no #class)", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local out, err, code = h.fulog("snooze notes/acme/2026-11-20.md:6 2026-12-07", { cwd = dir, db = db, today = "2026-12-01" })
    assert.are.equal(0, code, err)
    out, err, code = h.fulog("overdue --today 2026-12-10", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local msg = out:match("notes/acme/2026%-11%-20%.md:6:3: ([^\n]*)")
    assert.are.equal("compliance [Acme] send the case studies (due 2026-12-07, 3 days overdue, pushed 1x)", msg:gsub(" {%w+}$", ""))
    out = h.fulog("log --today 2026-12-10", { cwd = dir, db = db })
    assert.truthy(out:find("compliance  send the case studies\n", 1, true), out)
    assert.falsy(out:find("studies due:", 1, true), out)
    assert.falsy(out:find("#", 1, true), out)
    -- a due: with no real date is no due: it stays for the seller to see, in both
    assert.truthy(out:find("compliance  send deck due:2026-02-30\n", 1, true), out)
    -- the scripts' --json keeps the line's own text: a write-back matches it
    out = h.fulog("overdue --json --today 2026-12-10", { cwd = dir, db = db })
    assert.truthy(out:find('"text":"send the case studies #compliance due:2026-12-07"', 1, true), out)
  end)

  it("makes the store private: file 0600, folder 0700", function()
    h.fulog("index notes", { cwd = dir, db = db })
    assert.are.equal("600", h.sh("stat -c %a " .. h.q(db)):gsub("%s", ""))
    assert.are.equal("700", h.sh("stat -c %a " .. h.q(dir .. "/store")):gsub("%s", ""))
  end)

  it("does no work on a second run, and only the changed note on a third", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local out = h.fulog("index --json notes", { cwd = dir, db = db })
    assert.truthy(out:find('"indexed":0', 1, true), out)
    assert.truthy(out:find('"unchanged":3', 1, true), out)
    h.write(dir .. "/notes/umbrella.txt", "# Umbrella - 2026-11-10\nNEXT: ping them #non\n")
    out = h.fulog("index --json notes", { cwd = dir, db = db })
    assert.truthy(out:find('"indexed":1', 1, true), out)
    os.remove(dir .. "/notes/globex/2026-11-01 call.md")
    out = h.fulog("index --json notes", { cwd = dir, db = db })
    assert.truthy(out:find('"removed":1', 1, true), out)
    out = h.fulog("overdue", { cwd = dir, db = db })
    assert.is_nil(out:find("globex", 1, true))
    out = h.fulog("accounts", { cwd = dir, db = db })
    assert.are.same({ "Acme", "Umbrella" }, h.lines(out)) -- as the log names them
  end)

  it("marks a step done in the note and drops it from overdue", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local out, err, code = h.fulog("done notes/acme/2026-11-20.md:6", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local text = h.read(dir .. "/notes/acme/2026-11-20.md")
    assert.truthy(text:find("\n- [x] NEXT: send the case studies #compliance\n", 1, true), text)
    out = h.fulog("overdue", { cwd = dir, db = db })
    assert.is_nil(out:find(":6:", 1, true), out)
    out = h.fulog("history notes/acme/2026-11-20.md:6", { cwd = dir, db = db })
    assert.truthy(out:find("seen", 1, true) and out:find("done", 1, true), out)
  end)

  it("records a touch under the step, keeping CRLF, and the log counts it", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local out, err, code = h.fulog("touch --date 2026-12-09 'notes/globex/2026-11-01 call.md:3' email no reply",
      { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("# Globex: call\r\n\r\n* NEXT: send pricing #compliance\r\n  * TOUCH: 2026-12-09 email - no reply\r\n",
      h.read(dir .. "/notes/globex/2026-11-01 call.md"))
    out = h.fulog("log --json globex", { cwd = dir, db = db })
    assert.truthy(out:find('"touches":1', 1, true), out)
    assert.truthy(out:find('"last_touch":"2026-12-09"', 1, true), out)
  end)

  it("writes the touch's ' - ' once when the seller types it, as the line shows it (QA round 48)", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local out, err, code = h.fulog("touch --date 2026-12-09 notes/acme/2026-11-20.md:5 email - no reply",
      { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    -- and says what it wrote
    assert.truthy(out:find(": touch recorded: email - no reply (call Jason", 1, true), out)
    out, err, code = h.fulog("touch --date 2026-12-10 notes/acme/2026-11-20.md:5 call - replied: wants pricing",
      { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    local text = h.read(dir .. "/notes/acme/2026-11-20.md")
    assert.truthy(text:find("\n  - TOUCH: 2026-12-09 email - no reply\n  - TOUCH: 2026-12-10 call - replied: wants pricing\n",
      1, true), text)
  end)

  it("refuses a write-back at a line that holds no next step", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local before = h.read(dir .. "/notes/acme/2026-11-20.md")
    local _, err, code = h.fulog("done notes/acme/2026-11-20.md:4", { cwd = dir, db = db })
    assert.are.equal(1, code)
    assert.truthy(err:find("2026-11-20.md:4:", 1, true), err)
    assert.are.equal(before, h.read(dir .. "/notes/acme/2026-11-20.md"))
  end)

  it("names accounts for people, keeps the key for filters: log, overdue, export, accounts", function()
    h.write(dir .. "/notes/vertex-media/2026-11-20.md", "# Vertex Media - intro 2026-11-20\n- NEXT: send the deck #compliance\n")
    h.write(dir .. "/notes/blue-sky/a.md", "---\ndate: 2026-11-20\n---\n- NEXT: call Ann #non\n")
    h.write(dir .. "/notes/hooli.md", "# Hooli 2026-11-20\n- NEXT: send pricing #compliance\n")
    h.fulog("index notes", { cwd = dir, db = db })
    local out = h.fulog("log", { cwd = dir, db = db })
    assert.truthy(out:find("\nVertex Media ", 1, true), out)
    assert.truthy(out:find("\nBlue Sky ", 1, true), out)
    assert.truthy(out:find("\nHooli ", 1, true), out)
    assert.truthy(out:find("\nAcme ", 1, true), out)
    assert.is_nil(out:find("(no account)", 1, true), out)
    for _, a in ipairs({ "vertex-media", "'Vertex Media'", "'vertex media'" }) do
      out = h.fulog("log " .. a, { cwd = dir, db = db })
      assert.truthy(out:find("1 to act on", 1, true) and out:find("\nVertex Media ", 1, true), out)
      out = h.fulog("export csv --account " .. a, { cwd = dir, db = db })
      assert.truthy(out:find("\nVertex Media,", 1, true), out)
    end
    out = h.fulog("overdue", { cwd = dir, db = db })
    assert.truthy(out:find("[Vertex Media] send the deck", 1, true), out)
    out = h.fulog("accounts", { cwd = dir, db = db })
    -- as the log and overdue name it (commands take it, or the key)
    assert.truthy(out:find("Vertex Media\n", 1, true), out)
    -- a better name in a later note wins; the key does not move
    h.write(dir .. "/notes/blue-sky/b.md", "# BlueSky: pricing 2026-11-21\n- NEXT: call Bo #non\n")
    h.fulog("index notes", { cwd = dir, db = db })
    out = h.fulog("log blue-sky", { cwd = dir, db = db })
    assert.truthy(out:find("\nBlueSky ", 1, true), out)
  end)

  it("marks dark accounts first in the log", function()
    h.write(dir .. "/notes/hooli/2026-10-01.md", table.concat({
      "# Hooli - intro",
      "- NEXT: send proposal #compliance",
      "  - TOUCH: 2026-10-05 email - no reply",
      "  - TOUCH: 2026-10-12 call - no answer",
      "",
    }, "\n"))
    h.fulog("index notes", { cwd = dir, db = db })
    local out = h.fulog("log", { cwd = dir, db = db })
    local lines = h.lines(out)
    assert.truthy(lines[2]:find("^Hooli%s+DARK: 2 touches unanswered"), out)
  end)
end)

describe("fulog classify", function()
  it("prints CLASS<TAB>DUE<TAB>TEXT for each non-empty line", function()
    local out, err, code = h.fulog("classify --date 2026-11-20",
      { stdin = "NEXT: send pricing #compliance\n\n   \ncall me due:2026-12-01 #non\r\n" })
    assert.are.equal(0, code, err)
    assert.are.same({
      "compliance\t2026-11-22\tNEXT: send pricing #compliance",
      "non\t2026-12-01\tcall me due:2026-12-01 #non",
    }, h.lines(out))
  end)
end)

describe("fulog errors", function()
  it("exits 2 on usage errors with one line on stderr", function()
    local _, err, code = h.fulog("frobnicate")
    assert.are.equal(2, code)
    assert.truthy(err:match("^fulog: unknown command frobnicate"), err)
    _, err, code = h.fulog("overdue --today 2026-13-01")
    assert.are.equal(2, code)
    assert.truthy(err:find("2026-13-01", 1, true), err)
    _, _, code = h.fulog("index")
    assert.are.equal(2, code)
    _, _, code = h.fulog("touch x.md:1 pigeon")
    assert.are.equal(2, code)
  end)

  it("exits 1 with a message naming the store when it cannot be opened", function()
    local dir = h.tmpdir()
    h.write(dir .. "/ro/keep", "")
    os.execute("chmod 500 " .. h.q(dir .. "/ro"))
    local _, err, code = h.fulog("overdue", { db = dir .. "/ro/sub/fulog.db" })
    h.rm(dir)
    if h.sh("id -u"):match("^0") then
      -- root ignores folder modes; the check is meaningful for users only
      return
    end
    assert.are.equal(1, code)
    assert.truthy(err:find("ro/sub", 1, true), err)
  end)

  it("says in one line, once prefixed, that a broken C module does not load", function()
    -- it said "fulog: fulog: ... does not load" (QA round 40)
    local dir = h.tmpdir()
    os.execute(("mkdir -p %s/build/lua5.4 && cp -R %s/bin %s/lua %s/ && : > %s/build/lua5.4/fulog_core.so"):format(
      h.q(dir), h.q(h.root), h.q(h.root), h.q(dir), h.q(dir)))
    local p = io.popen(("FULOG_DB=/dev/null/none lua5.4 %s/bin/fulog overdue 2>&1"):format(h.q(dir)))
    local out = p:read("a")
    local _, _, code = p:close()
    h.rm(dir)
    assert.are.equal(1, code)
    assert.truthy(out:find("^fulog: [^\n]*/build/lua5.4/fulog_core.so does not load %([^\n]*%); rebuild it: [^\n]*\n$"), out)
  end)

  it("refuses a store from a newer fulog", function()
    local dir = h.tmpdir()
    local db = dir .. "/fulog.db"
    h.fulog("overdue", { db = db })
    os.execute("sqlite3 " .. h.q(db) .. " 'PRAGMA user_version = 99'")
    local _, err, code = h.fulog("overdue", { db = db })
    h.rm(dir)
    assert.are.equal(1, code)
    assert.truthy(err:find("schema version 99", 1, true), err)
  end)

  it("prints help and exits 0", function()
    local out, _, code = h.fulog("--help")
    assert.are.equal(0, code)
    assert.truthy(out:find("usage: fulog", 1, true))
    -- the text and nothing after it
    assert.truthy(out:find("\nexit status: 0 success, 1 error, 2 usage error\n$"), out:sub(-200))
    local out2, _, code2 = h.fulog("index --help")
    assert.are.equal(0, code2)
    assert.are.equal(out, out2)
    local out3, _, code3 = h.fulog("")
    assert.are.equal(2, code3)
    assert.are.equal(out, out3)
  end)
end)

describe("fulog's compiled modules (make, tools/luac.lua)", function()
  -- A copy of the runtime whose compiled usage.lua says something else than
  -- its source: which one runs shows whether the compiled module was taken.
  local dir, rt
  before_each(function()
    dir = h.tmpdir()
    rt = h.runtime_copy(dir)
    -- the tests edit the copy: never a link into the clone
    assert.is_true(os.execute(("test ! -L %s/lua && test ! -L %s/build/lua5.4/luac"):format(h.q(rt), h.q(rt))))
  end)
  after_each(function()
    h.rm(dir)
  end)
  local function help_from(root)
    local p = io.popen(("cd %s && lua5.4 %s/bin/fulog --help 2>&1"):format(h.q(dir), h.q(root)))
    local out = p:read("a")
    p:close()
    return out
  end
  local function plant(source, says)
    local out = rt .. "/build/lua5.4/luac/fulog/cli/usage.luac"
    local f = assert(io.open(out, "wb"))
    f:write(string.pack("<I4", #source), source, string.dump(load(("return %q"):format(says))))
    f:close()
  end

  it("are built for every module of the command line", function()
    for _, m in ipairs({ "main", "util", "index", "chase", "step", "report", "git", "classify", "json", "usage" }) do
      assert.truthy(io.open(h.root .. "/build/lua5.4/luac/fulog/cli/" .. m .. ".luac"), m)
    end
    assert.are.equal(help_from(h.root), help_from(rt))
  end)

  it("are run when made from the source as it is", function()
    plant(h.read(rt .. "/lua/fulog/cli/usage.lua"), "from the compiled module")
    assert.are.equal("from the compiled module\n", help_from(rt))
  end)

  it("are never run stale: an edited source, a cut or foreign file, is compiled instead", function()
    local source = h.read(rt .. "/lua/fulog/cli/usage.lua")
    plant(source, "stale")
    h.write(rt .. "/lua/fulog/cli/usage.lua", source .. "-- edited after make\n")
    assert.truthy(help_from(rt):find("usage: fulog", 1, true))
    h.write(rt .. "/build/lua5.4/luac/fulog/cli/usage.luac", "\1\0")
    assert.truthy(help_from(rt):find("usage: fulog", 1, true))
    h.write(rt .. "/build/lua5.4/luac/fulog/cli/usage.luac", string.pack("<I4", 3) .. "abc" .. "not a chunk")
    assert.truthy(help_from(rt):find("usage: fulog", 1, true))
  end)
end)

describe("fulog rules file", function()
  it("honours the seller's cue words from $FULOG_RULES", function()
    local dir = h.tmpdir()
    h.write(dir .. "/rules.lua", 'return { hedge = { "touch wood" } }')
    local line = "Jason brings the CFO to the review Tue 12/8 10am touch wood"
    local plain = h.fulog("classify --date 2026-11-20", { stdin = line .. "\n" })
    local tuned = h.fulog("classify --date 2026-11-20 --rules " .. h.q(dir .. "/rules.lua"), { stdin = line .. "\n" })
    h.write(dir .. "/bad.lua", 'return { colour = { "x" } }')
    local _, err, code = h.fulog("classify --rules " .. h.q(dir .. "/bad.lua"), { stdin = "x\n" })
    h.rm(dir)
    assert.truthy(plain:match("^firm\t"), plain)
    assert.truthy(tuned:match("^soft\t"), tuned)
    assert.are.equal(1, code)
    assert.truthy(err:find("unknown category 'colour'", 1, true), err)
  end)
end)

describe("fulog write-back", function()
  local dir, db
  before_each(function()
    dir = h.tmpdir()
    db = dir .. "/fulog.db"
    tree(dir)
  end)
  after_each(function()
    h.rm(dir)
  end)

  it("finds the step by its text when lines moved since the last index", function()
    h.fulog("index notes", { cwd = dir, db = db })
    local path = dir .. "/notes/acme/2026-11-20.md"
    h.write(path, "extra line\nanother\n" .. ACME)         -- the step of line 6 is now on line 8
    local _, err, code = h.fulog("done notes/acme/2026-11-20.md:6", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(h.read(path):find("\n- [x] NEXT: send the case studies #compliance\n", 1, true))
  end)

  it("edits a note reached through a symlink where it lives", function()
    h.write(dir .. "/real/acme.md", "# Acme - 2026-11-20\n- NEXT: send pricing #compliance\n")
    os.execute("ln -s " .. h.q(dir .. "/real/acme.md") .. " " .. h.q(dir .. "/notes/acme/link.md"))
    h.fulog("index notes", { cwd = dir, db = db })
    local _, err, code = h.fulog("done notes/acme/link.md:2", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.are.equal("link", h.sh("stat -c %F " .. h.q(dir .. "/notes/acme/link.md")):match("symbolic (link)"))
    assert.truthy(h.read(dir .. "/real/acme.md"):find("- [x] NEXT: send pricing", 1, true))
  end)
end)

describe("fulog refuses what would hide a mistake", function()
  it("exits 1 when a path to index does not exist", function()
    local dir = h.tmpdir()
    local out, err, code = h.fulog("index " .. h.q(dir .. "/nope"), { db = dir .. "/fulog.db" })
    h.rm(dir)
    assert.are.equal(1, code)
    assert.truthy(err:find("nope: No such file or directory", 1, true), err)
    assert.truthy(out:find("0 notes", 1, true), out)
  end)

  it("does not create a store for a command that only reads", function()
    local dir = h.tmpdir()
    local _, err, code = h.fulog("overdue", { db = dir .. "/sub/fulog.db" })
    local f = io.open(dir .. "/sub/fulog.db", "rb")
    h.rm(dir)
    assert.are.equal(1, code)
    assert.truthy(err:find("no store here yet; run fulog index first", 1, true), err)
    assert.is_nil(f)
  end)

  it("rejects an option that does not go with the command", function()
    local _, err, code = h.fulog("classify --json", { stdin = "x\n" })
    assert.are.equal(2, code)
    assert.truthy(err:find("--json does not go with this command", 1, true), err)
  end)

  it("counts a binary file with a note's name as skipped, not as a note", function()
    local dir = h.tmpdir()
    h.write(dir .. "/notes/a.md", "# A - 2026-11-20\nNEXT: send pricing #compliance\n")
    h.write(dir .. "/notes/scan.md", "\137PNG\r\n\26\n\0\0\0\rIHDR\0\0\0\16\0\0\0\16\8\6\0\0\0")
    local out = h.fulog("index --json notes", { cwd = dir, db = dir .. "/fulog.db" })
    h.rm(dir)
    assert.truthy(out:find('"files":1', 1, true), out)
    assert.truthy(out:find('"skipped":1', 1, true), out)
  end)
end)

describe("fulog accounts", function()
  it("names an account as the log and overdue do: the spelling of its latest meeting, kept when an older note is re-indexed", function()
    local dir = h.tmpdir()
    local db = dir .. "/fulog.db"
    h.write(dir .. "/notes/globex/2026-11-03.md", "---\naccount: globex\ndate: 2026-11-03\n---\n# globex - intro\n- NEXT: send pricing\n")
    h.write(dir .. "/notes/globex/2026-11-10.md", "---\naccount: Globex\ndate: 2026-11-10\n---\n# Globex - call\n- NEXT: call Hank back next week\n")
    h.fulog("index notes", { cwd = dir, db = db })
    local function names()
      local acc = h.fulog("accounts", { cwd = dir, db = db })
      local log = h.fulog("log", { cwd = dir, db = db })
      local od = h.fulog("overdue", { cwd = dir, db = db })
      return acc, log:match("\n\n(%S+)  "), od:match("%[(%a+)%]")
    end
    local acc, log, od = names()
    assert.are.equal("Globex\n", acc)
    assert.are.equal("Globex", log)
    assert.are.equal("Globex", od)
    -- A touch written into the older note re-indexes it: the name stays.
    local _, err, code = h.fulog("touch notes/globex/2026-11-03.md:6 email", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    acc, log, od = names()
    assert.are.same({ "Globex\n", "Globex", "Globex" }, { acc, log, od })
    -- Matching stays case-insensitive.
    local out
    out, err, code = h.fulog("log GLOBEX", { cwd = dir, db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("call Hank back", 1, true), out)
    h.rm(dir)
  end)
end)

describe("fulog history", function()
  it("on a line that is no next step says so, naming the file and line; index only when it is the answer", function()
    local dir = h.tmpdir()
    local db = dir .. "/fulog.db"
    local path = dir .. "/notes/acme/a.md"
    h.write(path, "# Acme - 2026-11-20\nPAIN: reports take three days\n- NEXT: call Jo back next week\n"
      .. "  - TOUCH: 2026-12-04 call - no answer\n\n")
    h.fulog("index notes", { cwd = dir, db = db })
    local want = {
      [2] = "notes/acme/a.md:2: not a next step: 'PAIN: reports take three days'",
      [4] = "notes/acme/a.md:4: not a next step: it is under the step on line 3",
      [5] = "notes/acme/a.md:5: not a next step: a blank line",
      [9] = "notes/acme/a.md:9: the note has 5 lines",
    }
    for line, msg in pairs(want) do
      for _, cmd in ipairs({ "history", "draft" }) do
        local out, err, code = h.fulog(("%s notes/acme/a.md:%d"):format(cmd, line), { cwd = dir, db = db })
        assert.are.equal(1, code, cmd .. " " .. line .. ": " .. out)
        assert.are.equal("fulog: " .. msg .. "\n", err)
        assert.is_nil(err:find("index", 1, true), err)
      end
    end
    -- A done step gets no follow-up, as it gets no snooze.
    h.write(dir .. "/notes/c.md", "# C - 2026-11-20\n- [x] NEXT: Jo signs the order form Fri 11/27\n")
    h.fulog("index notes", { cwd = dir, db = db })
    local dout, derr, dcode = h.fulog("draft notes/c.md:2", { cwd = dir, db = db })
    assert.are.equal(1, dcode, dout)
    assert.are.equal("fulog: notes/c.md:2: the step is done: nothing to follow up (a done step is never listed)\n", derr)
    -- Only a note the store does not have, or has another text of, asks for an index.
    h.write(dir .. "/notes/b.md", "# B - 2026-11-20\n- NEXT: send deck\n")
    local _, err = h.fulog("history notes/b.md:2", { cwd = dir, db = db })
    assert.truthy(err:find("notes/b.md:2: the note is not in the store yet (run fulog index", 1, true), err)
    h.write(path, "# Acme - 2026-11-20\nintro\nPAIN: reports take three days\n- NEXT: call Jo back next week\n")
    _, err = h.fulog("draft notes/acme/a.md:2", { cwd = dir, db = db })
    assert.truthy(err:find("notes/acme/a.md:2: the note changed since it was indexed", 1, true), err)
    h.rm(dir)
  end)

  it("follows a step whose date words were edited: the due date moved, first seen kept", function()
    local dir = h.tmpdir()
    local db = dir .. "/fulog.db"
    local path = dir .. "/notes/acme/2026-11-20.md"
    local head = "---\ndate: 2026-11-20\n---\n# Acme - review\n"
    h.write(path, head .. "- NEXT: Gavin reviews the proposal with his CFO Fri 12/11 2pm\n- NEXT: send pricing #compliance\n")
    h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-23" })
    h.write(path, head .. "- NEXT: Gavin reviews the proposal with his CFO Fri 12/18 2pm\n- NEXT: send pricing #compliance\n")
    h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-30" })
    local out, err, code = h.fulog("history notes/acme/2026-11-20.md:5", { cwd = dir, db = db })
    h.rm(dir)
    assert.are.equal(0, code, err)
    local lines = h.lines(out)
    assert.truthy(lines[1]:match("^2026%-11%-23  seen"), out)
    assert.truthy(out:find("2026-11-30  text", 1, true), out)
    assert.truthy(out:find("2026-11-30  due      2026-12-11 -> 2026-12-18", 1, true), out)
  end)

  it("does not pair a step with an unrelated one that took its line", function()
    local dir = h.tmpdir()
    local db = dir .. "/fulog.db"
    local path = dir .. "/notes/a.md"
    h.write(path, "# A - 2026-11-20\n- NEXT: Gavin reviews the proposal Fri 12/11 2pm\n")
    h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-23" })
    h.write(path, "# A - 2026-11-20\n- NEXT: email the security questionnaire #compliance\n")
    h.fulog("index notes", { cwd = dir, db = db, today = "2026-11-30" })
    local out = h.fulog("history notes/a.md:2", { cwd = dir, db = db })
    h.rm(dir)
    assert.truthy(h.lines(out)[1]:match("^2026%-11%-30  seen"), out)
    assert.is_nil(out:find("text", 1, true), out)
  end)
end)
