-- A big note is marked in chunks (the rows in view first, the rest in
-- slices) and its steps kept in a chunked model. After the marking ends,
-- after edits made while it runs, a paste of 3,000 lines, undo, and
-- deleting everything, every row's class and tag marks must be what
-- marking the buffer from scratch gives, with no stale mark, and the
-- model must hold the same steps.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env = H.env()
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return
  end
  local fulog = require("fulog")
  local hl = require("fulog.highlight")
  local decorate = require("fulog.decorate")
  fulog.setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  local ns = vim.api.nvim_create_namespace("fulog")

  -- a note of n lines: front matter, a dated heading, then steps of every
  -- kind, done ones, touch/pain/want lines and talk
  local KINDS = {
    "- NEXT: they will think about it #soft",
    "- [ ] NEXT: review with the CFO #firm",
    "talk about the budget and the timeline",
    "- [x] NEXT: send the deck by Friday",
    "PAIN: invoices get re-keyed by hand",
    "- NEXT: check in with Maria #non",
    "  TOUCH: 2026-12-01 call - left a voicemail",
    "more talk: the team asked about security",
    "- NEXT:",
    "WANT: one place for every deal",
    "- NEXT: send the DPA for review #compliance",
    "",
  }
  local function note(n, salt)
    local out = { "---", "account: Bigco", "date: 2026-12-01", "next: not a step in the front matter", "---",
      "# Bigco - call" }
    for i = #out + 1, n do
      out[i] = KINDS[(i * 7 + salt) % #KINDS + 1] .. ((i % 5 == 0) and (" " .. i) or "")
    end
    return out
  end

  -- the buffer's highlight marks, sorted "row:c0-c1:group" (the adapter's
  -- marks(): extmarks, and the far rows' spans its decoration provider
  -- draws when they are shown)
  local ed = require("fulog.editor")
  local function got(buf)
    local out = {}
    for _, m in ipairs(ed.marks(buf, ns, 0, -1)) do
      local d = m[4]
      if d.hl_group then
        out[#out + 1] = ("%d:%d-%d:%s"):format(m[2], m[3], d.end_col or -1, d.hl_group)
      end
    end
    table.sort(out)
    return out
  end

  -- what marking the whole buffer from scratch gives: marks as got() says
  -- them, and the steps as "row:class:done"
  local function want(buf)
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
    local info = hl.meeting(buf)
    if info.fm_end then
      for r = 0, math.min(info.fm_end, #lines - 1) do
        lines[r + 1] = ""
      end
    end
    local steps = {}
    local decos = decorate.rows(lines, 0, {
      core = core, meeting = info.date, opts = hl.with_people({ options = fulog.options() }, info), width = 80,
      later = true, add_step = function(row, s) steps[#steps + 1] = ("%d:%s:%s"):format(row, s.class, tostring(s.done)) end,
    })
    local out, sp = {}, decos.spans or {}
    for k = 1, #sp, 5 do
      out[#out + 1] = ("%d:%d-%d:%s"):format(sp[k], sp[k + 1], sp[k + 2], sp[k + 3])
    end
    table.sort(out)
    return out, steps
  end

  local function model(buf)
    local out = {}
    for _, s in ipairs(hl.steps(buf)) do
      out[#out + 1] = ("%d:%s:%s"):format(s.row, s.class, tostring(s.done))
    end
    return out
  end

  -- the first difference of two sorted lists, or nil
  local function diff(a, b)
    for i = 1, math.max(#a, #b) do
      if a[i] ~= b[i] then
        return ("item %d: got %s, want %s (%d vs %d items)"):format(i, tostring(a[i]), tostring(b[i]), #a, #b)
      end
    end
  end

  local function check(buf, what)
    H.ok(H.idle(buf, 60000), what .. ": the highlighter goes idle")
    local w, wsteps = want(buf)
    local g = got(buf)
    H.ok(diff(g, w) == nil, what .. ": every row's class and tag marks as from scratch (" .. #w .. " marks)", diff(g, w))
    local m = model(buf)
    H.ok(diff(m, wsteps) == nil, what .. ": the model holds the same steps (" .. #wsteps .. ")", diff(m, wsteps))
  end

  local p = env.dir .. "/notes/bigco/big.md"
  vim.fn.mkdir(vim.fn.fnamemodify(p, ":h"), "p")
  vim.fn.writefile(note(24000, 0), p)

  -- 1. a chunked mark, left alone
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local buf = vim.api.nvim_get_current_buf()
  H.ok(not hl.idle(buf), "a 24,000-line note is marked in the background")
  check(buf, "after the chunked mark")

  -- 2. edits while it marks: lines added above the rows still to do,
  -- deleted inside them, a step replaced beyond them, between slices
  vim.cmd("bwipeout!")
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  buf = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_lines(buf, 10, 10, false, { "- NEXT: call Maria back next week", "PAIN: no CRM" })
  vim.api.nvim_buf_set_lines(buf, 3000, 3040, false, {})
  vim.api.nvim_buf_set_lines(buf, 20000, 20001, false, { "- NEXT: they send the PO by 12/9 #firm" })
  H.ok(not hl.idle(buf), "still marking after the first edits")
  vim.wait(15, function() return false end, 1) -- a slice or two runs
  vim.api.nvim_buf_set_lines(buf, 12000, 12000, false, note(500, 3))
  vim.api.nvim_buf_set_lines(buf, 23000, 23100, false, { "- NEXT: send the contract #firm" })
  vim.wait(15, function() return false end, 1)
  vim.api.nvim_buf_set_lines(buf, 0, 1, false, { "-- no front matter now" })
  check(buf, "after edits during the chunked mark")

  -- 3. a paste of 3,000 lines (marked in the background too), edited
  -- while it is marked
  vim.api.nvim_win_set_cursor(0, { 5000, 0 })
  vim.api.nvim_buf_set_lines(buf, 5000, 5000, false, note(3000, 5))
  vim.api.nvim_buf_set_lines(buf, 6500, 6501, false, { "- NEXT: #soft done soon" })
  check(buf, "after a paste of 3,000 lines")

  -- 4. one-line edits, as typed: a step written, made done, removed
  for i = 1, 30 do
    local r = i * 700
    vim.api.nvim_buf_set_lines(buf, r, r + 1, false, { KINDS[i % #KINDS + 1] })
    vim.api.nvim_buf_set_lines(buf, r + 3, r + 3, false, { "- [x] NEXT: review with the CFO #firm" })
    vim.api.nvim_buf_set_lines(buf, r + 7, r + 8, false, {})
    H.idle(buf)
  end
  check(buf, "after 90 one-line edits")

  -- 5. undo, deleting everything, undo again
  vim.cmd("silent undo")
  check(buf, "after undo")
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, {})
  H.ok(H.idle(buf), "idle after deleting everything")
  H.eq(#got(buf), 0, "deleting everything leaves no mark")
  H.eq(#hl.steps(buf), 0, "... and no step in the model")
  vim.cmd("silent undo")
  check(buf, "after undoing the delete")
end)
