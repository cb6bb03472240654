-- A write-back from a list names a step by the line the store saw. Lines
-- added above it since (in the buffer, unsaved, or in the file) must not
-- make it hit its twin with the same words: two lines added above the
-- second "call Tom back" put the first one on its line, and done, touch
-- and snooze marked that one (QA round 40). Deleted or reworded since:
-- refused, nothing written. The shell does the same. Today 2026-12-08.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-08", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("twins", "p")
  local note = { "---", "account: Twins", "date: 2026-12-01", "---", "# Twins", "",
    "- NEXT: call Tom back", "- NEXT: send the deck", "- NEXT: call Tom back" }
  local shifted = vim.list_extend({ "---", "account: Twins", "date: 2026-12-01", "---", "# Twins",
    "Tom is away until the 10th.", "Budget is approved." }, vim.list_slice(note, 6))
  for _, f in ipairs({ "buf", "file", "snooze", "sh", "gone", "words" }) do
    vim.fn.writefile(note, "twins/" .. f .. ".md")
  end
  vim.cmd("FuIndex")
  local actions, snooze = require("fulog.actions"), require("fulog.snooze")
  -- the log's chase of the second twin, as the store listed it
  local function chase(f)
    return { path = env.notes .. "/twins/" .. f .. ".md", line = 9, text = "call Tom back" }
  end
  local function with(lines, row, new)
    local t = vim.deepcopy(lines)
    t[row] = new
    return t
  end

  -- in a buffer with unsaved edits: the twin on line 11 now, not line 9
  vim.cmd("edit twins/buf.md")
  vim.api.nvim_buf_set_lines(0, 5, 5, false, { "Tom is away until the 10th.", "Budget is approved." })
  H.eq(H.buf_lines(0), shifted, "two lines added above, unsaved")
  actions.done_chase(chase("buf"))
  H.eq(H.buf_lines(0), with(shifted, 11, "- [x] NEXT: call Tom back"), "the log's done marks the listed twin in the buffer")
  vim.cmd("bwipeout!")

  -- in the file (no buffer), changed on disk since the index
  vim.fn.writefile(shifted, "twins/file.md")
  actions.touch_chase(chase("file"), "email", "sent")
  H.eq(vim.fn.readfile("twins/file.md"), vim.list_extend(vim.deepcopy(shifted), { "  - TOUCH: 2026-12-08 email - sent" }),
    "the log's touch goes under the listed twin")
  vim.fn.writefile(shifted, "twins/snooze.md")
  snooze.chase(chase("snooze"), "+3d")
  H.eq(vim.fn.readfile("twins/snooze.md"), with(shifted, 11, "- NEXT: call Tom back due:2026-12-11"),
    "the log's snooze sets due: on the listed twin")
  -- the shell on the same change: the same bytes
  vim.fn.writefile(shifted, "twins/sh.md")
  local msg, code = H.shell("snooze twins/sh.md:9 +3d")
  H.eq(code, 0, "fulog snooze FILE:LINE after the shift", msg)
  H.eq(H.read_file("twins/sh.md"), H.read_file("twins/snooze.md"), "fulog snooze writes what the log's snooze writes")

  -- the listed twin deleted since: the other one is not taken for it
  vim.fn.writefile(vim.list_slice(note, 1, 8), "twins/gone.md")
  actions.done_chase(chase("gone"))
  H.contains(H.said(notified), "a step with these words was added or removed", "the log's done on a deleted twin is refused")
  H.eq(vim.fn.readfile("twins/gone.md"), vim.list_slice(note, 1, 8), "... and the note is as it was")
  msg, code = H.shell("done twins/gone.md:9")
  H.eq(code, 1, "fulog done refuses it too")
  H.contains(msg, "a step with these words was added or removed", "... in the same words")

  -- reworded in the buffer since the listing: refused, the buffer kept
  vim.cmd("edit twins/words.md")
  vim.api.nvim_buf_set_lines(0, 8, 9, false, { "- NEXT: call Tom back on Monday" })
  local before = H.buf_lines(0)
  actions.done_chase(chase("words"))
  H.contains(H.said(notified), "added or removed", "the log's done on a reworded twin is refused")
  H.eq(H.buf_lines(0), before, "... and the buffer is as it was")
  vim.cmd("bwipeout!")
end)
