-- A touch is checked by one core function (ful_touch_plan) whether it is
-- written by :FuTouch in the note's own buffer or by fulog touch: the same
-- input is refused by both, in the same words. Today 2026-12-04.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-04", { index_on_save = false })
  if not core then
    return
  end
  vim.fn.mkdir(env.notes .. "/acme", "p")
  -- a meeting written ahead: any touch today is before it
  vim.fn.writefile({
    "---", "date: 2026-12-08", "---", "# Acme - proposal review",
    "- NEXT: Jason brings the CFO to the review",
  }, env.notes .. "/acme/2026-12-08-review.md")
  vim.fn.writefile({
    "---", "date: 2026-11-20", "---", "# Acme - discovery",
    "- NEXT: call Jason back in two weeks",
    "  - TOUCH: 2026-12-04 call - no answer",
  }, env.notes .. "/acme/2026-11-20-call.md")
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))

  -- the shell's one line on stderr, without "fulog: "
  local function shell(args)
    return H.shell("touch " .. args)
  end
  -- :FuTouch's message, without "fulog: "
  local function editor(file, lnum, args)
    vim.cmd("edit " .. vim.fn.fnameescape(file))
    vim.api.nvim_win_set_cursor(0, { lnum, 0 })
    for k in pairs(notified) do notified[k] = nil end
    local before = H.buf_lines(0)
    vim.cmd("FuTouch " .. args)
    H.eq(H.buf_lines(0), before, ":FuTouch " .. args .. " in " .. file .. " wrote nothing")
    return notified[1] and (notified[1].msg:gsub("^fulog: ", "")) or "(no message)"
  end

  for _, c in ipairs({
    { "acme/2026-12-08-review.md", 5, "call no answer",
      "acme/2026-12-08-review.md:5: a touch on 2026-12-04 is before the meeting (2026-12-08): a touch follows "
      .. "the meeting; nothing written", 1 },
    { "acme/2026-11-20-call.md", 5, "call no answer",
      "acme/2026-11-20-call.md:6: this touch is already there (same date, channel and outcome): not written again", 1 },
    { "acme/2026-11-20-call.md", 5, "fax sent",
      "acme/2026-11-20-call.md:5: unknown channel \"fax\": want email, call, voicemail, meeting or other; "
      .. "nothing written", 2 },
  }) do
    local before = H.read_file(c[1])
    local msg, code = shell(c[1] .. ":" .. c[2] .. " " .. c[3])
    H.eq(msg, c[4], "fulog touch " .. c[1] .. " " .. c[3] .. " is refused")
    H.eq(code, c[5], "... exit " .. c[5] .. (c[5] == 2 and " (usage: said before the store opens)" or ""))
    H.eq(editor(c[1], c[2], c[3]), c[4], ":FuTouch " .. c[3] .. " is refused in the same words")
    H.eq(H.read_file(c[1]), before, "... and the note is as it was")
  end

  -- the meeting's own day is fine, as in fulog touch
  vim.env.FULOG_TODAY = "2026-12-08"
  require("fulog").setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  vim.cmd("edit acme/2026-12-08-review.md")
  vim.api.nvim_win_set_cursor(0, { 5, 0 })
  vim.cmd("FuTouch call no answer")
  H.eq(H.buf_lines(0)[6], "  - TOUCH: 2026-12-08 call - no answer", "a touch on the meeting's day is written")
  -- the ' - ' typed as the line shows it is written once (QA round 48)
  vim.api.nvim_win_set_cursor(0, { 5, 0 })
  for k in pairs(notified) do notified[k] = nil end
  vim.cmd("FuTouch email - no reply")
  H.eq(H.buf_lines(0)[7], "  - TOUCH: 2026-12-08 email - no reply", "FuTouch email - no reply: one ' - '")
  H.contains(notified[#notified] and notified[#notified].msg, "touch recorded: email - no reply (Jason brings",
    "... and says what it wrote")
end)
