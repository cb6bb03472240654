-- A note renamed on disk, then :FuTouch on its buffer under the new name:
-- the write-back indexes that one note, and the old path must leave the
-- store then (:FuOverdue and :FuLog listed both, every step twice, one
-- at a file that is gone), its steps' history going to the new path.
-- Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10", { index_on_open = false })
  if not core then
    return
  end
  vim.cmd("FuIndex")
  local old = env.notes .. "/acme/2026-11-20-discovery.md"
  local new = env.notes .. "/acme/discovery.md"
  H.ok(os.rename(old, new), "the note is renamed")
  vim.cmd("edit " .. vim.fn.fnameescape(new))
  vim.api.nvim_win_set_cursor(0, { H.find_row(H.buf_lines(0), "- NEXT: send the case studies"), 0 })
  vim.cmd("FuTouch email no reply")
  H.eq(vim.bo.modified, false, ":FuTouch wrote the renamed note")

  vim.cmd("FuOverdue")
  local at_new, at_old = 0, 0
  for _, it in ipairs(vim.fn.getqflist()) do
    local name = vim.api.nvim_buf_get_name(it.bufnr)
    if name:find("2026-11-20-discovery.md", 1, true) then
      at_old = at_old + 1
    elseif name:find("discovery.md", 1, true) then
      at_new = at_new + 1
    end
  end
  H.eq(at_old, 0, ":FuOverdue lists nothing at the old path")
  H.ok(at_new >= 1, ":FuOverdue lists the note's steps at its new path", at_new)

  vim.cmd("FuLog")
  local text = table.concat(H.buf_lines(0), "\n")
  H.ok(not text:find("2026-11-20-discovery", 1, true), ":FuLog shows no step of the old path", text)
  H.contains(text, "send the case studies", ":FuLog still shows the step")
  H.eq(select(2, text:gsub("send the case studies", "")), 1, ":FuLog shows the step once")
end)
