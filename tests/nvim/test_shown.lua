-- What the editor shows of text from the notes, beside the shell (QA round
-- 42): a step's bidi controls (it could read backwards), line breaks and
-- C1 controls, a step wider than 160 columns in CJK, and a file name with
-- a bidi byte, in :FuOverdue's quickfix list, the :FuLog buffer and
-- :FuDone's message, as fulog overdue / log / done show them; a long step
-- whole in :FuDraft's script, as in fulog draft's; hostile names from
-- front matter in :FuLog and :FuDraft. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

local RLO, PDF, NEL, LS, CSI = "\226\128\174", "\226\128\172", "\194\133", "\226\128\168", "\194\155"
local FFFD = "\239\191\189"

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("shown", "p")
  local head = "---\naccount: Shown\ndate: 2026-11-20\n---\n# Shown\n"
  local bidi = "send the " .. RLO .. "ecnirp" .. PDF .. " sheet" .. NEL .. "now" .. LS .. "then" .. CSI .. "31m"
  local shown = "send the " .. FFFD .. "ecnirp" .. FFFD .. " sheet now then 31m"
  local wide = "Tom signs " .. ("\229\165\145"):rep(100)
  local cut = "Tom signs " .. ("\229\165\145"):rep(74) .. "\226\128\166"
  local text = head .. "- NEXT: " .. bidi .. " #compliance\n- NEXT: " .. wide .. " #compliance\n"
  H.write_file("shown/a.md", text)
  H.write_file("shown/sh.md", text)
  H.write_file("shown/q" .. RLO .. "dm.a.md", head .. "- NEXT: send the named deck #compliance\n")
  vim.cmd("FuIndex")

  -- the quickfix list: the shell's messages, none obeying a control
  local out = vim.fn.systemlist(("XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog overdue"):format(vim.fn.shellescape(H.root)))
  local want = {}
  for _, l in ipairs(out) do
    if l:find("^shown/") then
      want[#want + 1] = l:gsub("^.-:%d+:%d+: ", ""):gsub(" {%l+}$", "")
    end
  end
  vim.cmd("FuOverdue")
  local got = {}
  for _, it in ipairs(vim.fn.getqflist()) do
    if vim.api.nvim_buf_get_name(it.bufnr):find("/shown/", 1, true) then
      got[#got + 1] = it.text
    end
  end
  table.sort(got)
  table.sort(want)
  H.eq(got, want, ":FuOverdue's messages are fulog overdue's")
  local all = table.concat(got, "\n")
  H.contains(all, "[Shown] " .. shown .. " (due", "a bidi override shows as U+FFFD, NEL, LS and a C1 control as blanks")
  H.contains(all, "[Shown] " .. cut .. " (due", "a CJK step is cut at 160 columns, not 160 characters")
  H.ok(not all:find(RLO, 1, true) and not all:find(NEL, 1, true) and not all:find(CSI, 1, true),
    "no override, NEL or C1 control reaches the list", all)
  vim.cmd("cclose")

  -- the log buffer
  vim.cmd("FuLog Shown")
  local lines = H.buf_lines()
  local log = table.concat(lines, "\n")
  H.ok(H.find_row(lines, shown) ~= nil, ":FuLog shows the step as the shell does", log)
  H.ok(H.find_row(lines, cut) ~= nil, ":FuLog cuts the CJK step at 160 columns", log)
  H.ok(H.find_row(lines, " · shown/q\\342\\200\\256dm.a.md:6:") ~= nil, ":FuLog names the file with its bidi bytes escaped", log)
  H.ok(not log:find(RLO, 1, true) and not log:find(NEL, 1, true), "no override or NEL in the log buffer", log)
  local sh = vim.fn.systemlist(("XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog log Shown"):format(vim.fn.shellescape(H.root)))
  -- (the buffer has the key help on its second line)
  H.eq({ lines[4], lines[5], lines[6] }, { sh[3], sh[4], sh[5] }, "its first rows are fulog log's")
  vim.cmd("bwipeout!")

  -- :FuDone's words are fulog done's
  local msg, code = H.shell("done shown/sh.md:6")
  H.eq({ msg, code }, { "shown/sh.md:6: marked done: " .. shown, 0 }, "fulog done shows the step as listed")
  vim.cmd("edit shown/a.md")
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuDone")
  H.eq(H.said(notified), "shown/a.md:6: marked done: " .. shown, ":FuDone says the same words")
  vim.cmd("silent write")
  H.eq(H.read_file("shown/a.md"), H.read_file("shown/sh.md"), "and the note keeps the bytes, as fulog done writes them")
  vim.cmd("bwipeout!")

  -- a long step is whole in a call script (it was cut at 160 characters)
  local long = ("they sign the order form once legal reviews the redlines; "):rep(5):gsub(" $", "")
  H.write_file("shown/long.md", head .. "PAIN: month-end takes three days\n- NEXT: " .. long .. "\n")
  vim.cmd("FuIndex")
  vim.cmd("edit shown/long.md")
  vim.api.nvim_win_set_cursor(0, { 7, 0 })
  vim.cmd("FuDraft call")
  local d = table.concat(H.buf_lines(0), "\n")
  H.contains(d, "following up on " .. long .. ".", ":FuDraft call has the whole step")
  H.eq(d .. "\n", vim.fn.system(("XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog draft shown/long.md:7 --channel call")
    :format(vim.fn.shellescape(H.root))), "... as fulog draft has it")
  vim.cmd("bwipeout!")

  -- hostile names from front matter: escaped in :FuLog and its <Tab>,
  -- not obeyed in :FuDraft (the draft had them as written)
  vim.fn.mkdir("hostile", "p")
  H.write_file("hostile/h.md", "---\naccount: Ho" .. RLO .. "st Corp\nattendees: Jo" .. RLO .. "an Lee\ndate: 2026-11-20\n---\n"
    .. "# Host\nPAIN: month-end " .. RLO .. "wols" .. NEL .. "now\n- NEXT: send the host deck #compliance\n")
  vim.cmd("FuIndex")
  local esc = "Ho\\342\\200\\256st Corp"
  H.eq(require("fulog.commands").complete("log", "Ho", "FuLog Ho"), esc, ":FuLog <Tab> offers the name as the log names it")
  vim.cmd("FuLog " .. esc)
  lines = H.buf_lines()
  H.contains(lines[1], "account " .. esc .. ":", ":FuLog takes that name, and its header shows it escaped")
  H.ok(not table.concat(lines, "\n"):find(RLO, 1, true), "no override in the log buffer", table.concat(lines, "\n"))
  vim.cmd("bwipeout!")
  vim.cmd("edit hostile/h.md")
  vim.api.nvim_win_set_cursor(0, { 8, 0 })
  vim.cmd("FuDraft")
  d = table.concat(H.buf_lines(0), "\n")
  H.ok(not d:find(RLO, 1, true) and not d:find(NEL, 1, true), ":FuDraft obeys no override or NEL from the notes", d)
  H.contains(d, "Hi Jo" .. FFFD .. "an,", "... the name shows it as U+FFFD")
  H.eq(d .. "\n", vim.fn.system(("XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog draft hostile/h.md:8")
    :format(vim.fn.shellescape(H.root))), "... as fulog draft does")
end)
