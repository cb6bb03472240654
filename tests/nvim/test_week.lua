-- A seller's week in Neovim (the QA pass of round 33): what :FuLog says
-- must be what the shell says. The same cases are in tests/vim/test_week.vim
-- and tests/lua/week_spec.lua.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10")
  if not core then
    return
  end
  vim.cmd("FuIndex")

  -- :FuLog with a name the store does not know showed an empty log, "No
  -- open next steps.", as if the account had nothing to chase
  vim.cmd("FuLog Acme")
  local text = table.concat(H.buf_lines(0), "\n")
  H.contains(text, "no account named 'Acme' in the store (did you mean Acme Corp?)", ":FuLog with an unknown account says so")
  H.ok(not text:find("No open next steps", 1, true), "... and shows no empty log", text)
  vim.cmd("bwipeout!")
  local out = vim.fn.system({ H.root .. "/bin/fulog", "log", "Acme" })
  H.contains(out, "no account named 'Acme' in the store (did you mean Acme Corp?)", "fulog log says the same")
  -- a name near none: each front-end names its own way to list the
  -- accounts (:FuLog said "fulog accounts lists them", a shell command)
  vim.cmd("FuLog nosuch")
  text = table.concat(H.buf_lines(0), "\n")
  H.match(text, "^fulog: no account named 'nosuch' in the store %(it has %d+; :FuLog <Tab> lists them%)$",
    ":FuLog nosuch names the editor's way to list the accounts")
  H.ok(not text:find("fulog accounts", 1, true), "... not the shell's", text)
  vim.cmd("bwipeout!")
  H.match(vim.fn.system({ H.root .. "/bin/fulog", "log", "nosuch" }),
    "no account named 'nosuch' in the store %(it has %d+; fulog accounts lists them%)", "fulog log nosuch names the shell's")
  vim.cmd("FuLog acme corp")
  H.contains(H.buf_lines(0)[1], "account Acme Corp:", ":FuLog with a known account in another case shows it as the store names it")
  H.contains(vim.fn.system({ H.root .. "/bin/fulog", "log", "ACME corp" }), "account Acme Corp:", "... as fulog log does")
  H.ok(not table.concat(H.buf_lines(0), "\n"):find("no account named", 1, true), "... without the message")
  vim.cmd("bwipeout!")

  -- :FuOverdue, then a touch from the log on a note that is not open: the
  -- file gets a TOUCH: line, and the quickfix list kept the old line of the
  -- step below it, so :cc sent the cursor to that TOUCH: line and :FuDone
  -- marked the step above done (the one just touched)
  local p = env.notes .. "/week/a.md"
  vim.fn.mkdir(env.notes .. "/week", "p")
  vim.fn.writefile({ "# Week - 2026-11-30", "- NEXT: they will get back to us", "- NEXT: send the deck" }, p)
  vim.cmd("FuIndex")
  local function qf_index(text)
    for i, e in ipairs(vim.fn.getqflist()) do
      if e.text:find(text, 1, true) then
        return i, e
      end
    end
  end
  local log = require("fulog.log")
  local function log_cursor(text)
    for r = 0, 200 do
      local it = log.item(r)
      if it and it.text == text then
        vim.api.nvim_win_set_cursor(0, { r + 1, 0 })
        return true
      end
    end
  end
  for _, act in ipairs({ "touch", "snooze" }) do
    vim.fn.writefile({ "# Week - 2026-11-30", "- NEXT: they will get back to us", "- NEXT: send the deck" }, p)
    vim.cmd("FuIndex")
    vim.cmd("FuOverdue")
    H.ok(qf_index("[Week] they will get back to us") ~= nil, act .. ": the soft step is in the quickfix list")
    vim.cmd("FuLog Week")
    H.ok(log_cursor("they will get back to us"), act .. ": the log shows the step")
    if act == "touch" then
      log.actions.touch("email", "no reply")
    else
      log.actions.snooze("+7d")
    end
    H.contains(H.read_file(p), act == "touch" and "  - TOUCH: 2026-12-10 email - no reply\n- NEXT: send the deck" or "us due:2026-12-17",
      act .. " from the log wrote the note")
    vim.cmd("bwipeout!")
    local i, e = qf_index("[Week] send the deck")
    H.eq(e and e.lnum, act == "touch" and 4 or 3, act .. ": the quickfix entry follows its step to its line")
    H.eq(qf_index("[Week] they will get back to us"), nil, act .. ": the step acted on leaves the quickfix list")
    vim.cmd("cc " .. (i or 1))
    H.eq(vim.api.nvim_get_current_line(), "- NEXT: send the deck", act .. ": :cc goes to the step it lists")
    vim.cmd("FuDone")
    H.contains(H.read_file(p), "- [x] NEXT: send the deck", act .. ": :FuDone there marks that step")
    H.ok(not H.read_file(p):find("[x] NEXT: they will", 1, true), act .. ": ... and not the one above")
    vim.cmd("bwipeout!")
  end

  -- :FuSnooze on a done step wrote due: into it and said "due 2026-12-17"
  local d = env.notes .. "/week/done.md"
  vim.fn.writefile({ "# Week - 2026-11-30", "- [x] NEXT: send the deck" }, d)
  vim.cmd("edit " .. vim.fn.fnameescape(d))
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  local n = #notified
  vim.cmd("FuSnooze +7d")
  H.contains(notified[n + 1] and notified[n + 1].msg, "the step is done: nothing to snooze", ":FuSnooze on a done step says so")
  H.eq(H.buf_lines(0), { "# Week - 2026-11-30", "- [x] NEXT: send the deck" }, "... and leaves the line as it was")
  H.eq(vim.bo.modified, false, "... and the buffer unmodified")
  vim.cmd("bwipeout!")

  -- :FuTouch, :FuSnooze and :FuDone in the note's own buffer (and a
  -- plain :w) wrote and indexed the note, but the :FuOverdue list kept the
  -- steps they had just taken care of: only another process's write made
  -- it read the store again
  local q = env.notes .. "/week/qf.md"
  vim.fn.writefile({ "# Week - 2026-11-30", "- NEXT: call Jason back next week", "- NEXT: send the deck",
    "- NEXT: send pricing" }, q)
  vim.cmd("FuIndex")
  vim.cmd("FuOverdue")
  H.ok(qf_index("[Week] call Jason back") and qf_index("[Week] send the deck") and qf_index("send pricing"),
    "buffer: three overdue steps listed", H.show(vim.fn.getqflist()))
  vim.cmd("edit " .. vim.fn.fnameescape(q))
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTouch email no reply")
  H.ok(not qf_index("[Week] call Jason back"), ":FuTouch in the buffer takes the chase off the list", H.show(vim.fn.getqflist()))
  vim.api.nvim_win_set_cursor(0, { 4, 0 })
  vim.cmd("FuSnooze +3d")
  H.ok(not qf_index("[Week] send the deck"), ":FuSnooze in the buffer takes the step off the list")
  vim.api.nvim_buf_set_lines(0, 4, 5, false, { "- [x] NEXT: send pricing" })
  vim.cmd("silent write")
  H.ok(not qf_index("send pricing"), "a step marked [x] by hand and saved leaves the list")
  H.eq(vim.fn.system({ H.root .. "/bin/fulog", "overdue" }):find("[Week] send", 1, true), nil, "... as fulog overdue says")
  vim.cmd("bwipeout!")

  -- the booked meeting happened and was marked done: the note warned that
  -- the meeting ended without a booked next meeting, where fulog stats
  -- counts it as ended with a firm step; in a big note too (its far rows)
  local hl = require("fulog.highlight")
  for _, pad in ipairs({ 0, 6000 }) do
    local lines = { "# Week - 2026-11-30", "- [x] NEXT: Jason brings CFO + CTO to proposal review Thu 12/3 10am" }
    for i = 1, pad do
      lines[#lines + 1] = "filler line " .. i
    end
    lines[#lines + 1] = "- NEXT: send the deck"
    local hb = env.notes .. "/week/hambam" .. pad .. ".md"
    vim.fn.writefile(lines, hb)
    vim.cmd("edit " .. vim.fn.fnameescape(hb))
    local b = vim.api.nvim_get_current_buf()
    H.idle(b, 10000)
    H.eq(hl.warning_row(b), nil, ("a done firm step counts for the Ham Bam warning (%d lines)"):format(#lines))
    vim.api.nvim_buf_set_lines(b, 1, 2, false, { "- NEXT: send pricing" })
    H.idle(b, 10000)
    H.eq(hl.warning_row(b), 0, ("... and without it the warning shows (%d lines)"):format(#lines))
    vim.cmd("bwipeout!")
  end
end)
