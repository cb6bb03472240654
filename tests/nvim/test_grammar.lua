-- One grammar, one contract (issue 12), in Neovim: custom tags reach
-- :FuDone, a touch lands where `fulog touch` puts it (tabs), the options
-- object survives a bad FULOG_TODAY, a note changed on disk is not
-- overwritten, Enter at the outcome prompt is "no reply", the log filter
-- (all), one-line errors, a message on success, no filetype detection.
-- The same cases are in tests/vim/test_grammar.vim.
local H = dofile("tests/nvim/helpers.lua")

local function fulog_cli(env, args)
  local cmd = ("cd %s && FULOG_TODAY=2026-12-10 FULOG_DB=%s XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog %s 2>&1"):format(
    vim.fn.shellescape(env.dir), vim.fn.shellescape(env.db), vim.fn.shellescape(H.root), args)
  return vim.fn.system(cmd), vim.v.shell_error
end

H.run(function()
  local env = H.env("2026-12-10")
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return
  end
  local builtin_notify = vim.notify
  local notified = H.capture_notify()
  local function said(s)
    for _, n in ipairs(notified) do
      if n.msg:find(s, 1, true) then
        return true
      end
    end
    return false
  end
  require("fulog").setup({ notes = { env.notes }, index_on_open = false, index_on_save = false, tags = { "TODO" } })

  -- custom tags: :FuDone on a TODO: line
  local p = env.notes .. "/zeta/2026-12-08.md"
  vim.fn.mkdir(env.notes .. "/zeta", "p")
  vim.fn.writefile({ "# Zeta - 2026-12-08", "- TODO: call Tom", "  - NEXT: not a step here" }, p)
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local b = vim.api.nvim_get_current_buf()
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuDone")
  H.eq(vim.api.nvim_buf_get_lines(b, 1, 2, false)[1], "- [x] TODO: call Tom", "setup tags reach :FuDone")
  H.ok(said("marked done"), ":FuDone says it worked", H.show(notified))

  -- a touch under a step with a tab-indented block: buffer and shell agree
  local text = { "# Zeta - 2026-12-08", "  - TODO: send pricing", "\t- TOUCH: 2026-12-01 email", "", "\t  more about it", "- TODO: other" }
  local p2, p3 = env.notes .. "/zeta/a.md", env.notes .. "/zeta/b.md"
  vim.fn.writefile(text, p2)
  vim.fn.writefile(text, p3)
  vim.fn.writefile(text, env.notes .. "/zeta/c.md")
  vim.cmd("edit " .. vim.fn.fnameescape(p2))
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTouch call replied: yes")
  local out, code = fulog_cli(env, "touch --tags TODO " .. vim.fn.shellescape(p3 .. ":2") .. " call replied: yes")
  H.eq(code, 0, "fulog touch works (" .. out:gsub("\n", " ") .. ")")
  H.eq(H.read_file(p2), H.read_file(p3), ":FuTouch and fulog touch write the same note")
  H.contains(vim.api.nvim_buf_get_lines(0, 5, 6, false)[1] or "", "TOUCH: 2026-12-10 call", "the touch goes after the block, blank line included")
  -- the same words as fulog touch: one message (fulog.written), each
  -- front-end naming the note relative to its working folder
  local function zeta_cli(args)
    return vim.fn.system(("cd %s && FULOG_TODAY=2026-12-10 FULOG_DB=%s XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog %s 2>&1"):format(
      vim.fn.shellescape(env.notes .. "/zeta"), vim.fn.shellescape(env.db), vim.fn.shellescape(H.root), args))
  end
  local function last_said()
    return (notified[#notified].msg:gsub("^fulog: ", ""):gsub("^.*/", ""))
  end
  H.eq(last_said(), "a.md:6: touch recorded: call - replied: yes (send pricing)", ":FuTouch says where it wrote, and what")
  H.eq(zeta_cli("touch --tags TODO c.md:2 CALL replied: yes"),
    "c.md:6: touch recorded: call - replied: yes (send pricing)\n", "fulog touch says it in the same words")
  H.eq(H.read_file(env.notes .. "/zeta/c.md"), H.read_file(p2), "the channel typed CALL: the line :FuTouch writes")
  -- done and snooze: the same words in the shell and the editor
  local words = { "# Zeta - 2026-12-08", "- TODO: send the deck #compliance due:2026-12-09", "- TODO: call Tom back" }
  for _, f in ipairs({ "s.md", "t.md" }) do
    vim.fn.writefile(words, env.notes .. "/zeta/" .. f)
  end
  vim.cmd("edit " .. vim.fn.fnameescape(env.notes .. "/zeta/s.md"))
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuSnooze 2026-12-20")
  H.eq(last_said(), "s.md:2: due 2026-12-20: send the deck", ":FuSnooze: what and to when")
  H.eq(zeta_cli("snooze --tags TODO t.md:2 2026-12-20"), "t.md:2: due 2026-12-20: send the deck\n",
    "fulog snooze: the same words")
  vim.api.nvim_win_set_cursor(0, { 3, 0 })
  vim.cmd("FuDone")
  H.eq(last_said(), "s.md:3: marked done: call Tom back", ":FuDone: what was marked")
  H.eq(zeta_cli("done --tags TODO t.md:3"), "t.md:3: marked done: call Tom back\n", "fulog done: the same words")
  vim.cmd("silent write")
  H.eq(H.read_file(env.notes .. "/zeta/s.md"), H.read_file(env.notes .. "/zeta/t.md"), "and the same notes")
  vim.cmd("edit " .. vim.fn.fnameescape(p2))

  -- Enter at the outcome prompt: "no reply"
  local s, i = vim.ui.select, vim.ui.input
  vim.ui.select = function(_, _, cb) cb("email") end
  vim.ui.input = function(_, cb) cb("") end
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTouch")
  vim.ui.select, vim.ui.input = s, i
  H.contains(vim.api.nvim_buf_get_lines(0, 6, 7, false)[1] or "", "TOUCH: 2026-12-10 email - no reply", "Enter alone is no reply")

  -- the file changed on disk under an unmodified buffer: refused, kept
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  vim.fn.writefile({ "# Zeta - 2026-12-08", "- [x] TODO: call Tom", "- TODO: added elsewhere" }, p)
  for k in pairs(notified) do notified[k] = nil end
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTouch email sent")
  H.ok(said("changed on disk"), "a note changed on disk is refused with a message", H.show(notified))
  H.contains(H.read_file(p), "added elsewhere", "the other change is kept")
  H.ok(not (H.read_file(p) or ""):find("TOUCH", 1, true), "nothing was written over it")
  vim.cmd("edit!")

  -- a note with a stray invalid byte (read as latin1) and a NUL: the
  -- buffer is what the file holds, yet :FuDone and :FuTouch said "changed
  -- on disk since it was read: nothing written" (readfile() gives the NUL
  -- as "\n" and the bytes unconverted). They write it as fulog done and
  -- fulog touch do, every other byte kept.
  local raw = "# Zeta - 2026-12-08\n- TODO: send \255\254 pricing\n- TODO: call Bob\0 back\n- TODO: send deck\r\n"
  local bad, bad2 = env.notes .. "/zeta/bad.md", env.notes .. "/zeta/bad2.md"
  for _, f in ipairs({ bad, bad2 }) do
    local fh = io.open(f, "wb")
    fh:write(raw)
    fh:close()
  end
  vim.cmd("edit " .. vim.fn.fnameescape(bad))
  for k in pairs(notified) do notified[k] = nil end
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuDone")
  vim.api.nvim_win_set_cursor(0, { 3, 0 })
  vim.cmd("FuTouch email no reply")
  H.ok(not said("changed on disk"), "a note with a bad byte and a NUL is not taken as changed on disk", H.show(notified))
  local want = "# Zeta - 2026-12-08\n- [x] TODO: send \255\254 pricing\n- TODO: call Bob\0 back\n"
    .. "  - TOUCH: 2026-12-10 email - no reply\n- TODO: send deck\r\n"
  H.eq(H.read_file(bad), want, ":FuDone and :FuTouch wrote it, every other byte kept")
  fulog_cli(env, "done --tags TODO " .. vim.fn.shellescape(bad2 .. ":2"))
  fulog_cli(env, "touch --tags TODO " .. vim.fn.shellescape(bad2 .. ":3") .. " email no reply")
  H.eq(H.read_file(bad2), want, "... as fulog done and fulog touch write it")
  vim.cmd("bwipeout!")
  vim.cmd("edit " .. vim.fn.fnameescape(p))

  -- a bad FULOG_TODAY: one warning, the clock, and classes still shown
  vim.env.FULOG_TODAY = "2026-13-45"
  for k in pairs(notified) do notified[k] = nil end
  require("fulog").setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  local o = require("fulog").options()
  H.eq(require("fulog").today(), os.date("%Y-%m-%d"), "a bad FULOG_TODAY: the clock")
  H.ok(said("FULOG_TODAY=2026-13-45 ignored"), "a bad FULOG_TODAY is said once", H.show(notified))
  H.ok(o ~= nil, "the options object is built")
  local p4 = env.notes .. "/zeta/c.md"
  vim.fn.writefile({ "# Zeta - 2026-12-08", "- NEXT: we meet on 2026-12-14 at 10:00 to review the pilot" }, p4)
  vim.cmd("edit " .. vim.fn.fnameescape(p4))
  H.idle(0)
  local step = require("fulog.highlight").explain(vim.api.nvim_get_current_buf(), 1)
  H.eq(step and step.class, "firm", "highlighting still classifies with a bad FULOG_TODAY")
  vim.env.FULOG_TODAY = "2026-12-10"

  -- a plain user error is one line, not "Error detected while processing"
  vim.notify = builtin_notify
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  local msg = vim.fn.execute("FuDone")
  H.contains(msg, "no next step under the cursor", "the error is shown")
  H.ok(not msg:find("Error detected", 1, true), "one line, no 'Error detected while processing'", msg)

  -- the log's (all) filter shows every account again
  notified = H.capture_notify()
  require("fulog").index_all()
  vim.cmd("FuLog")
  vim.ui.select = function(_, _, cb) cb("globex") end
  vim.cmd("normal f")
  H.contains(vim.api.nvim_buf_get_lines(0, 0, 1, false)[1], "account Globex", "f filters by account")
  vim.ui.select = function(_, _, cb) cb("(all)") end
  vim.cmd("normal f")
  H.ok(not vim.api.nvim_buf_get_lines(0, 0, 1, false)[1]:find("account Globex", 1, true), "(all) drops the filter")
  H.ok(table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n"):find("Acme Corp", 1, true), "(all) shows every account")
  vim.ui.select = s
  vim.cmd("bwipeout!")

  -- virtual text fits what the window has left, not a fixed 80 columns
  local chunks = require("fulog.highlight").virt_text({ class = "soft", due = "2026-12-08", ask = string.rep("a", 300) }, 50)
  local vt_len = 0
  for _, c in ipairs(chunks) do vt_len = vt_len + vim.fn.strdisplaywidth(c[1]) end
  -- the prefix and "..." come on top of the room given
  H.ok(vt_len <= 50 + 8, "virtual text fits the room left in the window", vt_len)
  chunks = require("fulog.highlight").virt_text({ class = "soft", due = "2026-12-08", ask = string.rep("a", 300) }, 150)
  vt_len = 0
  for _, c in ipairs(chunks) do vt_len = vt_len + vim.fn.strdisplaywidth(c[1]) end
  H.ok(vt_len > 100, "a wide window shows more than 80 columns", vt_len)

  -- no filetype detection: a note is known by its ending
  vim.cmd("filetype off")
  local p5 = env.notes .. "/zeta/d.md"
  vim.fn.writefile({ "# Zeta - 2026-12-08", "- NEXT: send it" }, p5)
  vim.cmd("edit " .. vim.fn.fnameescape(p5))
  H.eq(vim.bo.filetype, "", "no filetype was set")
  H.ok(require("fulog.highlight").is_attached(vim.api.nvim_get_current_buf()), "the note is highlighted anyway")
end)
