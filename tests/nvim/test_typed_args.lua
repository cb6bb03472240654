-- What a seller types into :FuTouch and :FuSnooze (QA round 43): an ESC
-- colour, a NEL, U+2028 and a bidi override in a touch's outcome reached
-- the message raw (NEL and U+2028 also went into the note), and a bad
-- channel or snooze date was echoed with its controls. Now the note has
-- one TOUCH: line and the words are shown as fulog touch / snooze show
-- them. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("typed", "p")
  local note = { "---", "account: Typed", "date: 2026-11-20", "---", "# Typed", "- NEXT: send the pricing sheet #compliance" }
  vim.fn.writefile(note, "typed/ed.md")
  vim.fn.writefile(note, "typed/sh.md")
  vim.cmd("FuIndex")
  local outcome = "sent\194\133two\226\128\168three \27[31mred \226\128\174evil"
  local msg, code = H.shell("touch typed/sh.md:6 email " .. vim.fn.shellescape(outcome))
  H.eq(code, 0, "fulog touch with controls in the outcome", msg)
  vim.cmd("edit typed/ed.md")
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuTouch email " .. outcome)
  local said = H.said(notified)
  H.eq(said, "typed/ed.md:7: touch recorded: email - sent two three  [31mred \239\191\189evil (send the pricing sheet)",
    ":FuTouch shows the outcome as a step's words are shown")
  H.eq(said:gsub("^[^:]*", ""), msg:gsub("^[^:]*", ""), ":FuTouch says what fulog touch says")
  vim.cmd("silent write")
  H.eq(H.read_file("typed/ed.md"), H.read_file("typed/sh.md"), "and writes the bytes fulog touch writes")
  H.eq(#vim.fn.readfile("typed/ed.md"), 7, "one TOUCH: line: no NEL or U+2028 in it splits it")
  vim.cmd("FuTouch \27[31mmail")
  H.contains(H.said(notified), 'unknown channel "\\033[31mmail"', ":FuTouch names a bad channel with its ESC escaped")
  vim.cmd("FuSnooze +3d\27[31m")
  H.contains(H.said(notified), 'got "+3d\\033[31m"', ":FuSnooze names a bad date with its ESC escaped")
  H.eq(#vim.fn.readfile("typed/ed.md"), 7, "nothing written for either")
  vim.cmd("bwipeout!")
end)
