-- A step already done: the log's d from a view drawn before the shell
-- marked it done, and :FuDone on a done line, said "marked done" again
-- (nothing was written); now they refuse in fulog done's words, with the
-- day the store saw it done. A touch under a done step (the log's t,
-- :FuTouch) wrote a TOUCH line that counted for nothing; now refused as
-- fulog touch and snooze refuse it. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.cmd("FuIndex")
  local note = "acme/2026-11-20-discovery.md"
  local want = note .. ":9: the step is already done (since 2026-12-10): nothing written"
  local touch_done = note .. ":9: the step is done: no touch to record (a done step is never listed); nothing written"

  -- the log drawn while the step was open, then done from the shell
  vim.cmd("FuLog")
  local row = H.find_row(H.buf_lines(0), "send the case studies")
  H.ok(row, ":FuLog lists the step")
  H.eq({ H.shell("done " .. note .. ":9") }, { note .. ":9: marked done: send the case studies", 0 }, "fulog done marks it")
  local text = H.read_file(note)
  H.eq({ H.shell("done " .. note .. ":9") }, { want, 1 }, "fulog done again refuses, with the day")
  vim.api.nvim_win_set_cursor(0, { row, 0 })
  local log = require("fulog.log")
  log.actions.done()
  H.eq(H.said(notified), want, "the log's d on it (stale view) says fulog done's words")
  log.actions.touch("email", "no reply")
  H.eq(H.said(notified), touch_done, "the log's t on it refuses as fulog touch does")
  -- refused before a channel or an outcome is asked for
  local sel, inp, asked = vim.ui.select, vim.ui.input, false
  vim.ui.select = function(_, _, cb) asked = true; cb("email") end
  vim.ui.input = function(_, cb) asked = true; cb("no reply") end
  notified[#notified + 1] = nil
  log.actions.touch()
  vim.ui.select, vim.ui.input = sel, inp
  H.eq({ H.said(notified), asked }, { touch_done, false }, "the log's t asks nothing before it refuses")
  H.eq({ H.shell("touch " .. note .. ":9 email no reply") }, { touch_done, 1 }, "fulog touch: the same words")
  H.eq(H.read_file(note), text, "... and nothing is written")

  -- in the note's buffer
  vim.cmd("edit " .. note)
  local lines = H.buf_lines(0)
  for _, c in ipairs({ { 9, "FuDone", want },
    { 10, "FuDone", note .. ":10: the step is already done: nothing written" },
    { 9, "FuTouch email no reply", touch_done }, { 9, "FuTouch", touch_done } }) do
    vim.api.nvim_win_set_cursor(0, { c[1], 0 })
    notified[#notified + 1] = nil
    vim.cmd(c[2])
    H.eq(H.said(notified), c[3], ":" .. c[2] .. " on line " .. c[1] .. " (done) refuses")
  end
  vim.cmd("9,10FuDone")
  H.eq(H.said(notified), note .. ": the 2 next steps are already done: nothing written", ":FuDone over two done steps")
  H.eq(H.buf_lines(0), lines, "... the buffer is as it was")
  H.eq(vim.bo.modified, false, "... and not modified")
  H.eq(H.read_file(note), text, "... nor the note")

  -- an open step in the range is still marked, and only it is counted
  vim.cmd("9,11FuDone")
  H.eq(H.said(notified), note .. ":11: marked done: call Jason back in two weeks", ":FuDone over a range marks the open step")
end)
