-- :FuSnooze to a day sooner than the cadence (QA round 47): three
-- unanswered touches put the next chase 14 days out; a snooze to 12-07 said
-- "due 2026-12-07" and the step came back only on 12-17.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-03")
  if not core then
    return
  end
  local note = env.notes .. "/massive.md"
  H.write_file(note, "---\naccount: Massive\ndate: 2026-11-30\n---\n- NEXT: ping Nina end of month\n"
    .. "  - TOUCH: 2026-12-01 call - no reply\n  - TOUCH: 2026-12-02 call - no reply\n"
    .. "  - TOUCH: 2026-12-03 email - no reply\n")
  vim.cmd("FuIndex")
  vim.cmd("edit " .. vim.fn.fnameescape(note))
  vim.api.nvim_win_set_cursor(0, { 5, 0 })
  vim.cmd("FuSnooze 2026-12-07")
  H.eq(H.buf_lines(0)[5], "- NEXT: ping Nina end of month due:2026-12-07", ":FuSnooze writes the due:")
  vim.cmd("FuLog Massive")
  H.contains(table.concat(H.buf_lines(0), "\n"), "chase    2026-12-07  non         ping Nina end of month",
    "the log's next action date is the snoozed day, not the cadence's 12-17")
  vim.cmd("bwipeout!")
  -- on 12-08 it is back, in :FuOverdue
  vim.env.FULOG_TODAY = "2026-12-08"
  require("fulog").setup({ notes = { env.notes }, index_on_open = false })
  vim.cmd("FuOverdue")
  local texts = {}
  for _, it in ipairs(vim.fn.getqflist()) do
    texts[#texts + 1] = it.text
  end
  H.contains(table.concat(texts, "\n"), "ping Nina end of month (due 2026-12-07, 1 day overdue, pushed 1x)",
    ":FuOverdue lists it the day after the snoozed day")
end)
