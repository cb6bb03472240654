-- One act, one line, one answer: a touch with no outcome is written as the
-- same TOUCH: line by fulog touch and by :FuTouch with an empty prompt, and
-- a snooze date refused says the same words in the shell and the editor
-- (QA round 40). Today 2026-12-04.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-04", { index_on_save = false })
  if not core then
    return
  end
  vim.fn.mkdir(env.notes .. "/acme", "p")
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  local note = { "---", "date: 2026-11-20", "---", "# Acme - discovery", "- NEXT: call Jason back in two weeks",
    "- NEXT: send the case studies" }
  local old = { "---", "date: 2026-11-20", "---", "# Acme", "- NEXT: call Jason back in two weeks",
    "  - TOUCH: 2026-12-04 email" } -- a bare touch, as fulog touch wrote one before
  for f, text in pairs({ sh = note, ed = note, old = old, old2 = old }) do
    vim.fn.writefile(text, "acme/" .. f .. ".md")
  end
  -- the editor's last word on cmd run at lnum of file, without "fulog: "
  local function editor(file, lnum, cmd)
    vim.cmd("edit " .. file)
    vim.api.nvim_win_set_cursor(0, { lnum, 0 })
    vim.cmd(cmd)
    return H.said(notified)
  end
  local ed = require("fulog.editor")
  local input = ed.input
  ed.input = function(_, cb) cb("") end -- Enter alone at the outcome prompt

  -- a touch with no outcome: the same line from both, in the same words
  H.eq({ H.shell("touch acme/sh.md:5 email") },
    { "acme/sh.md:6: touch recorded: email - no reply (call Jason back in two weeks)", 0 },
    "fulog touch with no outcome writes, and says what")
  H.eq(editor("acme/ed.md", 5, "FuTouch email"), "acme/ed.md:6: touch recorded: email - no reply (call Jason back in two weeks)",
    ":FuTouch with an empty outcome says the same words")
  vim.cmd("silent write")
  H.eq(H.read_file("acme/ed.md"), H.read_file("acme/sh.md"), "and both notes hold the same line")
  H.eq(vim.fn.readfile("acme/sh.md")[6], "  - TOUCH: 2026-12-04 email - no reply", "the spec's form")

  -- the bare touch reads as that same touch: a repeat is refused by both,
  -- in the same words, and nothing is written
  local again = "acme/%s.md:6: this touch is already there (same date, channel and outcome): not written again"
  H.eq({ H.shell("touch acme/old.md:5 email") }, { again:format("old"), 1 },
    "fulog touch refuses the touch a bare line already records")
  H.eq(editor("acme/old2.md", 5, "FuTouch email"), again:format("old2"), ":FuTouch refuses it in the same words")
  H.eq(H.buf_lines(0), old, "the buffer is as it was")
  H.eq(vim.fn.readfile("acme/old.md"), old, "the note is as it was")
  ed.input = input

  -- a snooze date refused: one wording, from the core, in both
  for _, c in ipairs({
    { "2026-11-30", "snooze: 2026-11-30 is before today (2026-12-04): a snooze pushes a step to a later date" },
    { "soon", "snooze: want a date (YYYY-MM-DD) or +Nd / +Nw (days or weeks from today), got \"soon\"" },
  }) do
    local before = H.read_file("acme/sh.md")
    H.eq({ H.shell("snooze acme/sh.md:7 " .. c[1]) }, { c[2], 2 }, "fulog snooze " .. c[1] .. " is refused (usage, 2)")
    H.eq(editor("acme/sh.md", 7, "FuSnooze " .. c[1]), c[2], ":FuSnooze " .. c[1] .. " is refused in the same words")
    H.eq(H.read_file("acme/sh.md"), before, "... and the note is as it was")
    H.eq(vim.bo.modified, false, "... and the buffer too")
  end
  -- a done step: named by file and line in both (the buffer said it bare)
  vim.fn.writefile({ "# Acme - 2026-11-20", "- [x] NEXT: send the deck" }, "acme/done.md")
  local want = "acme/done.md:2: the step is done: nothing to snooze (a done step is never listed)"
  H.eq({ H.shell("snooze acme/done.md:2 +3d") }, { want, 1 }, "fulog snooze on a done step is refused")
  H.eq(editor("acme/done.md", 2, "FuSnooze +3d"), want, ":FuSnooze on a done step is refused in the same words")
end)
