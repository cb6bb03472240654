-- The chase loop in Neovim: :FuSnooze on the step under the cursor, the
-- log's snooze key on a note that is not open, the log's states and the
-- overdue messages after. Fixed today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

local find_row = H.find_row

H.run(function()
  local env, core = H.start("2026-12-10")
  if not core then
    return
  end
  local fulog = require("fulog")
  vim.cmd("FuIndex")
  local acme = env.notes .. "/acme/2026-11-20-discovery.md"

  -- before: the chase touched once (12-04 call) is overdue since 12-07
  vim.cmd("FuOverdue")
  local texts = {}
  for _, it in ipairs(vim.fn.getqflist()) do
    texts[#texts + 1] = it.text
  end
  local joined = table.concat(texts, "\n")
  H.contains(joined, "chase, 2nd follow-up (1 unanswered since 2026-12-04 call) - non [Acme Corp] call Jason back",
    "the overdue message names the state")
  vim.cmd("cclose")

  -- :FuSnooze +7d on the step under the cursor: due: written, buffer saved
  vim.cmd("edit " .. vim.fn.fnameescape(acme))
  local lines = H.buf_lines(0)
  local r = find_row(lines, "call Jason back")
  vim.api.nvim_win_set_cursor(0, { r + 1, 0 }) -- on its TOUCH line: the step's block
  vim.cmd("FuSnooze +7d")
  H.eq(vim.api.nvim_get_current_line() == lines[r + 1], true, "the cursor line (a TOUCH line) is untouched")
  H.eq(H.buf_lines(0)[r], "- NEXT: call Jason back in two weeks due:2026-12-17", ":FuSnooze +7d writes due: on the step's line")
  H.eq(vim.bo.modified, false, "the unmodified buffer was written")
  local file = H.read_file(acme)
  H.contains(file, "call Jason back in two weeks due:2026-12-17\n  TOUCH: 2026-12-04 call", "the file has it, the rest as it was")
  -- again with a date: the due: is replaced, not added
  vim.api.nvim_win_set_cursor(0, { r, 0 })
  vim.cmd("FuSnooze 2026-12-20")
  H.eq(H.buf_lines(0)[r], "- NEXT: call Jason back in two weeks due:2026-12-20", "a second snooze replaces the due:")
  local notified = H.capture_notify()
  vim.cmd("FuSnooze tomorrow")
  H.eq(H.buf_lines(0)[r], "- NEXT: call Jason back in two weeks due:2026-12-20", "a bad date changes nothing")
  H.contains(notified[#notified] and notified[#notified].msg or "", "+Nd", "and says what is wanted")

  -- the store counts the pushes, and the step left the overdue list
  local db = fulog.store()
  local rows = db:overdue({ today = "2026-12-10", options = fulog.options() })
  for _, x in ipairs(rows) do
    H.ok(not x.text:find("call Jason back", 1, true), "a snoozed step is not overdue")
  end
  local log = db:log({ today = "2026-12-10", options = fulog.options() })
  local pushed
  for _, a in ipairs(log) do
    for _, c in ipairs(a.chases) do
      if c.text:find("call Jason back", 1, true) then
        pushed = c.pushed
      end
    end
  end
  H.eq(pushed, 2, "both pushes are counted")

  -- the log's s key on a note that is not open: the file is written
  vim.cmd("FuLog")
  lines = H.buf_lines(0)
  H.contains(lines[2], "s snooze", "the log's key help shows s snooze")
  H.contains(table.concat(lines, "\n"), "pushed 2x", "the log shows how often a step was pushed")
  H.match(lines[find_row(lines, "call Jason back")] or "", "call Jason back in two weeks$",
    "the log shows a snoozed step without its due: token")
  local ui_input = vim.ui.input
  vim.ui.input = function(_, cb) cb("+2w") end
  r = find_row(lines, "Send pricing by Friday")
  vim.api.nvim_win_set_cursor(0, { r, 0 })
  vim.api.nvim_feedkeys("s", "x", false)
  vim.ui.input = ui_input
  H.contains(H.read_file(env.notes .. "/globex/notes.md") or "", "- NEXT: Send pricing by Friday due:2026-12-24\r\n",
    "s writes due: into the note file, CRLF kept")
  lines = H.buf_lines(0)
  r = find_row(lines, "Send pricing by Friday")
  H.match(lines[r] or "", "^       todo%s+2026%-12%-24", "the log refreshes with the new next action date")
  H.contains(table.concat(lines, "\n"), "Coming up", "booked meetings are grouped under Coming up")

  -- the log's D key: a draft in a scratch buffer, the same text as fulog draft
  r = find_row(lines, "call Jason back")
  vim.api.nvim_win_set_cursor(0, { r, 0 })
  vim.api.nvim_feedkeys("D", "x", false)
  H.eq(vim.api.nvim_buf_get_name(0), "fulog://draft", "D opens the draft buffer")
  local d = table.concat(H.buf_lines(0), "\n")
  H.contains(d, "Hi Jason,", "no attendees in this note: the name the step gives")
  H.contains(d, '"month-end reporting takes two people three days"', "it quotes the client's PAIN")
  H.contains(d, "Fri Dec 11 at 10:00 or Mon Dec 14 at 14:00", "two slots on the next two working days")
  H.contains(d, "Circling back", "the second attempt's tone")
  H.ok(not d:find("due:", 1, true), "the seller's due: is not in the draft")
  local want = core.draft({ name = "Jason", account = "Acme Corp", step = "call Jason back in two weeks",
    needs = { "month-end reporting takes two people three days", "one dashboard the CFO trusts" }, attempt = 2,
    today = "2026-12-10", meeting = "2026-11-20" })
  H.eq(d .. "\n", want, "the buffer is the core's draft")
  vim.cmd("bwipeout!")
  -- :FuDraft call on a step in a note, with setup's slot times
  fulog.setup({ notes = { env.notes }, index_on_open = false, draft = { times = { "09:30", "16:00" } } })
  vim.cmd("edit " .. vim.fn.fnameescape(acme))
  vim.api.nvim_win_set_cursor(0, { find_row(H.buf_lines(0), "send the case studies"), 0 })
  vim.cmd("FuDraft call")
  d = table.concat(H.buf_lines(0), "\n")
  H.contains(d, "Call script, Acme Corp, attempt 1:", ":FuDraft call writes a call script")
  H.contains(d, "Fri Dec 11 at 09:30 or Mon Dec 14 at 16:00", "slot times come from setup")
  vim.cmd("bwipeout!")
  -- templates from the rules file's draft entry, setup()'s own winning per channel
  local rules = vim.fn.tempname() .. ".lua"
  vim.fn.writefile({ 'return { chase = { "nudge" }, draft = { email = "From the rules file: {account}" } }' }, rules)
  vim.env.FULOG_RULES = rules
  vim.cmd("edit " .. vim.fn.fnameescape(acme))
  vim.api.nvim_win_set_cursor(0, { find_row(H.buf_lines(0), "send the case studies"), 0 })
  vim.cmd("FuDraft")
  H.contains(table.concat(H.buf_lines(0), "\n"), "From the rules file: Acme Corp", "the rules file's draft template")
  vim.cmd("bwipeout!")
  fulog.setup({ notes = { env.notes }, index_on_open = false, draft = { templates = { email = "Own: {account}" } } })
  vim.cmd("edit " .. vim.fn.fnameescape(acme))
  vim.api.nvim_win_set_cursor(0, { find_row(H.buf_lines(0), "send the case studies"), 0 })
  vim.cmd("FuDraft")
  H.contains(table.concat(H.buf_lines(0), "\n"), "Own: Acme Corp", "setup()'s template wins over the rules file's")
  vim.cmd("bwipeout!")
  vim.env.FULOG_RULES = nil
  os.remove(rules)

  -- the contact is whoever acts in the step (the core's actors), not the first attendee
  fulog.setup({ notes = { env.notes }, index_on_open = false })
  local zeta = env.notes .. "/zeta/2026-12-08.md"
  vim.fn.mkdir(env.notes .. "/zeta", "p")
  vim.fn.writefile({ "---", "attendees: Jason Park, Maria Lopez", "---", "# Zeta - 2026-12-08",
    "- NEXT: Will sends the redlines #soft due:2026-12-20", "- NEXT: send the deck" }, zeta)
  fulog.index_file(zeta)
  vim.cmd("edit " .. vim.fn.fnameescape(zeta))
  vim.api.nvim_win_set_cursor(0, { 5, 0 })
  vim.cmd("FuDraft")
  d = table.concat(H.buf_lines(0), "\n")
  H.contains(d, "Hi Will,", ":FuDraft writes to whoever acts in the step")
  H.contains(d, "next step on Will sends the redlines\n", "the draft leaves out the seller's due: and #soft")
  vim.cmd("bwipeout!")
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuDraft")
  H.contains(table.concat(H.buf_lines(0), "\n"), "Hi Jason,", "nobody named in the step: the first attendee")
  vim.cmd("bwipeout!")
  -- Zeta has no PAIN:/WANT: lines: the spoken scripts had the seller read
  -- "You told us: (no PAIN/WANT noted)" to the client
  for _, ch in ipairs({ "call", "voicemail" }) do
    vim.api.nvim_win_set_cursor(0, { 6, 0 })
    vim.cmd("FuDraft " .. ch)
    d = table.concat(H.buf_lines(0), "\n")
    H.contains(d, "NOTE: no PAIN:/WANT: lines for Zeta", ":FuDraft " .. ch .. " with no PAIN/WANT says so first")
    H.ok(not d:find("You told us", 1, true) and not d:find("noted", 1, true), "... and reads no empty reason aloud", d)
    H.eq(d .. "\n", vim.fn.system({ H.root .. "/bin/fulog", "draft", "--channel", ch, zeta .. ":6" }),
      "... the same text as fulog draft --channel " .. ch)
    vim.cmd("bwipeout!")
  end

  -- QA round 38: a demo booked Fri 12/11 10am, and the draft offered Fri 10:00
  local booked = env.notes .. "/zeta/2026-12-09.md"
  vim.fn.writefile({ "---", "account: Zeta", "date: 2026-12-09", "---", "# Zeta - call",
    "- NEXT: Demo with Hank booked Fri 12/11 10am" }, booked)
  fulog.index_file(booked)
  -- :FuDraft on zeta's step offers these slots, as fulog draft does
  local function draft_slots(want, name)
    vim.api.nvim_win_set_cursor(0, { 6, 0 })
    vim.cmd("FuDraft")
    d = table.concat(H.buf_lines(0), "\n")
    H.contains(d, want, name)
    H.eq(d .. "\n", vim.fn.system({ H.root .. "/bin/fulog", "draft", zeta .. ":6" }), "... the same slots as fulog draft")
    vim.cmd("bwipeout!")
  end
  draft_slots("Fri Dec 11 at 14:00 or Mon Dec 14 at 14:00", ":FuDraft offers no slot at a meeting's time")

  -- QA round 39: the demo noted in the client's zone, a review noted as a
  -- range: the seller in New York is taken Fri 10:00-11:00 and Mon 13-15
  vim.fn.writefile({ "---", "account: Zeta", "date: 2026-12-09", "---", "# Zeta - call",
    "- NEXT: Demo with Hank booked Fri 12/11 4pm CET", "- NEXT: Review booked Mon 12/14 1-3pm" }, booked)
  fulog.index_file(booked)
  vim.env.TZ = "EST5EDT,M3.2.0,M11.1.0"
  draft_slots("Fri Dec 11 at 14:00 or Mon Dec 14 at 10:00", ":FuDraft: 4pm CET is 10:00 in New York, 1-3pm holds 14:00")
  vim.env.TZ = nil
  vim.fn.writefile({ "---", "account: Zeta", "date: 2026-12-09", "---", "# Zeta - call",
    "- NEXT: Demo with Hank booked Fri 12/11 10am" }, booked)
  fulog.index_file(booked)

  -- QA round 38b: a step snoozed to a day now past read "... due:2026-12-07"
  -- in the overdue list and "..." in the log: one text everywhere
  local snoozed = env.notes .. "/zeta/2026-12-01.md"
  vim.fn.writefile({ "---", "account: Zeta", "date: 2026-12-01", "---", "# Zeta - call",
    "- NEXT: send the case studies due:2026-12-07 #compliance" }, snoozed)
  fulog.index_file(snoozed)
  vim.cmd("FuOverdue")
  local qf
  for _, it in ipairs(vim.fn.getqflist()) do
    if vim.api.nvim_buf_get_name(it.bufnr) == snoozed then
      qf = it.text
    end
  end
  H.eq(qf, "compliance [Zeta] send the case studies (due 2026-12-07, 3 days overdue)",
    ":FuOverdue shows the step without its due: and #class")
  vim.cmd("cclose")
  local shell
  for l in vim.fn.system({ H.root .. "/bin/fulog", "overdue" }):gmatch("[^\n]+") do
    if l:find(snoozed, 1, true) then
      shell = l:gsub("^.-:%d+:%d+: ", ""):gsub(" {%w+}$", "")
    end
  end
  H.eq(qf, shell, "... the same message as fulog overdue")
  vim.cmd("FuLog")
  lines = H.buf_lines(0)
  H.match(lines[find_row(lines, "send the case studies")] or "", "compliance  send the case studies$",
    ":FuLog shows the same words")
  vim.cmd("bwipeout!")

  -- QA round 38b: setup()'s draft.times reached only the editor; the rules
  -- file's draft.times is read by both, and setup()'s own still wins
  rules = vim.fn.tempname() .. ".lua"
  vim.fn.writefile({ 'return { draft = { times = { "08:30", "15:00" } } }' }, rules)
  vim.env.FULOG_RULES = rules
  fulog.setup({ notes = { env.notes }, index_on_open = false })
  vim.cmd("edit " .. vim.fn.fnameescape(zeta))
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuDraft")
  d = table.concat(H.buf_lines(0), "\n")
  H.contains(d, "Fri Dec 11 at 08:30 or Mon Dec 14 at 15:00", ":FuDraft offers the rules file's draft.times")
  H.eq(d .. "\n", vim.fn.system({ H.root .. "/bin/fulog", "draft", zeta .. ":6" }), "... the same slots as fulog draft")
  vim.cmd("bwipeout!")
  fulog.setup({ notes = { env.notes }, index_on_open = false, draft = { times = { "09:30", "16:00" } } })
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuDraft")
  H.contains(table.concat(H.buf_lines(0), "\n"), "Fri Dec 11 at 09:30 or Mon Dec 14 at 16:00",
    "setup()'s draft.times win over the rules file's")
  vim.cmd("bwipeout!")
  local okv, errs = require("fulog.config").validate({ draft = { times = { "25:00", "14:00" } } })
  H.eq(okv, false, "setup() refuses a bad draft.times, as the rules file does")
  H.contains(table.concat(errs or {}, "\n"), "option 'draft.times' must be two clock times", "... naming it")
  vim.env.FULOG_RULES = nil
  os.remove(rules)
end)
