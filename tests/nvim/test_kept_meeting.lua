-- A note with no date written in it is dated by its file's time when fulog
-- first reads it. :FuTouch writes the note again: the buffer's meeting date
-- and its "overdue Nd" stay the store's, not the day of the write.
-- Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  vim.o.columns = 200
  local env, core = H.start("2026-12-10")
  if not core then
    return
  end
  local hl = require("fulog.highlight")
  local p = env.notes .. "/zeta/n.md"
  vim.fn.mkdir(env.notes .. "/zeta", "p")
  vim.fn.writefile({
    "# Zeta call",
    "- NEXT: send pricing",                     -- due 11-22
    "- NEXT: they will get back to us",         -- due 11-27
  }, p)
  vim.fn.system({ "touch", "-d", "2026-11-20T12:00", p })
  vim.cmd("FuIndex")
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local buf = vim.api.nvim_get_current_buf()
  local function virt(text)
    return H.virt(buf, H.find_row(H.buf_lines(buf), text) - 1)
  end
  H.eq(hl.meeting(buf).date, "2026-11-20", "the meeting is the day the file was written")
  H.contains(virt("they will get back to us"), "overdue 13d", "a soft step a week past the meeting is overdue")

  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTouch email no reply")
  H.eq(H.buf_lines(0)[3], "  - TOUCH: 2026-12-10 email - no reply", ":FuTouch wrote the touch")
  H.ok(not vim.bo.modified, "... and the note")
  H.idle(buf)
  H.eq(hl.meeting(buf).date, "2026-11-20", "the write leaves the meeting date as the store keeps it")
  H.contains(virt("they will get back to us"), "overdue 13d", "... and the other step overdue")
  local late = require("fulog").store():overdue({ today = "2026-12-10" })
  local found = false
  for _, r in ipairs(late) do
    found = found or r.text == "they will get back to us"
  end
  H.ok(found, "the store lists it overdue too")
end)
