-- The owner filter in :FuOverdue and :FuLog (spec section 10): "me" by
-- default in a git work tree, setup({owner=...}) otherwise.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env = H.env("2026-12-10")
  H.load_plugin()
  if not H.need_core() then
    return
  end
  H.capture_notify()
  -- git sees no one's global config; "me" comes from the clone or FULOG_OWNER
  vim.env.GIT_CONFIG_GLOBAL = "/dev/null"
  vim.env.GIT_CONFIG_NOSYSTEM = "1"
  vim.env.FULOG_OWNER = nil
  local notes = env.dir .. "/team"
  vim.fn.mkdir(notes, "p")
  local function note(name, owner, account)
    local lines = { "---", "account: " .. account, "date: 2026-11-20" }
    if owner then
      lines[#lines + 1] = "owner: " .. owner
    end
    vim.list_extend(lines, { "---", "# call", "- NEXT: send the deck #compliance" })
    vim.fn.writefile(lines, notes .. "/" .. name)
  end
  note("ann.md", "Ann Lee", "Acme")
  note("bob.md", "Bob Roy", "Globex")
  note("none.md", nil, "Initech")
  local fulog = require("fulog")

  local function overdue_accounts()
    vim.cmd("FuOverdue")
    local got = {}
    for _, it in ipairs(vim.fn.getqflist()) do
      got[#got + 1] = ({ ["ann.md"] = "Acme", ["bob.md"] = "Globex", ["none.md"] = "Initech" })[
        vim.fn.fnamemodify(vim.fn.bufname(it.bufnr), ":t")]
    end
    table.sort(got)
    return table.concat(got, ",")
  end
  -- bin/fulog in the notes folder, in the same environment: the accounts
  -- it lists by default (one rule for both, fulog.team.owner_for)
  local function shell_accounts(args)
    local out = vim.fn.system(("cd %s && lua5.4 %s/bin/fulog %s --json 2>/dev/null"):format(
      vim.fn.shellescape(notes), vim.fn.shellescape(H.root), args))
    local got = {}
    for a in out:gmatch('"account":"([^"]*)"') do
      got[#got + 1] = a
    end
    table.sort(got)
    return table.concat(got, ",")
  end
  local function setup(extra)
    fulog.setup(vim.tbl_extend("force", { notes = { notes }, index_on_open = false, index_on_save = false }, extra or {}))
  end

  setup()
  vim.cmd("FuIndex")
  H.eq(overdue_accounts(), "Acme,Globex,Initech", "no git: everyone's overdue steps")
  H.eq(fulog.owner(fulog.store()), nil, "no git: no owner filter")
  H.eq(shell_accounts("overdue"), "Acme,Globex,Initech", "no git: fulog overdue lists everyone's too")

  -- owner = "me" with no name known: said, not everyone's list shown as mine
  setup({ owner = "me" })
  local notes_seen = H.capture_notify()
  vim.fn.setqflist({}, "r", { title = "before" })
  vim.cmd("FuOverdue")
  H.eq(vim.fn.getqflist({ title = 1 }).title, "before", "owner = me, no name: no list made")
  H.contains(notes_seen[1] and notes_seen[1].msg, 'setup owner = "me": set FULOG_OWNER or git config user.name',
    "owner = me, no name: the editor's own words for the fix")
  setup()

  vim.fn.system({ "git", "-C", notes, "init", "-q" })
  vim.fn.system({ "git", "-C", notes, "config", "user.name", "Ann Lee" })
  H.eq(fulog.owner(fulog.store()), "Ann Lee", "a git work tree: me is git's user.name")
  H.eq(overdue_accounts(), "Acme,Initech", "FuOverdue: my notes and the notes no one owns")
  H.contains(vim.fn.getqflist({ title = 1 }).title, "owner Ann Lee", "the quickfix title names the owner")
  -- the same clone, the same environment: the shell gives the same list
  H.eq(shell_accounts("overdue"), "Acme,Initech", "fulog overdue in the clone: the list :FuOverdue gives")
  H.eq(shell_accounts("log"), "Acme,Initech", "fulog log in the clone: the accounts :FuLog shows")
  H.eq(shell_accounts("overdue --owner all"), "Acme,Globex,Initech", "fulog overdue --owner all: everyone's")

  -- the answer is remembered, until what git reads changes
  vim.fn.system({ "git", "-C", notes, "config", "user.name", "Bob Roy" })
  H.eq(overdue_accounts(), "Globex,Initech", "user.name changed in the session: the next list follows it")
  vim.fn.system({ "git", "-C", notes, "config", "user.name", "Ann Lee" })
  H.eq(overdue_accounts(), "Acme,Initech", "and back")

  -- a user.name in a file the global config includes is followed too (the
  -- memo watched the config files, not what they include: QA round 40)
  local home, saved_home = env.dir .. "/home", vim.env.HOME
  vim.fn.mkdir(home, "p")
  vim.fn.writefile({ "[include]", "\tpath = ~/.gitinc" }, home .. "/.gitconfig")
  vim.fn.writefile({ "[user]", "\tname = Bob Roy" }, home .. "/.gitinc")
  vim.env.HOME, vim.env.GIT_CONFIG_GLOBAL = home, nil
  vim.fn.system({ "git", "-C", notes, "config", "--unset", "user.name" })
  H.eq(overdue_accounts(), "Globex,Initech", "user.name from a file ~/.gitconfig includes")
  vim.fn.writefile({ "[user]", "\tname = Ann Lee" }, home .. "/.gitinc")
  H.eq(overdue_accounts(), "Acme,Initech", "the included file changed in the session: the next list follows it")
  H.eq(shell_accounts("overdue"), "Acme,Initech", "fulog overdue in the same environment: the same list")
  vim.env.HOME, vim.env.GIT_CONFIG_GLOBAL = saved_home, "/dev/null"
  vim.fn.system({ "git", "-C", notes, "config", "user.name", "Ann Lee" })

  vim.env.FULOG_OWNER = "Bob Roy"
  H.eq(overdue_accounts(), "Globex,Initech", "FULOG_OWNER wins over git's user.name")
  vim.env.FULOG_OWNER = nil

  setup({ owner = "all" })
  H.eq(overdue_accounts(), "Acme,Globex,Initech", "owner = all")
  setup({ owner = "bob roy" })
  H.eq(overdue_accounts(), "Globex,Initech", "owner = a name, any case")
  -- the title names the owner as the notes spell it, as :FuLog's header does
  H.eq(vim.fn.getqflist({ title = 1 }).title, "fulog: overdue follow-ups (today 2026-12-10, owner Bob Roy)",
    "the quickfix title names the owner as the notes write it")
  -- 'ALL' was a seller of that name, who owned nothing
  -- an owner no note names ('bob': the notes say Bob Roy) is said, once:
  -- the list holds only the notes no one owns (QA round 48)
  local said = H.capture_notify()
  setup({ owner = "bob" })
  H.eq(overdue_accounts(), "Initech", "owner = bob: the notes no one owns")
  H.eq(#said, 1, "said once", vim.inspect(said))
  H.eq(said[1] and said[1].msg, "fulog: no note names the owner bob (owner: in its front matter): only the notes"
    .. ' no one owns are shown; setup owner = "all" shows everyone\'s', "an owner no note names is said")
  overdue_accounts()
  H.eq(#said, 1, "... once a session")
  setup({ owner = "bob roy" })
  overdue_accounts()
  H.eq(#said, 1, "a name a note has: nothing said")
  setup({ owner = " ALL " })
  H.eq(overdue_accounts(), "Acme,Globex,Initech", "owner = ALL, blanks around it: all")
  setup({ owner = " Bob Roy " })
  H.eq(overdue_accounts(), "Globex,Initech", "owner = a name with blanks around it")

  setup()
  vim.cmd("FuLog")
  local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  H.contains(text, "owner Ann Lee", "the log header names the owner")
  H.contains(text, "Acme", "the log lists my account")
  H.contains(text, "Initech", "the log lists an account no one owns")
  H.ok(not text:find("Globex", 1, true), "the log leaves out a colleague's account", text)
  -- the owner as typed ('bob ROY'), the header as the notes spell it
  setup({ owner = "bob ROY" })
  vim.cmd("FuLog")
  text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  H.contains(text, "owner Bob Roy:", "the log header names the owner as the notes write it")
  vim.cmd("close")
  setup()

  -- an owner with a bidi override, ESC and NEL (from git config or the
  -- notes): the title named it raw; now escaped as every name (QA round 43)
  vim.fn.system({ "git", "-C", notes, "config", "user.name", "Bo\226\128\174b\27[31m\194\133x" })
  overdue_accounts()
  H.eq(vim.fn.getqflist({ title = 1 }).title,
    "fulog: overdue follow-ups (today 2026-12-10, owner Bo\\342\\200\\256b\\033[31m\\302\\205x)",
    "the quickfix title escapes the owner's control and bidi bytes")
  vim.fn.system({ "git", "-C", notes, "config", "user.name", "Ann Lee" })

  -- :FuStats counts an account dark by everyone's touches and meetings
  -- with it (the client's silence), as :FuLog's account line does: Acme
  -- answered Bob, so it is not dark in Ann's report (QA round 48)
  local function write(name, lines)
    vim.fn.writefile(lines, notes .. "/" .. name)
  end
  write("dark-ann.md", { "---", "account: Acme", "date: 2026-11-16", "owner: Ann Lee", "---", "# call",
    "- NEXT: f/u next week #non", "  TOUCH: 2026-11-23 email - no reply", "  TOUCH: 2026-11-26 call - no reply" })
  write("dark-bob.md", { "---", "account: Acme", "date: 2026-12-01", "owner: Bob Roy", "---", "# call",
    "- NEXT: send the SOC2 report #compliance", "  TOUCH: 2026-12-03 email - replied: thanks" })
  write("dark-umb.md", { "---", "account: Umbrella", "date: 2026-11-16", "owner: Ann Lee", "---", "# call",
    "- NEXT: f/u next week #non", "  TOUCH: 2026-11-23 email - no reply", "  TOUCH: 2026-11-26 call - no reply" })
  setup()
  vim.cmd("FuIndex")
  vim.cmd("FuStats month 2026-11-01")
  local stats = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  H.contains(stats, "by month, owner Ann Lee", "FuStats is Ann's")
  -- the follow-up table's total: opened closed touches replies per-reply reply-days dark pushed
  local dark = stats:match("\n  total +%d+ +%d+ +%d+ +%d+ +%S+ +%S+ +(%d+) +%d+\n")
  H.eq(dark, "1", "one dark account of Ann's: Umbrella, not Acme", stats)
  vim.cmd("close")
  vim.cmd("FuLog")
  local log = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  H.contains(log, "1 dark account", "the log counts the same dark accounts")
  H.contains(log, "Acme  last touch 2026-12-03, last reply 2026-12-03", "Acme answered")
  vim.cmd("close")

  H.eq(select(2, require("fulog.config").set({ owner = "" })) ~= nil, true, "an empty owner is refused")
end)
