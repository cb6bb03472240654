-- Issue 13 in Neovim. Write-back from the log into notes that are not open:
-- a read-only note is refused and left alone, a hard-linked note is edited
-- in place, a BOM on line 1 stays. A rules file that loops ends with a
-- message instead of hanging the editor. Fixed today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

H.run(function()
  local env, core, notified = H.start("2026-12-10")
  if not core then
    return
  end
  local fulog = require("fulog")
  local actions = require("fulog.actions")
  local dir = env.notes .. "/trust"
  vim.fn.mkdir(dir, "p")
  local ro, hl, bom = dir .. "/ro.md", dir .. "/hl.md", dir .. "/bom.md"
  local text = "# Trust - 2026-11-20\n- NEXT: send pricing sheet\n"
  write(ro, text)
  write(hl, text)
  write(bom, "\239\187\191- NEXT: send the deck\n")
  vim.fn.system({ "ln", hl, env.dir .. "/elsewhere.md" })
  vim.cmd("FuIndex")
  vim.fn.setfperm(ro, "r--r--r--")

  local ok, msg = actions.done_chase({ path = ro, line = 2, text = "send pricing sheet" })
  H.eq(ok, nil, "done on a read-only note is refused")
  H.contains(msg, "read-only", "the refusal says the note is read-only")
  H.contains(notified[#notified] and notified[#notified].msg, "ro.md:2: the note is read-only", "the seller is told, naming the note and the line")
  actions.touch_chase({ path = ro, line = 2, text = "send pricing sheet" }, "email", "no reply")
  H.eq(H.read_file(ro), text, "the read-only note is left as it was")
  H.eq(vim.fn.getfperm(ro), "r--r--r--", "and keeps its mode")

  ok, msg = actions.done_chase({ path = hl, line = 2, text = "send pricing sheet" })
  H.eq(ok, true, "done on a hard-linked note", msg)
  H.contains(H.read_file(env.dir .. "/elsewhere.md"), "[x] NEXT: send pricing sheet", "the other name of a hard-linked note sees the edit")
  H.eq(vim.loop.fs_stat(hl).nlink, 2, "the hard link is kept")

  ok, msg = actions.done_chase({ path = bom, line = 1, text = "send the deck" })
  H.eq(ok, true, "done on line 1 after a BOM", msg)
  H.eq(H.read_file(bom), "\239\187\191- [x] NEXT: send the deck\n", "the BOM stays")

  -- a newline in a note's name: the log shows it escaped, one line a row,
  -- so every row below acts on its own step (it acted on the next one)
  local odd = env.notes .. "/odd"
  vim.fn.mkdir(odd, "p")
  write(odd .. "/new\nline.md", "# Odd - 2026-11-20\n- NEXT: send quote C\n")
  write(odd .. "/z.md", "# Odd - 2026-11-20\n- NEXT: send quote Z\n")
  vim.cmd("FuIndex")
  vim.cmd("FuLog")
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  H.ok(H.find_row(lines, "odd/new\\nline.md:2:") ~= nil, "the log shows a newline in a file name escaped",
    table.concat(lines, " | "))
  local log = require("fulog.log")
  local bad = {}
  for i, l in ipairs(lines) do
    local it = log.item(i - 1)
    local shown = l:match("^  [ LATE][ LATE][ LATE][ LATE] %a+%s+%d%d%d%d%-%d%d%-%d%d%s+%a+%s+(.*)$")
    shown = shown and shown:gsub("^%[.-%] ", "")
    -- the log writes the step's display text (core.step_text: no due:
    -- token, no #class: the due and class columns have them)
    local want = it and it.text and core.step_text(it.text)
    if it and shown and shown ~= want then
      bad[#bad + 1] = i .. ": " .. shown .. " -> " .. tostring(it.text)
    end
    local key = l:match(":(%l+)$")
    if it and key and key ~= it.key then
      bad[#bad + 1] = i .. ": key " .. key .. " -> " .. tostring(it.key)
    end
  end
  H.eq(bad, {}, "each row of the log is the step it shows")
  vim.cmd("bwipeout!")

  -- a note opened read-only (:view, -R, no write permission): the
  -- commands refuse in one message and leave the buffer as it was (the
  -- touch went into the buffer behind W10, then E45 and a stack trace)
  local rv = dir .. "/view.md"
  write(rv, text)
  vim.cmd("view " .. vim.fn.fnameescape(rv))
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  for _, c in ipairs({ "FuTouch email sent", "FuDone", "FuSnooze +3d" }) do
    local n = #notified
    local okc, e = pcall(vim.cmd, c)
    H.ok(okc, c .. " on a read-only buffer raises no error", e)
    H.contains(notified[n + 1] and notified[n + 1].msg, "view.md: the note is read-only: nothing written",
      c .. " on a read-only buffer says why")
    H.eq(H.buf_lines(), { "# Trust - 2026-11-20", "- NEXT: send pricing sheet" }, c .. " leaves the buffer as it was")
    H.eq(vim.bo.modified, false, c .. " leaves the buffer unmodified")
  end
  H.eq(H.read_file(rv), text, "the read-only buffer's note is left as it was")
  vim.cmd("bwipeout!")

  -- :FuSnooze when the note changed on disk under the buffer: refused and
  -- said so (it said "due ..." and wrote nothing)
  local cd = dir .. "/disk.md"
  write(cd, text)
  vim.cmd("edit " .. vim.fn.fnameescape(cd))
  write(cd, text .. "  - TOUCH: 2026-12-09 email - sent\n")
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  local n0 = #notified
  vim.cmd("FuSnooze +3d")
  H.contains(notified[n0 + 1] and notified[n0 + 1].msg, "changed on disk since it was read: nothing written",
    ":FuSnooze on a note changed on disk says nothing was written")
  H.eq(H.read_file(cd), text .. "  - TOUCH: 2026-12-09 email - sent\n", "and the shell's touch is kept")
  vim.cmd("bwipeout!")

  write(env.dir .. "/loop.lua", "while true do end\n")
  vim.env.FULOG_RULES = env.dir .. "/loop.lua"
  fulog.setup({ notes = { env.notes }, index_on_open = false, rules = { hedge = { "perhaps" } } })
  fulog.rules()
  vim.env.FULOG_RULES = nil
  H.contains(notified[#notified] and notified[#notified].msg, "loop.lua: the rules file ran past 10000000 instructions",
    "a rules file that loops is stopped, with a message")
end)
