-- A step cut to 160 columns is within 160 on the editor's screen too (QA
-- round 43): the core's width table (tools/gen_width.py) now takes, where
-- a terminal and the editors differ, the larger measure. Before, flags
-- (regional indicators) and emoji such as U+23ED counted one column and
-- Neovim 0.7 / Vim 9 draw them two (a cut step 300 columns wide in the
-- quickfix list), and the ellipsis, East Asian Ambiguous, made 161 columns
-- with 'ambiwidth' double. Each step is also fulog overdue's text, and
-- :FuLog's row holds the same. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("widths", "p")
  -- (the third field: the least it may be; Vim draws U+23ED two columns,
  -- Neovim 0.7 one, and the core cuts at the wider)
  local kinds = {
    { "latin", "a" }, { "cjk", "\u{5951}" }, { "emoji", "\u{1F600}" }, { "flag", "\u{1F1FA}" },
    { "text emoji", "\u{23ED}", 75 }, { "thermometer", "\u{1F321}" }, { "jamo", "\u{1100}\u{1161}" },
    { "unassigned", "\u{0378}" },
  }
  local lines = { "---", "account: Widths", "date: 2026-11-20", "---", "# Widths" }
  for i, k in ipairs(kinds) do
    lines[#lines + 1] = ("- NEXT: w%d %s #compliance"):format(i, k[2]:rep(200))
  end
  vim.fn.writefile(lines, "widths/a.md")
  vim.cmd("FuIndex")
  local sh = {}
  for _, l in ipairs(vim.fn.systemlist(("XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog overdue"):format(
    vim.fn.shellescape(H.root)))) do
    local n, step = l:match("^widths/a%.md:%d+:%d+: %S+ %[Widths%] (w(%d+) .-) %(due")
    if n then
      sh[tonumber(step)] = n
    end
  end
  vim.cmd("FuOverdue")
  local qf = {}
  for _, it in ipairs(vim.fn.getqflist()) do
    local step, n = it.text:match("%[Widths%] (w(%d+) .-) %(due")
    if step then
      qf[tonumber(n)] = step
    end
  end
  vim.cmd("cclose")
  vim.cmd("FuLog Widths")
  local log = H.buf_lines()
  vim.cmd("bwipeout!")
  for _, amb in ipairs({ "single", "double" }) do
    vim.o.ambiwidth = amb
    for i, k in ipairs(kinds) do
      local step = qf[i] or "(none)"
      local w = vim.fn.strdisplaywidth(step)
      H.ok(w <= 160 and w >= (k[3] or 158), ("%s, ambiwidth %s: the cut step is %d columns in the quickfix list"):format(k[1], amb, w),
        step)
      local row = H.find_row(log, step)
      H.ok(row ~= nil, k[1] .. ": :FuLog shows the same words", table.concat(log, "\n"))
    end
  end
  vim.o.ambiwidth = "single"
  for i, k in ipairs(kinds) do
    H.eq(qf[i], sh[i], k[1] .. ": the quickfix text is fulog overdue's")
  end
end)
