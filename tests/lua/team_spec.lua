-- Team notes through git, with real git: a bare origin and two clones set
-- up by fulog git-setup; the merge driver and the hooks do the rest.
local h = require("helper")

local NOTE = table.concat({
  "---",
  "account: Acme Corp",
  "date: 2026-11-20",
  "---",
  "# Acme Corp - discovery call",
  "- NEXT: call Jason back in two weeks #non",               -- 6
  "  - TOUCH: 2026-12-01 email - no reply",                  -- 7
  "- NEXT: send the case studies #compliance",               -- 8
  "- NEXT: send the security questionnaire #compliance",     -- 9
  "- NEXT: send the pricing sheet #compliance",              -- 10
  "",
}, "\n")

-- git with no global or system config and a fixed clock.
local function git(dir, args, env)
  local cmd = ("cd %s && HOME=%s GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null FULOG_TODAY=2026-12-10 "
    .. "XDG_CONFIG_HOME=/nonexistent FULOG_DB=/dev/null/fulog-test-has-no-store/db GIT_AUTHOR_DATE='2026-12-10T10:00:00Z' "
    .. "GIT_COMMITTER_DATE='2026-12-10T10:00:00Z' %s timeout 120 git %s 2>&1"):format(
    h.q(dir), h.q(dir), env or "", args)
  local p = io.popen(cmd)
  local out = p:read("a")
  local _, _, code = p:close()
  return out, code
end

local function ok_git(dir, args)
  local out, code = git(dir, args)
  assert.are.equal(0, code, "git " .. args .. ": " .. out)
  return out
end

local function clone(t, name, user)
  local dir = t .. "/" .. name
  ok_git(t, "clone -q origin.git " .. name)
  ok_git(dir, "config user.name " .. h.q(user))
  ok_git(dir, "config user.email " .. h.q(name .. "@example.com"))
  return dir
end

local function setup(dir, db, extra)
  local out, err, code = h.fulog("git-setup " .. (extra or ""), { cwd = dir, db = db })
  assert.are.equal(0, code, err)
  return out
end

local function overdue(dir, db)
  local out, err, code = h.fulog("overdue --today 2026-12-10", { cwd = dir, db = db })
  assert.are.equal(0, code, err)
  return out
end

local function replace_line(path, n, fn)
  local lines = {}
  for l in h.read(path):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = l
  end
  lines[n] = fn(lines[n])
  h.write(path, table.concat(lines, "\n") .. "\n")
end

