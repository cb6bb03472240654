-- The store side: :FuIndex, index on save, :FuOverdue (quickfix and
-- location list), :FuLog contents and keys, write-back of touch and done
-- into notes that are open and notes that are not. Fixed today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

local find_row = H.find_row

H.run(function()
  local env, core, notified = H.start("2026-12-10")
  if not core then
    return
  end
  local fulog = require("fulog")
  H.eq(core.today(), "2026-12-10", "FULOG_TODAY fixes today")

  -- :FuIndex
  vim.cmd("FuIndex")
  local last = notified[#notified]
  H.match(last and last.msg, "indexed 3 of 3 files", "FuIndex indexes the notes folder")
  local db = fulog.store()
  H.ok(db ~= nil, "the store opens at $FULOG_DB")
  H.eq(vim.fn.getfperm(env.db), "rw-------", "the store file is private (0600)")
  local accounts = db:accounts()
  H.ok(vim.tbl_contains(accounts, "Acme Corp"), "account from front matter", H.show(accounts))
  H.ok(vim.tbl_contains(accounts, "globex"), "account from the folder name", H.show(accounts))

  -- :FuOverdue
  vim.cmd("FuOverdue")
  local qf = vim.fn.getqflist({ title = 1, items = 1 })
  H.eq(qf.title, "fulog: overdue follow-ups (today 2026-12-10)", "the quickfix list is titled")
  H.ok(#qf.items >= 3, "overdue steps fill the quickfix list", #qf.items)
  local first = qf.items[1] and qf.items[1].text or ""
  H.contains(first, "send the case studies", "the oldest (due 2026-11-22) comes first")
  H.contains(first, "compliance [Acme Corp] send the case studies", "the entry names class and account")
  H.eq(first, core.overdue_message(db:overdue({ today = "2026-12-10" })[1], "2026-12-10"),
    "the entry is the core's message, the same as fulog overdue")
  local prev, sorted = "", true
  local all = {}
  for _, it in ipairs(qf.items) do
    local due = it.text:match("next (%d%d%d%d%-%d%d%-%d%d)") or it.text:match("due (%d%d%d%d%-%d%d%-%d%d)")
    if not due or due < prev then
      sorted = false
    end
    prev = due or prev
    all[#all + 1] = it.text
    local file = vim.fn.bufname(it.bufnr)
    local lines = vim.fn.readfile(file)
    local words = it.text:match("%] (.-) %(due")
    if words then
      H.contains(lines[it.lnum] or "", words:sub(1, 12), "entry points at its line: " .. words:sub(1, 24))
    end
  end
  H.ok(sorted, "entries are by next action date", table.concat(all, " | "))
  local joined = table.concat(all, "\n")
  H.ok(not joined:find("vendor contract", 1, true), "a done step is not overdue")
  H.ok(not joined:find("proposal review", 1, true), "a step due later is not overdue")
  -- touched 12-01 and 12-03, both unanswered: next action 12-03 + 7 = 12-10, today
  H.ok(not joined:find("They'll get back to us", 1, true), "a soft step touched twice waits for its next action date")
  H.contains(joined, "chase, 2nd follow-up (1 unanswered since 2026-12-04 call) - non [Acme Corp] call Jason back",
    "a chase names its state, follow-up and what went unanswered")
  H.contains(joined, "(due 2026-12-04, next 2026-12-07, 3 days overdue)", "a touched chase is late from its next action date")
  vim.cmd("cclose")

  -- index on save, and :FuOverdue! (location list of this note)
  local pn = env.notes .. "/newco/2026-12-01-intro.md"
  vim.fn.mkdir(env.notes .. "/newco", "p")
  vim.cmd("edit " .. vim.fn.fnameescape(pn))
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { "# Newco - 2026-12-01 intro", "- NEXT: send the one-pager" })
  vim.cmd("silent write")
  vim.cmd("FuOverdue")
  local texts = {}
  for _, it in ipairs(vim.fn.getqflist()) do texts[#texts + 1] = it.text end
  H.contains(table.concat(texts, "\n"), "one-pager", "saving a note indexes it")
  vim.cmd("cclose")
  vim.cmd("FuOverdue!")
  local ll = vim.fn.getloclist(0, { title = 1, items = 1 })
  H.eq(#ll.items, 1, "FuOverdue! lists this note only, in the location list")
  H.contains(ll.title, "2026-12-01-intro.md", "the location list title names the note")
  vim.cmd("lclose")

  -- :FuLog
  vim.cmd("FuLog")
  local lb = vim.api.nvim_get_current_buf()
  H.eq(vim.api.nvim_buf_get_name(lb), "fulog://log", "FuLog opens the log buffer")
  H.eq(vim.bo.filetype, "fulog", "the log buffer has filetype fulog")
  H.eq(vim.bo.modifiable, false, "the log buffer is read-only")
  local lines = H.buf_lines(lb)
  H.contains(lines[1], "today 2026-12-10", "the header names today")
  for _, k in ipairs({ "<CR> jump", "t touch", "d/x done", "r refresh", "R re-index", "f filter", "q quit" }) do
    H.contains(lines[2], k, "the header shows the key " .. k)
  end
  local text = table.concat(lines, "\n")
  H.ok(find_row(lines, "Acme Corp") ~= nil, "the log lists Acme Corp")
  local r = find_row(lines, "send the case studies")
  H.match(r and lines[r], "LATE todo%s+2026%-11%-22%s+compliance", "a step shows late, state, next action date, class")
  H.contains(r and lines[r + 1] or "", "you owe it: waiting 20 days since the meeting · met 2026-11-20",
    "its second line says what it waits on and when the meeting was")
  r = find_row(lines, "They'll get back to us")
  H.match(r and lines[r], "^       chase%s+2026%-12%-10%s+soft", "a chase due today is not late")
  H.contains(r and lines[r + 1] or "", "3rd follow-up: waiting 7 days since the 2026-12-03 voicemail, 2 unanswered since 2026-12-01",
    "waiting is explained: days since which touch")
  H.contains(r and lines[r + 1] or "", "2 touches", "touches under a step are counted")
  r = find_row(lines, "Coming up")
  H.ok(r and find_row(lines, "proposal review") > r, "a booked meeting is under Coming up, apart from the chases")
  local accs = db:log({ today = "2026-12-10" })
  for _, a in ipairs(accs) do
    for _, c in ipairs(a.chases) do
      c.key = core.step_key(c.text) -- as bin/fulog does
    end
  end
  local text_cli = core.log_text(accs, { today = "2026-12-10", base = env.notes })
  local body = {}
  for l in text_cli:gmatch("([^\n]*)\n") do
    body[#body + 1] = l
  end
  local shown = vim.list_slice(lines, 1, #lines)
  table.remove(shown, 2)
  H.eq(table.concat(shown, "\n"), table.concat(body, "\n"), "the log buffer is the core's text plus the key help line")
  H.ok(not text:find("vendor contract", 1, true), "done steps are not in the log")

  -- <CR> jumps to the note line
  vim.api.nvim_win_set_cursor(0, { find_row(lines, "send the case studies"), 0 })
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("<CR>", true, false, true), "x", false)
  H.contains(vim.api.nvim_buf_get_name(0), "acme/2026-11-20-discovery.md", "<CR> opens the note")
  H.contains(vim.api.nvim_get_current_line(), "send the case studies", "<CR> puts the cursor on the step")
  local acme_buf = vim.api.nvim_get_current_buf()

  -- d on a note that is open: the buffer is edited and written
  vim.cmd("FuLog")
  lines = H.buf_lines(0)
  vim.api.nvim_win_set_cursor(0, { find_row(lines, "send the case studies"), 0 })
  vim.api.nvim_feedkeys("d", "x", false)
  local acme_lines = vim.api.nvim_buf_get_lines(acme_buf, 0, -1, false)
  H.contains(acme_lines[find_row(acme_lines, "case studies")], "[x] NEXT: send the case studies", "d marks the step done in the open buffer")
  H.eq(vim.api.nvim_buf_get_option(acme_buf, "modified"), false, "the unmodified buffer was written")
  H.contains(H.read_file(env.notes .. "/acme/2026-11-20-discovery.md"), "[x] NEXT: send the case studies", "the note file has the change")
  lines = H.buf_lines(0)
  H.eq(find_row(lines, "send the case studies"), nil, "the log no longer shows the done step")

  -- t on a note that is not open: core.add_touch writes the file
  local ui_select, ui_input = vim.ui.select, vim.ui.input
  vim.ui.select = function(items, _, cb) cb(vim.tbl_contains(items, "email") and "email" or items[1]) end
  vim.ui.input = function(_, cb) cb("no reply") end
  H.eq(vim.fn.bufloaded(env.notes .. "/globex/notes.md"), 0, "the globex note is not loaded")
  r = find_row(lines, "Send pricing by Friday")
  vim.api.nvim_win_set_cursor(0, { r, 0 })
  vim.api.nvim_feedkeys("t", "x", false)
  local g = H.read_file(env.notes .. "/globex/notes.md") or ""
  H.contains(g, "TOUCH: 2026-12-10 email - no reply", "t writes a TOUCH line into the note file")
  H.ok(g:find("Send pricing by Friday\r\n%s+[-*]?%s*TOUCH: 2026%-12%-10 email %- no reply\r\n") ~= nil, "the TOUCH line goes under its step, CRLF kept", H.show(g))
  lines = H.buf_lines(0)
  r = find_row(lines, "Send pricing by Friday")
  H.match(r and lines[r + 1], "1 touch ", "the log refreshes with the new touch")

  -- x on a note that is not open: core.mark_done writes the file
  vim.api.nvim_win_set_cursor(0, { r, 0 })
  vim.api.nvim_feedkeys("x", "x", false)
  g = H.read_file(env.notes .. "/globex/notes.md") or ""
  H.contains(g, "[x] NEXT: Send pricing by Friday", "x marks done in the note file")
  H.eq(find_row(H.buf_lines(0), "Send pricing by Friday"), nil, "the log drops it")

  -- t on a note that is open, with unsaved changes: edited, not written
  vim.api.nvim_buf_set_lines(acme_buf, 5, 5, false, { "unsaved line" })
  lines = H.buf_lines(0)
  r = find_row(lines, "call Jason back")
  if H.ok(r ~= nil, "the log lists the non-commitment") then
    vim.api.nvim_win_set_cursor(0, { r, 0 })
    vim.ui.select = function(_, _, cb) cb("call") end
    vim.ui.input = function(_, cb) cb("replied: wants pricing first") end
    vim.api.nvim_feedkeys("t", "x", false)
    acme_lines = vim.api.nvim_buf_get_lines(acme_buf, 0, -1, false)
    local i = find_row(acme_lines, "call Jason back")
    H.contains(acme_lines[i + 1], "TOUCH: 2026-12-04 call - no reply", "the older touch stays first")
    H.contains(acme_lines[i + 2], "TOUCH: 2026-12-10 call - replied: wants pricing first", "the new touch goes after the older ones")
    H.eq(vim.api.nvim_buf_get_option(acme_buf, "modified"), true, "a buffer with unsaved changes is not written")
    -- the seller's edits are never written for them; so the touch is in
    -- the buffer only, and the message says so (a warning, not "recorded")
    H.ok(not (H.read_file(env.notes .. "/acme/2026-11-20-discovery.md") or ""):find("wants pricing first", 1, true),
      "the note file has neither the unsaved line nor the touch")
    local last = notified[#notified] or {}
    H.contains(last.msg or "", "touch recorded: call - replied: wants pricing first", "the message names the touch")
    H.contains(last.msg or "", "in the buffer only: ", "and says it is in the buffer only")
    H.contains(last.msg or "", ":w it to keep the change", "and how to keep it")
    H.eq(last.level, vim.log.levels.WARN, "as a warning")
  end
  vim.ui.select, vim.ui.input = ui_select, ui_input

  -- f filters by account, r refreshes, q quits
  vim.ui.select = function(items, _, cb) cb(vim.tbl_contains(items, "globex") and "globex" or nil) end
  vim.api.nvim_feedkeys("f", "x", false)
  vim.ui.select = ui_select
  lines = H.buf_lines(0)
  H.contains(lines[1], "account Globex", "f filters the log to one account")
  H.eq(find_row(lines, "Acme Corp"), nil, "other accounts are hidden")
  vim.api.nvim_feedkeys("r", "x", false)
  H.contains(H.buf_lines(0)[1], "account Globex", "r refreshes and keeps the filter")
  vim.api.nvim_feedkeys("q", "x", false)
  H.eq(vim.fn.bufwinid("fulog://log"), -1, "q closes the log window")
  vim.cmd("FuLog Acme Corp")
  H.contains(H.buf_lines(0)[1], "account Acme Corp", ":FuLog {account} opens one account")
  vim.cmd("bwipeout!")

  -- completion of account names
  H.ok(vim.tbl_contains(vim.fn.getcompletion("FuLog A", "cmdline"), "Acme Corp"), "FuLog completes account names")
  H.eq(vim.fn.getcompletion("FuLog Acme C", "cmdline"), { "Corp" }, "completion continues a name with a space")
  H.ok(vim.tbl_contains(vim.fn.getcompletion("FuTouch v", "cmdline"), "voicemail"), "FuTouch completes channels")

  -- render(): dark accounts first as the store orders them, marks DARK
  local log = require("fulog.log")
  local l2 = log.render({
    { account = "Dark Co", dark = true, unanswered = 3, last_touch = "2026-11-01",
      chases = { { path = "/n/d.md", line = 3, class = "non", due = "2026-11-01", next = "2026-11-20", state = "chase",
        unanswered = 3, since = "2026-11-01", last_touch = "2026-11-06", touches = 3, text = "call back" } } },
    { account = "Lit Co", dark = false, unanswered = 0,
      chases = { { path = "/n/l.md", line = 4, class = "soft", due = "2026-12-12", next = "2026-12-12", state = "chase",
        touches = 0, text = "they decide" } } },
  }, { today = "2026-12-10" })
  H.contains(l2[1], "2 to act on (1 overdue), 0 coming up, 1 dark account", "the header counts chases and dark accounts")
  H.match(l2[4], "^Dark Co  DARK: 3 touches unanswered", "a dark account is marked DARK")
  H.match(l2[5], "LATE chase .* call back", "an overdue chase is marked")

  -- with no notes folder, the first use of the store says so, once
  fulog.close_store()
  fulog.setup({ notes = { env.notes .. "/no-such-folder" } })
  local before = #notified
  fulog.store()
  fulog.close_store()
  fulog.store()
  local hints = 0
  for i = before + 1, #notified do
    if tostring(notified[i].msg):find("no notes folder found", 1, true) then
      hints = hints + 1
    end
  end
  H.eq(hints, 2, "opening the store with no notes folder tells how to set one (once per open)")
end)
