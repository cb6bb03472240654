-- The log and :FuOverdue name a step by the line the store saw; a note open
-- with unsaved edits has it elsewhere. <CR> in the log and the quickfix
-- entries go to the step's line in the buffer, and <CR> works on a note
-- that has unsaved changes (it raised E37). Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("FuIndex")
  local acme = env.notes .. "/acme/2026-11-20-discovery.md"
  vim.cmd("edit " .. vim.fn.fnameescape(acme))
  local buf = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(buf, 5, 5, false, { "Talked about the budget.", "- NEXT: Tom signs the MSA 12/20" })
  H.eq(vim.bo[buf].modified, true, "the note has unsaved edits")

  vim.cmd("FuLog")
  local lines = H.buf_lines(0)
  vim.api.nvim_win_set_cursor(0, { H.find_row(lines, "send the case studies"), 0 })
  local ok, e = pcall(require("fulog.log").actions.jump)
  H.ok(ok, "<CR> on a chase of a note with unsaved edits jumps", e)
  H.eq(vim.api.nvim_get_current_buf(), buf, "... to the note's buffer")
  H.eq(vim.api.nvim_get_current_line(), "- NEXT: send the case studies", "... on the step's line in the buffer")
  H.eq(vim.bo[buf].modified, true, "the unsaved edits are kept")

  vim.cmd("FuOverdue")
  local n = 0
  for _, it in ipairs(vim.fn.getqflist()) do
    if it.bufnr == buf then
      n = n + 1
      local want = it.text:match("%] (.-) %(due") or "?"
      H.contains(vim.api.nvim_buf_get_lines(buf, it.lnum - 1, it.lnum, false)[1] or "", want,
        "the quickfix entry of '" .. want .. "' is on its line in the buffer")
    end
  end
  H.ok(n >= 2, "the note's overdue steps are listed", n)
end)
