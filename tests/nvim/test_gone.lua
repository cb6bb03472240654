-- A note gone from disk since the last index (deleted, or renamed with no
-- write-back or save since): :FuOverdue and :FuLog leave its steps out and
-- say so in one line, as fulog overdue does (they listed them until the
-- next :FuIndex, and a jump opened an empty buffer); the log's d, t and s
-- on one of them (a log drawn before the note went) and :FuDone /
-- :FuTouch / :FuSnooze in a buffer still open on it refuse in the shell's
-- words and write nothing (the buffer's write brought the deleted note
-- back). Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.cmd("FuIndex")
  local gone = "globex/notes.md"

  -- a log drawn while the note was there, then the note deleted
  vim.cmd("FuLog")
  local logbuf = vim.api.nvim_get_current_buf()
  local row = H.find_row(H.buf_lines(0), "Send pricing by Friday")
  H.ok(row, ":FuLog shows the step before the note is deleted")
  os.remove(gone)
  vim.api.nvim_win_set_cursor(0, { row, 0 })
  local log = require("fulog.log")
  local sh_done = H.shell("done " .. gone .. ":7")
  local want = gone .. ":7: the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written"
  H.eq(sh_done, want, "fulog done on a step of a deleted note refuses in one line")
  for _, act in ipairs({ "done", "snooze", "touch" }) do
    notified[#notified + 1] = nil
    if act == "snooze" then
      log.actions.snooze("+3d")
    elseif act == "touch" then
      log.actions.touch("email", "no reply")
    else
      log.actions.done()
    end
    H.eq(H.said(notified), want, "the log's " .. act .. " on it refuses as fulog done does")
    H.eq(vim.loop.fs_stat(gone), nil, "... and does not bring the note back")
  end

  -- the lists leave it out and say so
  vim.cmd("FuOverdue")
  local names = {}
  for _, it in ipairs(vim.fn.getqflist()) do
    names[#names + 1] = vim.api.nvim_buf_get_name(it.bufnr)
  end
  local joined = table.concat(names, "\n")
  H.ok(not joined:find("globex", 1, true), ":FuOverdue lists no step of the deleted note", joined)
  H.ok(#names >= 1, ":FuOverdue still lists the other notes' steps", #names)
  local said
  for _, n in ipairs(notified) do
    if n.msg:find("that is gone", 1, true) then
      said = n.msg
    end
  end
  H.eq(said, "fulog: 1 step in 1 note that is gone is not listed (" .. gone .. "): :FuIndex removes them",
    ":FuOverdue says what it left out")
  vim.cmd("buffer " .. logbuf)
  log.refresh()
  local text = table.concat(H.buf_lines(logbuf), "\n")
  H.ok(not text:find("Send pricing", 1, true) and not text:find("get back to us", 1, true),
    ":FuLog shows no step of the deleted note", text)
  H.eq(H.buf_lines(logbuf)[3], "2 steps in 1 note that is gone are not listed (" .. gone .. "): :FuIndex removes them",
    ":FuLog says what it left out under its header")
  local first = H.find_row(H.buf_lines(logbuf), "send the case studies")
  H.ok(first and log.item(first - 1) and log.item(first - 1).text:find("send the case studies", 1, true),
    "the log's keys still act on the step under the cursor", first)
  vim.cmd("FuIndex")
  log.refresh()
  H.ok(not H.buf_lines(logbuf)[3]:find("gone", 1, true), "after :FuIndex nothing is left out", H.buf_lines(logbuf)[3])

  -- a buffer still open on a note deleted under it: the write-backs
  -- refuse (writing the buffer brought the note back)
  local note = "acme/2026-11-20-discovery.md"
  vim.cmd("edit " .. note)
  local lines = H.buf_lines(0)
  local step = H.find_row(lines, "- NEXT: send the case studies")
  os.remove(note)
  for _, cmd in ipairs({ "FuDone", "FuTouch email no reply", "FuSnooze +3d" }) do
    vim.api.nvim_win_set_cursor(0, { step, 0 })
    vim.cmd(cmd)
    H.eq(H.said(notified), note .. ": the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written",
      cmd .. " in a buffer whose note was deleted refuses")
    H.eq(vim.loop.fs_stat(note), nil, "... and does not write the note back")
    H.eq(H.buf_lines(0), lines, "... and leaves the buffer as it was")
  end
end)