describe("team notes through git", function()
  local t, a, b, dba, dbb
  before_each(function()
    t = h.tmpdir()
    ok_git(t, "init -q --bare -b main origin.git")
    a = clone(t, "ann", "Ann Lee")
    h.write(a .. "/acme/2026-11-20.md", NOTE)
    dba, dbb = t .. "/stores/ann.db", t .. "/stores/bob.db"
    setup(a, dba)
    ok_git(a, "add -A")
    ok_git(a, "commit -q -m notes")
    ok_git(a, "push -q origin main")
    b = clone(t, "bob", "Bob Roy")
    setup(b, dbb)
  end)
  after_each(function()
    h.rm(t)
  end)

  it("configures a clone: attributes, driver, store, hooks", function()
    local attrs = h.read(a .. "/.gitattributes")
    assert.truthy(attrs:find("*.md merge=fulog", 1, true), attrs)
    assert.truthy(attrs:find("*.txt merge=fulog", 1, true), attrs)
    assert.truthy(attrs:find("*.markdown merge=fulog", 1, true), attrs)
    assert.are.equal(h.root .. "/bin/fulog", ok_git(b, "config merge.fulog.driver"):match("^'(.-)'"))
    assert.truthy(ok_git(b, "config merge.fulog.driver"):find("merge-driver %O %A %B %P %L", 1, true))
    assert.are.equal(dbb .. "\n", ok_git(b, "config fulog.db"))
    assert.are.equal("merge=fulog\n", ok_git(b, "check-attr merge acme/2026-11-20.md"):match("merge: (.*)$"):gsub("^", "merge="))
    for _, hook in ipairs({ "post-merge", "post-checkout", "post-rewrite", "post-commit" }) do
      local f = b .. "/.git/hooks/" .. hook
      assert.truthy(h.read(f):find("git-hook " .. hook, 1, true), hook)
      assert.are.equal("755", h.sh("stat -c %a " .. h.q(f)):gsub("%s+$", ""))
    end
    -- the store was indexed from the clone
    local out = overdue(b, dbb)
    assert.are.equal(4, #h.lines(out), out)
    -- a store inside the clone would be one `git add -A` from shared
    local _, err, code = h.fulog("git-setup", { cwd = b, db = b .. "/fulog.db" })
    assert.are.equal(1, code)
    assert.truthy(err:find("the store is inside the clone", 1, true), err)
  end)

  it("is idempotent and chains to hooks that were there", function()
    h.write(b .. "/.git/hooks/post-merge", "#!/bin/sh\necho \"$1\" >> \"$(git rev-parse --git-dir)/mine-ran\"\nexit 3\n")
    os.execute("chmod 755 " .. h.q(b .. "/.git/hooks/post-merge"))
    local out = setup(b, dbb)
    assert.truthy(out:find("post-merge.pre-fulog", 1, true), out)
    local attrs = h.read(b .. "/.gitattributes")
    local hook = h.read(b .. "/.git/hooks/post-merge")
    setup(b, dbb)
    assert.are.equal(attrs, h.read(b .. "/.gitattributes"))
    assert.are.equal(hook, h.read(b .. "/.git/hooks/post-merge"))
    assert.are.equal("#!/bin/sh\necho \"$1\" >> \"$(git rev-parse --git-dir)/mine-ran\"\nexit 3\n",
      h.read(b .. "/.git/hooks/post-merge.pre-fulog"))
    assert.are.equal(dbb .. "\n", ok_git(b, "config --get-all fulog.db"))
    assert.are.equal(0, select(2, git(b, "diff --quiet")), "no change to commit in bob's clone")
    -- the chained hook still runs, and its status is the hook's
    h.write(a .. "/acme/new.md", "# Acme - 2026-12-02\n- NEXT: send the deck #compliance\n")
    ok_git(a, "add -A")
    ok_git(a, "commit -q -m new")
    ok_git(a, "push -q origin main")
    local pull = ok_git(b, "pull -q --no-rebase origin main")
    assert.are.equal("0\n", h.read(b .. "/.git/mine-ran"), pull)
    assert.truthy(overdue(b, dbb):find("acme/new.md:2:3:", 1, true))
  end)

  -- The head of the note once both days are merged: both touches, the done.
  local MERGED_HEAD = table.concat({
    "---",
    "account: Acme Corp",
    "date: 2026-11-20",
    "---",
    "# Acme Corp - discovery call",
    "- NEXT: call Jason back in two weeks #non",
    "  - TOUCH: 2026-12-01 email - no reply",
    "  - TOUCH: 2026-12-03 call - left voicemail",
    "  - TOUCH: 2026-12-04 email - sent the recap",
    "- [x] NEXT: send the case studies #compliance",
  }, "\n")

  -- Ann: a touch on step 6, a snooze of step 9 (due: written as snooze
  -- does), pushed; Bob: a touch on the same step, step 8 done and, when
  -- bob_due, step 9 snoozed too; committed, not pulled.
  local function two_days(bob_due)
    local na, nb = a .. "/acme/2026-11-20.md", b .. "/acme/2026-11-20.md"
    local _, err, code = h.fulog("touch --date 2026-12-03 acme/2026-11-20.md:6 call left voicemail", { cwd = a, db = dba })
    assert.are.equal(0, code, err)
    replace_line(na, 10, function(l) return l .. " due:2026-12-20" end)  -- the questionnaire
    ok_git(a, "commit -q -am ann")
    ok_git(a, "push -q origin main")
    _, err, code = h.fulog("touch --date 2026-12-04 acme/2026-11-20.md:6 email sent the recap", { cwd = b, db = dbb })
    assert.are.equal(0, code, err)
    _, err, code = h.fulog("done acme/2026-11-20.md:9", { cwd = b, db = dbb })  -- the case studies
    assert.are.equal(0, code, err)
    if bob_due then
      replace_line(nb, 10, function(l) return l .. " due:" .. bob_due end)
    end
    ok_git(b, "commit -q -am bob")
    return na, nb
  end

  it("merges two members' day of work with nothing done by hand", function()
    local na, nb = two_days()
    local pull = ok_git(b, "pull --no-rebase origin main")
    assert.falsy(pull:find("CONFLICT", 1, true), pull)
    ok_git(b, "push -q origin main")
    ok_git(a, "pull -q --no-rebase origin main")

    local want = table.concat({
      MERGED_HEAD,
      "- NEXT: send the security questionnaire #compliance due:2026-12-20",
      "- NEXT: send the pricing sheet #compliance",
      "",
    }, "\n")
    assert.are.equal(want, h.read(na))
    assert.are.equal(want, h.read(nb))
    assert.are.equal(ok_git(a, "rev-parse HEAD"), ok_git(b, "rev-parse HEAD"))
    -- both stores, kept by the hooks alone, say the same
    local oa, ob = overdue(a, dba), overdue(b, dbb)
    assert.are.equal(oa, ob)
    assert.truthy(oa:find("acme/2026-11-20.md:12:3:", 1, true), oa)
    assert.falsy(oa:find(":10:3:", 1, true), oa)     -- done
    assert.falsy(oa:find(":11:3:", 1, true), oa)     -- snoozed to 12-20
    local la = h.fulog("log --json", { cwd = a, db = dba })
    local lb = h.fulog("log --json", { cwd = b, db = dbb })
    local function plain(s) return (s:gsub("%p", "%%%0")) end
    assert.are.equal((la:gsub(plain(a), "@")), (lb:gsub(plain(b), "@")))
    assert.truthy(la:find('"touches":3', 1, true), la)
  end)

  it("merges by rebase too, and the post-rewrite hook re-indexes", function()
    local _, err, code = h.fulog("touch --date 2026-12-03 acme/2026-11-20.md:6 call", { cwd = a, db = dba })
    assert.are.equal(0, code, err)
    ok_git(a, "commit -q -am ann")
    ok_git(a, "push -q origin main")
    _, err, code = h.fulog("touch --date 2026-12-02 acme/2026-11-20.md:6 email", { cwd = b, db = dbb })
    assert.are.equal(0, code, err)
    ok_git(b, "commit -q -am bob")
    local out = ok_git(b, "pull --rebase origin main")
    assert.falsy(out:find("CONFLICT", 1, true), out)
    local text = h.read(b .. "/acme/2026-11-20.md")
    assert.truthy(text:find("2026-12-01 email - no reply\n  - TOUCH: 2026-12-02 email - no reply\n  - TOUCH: 2026-12-03 call - no reply\n", 1, true), text)
    local log = h.fulog("log --json", { cwd = b, db = dbb })
    assert.truthy(log:find('"touches":3', 1, true), log)
  end)

  it("re-indexes after a checkout of another branch (post-checkout)", function()
    assert.are.equal(4, #h.lines(overdue(a, dba)))
    ok_git(a, "checkout -q -b won")
    local _, err, code = h.fulog("done acme/2026-11-20.md:8", { cwd = a, db = dba })
    assert.are.equal(0, code, err)
    ok_git(a, "commit -q -am done")
    assert.are.equal(3, #h.lines(overdue(a, dba)))
    ok_git(a, "checkout -q main")
    assert.are.equal(4, #h.lines(overdue(a, dba)))
    ok_git(a, "checkout -q won")
    assert.are.equal(3, #h.lines(overdue(a, dba)))
    -- a renamed note leaves the store under its old name, and comes back under the new one
    ok_git(a, "mv acme/2026-11-20.md acme/2026-11-20-discovery.md")
    ok_git(a, "commit -q -m rename")
    ok_git(a, "checkout -q main")
    ok_git(a, "checkout -q won")
    local out = overdue(a, dba)
    assert.are.equal(3, #h.lines(out), out)
    assert.truthy(out:find("acme/2026-11-20-discovery.md:", 1, true), out)
  end)

  it("leaves a step snoozed to two days a conflict of that line, the rest of the day's work merged", function()
    -- both snoozed the questionnaire, to different days, in the hunk that
    -- also held both touches and Bob's done: the whole hunk was left to
    -- the seller, touches and all
    local _, nb = two_days("2026-12-22")
    local out, gcode = git(b, "pull --no-rebase origin main")
    assert.are_not.equal(0, gcode, out)
    assert.truthy(out:find("1 conflict left to you on the lines both sides changed", 1, true), out)
    assert.are.equal(table.concat({
      MERGED_HEAD,
      "<<<<<<< ours: acme/2026-11-20.md",
      "- NEXT: send the security questionnaire #compliance due:2026-12-22",
      "=======",
      "- NEXT: send the security questionnaire #compliance due:2026-12-20",
      ">>>>>>> theirs: acme/2026-11-20.md",
      "- NEXT: send the pricing sheet #compliance",
      "",
    }, "\n"), h.read(nb))
    ok_git(b, "merge --abort")
  end)

  it("leaves two rewordings of one step a conflict, with the usual markers", function()
    replace_line(a .. "/acme/2026-11-20.md", 10, function() return "- NEXT: send the pricing sheet and the SOW #compliance" end)
    ok_git(a, "commit -q -am ann")
    ok_git(a, "push -q origin main")
    replace_line(b .. "/acme/2026-11-20.md", 10, function() return "- NEXT: send the new pricing sheet #compliance" end)
    local _, err, code = h.fulog("touch --date 2026-12-04 acme/2026-11-20.md:6 email", { cwd = b, db = dbb })
    assert.are.equal(0, code, err)
    ok_git(b, "commit -q -am bob")
    local out, gcode = git(b, "pull --no-rebase origin main")
    assert.are_not.equal(0, gcode, out)
    assert.truthy(out:find("CONFLICT", 1, true), out)
    local text = h.read(b .. "/acme/2026-11-20.md")
    assert.truthy(text:find("<<<<<<< ours: acme/2026-11-20.md\n- NEXT: send the new pricing sheet #compliance\n=======\n"
      .. "- NEXT: send the pricing sheet and the SOW #compliance\n>>>>>>> theirs: acme/2026-11-20.md\n", 1, true), text)
    assert.falsy(text:find("|||||||", 1, true), text)
    ok_git(b, "merge --abort")
  end)

  it("re-indexes a merge whose conflict was resolved by hand and committed (post-commit)", function()
    replace_line(a .. "/acme/2026-11-20.md", 10, function() return "- NEXT: send the pricing sheet and the SOW #compliance" end)
    ok_git(a, "commit -q -am ann")
    ok_git(a, "push -q origin main")
    replace_line(b .. "/acme/2026-11-20.md", 10, function() return "- NEXT: send the new pricing sheet #compliance" end)
    local _, err, code = h.fulog("done acme/2026-11-20.md:8", { cwd = b, db = dbb })
    assert.are.equal(0, code, err)
    ok_git(b, "commit -q -am bob")
    local out, gcode = git(b, "pull --no-rebase origin main")
    assert.are_not.equal(0, gcode, out)
    -- resolved outside the editor (a merge tool, sed): theirs kept
    local path = b .. "/acme/2026-11-20.md"
    local text = h.read(path):gsub("<<<<<<< [^\n]*\n[^\n]*\n=======\n([^\n]*\n)>>>>>>> [^\n]*\n", "%1")
    h.write(path, text)
    assert.falsy(text:find("<<<<<<<", 1, true), text)
    ok_git(b, "commit -q -am resolved")
    out = overdue(b, dbb)
    assert.truthy(out:find("acme/2026-11-20.md:10:3: compliance [Acme Corp] send the pricing sheet and the SOW", 1, true), out)
    assert.falsy(out:find("new pricing sheet", 1, true), out)
    assert.are.equal(3, #h.lines(out), out)
    -- a plain commit indexes a note it adds that no editor indexed
    h.write(b .. "/acme/x.md", "# Acme - 2026-12-02\n- NEXT: send the deck #compliance\n")
    out = ok_git(b, "add acme/x.md")
    out = ok_git(b, "commit -q -m x")
    assert.are.equal("fulog: 1 note re-indexed, 0 removed\n", out)
  end)

  it("a note another member renamed into another folder keeps its history in this store", function()
    -- Ann pushes the questionnaire's due date; Bob pulls it
    replace_line(a .. "/acme/2026-11-20.md", 9, function(l) return l .. " due:2026-12-20" end)
    ok_git(a, "commit -q -am due")
    ok_git(a, "push -q origin main")
    ok_git(b, "pull -q --no-rebase origin main")
    replace_line(a .. "/acme/2026-11-20.md", 9, function(l) return (l:gsub("12%-20", "12-24")) end)
    ok_git(a, "commit -q -am pushed")
    -- then moves the note: the hook re-indexes the old path (gone) before the new one
    ok_git(a, "mv acme zeta")
    ok_git(a, "commit -q -m moved")
    ok_git(a, "push -q origin main")
    ok_git(b, "pull -q --no-rebase origin main")
    local out, err, code = h.fulog("history zeta/2026-11-20.md:9", { cwd = b, db = dbb })
    assert.are.equal(0, code, err)
    assert.truthy(out:find("2026-12-10  due      2026-12-20 -> 2026-12-24", 1, true), out)
    assert.truthy(out:find("moved    acme/2026-11-20.md -> zeta/2026-11-20.md", 1, true), out)
    out = h.fulog("log --json", { cwd = b, db = dbb })
    -- pushed twice: the default due date to 12-20, then to 12-24
    assert.truthy(out:find('"pushed":2,"state":"todo","text":"send the security', 1, true), out)
    assert.falsy(out:find("acme/2026", 1, true), out)
  end)

  it("says no error when a move's new path is indexed before the old one (QA round 48)", function()
    -- the new folder sorts first: the hook indexes it first, its sweep
    -- removes the old path, and the old path came next as "not there"
    local _, err, code = h.fulog("touch --date 2026-12-03 acme/2026-11-20.md:6 call", { cwd = a, db = dba })
    assert.are.equal(0, code, err)
    ok_git(a, "commit -q -am touch")
    ok_git(a, "push -q origin main")
    ok_git(b, "pull -q --no-rebase origin main")
    os.execute("mkdir -p " .. h.q(a .. "/accounts"))
    ok_git(a, "mv acme accounts/acme")
    local out = ok_git(a, "commit -q -m moved")       -- post-commit, in Ann's clone
    assert.are.equal("fulog: 1 note re-indexed, 1 removed\n", out)
    ok_git(a, "push -q origin main")
    out = ok_git(b, "pull -q --no-rebase origin main") -- post-merge, in Bob's
    assert.are.equal("fulog: 1 note re-indexed, 1 removed\n", out)
    for _, c in ipairs({ { a, dba }, { b, dbb } }) do
      local hist, herr, hcode = h.fulog("history accounts/acme/2026-11-20.md:6", { cwd = c[1], db = c[2] })
      assert.are.equal(0, hcode, herr)
      assert.truthy(hist:find("moved    acme/2026-11-20.md -> accounts/acme/2026-11-20.md", 1, true), hist)
      local log = h.fulog("log --json", { cwd = c[1], db = c[2] })
      assert.truthy(log:find('"touches":2', 1, true), log)
      assert.falsy(log:find('"acme/2026', 1, true), log)
    end
    -- a path named by hand that is not there is still an error
    local _, ierr, icode = h.fulog("index acme/2026-11-20.md", { cwd = b, db = dbb })
    assert.are.equal(1, icode)
    assert.truthy(ierr:find("No such file or directory", 1, true), ierr)
  end)
end)

describe("owner filters", function()
  local t, db
  local ISOLATED = "unset FULOG_OWNER; GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 "
  local function note(owner, account)
    return ("---\naccount: %s\ndate: 2026-11-20\n%s---\n# call\n- NEXT: send the deck #compliance\n"):format(
      account, owner and ("owner: " .. owner .. "\n") or "")
  end
  local function accounts(args, pre)
    local out, err, code = h.fulog(args .. " --json", { cwd = t .. "/notes", db = db, pre = pre or ISOLATED })
    assert.are.equal(0, code, err)
    local got = {}
    for a in out:gmatch('"account":"([^"]*)"') do
      got[#got + 1] = a
    end
    table.sort(got)
    return table.concat(got, ",")
  end
  before_each(function()
    t = h.tmpdir()
    db = t .. "/fulog.db"
    h.write(t .. "/notes/ann.md", note("Ann Lee", "Acme"))
    h.write(t .. "/notes/bob.md", note("Bob Roy", "Globex"))
    h.write(t .. "/notes/nobody.md", note(nil, "Initech"))
    ok_git(t .. "/notes", "init -q")
    ok_git(t .. "/notes", "config user.name 'ann lee'")
    local _, err, code = h.fulog("index .", { cwd = t .. "/notes", db = db })
    assert.are.equal(0, code, err)
  end)
  after_each(function()
    h.rm(t)
  end)

  it("keeps one owner's notes and the notes no one owns", function()
    -- by default in a git work tree: me (git's user.name), as the editor does
    assert.are.equal("Acme,Initech", accounts("overdue"))
    assert.are.equal("Acme,Initech", accounts("log"))
    assert.are.equal("Acme,Globex,Initech", accounts("overdue --owner all"))
    assert.are.equal("Acme,Initech", accounts("overdue --owner 'Ann Lee'"))
    assert.are.equal("Globex,Initech", accounts("overdue --owner 'BOB ROY'"))
    assert.are.equal("Initech", accounts("overdue --owner Carol"))
    assert.are.equal("Globex,Initech", accounts("log --owner 'Bob Roy'"))
    assert.are.equal("Acme,Globex,Initech", accounts("log --owner all"))
  end)

  it("takes all and me in any case, and a name without the blanks around it", function()
    -- '--owner ALL' kept only the notes no one owns (ALL read as a name),
    -- and ' Bob Roy ' (a paste) matched no owner
    assert.are.equal("Acme,Globex,Initech", accounts("overdue --owner ALL"))
    assert.are.equal("Acme,Globex,Initech", accounts("log --owner ' All '"))
    assert.are.equal("Globex,Initech", accounts("overdue --owner ' bob roy '"))
    assert.are.equal("Acme,Initech", accounts("overdue --owner ' Me '"))
    local out = h.fulog("log --owner ' Bob Roy '", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.truthy(out:find("all accounts, owner Bob Roy:", 1, true), out)
    -- typed in another case: the header spells it as the notes do (as
    -- --account does); an owner no note has stays as typed
    out = h.fulog("log --owner 'bob ROY'", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.truthy(out:find("all accounts, owner Bob Roy:", 1, true), out)
    out = h.fulog("log --owner 'zed'", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.truthy(out:find("all accounts, owner zed:", 1, true), out)
  end)

  it("says on stderr when an owner named matches no note, in every listing and report (QA round 48)", function()
    -- a manager's '--owner bob' (the notes say Bob Roy) gave an empty log,
    -- 'No open next steps.', as if Bob were all caught up
    for _, args in ipairs({ "overdue", "log", "stats", "export csv" }) do
      local _, err, code = h.fulog(args .. " --owner bob", { cwd = t .. "/notes", db = db, pre = ISOLATED })
      assert.are.equal(0, code, err)
      assert.are.equal("fulog: no note names the owner bob (owner: in its front matter): only the notes no one owns"
        .. " are shown; --owner all shows everyone's\n", err, args)
      -- a name a note has, in any case: nothing said
      _, err = h.fulog(args .. " --owner 'BOB ROY'", { cwd = t .. "/notes", db = db, pre = ISOLATED })
      assert.are.equal("", err, args)
    end
  end)

  it("says on stderr when the default left a colleague's notes out, and where the name came from", function()
    local out, err, code = h.fulog("overdue", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.are.equal(0, code, err)
    assert.falsy(out:find("Globex", 1, true), out)
    assert.are.equal("fulog: only ann lee's notes and the notes no one owns (git config user.name, in a git work tree);"
      .. " --owner all shows everyone's\n", err)
    out, err = h.fulog("log", { cwd = t .. "/notes", db = db, pre = ISOLATED .. "FULOG_OWNER='Bob Roy' " })
    assert.truthy(out:find("all accounts, owner Bob Roy:", 1, true), out)
    assert.truthy(err:find("only Bob Roy's notes and the notes no one owns (FULOG_OWNER,", 1, true), err)
    -- asked for by name, or everyone's: nothing to explain
    for _, args in ipairs({ "overdue --owner all", "overdue --owner me", "log --owner 'Bob Roy'" }) do
      out, err = h.fulog(args, { cwd = t .. "/notes", db = db, pre = ISOLATED })
      assert.are.equal("", err, args)
    end
    -- run from another folder (here one outside any git work tree): the
    -- same list, as the store's notes decide and not where fulog runs
    out, err = h.fulog("overdue --json", { cwd = t, db = db, pre = ISOLATED })
    assert.falsy(out:find("Globex", 1, true), out)
    assert.truthy(err:find("only ann lee's notes", 1, true), err)
    -- no note names an owner: no list is anyone's alone, nothing is said
    for _, n in ipairs({ "ann", "bob" }) do
      h.write(t .. "/notes/" .. n .. ".md", note(nil, n == "ann" and "Acme" or "Globex"))
    end
    assert.are.equal(0, select(3, h.fulog("index .", { cwd = t .. "/notes", db = db })))
    out, err = h.fulog("overdue", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.truthy(out:find("Globex", 1, true), out)
    assert.are.equal("", err)
  end)

  it("reads me from FULOG_OWNER, else git's user.name", function()
    assert.are.equal("Globex,Initech", accounts("log --owner me", "FULOG_OWNER='Bob Roy' "))
    assert.are.equal("Acme,Initech", accounts("overdue --owner me"))   -- user.name of the notes clone
    ok_git(t .. "/notes", "config --unset user.name")
    local out, err, code = h.fulog("overdue --owner me", { cwd = t, db = db, pre = ISOLATED })
    assert.are.equal(2, code, out)
    assert.truthy(err:find("FULOG_OWNER or git config user.name", 1, true), err)
  end)

  it("reads again a note stored before owners were kept, changed or not", function()
    os.execute("sqlite3 " .. h.q(db) .. " 'UPDATE note SET owner = NULL, parser = 0'")
    assert.are.equal("Acme,Globex,Initech", accounts("overdue --owner 'Ann Lee'"))
    local out, err, code = h.fulog("index --json .", { cwd = t .. "/notes", db = db })
    assert.are.equal(0, code, err)
    assert.truthy(out:find('"indexed":3', 1, true), out)
    assert.are.equal("Acme,Initech", accounts("overdue --owner 'Ann Lee'"))
    out = h.fulog("index --json .", { cwd = t .. "/notes", db = db })
    assert.truthy(out:find('"unchanged":3', 1, true), out)
  end)

  it("escapes an owner's control and bidi bytes wherever it is shown (QA round 43)", function()
    -- git's user.name with a bidi override, an ESC colour and a NEL: the
    -- note on stderr showed them raw (ls -b's escapes now, as a file name)
    local odd = "Bo\226\128\174b\27[31m\194\133x"
    ok_git(t .. "/notes", "config user.name " .. h.q(odd))
    local _, err, code = h.fulog("overdue", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.are.equal(0, code, err)
    assert.truthy(err:find("only Bo\\342\\200\\256b\\033[31m\\302\\205x's notes", 1, true), err)
    assert.falsy(err:find("\27", 1, true), err)
    -- stats' header (the log's header already was)
    local out = h.fulog("stats --owner " .. h.q("Z\27]0;x\7q"), { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.truthy(out:find("owner Z\\033]0;x\\007q\n", 1, true), out)
    assert.falsy(out:find("\27", 1, true), out)
  end)

  it("names the owner in overdue's JSON", function()
    local out = h.fulog("overdue --json --owner 'Ann Lee'", { cwd = t .. "/notes", db = db, pre = ISOLATED })
    assert.truthy(out:find('"owner":"Ann Lee"', 1, true), out)
  end)
end)

describe("fulog merge-driver", function()
  local t
  before_each(function()
    t = h.tmpdir()
  end)
  after_each(function()
    h.rm(t)
  end)
  local function driver(base, ours, theirs)
    h.write(t .. "/O", base)
    h.write(t .. "/A", ours)
    h.write(t .. "/B", theirs)
    local out, err, code = h.fulog("merge-driver O A B notes/acme.md 7", { cwd = t, pre = "GIT_CONFIG_GLOBAL=/dev/null " })
    return h.read(t .. "/A"), err, code, out
  end
  local BASE = "# Acme\n- NEXT: call Jason\n- NEXT: send pricing\n"

  it("writes git's clean merge into OURS and exits 0", function()
    local got, err, code = driver(BASE, "# Acme!\n- NEXT: call Jason\n- NEXT: send pricing\n",
      "# Acme\n- NEXT: call Jason\n- NEXT: send pricing\n- NEXT: more\n")
    assert.are.equal(0, code, err)
    assert.are.equal("# Acme!\n- NEXT: call Jason\n- NEXT: send pricing\n- NEXT: more\n", got)
  end)

  it("resolves touches on both sides and says so", function()
    local got, err, code = driver(BASE, "# Acme\n- NEXT: call Jason\n  TOUCH: 2026-12-05 call\n- NEXT: send pricing\n",
      "# Acme\n- [x] NEXT: call Jason\n  TOUCH: 2026-12-04 email\n- NEXT: send pricing\n")
    assert.are.equal(0, code, err)
    assert.are.equal("# Acme\n- [x] NEXT: call Jason\n  TOUCH: 2026-12-04 email\n  TOUCH: 2026-12-05 call\n- NEXT: send pricing\n", got)
    assert.truthy(err:find("notes/acme.md: 1 conflict resolved", 1, true), err)
  end)

  it("leaves another conflict with markers and exits 1", function()
    local got, _, code = driver(BASE, "# Acme\n- NEXT: call Jason today\n- NEXT: send pricing\n",
      "# Acme\n- NEXT: call Jason tomorrow\n- NEXT: send pricing\n")
    assert.are.equal(1, code)
    assert.are.equal("# Acme\n<<<<<<< ours: notes/acme.md\n- NEXT: call Jason today\n=======\n"
      .. "- NEXT: call Jason tomorrow\n>>>>>>> theirs: notes/acme.md\n- NEXT: send pricing\n", got)
  end)

  it("leaves OURS alone when git cannot merge (binary files)", function()
    local got, err, code = driver("a\0b\n", "a\0c\n", "a\0d\n")
    assert.are.equal(1, code)
    assert.are.equal("a\0c\n", got)
    assert.truthy(err:find("notes/acme.md: git merge-file failed", 1, true), err)
  end)

  it("wants three files", function()
    local _, _, code = h.fulog("merge-driver O A", { cwd = t })
    assert.are.equal(2, code)
  end)
end)

-- Who "me" is is asked before every listing; git runs again only when what
-- it reads changed (fulog.team's memo), and then the answer follows.
describe("the owner default", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() h.rm(dir) end)

  it("runs git once while nothing git reads changes, and follows a change", function()
    local team = require("fulog.team")
    local popen, runs = io.popen, 0
    io.popen = function(cmd, ...)
      if cmd:find("^git ") then
        runs = runs + 1
      end
      return popen(cmd, ...)
    end
    local function ask()
      runs = 0
      local name = team.owner_for(nil, { dir }, { dir })
      return name, runs
    end
    local ok, err = pcall(function()
      assert.are.same({ nil, 1 }, { ask() })   -- not a work tree: one git, no name asked
      assert.are.same({ nil, 0 }, { ask() })
      ok_git(dir, "init -q")
      ok_git(dir, "config user.name " .. h.q("Ann Lee"))
      assert.are.same({ "Ann Lee", 2 }, { ask() }) -- a clone now: git again, and its name
      assert.are.same({ "Ann Lee", 0 }, { ask() })
      ok_git(dir, "config user.name " .. h.q("Bob Roy"))
      assert.are.same({ "Bob Roy", 2 }, { ask() }) -- the config changed: asked again
      assert.are.same({ "Bob Roy", 0 }, { ask() })
    end)
    io.popen = popen
    assert(ok, err)
  end)

  -- A Lua script at path asking team.me(notes) as an editor session does:
  -- ask() prints "NAME GIT_RUNS", w(path, text) writes a file; body: those.
  local function ask_script(path, notes, body)
    h.write(path, ([[
      package.path = %q .. "/lua/?.lua;" .. package.path
      local team = require("fulog.team")
      local popen, runs = io.popen, 0
      io.popen = function(cmd, ...) if cmd:find("^git ") then runs = runs + 1 end return popen(cmd, ...) end
      local function w(p, s) local f = assert(io.open(p, "wb")) f:write(s) f:close() end
      local function ask() runs = 0 local n = team.me(%q) print(tostring(n) .. " " .. runs) end
    ]]):format(h.root, notes) .. body)
  end

  -- A user.name in a file the config includes ([include] path, or an
  -- includeIf's) was not watched: the first name stayed for the session
  -- (QA round 40). Real git, a temp HOME, one Lua process asking as an
  -- editor session does.
  it("follows a user.name in a file an [include] or [includeIf] pulls in", function()
    local home, notes = dir .. "/home", dir .. "/notes"
    os.execute("mkdir -p " .. h.q(home) .. " " .. h.q(notes))
    ok_git(notes, "init -q")
    h.write(home .. "/.gitconfig", ('[include]\n\tpath = ~/.gitinc\n[includeIf "gitdir:%s/"]\n\tpath = "work.inc" ; mine\n')
      :format(notes))
    h.write(home .. "/.gitinc", "[user]\n\tname = Ann Lee\n")
    ask_script(dir .. "/ask.lua", notes, ([[
      ask() ask()
      w(%q, "[user]\n\tname = Bob Roy\n") ask() ask()
      w(%q, "[user]\n\tname = Carol Work\n") ask()
      w(%q, "[user]\n\tname = Dan Ng\n") ask()
      os.remove(%q) ask()
    ]]):format(home .. "/.gitinc", home .. "/work.inc", home .. "/work.inc", home .. "/work.inc"))
    local p = io.popen(("HOME=%s GIT_CONFIG_NOSYSTEM=1 XDG_CONFIG_HOME=/nonexistent lua5.4 %s 2>&1"):format(
      h.q(home), h.q(dir .. "/ask.lua")))
    local out = p:read("a")
    p:close()
    assert.are.equal(table.concat({
      "Ann Lee 1", "Ann Lee 0",        -- asked once, then remembered
      "Bob Roy 1", "Bob Roy 0",        -- the included file changed: asked again
      "Carol Work 1",                  -- the includeIf's file appeared (it wins: read later)
      "Dan Ng 1",                      -- and changed
      "Bob Roy 1",                     -- and went
    }, "\n") .. "\n", out)
  end)

  -- git -c include.path=FILE (GIT_CONFIG_PARAMETERS, as git passes it to a
  -- hook or alias) and GIT_CONFIG_COUNT's pairs: the file was not watched
  -- (QA round 41). Real git, a temp HOME.
  it("follows a user.name in a file git -c include.path or GIT_CONFIG_COUNT pulls in", function()
    local home, notes = dir .. "/home", dir .. "/notes"
    os.execute("mkdir -p " .. h.q(home) .. " " .. h.q(notes))
    ok_git(notes, "init -q")
    h.write(home .. "/.gitconfig", "[user]\n\tname = Ann Lee\n")
    h.write(home .. "/c.inc", "[user]\n\tname = Bob Roy\n")
    h.write(home .. "/it's.inc", "[user]\n\tname = Cy Doe\n")
    ask_script(dir .. "/ask.lua", notes, ([[
      ask() ask()
      w(%q, "[user]\n\tname = Dan Ng\n") ask() ask()
    ]]):format(home .. "/c.inc"))
    -- the environment git gives its children: git -c include.path=... !lua
    for _, c in ipairs({
      { "-c include.path=" .. h.q(home .. "/c.inc"), "Bob Roy" },
      { "-c user.email=a@b -c include.path=~/c.inc", "Bob Roy" },
      { "-c " .. h.q("include.path=" .. home .. "/it's.inc") .. " -c include.path=~/c.inc", "Bob Roy" },
    }) do
      h.write(home .. "/c.inc", "[user]\n\tname = Bob Roy\n")
      local p = io.popen(("cd %s && HOME=%s GIT_CONFIG_NOSYSTEM=1 XDG_CONFIG_HOME=/nonexistent git %s -c alias.ask=%s ask 2>&1")
        :format(h.q(notes), h.q(home), c[1], h.q("!lua5.4 " .. dir .. "/ask.lua")))
      local out = p:read("a")
      p:close()
      assert.are.equal(table.concat({ c[2] .. " 1", c[2] .. " 0", "Dan Ng 1", "Dan Ng 0" }, "\n") .. "\n", out, c[1])
    end
    h.write(home .. "/c.inc", "[user]\n\tname = Bob Roy\n")
    local p = io.popen(("HOME=%s GIT_CONFIG_NOSYSTEM=1 XDG_CONFIG_HOME=/nonexistent GIT_CONFIG_COUNT=1 "
      .. "GIT_CONFIG_KEY_0=include.path GIT_CONFIG_VALUE_0=%s lua5.4 %s 2>&1"):format(h.q(home), h.q("~/c.inc"),
      h.q(dir .. "/ask.lua")))
    local out = p:read("a")
    p:close()
    assert.are.equal("Bob Roy 1\nBob Roy 0\nDan Ng 1\nDan Ng 0\n", out, "GIT_CONFIG_COUNT with ~/")
  end)
end)
