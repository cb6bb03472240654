-- Run under valgrind by tests/sh/test_valgrind.sh: drives every fulog.core
-- entry point in one process, the error paths included, so memcheck sees
-- each allocation the module makes and frees. Usage: lua5.4 this.lua ROOT TMP
local root, tmp = arg[1], arg[2]
package.path = root .. "/lua/?.lua;" .. package.path
local core = require("fulog.core")
local function w(path, text)
  os.execute("mkdir -p '" .. path:match("^(.*)/") .. "'")
  local f = assert(io.open(path, "wb")); f:write(text); f:close()
end
local function r(path)
  local f = assert(io.open(path, "rb")); local s = f:read("a"); f:close(); return s
end
os.execute(("cp -r '%s/examples/notes' '%s/notes'"):format(root, tmp))
w(tmp .. "/notes/bad/a.md", "---\ndate: 2026-02-30\n# never closes\n- NEXT: ping \255 them due:2026-02-30\n  TOUCH: x\n")
w(tmp .. "/notes/bad/b.md", "# B - 2026-11-20\n- NEXT: send\0deck #compliance\nPAIN: slow\nWANT: fast\n- [x] NEXT: done one\n")
w(tmp .. "/notes/bin.md", "\137PNG\r\n\26\n\0\0\0\rIHDR\0\0\0\16\0\0\0\16")
local rules = core.rules({ client = { "procurement" }, deliverable = { "whitepaper" } })
assert(not pcall(core.rules, { nope = { "x" } }))
local opts = { today = "2026-12-10", rules = rules, tags = { "NEXT", "TODO" }, grace = 5 }
local db = assert(core.open(tmp .. "/store/fulog.db"))
for pass = 1, 2 do
  local st = assert(db:index({ tmp .. "/notes", tmp .. "/missing" }, opts))
  assert(st.files >= 6, st.files)
end
assert(db:check())
assert(#assert(db:overdue({ today = "2026-12-10" })) > 0)
assert(db:overdue({ today = "2026-12-10", path = tmp .. "/notes/bad/b.md" }))
assert(#assert(db:log({ today = "2026-12-10" })) > 0)
assert(db:log({ today = "2026-12-10", account = "Acme Corp", dark_touches = 1, dark_days = 3 }))
assert(#db:accounts() > 0)
local acme = tmp .. "/notes/acme/2026-11-20-discovery.md"
assert(db:history(acme, 13))
assert(db:step_at(acme, 13))
assert(select(2, db:overdue({ today = "2026-02-30" })))
-- write-back, then re-index one file
local text = r(acme)
assert(core.mark_done(acme, 14, "send the case studies"))
assert(core.add_touch(acme, 13, { date = "2026-12-05", channel = "call", outcome = "no answer", expect = "Jason brings CFO + CTO to proposal review Tue 12/8 10am" }))
assert(not core.add_touch(acme, 13, { date = "2026-12-05", channel = "fax" }))
assert(not core.mark_done(acme, 9999))
assert(not core.mark_done(tmp .. "/nope.md", 1))
-- write-back paths of issue 13: in place (hard link), refused (read-only), keys, paths
os.execute(("ln '%s' '%s/acme-link.md'"):format(acme, tmp))
assert(core.mark_done(acme, 17, "call Jason back in two weeks"))
os.execute(("chmod 0444 '%s'"):format(acme))
assert(not core.mark_done(acme, 19))
os.execute(("chmod 0644 '%s'"):format(acme))
assert(not pcall(core.mark_done, acme, 4294967297))
assert(#core.step_key("send the case studies") == 6)
assert(core.abspath("notes/../notes/./x.md"))
assert(db:index_file(acme, opts))
os.remove(tmp .. "/notes/bad/a.md")
assert(db:index_file(tmp .. "/notes/bad/a.md", opts))
assert(r(acme) ~= text)
-- pure functions
for _, line in ipairs({ "- NEXT: call me in two weeks", "  * [ ] next: they book 12/8 10am", "TOUCH: 2026-12-01 email - no reply",
                        "PAIN: x", "WANT: y", "nothing", "- NEXT: \255\0", "" }) do
  core.line_info(line, opts)
  core.classify(line, "2026-11-20", opts)
  core.done_line(line)
  core.touch_line(line, "2026-12-01", "email", "no reply\nsecond line")
end
assert(core.parse_note(r(acme), acme, { root = tmp .. "/notes", mtime = 1700000000, rules = rules }))
assert(core.parse_note(("- NEXT: x\n"):rep(5000), "/x/y.md"))
core.add_days("2026-12-01", 40); core.days_between("2026-01-01", "2026-12-31")
assert(core.days_between("x", "y") == nil)
core.today(); core.default_db_path()
-- misuse raises with nothing leaked
assert(not pcall(core.classify, {}))
assert(not pcall(db.index, db, { {} }, opts))
assert(not pcall(core.parse_note, "x", "p", { tags = { "has space" } }))
assert(db:index({ tmp .. "/notes" }, { today = "2026-12-10", follow = true, max_size = 100 }))
-- refused stores
w(tmp .. "/empty.db", "")
assert(not core.open(tmp .. "/empty.db", { readonly = true }))
assert(not core.open(tmp .. "/junk.db", { readonly = true }))
local ro = assert(core.open(tmp .. "/store/fulog.db", { readonly = true }))
assert(ro:overdue({ today = "2026-12-10" }))
assert(not ro:overdue({ today = "2026-12-10", cadence = "1,2" }))
-- the walker thread stopped and joined on a write refused mid-walk
w(tmp .. "/notes/zz/new.md", "# New - 2026-12-01\n- NEXT: Lee to review by Tuesday\n")
assert(not ro:index({ tmp .. "/notes" }, opts))
ro:close()
w(tmp .. "/junk.db", ("junk\n"):rep(200))
assert(not core.open(tmp .. "/junk.db"))
os.execute(("cp '%s/tests/fixtures/stores/v1.db' '%s/v99.db' && sqlite3 '%s/v99.db' 'PRAGMA user_version=99'"):format(root, tmp, tmp))
assert(not core.open(tmp .. "/v99.db"))
-- stats and exports (report.c, export.c, lua_report.c), error paths too
local rep, text = assert(db:stats({ today = "2026-12-10", since = "2026-10-01", by = "month" }))
assert(#rep.periods == 3 and text:find("Ham Bam", 1, true))
assert(db:stats({ today = "2026-12-10", dark_touches = 1, dark_days = 0, owner = "Sam" }))
assert(not db:stats({ since = "2026-12-01", ["until"] = "2026-11-01" }))
assert(not db:stats({ since = "1900-01-01", ["until"] = "2026-11-01" }))
assert(not pcall(db.stats, db, { by = "year" }))
for _, f in ipairs({ "ics", "csv", "json" }) do
  assert(#assert(db:export(f, { today = "2026-12-10" })) > 0)
end
-- (the max_size index above left no Acme note: an unknown account is said)
local xo, xmsg = db:export("ics", { today = "2026-12-10", account = "Acme Corp", owner = "Sam", since = "2026-12-01" })
assert(xo or xmsg:find("no account named", 1, true), xmsg)
assert(db:export("ics", { today = "2026-12-10", account = db:accounts()[1], owner = "Sam", since = "2026-12-01" }))
assert(not pcall(db.export, db, "xml"))
assert(select(2, db:export("csv", { since = "2026-02-30" })))
db:close(); db:close()
assert(not pcall(db.overdue, db))
local db2 = assert(core.open(tmp .. "/store/fulog.db"))
db2 = nil
collectgarbage(); collectgarbage()
print("driver done")
