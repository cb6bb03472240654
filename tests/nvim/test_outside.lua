-- A seller has a note open with unsaved edits and runs fulog done / touch
-- / snooze on it in a shell. On :checktime the editor sees the file
-- changed: fulog's own write-backs go into the buffer by step key (the
-- seller's edit above them moved every step a line down), the buffer
-- stays modified, and writing it keeps both, so the note and the store
-- agree. A change that is not fulog's gets the editor's own prompt.
-- Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10")
  if not core then
    return
  end
  vim.cmd("FuIndex")
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  local acme = env.notes .. "/acme/2026-11-20-discovery.md"
  vim.cmd("edit " .. vim.fn.fnameescape(acme))
  local buf = vim.api.nvim_get_current_buf()
  local disk = vim.fn.readfile(acme)
  local send = H.find_row(disk, "NEXT: send the case studies")
  local call = H.find_row(disk, "NEXT: call Jason back")
  local review = H.find_row(disk, "NEXT: Jason brings CFO")
  -- the seller's own edits, not saved: a line under the heading, a step
  vim.api.nvim_buf_set_lines(buf, 5, 5, false, { "Budget signed off by the CFO in Q1." })
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { "- NEXT: book the pilot kickoff with Jason Tue 12/15" })
  H.eq(vim.bo[buf].modified, true, "the buffer has unsaved edits")

  local q = vim.fn.shellescape(acme)
  local _, rc1 = H.shell(("done %s:%d"):format(q, send))
  local _, rc2 = H.shell(("touch %s:%d call left a voicemail"):format(q, call))
  local _, rc3 = H.shell(("snooze %s:%d 2026-12-18"):format(q, review))
  H.eq({ rc1, rc2, rc3 }, { 0, 0, 0 }, "the shell's done, touch and snooze wrote the note")

  vim.cmd("checktime")
  local lines = H.buf_lines(buf)
  local shown = table.concat(lines, " | ")
  H.eq(vim.api.nvim_get_current_buf(), buf, "the buffer is still the one shown")
  H.eq(vim.bo[buf].modified, true, "the buffer stays modified: the seller's edits are not written for them")
  H.ok(H.find_row(lines, "Budget signed off by the CFO in Q1.") ~= nil, "the seller's line is kept", shown)
  H.ok(H.find_row(lines, "book the pilot kickoff") ~= nil, "the seller's new step is kept", shown)
  H.ok(H.find_row(lines, "- [x] NEXT: send the case studies") ~= nil, "the shell's done mark is in the buffer", shown)
  local c = H.find_row(lines, "NEXT: call Jason back")
  H.ok(c and lines[c + 2] and lines[c + 2]:find("TOUCH: 2026-12-10 call - left a voicemail", 1, true),
    "the shell's touch is in the buffer, under the step's earlier touch", shown)
  H.ok(H.find_row(lines, "proposal review Tue 12/15 10am due:2026-12-18") ~= nil, "the shell's snooze is in the buffer", shown)
  local said = H.said(notified)
  H.contains(said, "kept your edits and applied acme/2026-11-20-discovery.md's change from outside", "said in one line")
  H.contains(said, "marked done: send the case studies", "... naming the step done")
  H.contains(said, "due 2026-12-18", "... the snooze")
  H.contains(said, "left a voicemail", "... and the touch")
  H.ok(not said:find("\n"), "one line", said)

  -- the seller writes (the editor asks first: the file is newer than the
  -- buffer's read; y): the note has both, and the store agrees
  vim.api.nvim_input("y")
  vim.cmd("silent write")
  local text = H.read_file(acme)
  H.contains(text, "- [x] NEXT: send the case studies", "the written note keeps the done mark")
  H.contains(text, "Budget signed off by the CFO in Q1.", "... and the seller's edit")
  H.contains(text, "TOUCH: 2026-12-10 call - left a voicemail", "... and the touch")
  local overdue = H.shell("overdue")
  H.ok(not overdue:find("send the case studies", 1, true), "the step stays done in the store: not overdue again", overdue)

  -- a change from outside that is not fulog's: the editor's own prompt
  vim.api.nvim_buf_set_lines(buf, 5, 5, false, { "another unsaved line" })
  local before = H.buf_lines(buf)
  local on_disk = vim.fn.readfile(acme)
  on_disk[#on_disk + 1] = "a line added in another program"
  vim.fn.writefile(on_disk, acme)
  H.eq(require("fulog").on_outside(buf .. ":conflict"), "ask", "another program's edit: left to the editor's prompt")
  H.eq(H.buf_lines(buf), before, "... and the buffer untouched")
  -- fulog's done beside another change: not applied either
  local n = #notified
  on_disk = vim.fn.readfile(acme)
  for i, l in ipairs(on_disk) do
    if l:find("NEXT: book the pilot kickoff", 1, true) then
      on_disk[i] = core.done_line(l)
    end
  end
  vim.fn.writefile(on_disk, acme)
  H.eq(require("fulog").on_outside(buf .. ":conflict"), "ask", "a done mark with another edit: the editor's prompt")
  H.eq(#notified, n, "... and nothing said")
  -- an unmodified buffer: the editor's own reload prompt, as without fulog
  vim.cmd("silent edit!")
  H.eq(require("fulog").on_outside(buf .. ":changed"), "ask", "an unmodified buffer: the editor's own prompt")
end)
