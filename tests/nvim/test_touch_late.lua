-- A step's "overdue Nd" in the buffer is the shell's verdict: it follows
-- the touches under the step (its next action date, spec 7), not its due
-- date alone, and moves when a touch is written or removed. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  vim.o.columns = 200
  local env, core = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  local hl = require("fulog.highlight")
  local p = env.notes .. "/zeta/2026-11-30.md"
  vim.fn.mkdir(env.notes .. "/zeta", "p")
  vim.fn.writefile({
    "# Zeta - call 2026-11-30",
    "- NEXT: call Tom back next week",          -- due 12-07
    "- NEXT: call Ann back next week",          -- due 12-07, touched 12-09: next 12-12
    "  - TOUCH: 2026-12-09 email - no reply",
  }, p)
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local buf = vim.api.nvim_get_current_buf()
  local function virt(row)
    return H.virt(buf, row)
  end
  H.contains(virt(1), "overdue 3d", "an untouched step past its due date is overdue")
  H.ok(not virt(2):find("overdue", 1, true), "a step touched yesterday is not overdue: " .. virt(2))

  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTouch email no reply")
  H.eq(H.buf_lines(0)[3], "  - TOUCH: 2026-12-10 email - no reply", ":FuTouch wrote the touch")
  H.ok(not virt(1):find("overdue", 1, true), "touched today, the step is no longer overdue: " .. virt(1))

  vim.api.nvim_buf_set_lines(buf, 2, 3, false, {})
  H.contains(virt(1), "overdue 3d", "the touch deleted, it is overdue again")

  vim.api.nvim_buf_set_lines(buf, 3, 4, false, {})
  H.contains(virt(2), "overdue 3d", "its touch deleted, the other step is overdue too")

  -- :FuExplain reads the step with its block
  vim.api.nvim_buf_set_lines(buf, 2, 2, false, { "  - TOUCH: 2026-12-09 call - no answer" }) -- under Tom
  H.idle(buf)
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  local step = hl.explain(buf, 1)
  H.eq(step and step.class, "non", ":FuExplain reads the step")
  H.eq(step and step.overdue_days, nil, "... and it is not overdue either")
end)
