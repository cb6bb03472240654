-- Hostile bytes in a note's names reach what the editor draws: a step's
-- explanation quotes its words ("client acts: 'Tom<U+202E> signs the
-- PO'"), and the virtual text after the line and :FuExplain's float drew
-- them raw (a U+202E reverses the rest of the line, an ESC reaches the
-- terminal), and the float named the account raw. Now they follow the
-- step's rule (blank, U+FFFD) and the account is named as every listing
-- names it (\342\200\256). Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10", { index_on_save = false, virtual_text = { max_width = 400, ask = false } })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  local RLO, ESC = "\226\128\174", "\27"
  vim.fn.mkdir("evil", "p")
  H.write_file("evil/e.md", "---\naccount: Ev" .. RLO .. "il\ndate: 2026-12-01\nattendees: Tom" .. RLO .. "\n---\n"
    .. "- NEXT: Tom" .. RLO .. " signs the PO Fri 12/11\n- NEXT: send " .. ESC .. "[2Jthe deck\n")
  vim.cmd("edit evil/e.md")
  local buf = vim.api.nvim_get_current_buf()
  for row = 5, 6 do
    local vt = H.virt(buf, row)
    H.ok(not vt:find(RLO, 1, true) and not vt:find(ESC, 1, true) and vt:find("'", 1, true),
      "the virtual text of step " .. row .. " quotes it without its control or bidi bytes", vt)
  end
  H.contains(H.virt(buf, 5), "Tom\239\191\189 signs", "... a bidi override shown as U+FFFD")
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  local ex = require("fulog.explain")
  local lines = ex.explain_lines(require("fulog.highlight").explain(buf, 5))
  local text = table.concat(lines, "\n")
  H.ok(not text:find(RLO, 1, true) and not text:find(ESC, 1, true), ":FuExplain's lines hold no control or bidi bytes", text)
  H.contains(text, "why: client acts: 'Tom\239\191\189 signs the PO'", "... its why quotes the step as the listings show it")
  H.contains(text, "account Ev\\342\\200\\256il", "... and names the account as the listings do")

  -- a note whose file name holds an ESC: the write-backs' messages name
  -- it as the listings do (they gave the buffer's name raw, absolute)
  local name = "evil/a" .. ESC .. "[31mb.md"
  H.write_file(name, "---\naccount: Ev\ndate: 2026-12-01\n---\n- NEXT: send the deck\n- NEXT: send the SOW\n")
  vim.cmd("FuIndex")
  vim.cmd("edit " .. vim.fn.fnameescape(name))
  local nb = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(nb, 4, 4, false, { "notes typed, not saved" })
  vim.api.nvim_win_set_cursor(0, { 7, 0 })
  local notified = H.capture_notify()
  vim.cmd("FuDone")
  local said = H.said(notified)
  H.ok(not said:find(ESC, 1, true), ":FuDone's buffer-only warning names the note without its ESC", said)
  H.contains(said, "in the buffer only: evil/a\\033[31mb.md has unsaved changes", "... as ls -b writes it")
  vim.cmd("FuLog")
  local log = require("fulog.log")
  vim.api.nvim_set_current_buf(nb)
  vim.api.nvim_buf_set_lines(nb, 5, 6, false, { "- NEXT: send the deck v2" })
  vim.cmd("FuLog")
  vim.api.nvim_win_set_cursor(0, { H.find_row(H.buf_lines(0), "send the deck"), 0 })
  log.actions.done()
  said = H.said(notified)
  H.ok(not said:find(ESC, 1, true), "the log's refusal for a step gone from its buffer names the note without its ESC", said)
  H.contains(said, 'that next step is no longer there: "send the deck" (evil/a\\033[31mb.md)', "... as ls -b writes it")
end)
