-- Note-taking commands in a note buffer: :FuTag, :FuTouch, :FuDone, :FuRecap.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  local p = env.notes .. "/zeta/2026-12-08.md"
  vim.fn.mkdir(env.notes .. "/zeta", "p")
  vim.fn.writefile({
    "# Zeta - 2026-12-08 call",
    "Priya will loop in legal",
    "- they send the MSA redlines",
    "- [ ] book the security review",
    "1. tom wants a demo",
    "- NEXT: They'll get back to us",
    "",
  }, p)
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local b = vim.api.nvim_get_current_buf()
  local function line(n) return vim.api.nvim_buf_get_lines(b, n - 1, n, false)[1] end

  -- :FuTag
  vim.api.nvim_win_set_cursor(0, { 2, 0 })
  vim.cmd("FuTag")
  H.eq(line(2), "NEXT: Priya will loop in legal", "FuTag tags a plain line")
  vim.cmd("3,5FuTag")
  H.eq(line(3), "- NEXT: they send the MSA redlines", "the tag goes after the list marker")
  H.eq(line(4), "- [ ] NEXT: book the security review", "the tag goes after the checkbox")
  H.eq(line(5), "1. NEXT: tom wants a demo", "the tag goes after a numbered marker")
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuTag")
  H.eq(line(6), "- NEXT: They'll get back to us", "a line already tagged is left alone")
  vim.api.nvim_win_set_cursor(0, { 7, 0 })
  vim.cmd("FuTag")
  vim.cmd("stopinsert")
  H.eq(line(7), "- NEXT: ", "FuTag on a blank line opens a step there")
  vim.api.nvim_buf_set_lines(b, 6, 7, false, { "" })
  vim.api.nvim_win_set_cursor(0, { 3, 0 })
  vim.cmd("FuTag!")
  vim.cmd("stopinsert")
  H.eq(line(4), "- NEXT: ", "FuTag! opens a new step below")
  H.eq(vim.api.nvim_win_get_cursor(0)[1], 4, "the cursor is on the new step")
  vim.api.nvim_buf_set_lines(b, 3, 4, false, {})
  vim.cmd("silent write")

  -- :FuTouch with arguments, on the step line
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuTouch email no reply")
  local want = core.touch_line("- NEXT: They'll get back to us", "2026-12-10", "email", "no reply")
  H.eq(line(7), want, "FuTouch inserts core.touch_line under the step")
  H.contains(line(7), "TOUCH: 2026-12-10 email - no reply", "the touch is dated today")
  H.eq(vim.bo.modified, false, "an unmodified note is written after the touch")
  H.contains(H.read_file(p), "TOUCH: 2026-12-10 email - no reply", "the note file has the touch")
  -- on the TOUCH line: the step above; after the older touch
  vim.api.nvim_win_set_cursor(0, { 7, 0 })
  vim.cmd("FuTouch call replied: wants pricing first")
  H.contains(line(8), "TOUCH: 2026-12-10 call - replied: wants pricing first", "a touch from a TOUCH line goes to its step, after the older touch")
  -- prompted channel and outcome
  local s, i = vim.ui.select, vim.ui.input
  local asked = {}
  vim.ui.select = function(items, o, cb) asked.items = items; asked.prompt = o.prompt; cb("voicemail") end
  vim.ui.input = function(o, cb) asked.default = o.default; cb("left a message") end
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuTouch")
  vim.ui.select, vim.ui.input = s, i
  H.eq(asked.items, { "email", "call", "voicemail", "meeting", "other" }, "FuTouch asks for the channel")
  H.eq(asked.default, "", "the outcome prompt starts empty (nothing prepended to what is typed)")
  H.contains(line(9), "TOUCH: 2026-12-10 voicemail - left a message", "the prompted touch is written")
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  for k in pairs(notified) do notified[k] = nil end
  vim.cmd("FuTouch email no reply")
  H.ok(notified[1] and notified[1].msg:find("no next step under the cursor", 1, true), "FuTouch off a step says so", H.show(notified))
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuTouch fax sent")
  H.ok(notified[2] and notified[2].msg:find("unknown channel", 1, true), "an unknown channel is refused", H.show(notified))
  -- the very same touch again (a retry): refused, as fulog touch refuses it
  for k in pairs(notified) do notified[k] = nil end
  local before = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  vim.cmd("FuTouch email no reply")
  H.ok(notified[1] and notified[1].msg:find(":7: this touch is already there (same date, channel and outcome): not written again", 1, true),
    "the same touch again is refused, naming the line", H.show(notified))
  H.eq(vim.api.nvim_buf_get_lines(0, 0, -1, false), before, "nothing is added")

  -- :FuDone
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuDone")
  H.eq(line(6), core.done_line("- NEXT: They'll get back to us"), "FuDone uses core.done_line")
  H.contains(line(6), "[x]", "the step is marked [x]")
  vim.api.nvim_win_set_cursor(0, { 4, 0 })
  vim.cmd("FuDone")
  H.eq(line(4), "- [x] NEXT: book the security review", "FuDone ticks an existing checkbox")
  H.eq(vim.bo.modified, false, "FuDone writes an unmodified note")
  vim.api.nvim_buf_set_lines(b, 1, 1, false, { "typed, not saved" })
  vim.api.nvim_win_set_cursor(0, { 4, 0 })
  vim.cmd("FuDone")
  H.eq(line(4), "- [x] NEXT: they send the MSA redlines", "FuDone on a modified note")
  H.eq(vim.bo.modified, true, "a note with unsaved changes is not written")
  vim.api.nvim_buf_set_lines(b, 1, 2, false, {})
  vim.cmd("silent write")

  -- :FuRecap
  local n = vim.api.nvim_buf_line_count(b)
  vim.api.nvim_win_set_cursor(0, { n, 0 })
  vim.cmd("FuRecap")
  local text = table.concat(vim.api.nvim_buf_get_lines(b, n, -1, false), "\n")
  for _, q in ipairs({ "Where do you see this going from here?", "What would stop this from moving forward?", "Who else needs to be involved?" }) do
    H.contains(text, q, "FuRecap asks: " .. q)
  end
  H.contains(text, "Next meeting booked", "FuRecap lists the commitments to ask for")
  H.contains(text, "stakeholders", "... stakeholders")
  H.contains(text, "documents", "... documents")
  H.contains(text, "Review the proposal together", "... review together")
  local steps = 0
  for _, l in ipairs(vim.api.nvim_buf_get_lines(b, n, -1, false)) do
    local li = core.line_info(l)
    if li and li.kind == "step" then steps = steps + 1 end
  end
  H.eq(steps, 0, "the recap adds no next steps by itself")
end)
