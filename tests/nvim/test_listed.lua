-- A stale line number must not mark the wrong step (QA round 43): what
-- :FuOverdue's quickfix list and :FuLog showed is recorded, as fulog
-- overdue and log record it (fulog.listed), so a plain FILE:LINE typed
-- from them into the shell after the note changed is refused, naming both
-- steps and where the listed one is now; FILE:LINE:KEY and the line the
-- refusal gives act. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("listed", "p")
  local head = { "---", "account: Listed", "date: 2026-11-20", "---", "# Listed" }
  local note = vim.list_extend(vim.deepcopy(head), { "- NEXT: send the pricing sheet #compliance",
    "- NEXT: send the case studies #compliance" })
  local edited = vim.list_extend(vim.deepcopy(head), { "- NEXT: send the contract #compliance",
    "- NEXT: send the pricing sheet #compliance", "- NEXT: send the case studies #compliance" })
  local key = core.step_key("send the pricing sheet")
  local refusal = 'listed/a.md:6 now holds "send the contract"; your last listing showed "send the pricing sheet" there,'
    .. " now listed/a.md:7: use listed/a.md:7 or listed/a.md:6:" .. key .. "; nothing written"

  for _, listing in ipairs({ "FuOverdue", "FuLog" }) do
    vim.fn.writefile(note, "listed/a.md")
    vim.cmd("FuIndex")
    vim.cmd(listing)
    if listing == "FuOverdue" then
      local seen = {}
      for _, it in ipairs(vim.fn.getqflist()) do
        if vim.api.nvim_buf_get_name(it.bufnr):find("/listed/a.md", 1, true) then
          seen[#seen + 1] = it.lnum
        end
      end
      H.eq(seen, { 6, 7 }, ":FuOverdue lists the note's steps on lines 6 and 7")
      vim.cmd("cclose")
    else
      H.ok(H.find_row(H.buf_lines(), "listed/a.md:6:" .. key) ~= nil, ":FuLog shows FILE:LINE:KEY", table.concat(H.buf_lines(), "\n"))
      vim.cmd("bwipeout!")
    end
    -- a step inserted above, the note re-indexed
    vim.fn.writefile(edited, "listed/a.md")
    vim.cmd("FuIndex")
    for _, cmd in ipairs({ "done listed/a.md:6", "snooze listed/a.md:6 +3d", "touch listed/a.md:6 email sent" }) do
      local msg, code = H.shell(cmd)
      H.eq({ msg, code }, { refusal, 1 }, "after " .. listing .. ": fulog " .. cmd .. " is refused")
    end
    H.eq(vim.fn.readfile("listed/a.md"), edited, "after " .. listing .. ": nothing written")
    local msg, code = H.shell("done listed/a.md:7")
    H.eq({ msg, code }, { "listed/a.md:7: marked done: send the pricing sheet", 0 },
      "after " .. listing .. ": the line the refusal gives acts")
  end
end)
