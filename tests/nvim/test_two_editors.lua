-- Two editors (or an editor and the shell, a sync tool, a checkout) on
-- one note. The other one wrote the note's very bytes again (its :w with
-- no change, `touch`, git checkout): the file's time moved, not its text,
-- and :FuDone, :FuTouch, :FuSnooze and the log's keys on the unmodified
-- buffer stopped at the editor's "changed since reading it (y/n)?" when
-- they wrote it (a headless Neovim hung there, Vim -es quit). It wrote
-- other bytes: the write-back is refused, the buffer and the note are
-- left as they were (nothing of either is lost). Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.cmd("FuIndex")
  local note = "acme/2026-11-20-discovery.md"
  vim.cmd("edit " .. note)
  local function same_bytes_later()
    local text = H.read_file(note)
    vim.loop.sleep(1100) -- a newer time stamp, to the second
    H.write_file(note, text)
  end
  local function row_of(text)
    return H.find_row(H.buf_lines(0), text)
  end
  for _, c in ipairs({
    { "FuDone", "send the case studies", "- [x] NEXT: send the case studies" },
    { "FuTouch email no reply", "call Jason back", "TOUCH: 2026-12-10 email - no reply" },
    { "FuSnooze +3d", "call Jason back", "call Jason back in two weeks due:2026-12-13" },
  }) do
    same_bytes_later()
    vim.api.nvim_win_set_cursor(0, { row_of(c[2]), 0 })
    vim.cmd(c[1])
    H.contains(H.read_file(note), c[3], c[1] .. " after the note's bytes were written again: written")
    H.eq(vim.bo.modified, false, "... and the buffer is saved")
  end

  -- the log's done on a step of the note open in the unmodified buffer
  same_bytes_later()
  vim.cmd("FuLog")
  local log = require("fulog.log")
  vim.api.nvim_win_set_cursor(0, { H.find_row(H.buf_lines(0), "Jason brings CFO"), 0 })
  log.actions.done()
  H.contains(H.read_file(note), "- [x] NEXT: Jason brings CFO", "the log's done after the bytes were written again: written")
  vim.cmd("buffer " .. vim.fn.bufnr(note))
  H.eq(vim.bo.modified, false, "... and the note's buffer is saved")

  -- the other editor wrote other bytes: refused, nothing lost
  local mine = H.buf_lines(0)
  local theirs = H.read_file(note):gsub("PAIN: month%-end", "PAIN: quarter-end")
  vim.loop.sleep(1100)
  H.write_file(note, theirs)
  vim.api.nvim_win_set_cursor(0, { row_of("call Jason back"), 0 })
  vim.cmd("FuTouch email no reply")
  H.match(H.said(notified), "changed on disk since it was read: nothing written", "a note the other editor changed: refused")
  H.eq(H.read_file(note), theirs, "... its change is kept")
  H.eq(H.buf_lines(0), mine, "... and the buffer is as it was")
end)
