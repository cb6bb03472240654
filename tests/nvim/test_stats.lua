-- :FuStats in Neovim: a read-only scratch buffer holding the core's report
-- text (the same as `fulog stats`), its arguments, keys and errors.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env = H.env("2026-12-10")
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return
  end
  local notified = H.capture_notify()
  require("fulog").setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  vim.cmd("FuIndex")

  vim.cmd("FuStats")
  local b = vim.api.nvim_get_current_buf()
  H.eq(vim.api.nvim_buf_get_name(b), "fulog://stats", "FuStats opens the stats buffer")
  H.eq(vim.bo[b].buftype, "nofile", "a scratch buffer")
  H.eq(vim.bo[b].modifiable, false, "read-only")
  H.eq(#vim.api.nvim_list_wins(), 2, "in a split window")
  local lines = H.buf_lines(b)
  H.eq(lines[1], "fulog stats 2026-10-19 .. 2026-12-10, by week", "8 weeks up to today by default")
  local db = core.open(env.db)
  local report, text = db:stats({ today = "2026-12-10" })
  H.eq(table.concat(lines, "\n"):sub(1, #text - 1), text:sub(1, -2), "the buffer shows the core's text")
  H.eq(report.total.meetings, 3, "three meetings in the fixtures")
  local text_all = table.concat(lines, "\n")
  -- Acme 11-20 (firm), Globex 11-25 (none), Initech 12-01 (firm)
  H.contains(text_all, "  2026-11-16 \226\150\136\226\150\136", "a firm meeting is a full block")
  H.contains(text_all, "  2026-11-23 \226\150\145\226\150\145", "a meeting without a firm step is shaded")
  H.contains(text_all, "3 meetings,   2 firm  67%  (the Ham Bam rate)", "the total Ham Bam rate")
  H.contains(lines[#lines], "q quit", "the last line names the keys")

  -- month, since, until
  vim.cmd("FuStats month 2026-11-01 2026-12-31")
  H.eq(vim.api.nvim_get_current_buf(), b, "FuStats again reuses the buffer")
  lines = H.buf_lines(b)
  H.eq(lines[1], "fulog stats 2026-11-01 .. 2026-12-31, by month", "FuStats month SINCE UNTIL")
  H.contains(table.concat(lines, "\n"), "  2026-12     ", "months are labelled YYYY-MM")

  -- a bad argument is an error, the buffer stays
  vim.cmd("FuStats year")
  H.contains(notified[#notified] and notified[#notified].msg or "", "FuStats wants [week|month]", "a bad argument is told")
  vim.cmd("FuStats 2026-12-31 2026-11-01")
  H.contains(H.buf_lines(b)[1], "since 2026-12-31 is after until 2026-11-01", "an empty range says why, in days")

  -- r refreshes after an index, q closes
  vim.cmd("FuStats week 2026-11-16 2026-12-06")
  vim.fn.writefile({ "# Hooli - 2026-12-02 call", "- NEXT: Next meeting booked Dec 9 at 10am #firm" },
    env.notes .. "/hooli.md")
  vim.cmd("FuIndex")
  vim.cmd("normal r")
  H.contains(table.concat(H.buf_lines(b), "\n"), "4 meetings,   3 firm  75%", "r re-reads the store")
  vim.cmd("normal q")
  H.eq(#vim.api.nvim_list_wins(), 1, "q closes the stats window")
  db:close()
end)
