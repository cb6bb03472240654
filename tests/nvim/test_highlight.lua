-- Live highlighting: each class, incremental updates, the Ham Bam warning,
-- long lines, a 100,000-line note, :FuExplain, opt-in diagnostics.
local H = dofile("tests/nvim/helpers.lua")

local function write(path, lines)
  vim.fn.mkdir(vim.fn.fnamemodify(path, ":h"), "p")
  vim.fn.writefile(lines, path)
end

H.run(function()
  vim.o.columns = 200 -- the virtual text fits the window: room for the whole ask
  local env = H.env()
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return
  end
  local fulog = require("fulog")
  local hl = require("fulog.highlight")
  fulog.setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  local ns = vim.api.nvim_create_namespace("fulog")

  -- step marks by row: { [row] = { hl=, virt= } } (the class mark, not the tag mark);
  -- the adapter's marks(): extmarks, and a big note's far rows' spans that
  -- its decoration provider draws when they are shown
  local function marks(buf)
    local out = {}
    for _, m in ipairs(require("fulog.editor").marks(buf, ns, 0, -1)) do
      local d = m[4]
      if d.hl_group and d.hl_group ~= "FuLogTag" and d.hl_group ~= "FuLogTouch" and d.hl_group ~= "FuLogNeed" then
        local vt = ""
        for _, c in ipairs(d.virt_text or {}) do vt = vt .. c[1] end
        out[m[2]] = { hl = d.hl_group, virt = vt, col = m[3], end_col = d.end_col, later = d.later }
      end
      if d.hl_group == "FuLogTag" then
        out["tag" .. m[2]] = true
      end
    end
    return out
  end
  local function virt_lines(buf)
    local out = {}
    for _, m in ipairs(require("fulog.editor").marks(buf, ns, 0, -1)) do
      if m[4].virt_lines then
        out[#out + 1] = { row = m[2], text = m[4].virt_lines[1][1][1] }
      end
    end
    return out
  end

  -- 1. each class, by override tag (deterministic) and an empty tag
  local p = env.dir .. "/notes/testco/2026-12-01-call.md"
  write(p, {
    "---", "account: Test Co", "date: 2026-12-01", "---",
    "# Test Co - call",
    "PAIN: too many spreadsheets",
    "- NEXT: review with the CFO #firm",
    "- NEXT: they will think about it #soft",
    "- NEXT: check in with Maria #non",
    "- NEXT: send the deck #compliance",
    "- NEXT:",
    "- [x] NEXT: they send the contract by Friday #firm",
    "just a line: not a step",
  })
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local buf = vim.api.nvim_get_current_buf()
  H.eq(vim.bo.filetype, "markdown", "a .md note gets filetype markdown")
  H.ok(hl.is_attached(buf), "the note buffer is attached")
  H.ok(H.idle(buf), "the first scan finishes")
  local m = marks(buf)
  H.eq(m[6] and m[6].hl, "FuLogFirm", "#firm line highlighted FuLogFirm")
  H.eq(m[7] and m[7].hl, "FuLogSoft", "#soft line highlighted FuLogSoft")
  H.eq(m[8] and m[8].hl, "FuLogNon", "#non line highlighted FuLogNon")
  H.eq(m[9] and m[9].hl, "FuLogCompliance", "#compliance line highlighted FuLogCompliance")
  H.eq(m[10] and m[10].hl, "FuLogUnknown", "an empty tag is FuLogUnknown")
  H.eq(m[11] and m[11].hl, "FuLogDone", "a done step is FuLogDone")
  H.eq(m[12], nil, "a line that is no step has no mark")
  H.ok(m.tag6 and m.tag7, "the NEXT: tag has its own FuLogTag mark")
  H.eq(m[6] and m[6].col, 7, "the class mark starts after the tag")
  H.contains(m[7] and m[7].virt, "soft", "virtual text names the class")
  H.eq(m[11] and m[11].virt, "", "a done step has no virtual text")
  H.eq(#virt_lines(buf), 0, "no Ham Bam warning on a note with a firm step")

  -- 2. natural language agrees with the classifier (meeting date from front matter)
  local lines = {
    "- NEXT: Jason brings his CFO to the proposal review Tue 12/8 10am",
    "- NEXT: They'll get back to us",
    "- NEXT: Call me back in two weeks",
    "- NEXT: Send proposal",
  }
  vim.api.nvim_buf_set_lines(buf, 12, 12, false, lines)
  H.ok(H.idle(buf), "idle after an insert")
  m = marks(buf)
  for i, l in ipairs(lines) do
    local cls, _, why, ask = core.classify(l, "2026-12-01")
    H.eq(m[11 + i] and m[11 + i].hl, hl.class_group[cls], "inserted line " .. i .. " highlighted as core.classify says (" .. tostring(cls) .. ")")
    if ask and ask ~= "" then
      H.contains(m[11 + i] and m[11 + i].virt, "ask: " .. ask:sub(1, 20), "inserted line " .. i .. ": virtual text says what to ask for")
    end
  end

  -- 3. incremental update after an edit; marks follow inserted lines
  vim.api.nvim_buf_set_lines(buf, 7, 8, false, { "- NEXT: they said call me next month #non" })
  H.ok(H.idle(buf), "idle after an edit")
  m = marks(buf)
  H.eq(m[7] and m[7].hl, "FuLogNon", "an edited line is re-classified")
  vim.api.nvim_buf_set_lines(buf, 5, 5, false, { "", "" })
  H.ok(H.idle(buf), "idle after inserting lines above")
  m = marks(buf)
  H.eq(m[8] and m[8].hl, "FuLogFirm", "marks move down with inserted lines")
  H.eq(m[9] and m[9].hl, "FuLogNon", "the next mark moved too")
  vim.api.nvim_buf_set_lines(buf, 5, 7, false, {})
  H.ok(H.idle(buf), "idle after deleting lines")
  m = marks(buf)
  H.eq(m[6] and m[6].hl, "FuLogFirm", "marks move up with deleted lines")
  local n = 0
  for k in pairs(m) do if type(k) == "number" then n = n + 1 end end
  H.eq(n, 10, "no stale marks after deletions")

  -- 4. Ham Bam: appears without a firm step, goes when one is written
  local p2 = env.dir .. "/notes/hooli/2026-12-02.md"
  write(p2, { "# Hooli - 2026-12-02 demo", "", "- NEXT: they will think about it #soft", "- NEXT: send the deck #compliance" })
  vim.cmd("edit " .. vim.fn.fnameescape(p2))
  local b2 = vim.api.nvim_get_current_buf()
  H.ok(H.idle(b2), "second note scanned")
  local vl = virt_lines(b2)
  H.eq(#vl, 1, "a note without a firm step gets one warning")
  H.eq(vl[1] and vl[1].row, 0, "the warning hangs under the first heading")
  H.contains(vl[1] and vl[1].text, "no firm next step", "the warning says why")
  vim.api.nvim_buf_set_lines(b2, 4, 4, false, { "- NEXT: next meeting booked #firm" })
  H.ok(H.idle(b2), "idle after writing a firm step")
  H.eq(#virt_lines(b2), 0, "the warning goes when a firm step is written")
  vim.api.nvim_buf_set_lines(b2, 4, 5, false, { "- [x] NEXT: next meeting booked #firm" })
  H.ok(H.idle(b2), "idle after marking it done")
  -- done, the booked meeting happened: still how this meeting ended (fulog
  -- stats counts it so); the warning came back and said it ended without one
  H.eq(#virt_lines(b2), 0, "a done firm step still counts: no warning")
  vim.api.nvim_buf_set_lines(b2, 4, 5, false, {})
  H.ok(H.idle(b2), "idle after deleting the firm step")
  H.eq(#virt_lines(b2), 1, "without it the warning is back")
  vim.api.nvim_buf_set_lines(b2, 0, 1, false, { "" })
  H.ok(H.idle(b2), "idle after removing the heading")
  vl = virt_lines(b2)
  H.eq(vl[1] and vl[1].row, 0, "without a heading the warning is at line 1")

  local readme = env.dir .. "/README.md"
  write(readme, { "" })
  vim.cmd("edit " .. vim.fn.fnameescape(readme))
  local b3 = vim.api.nvim_get_current_buf()
  H.ok(H.idle(b3), "README scanned")
  H.eq(#virt_lines(b3), 0, "no warning on an empty README")
  vim.api.nvim_buf_set_lines(b3, 0, -1, false, { "# Project", "", "Some text." })
  H.ok(H.idle(b3), "README edited")
  H.eq(#virt_lines(b3), 0, "no warning on a README with an undated heading")

  -- 5. a long line is classified whole, as the indexer reads it (up to
  -- max_line_len, 1 MB)
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  buf = vim.api.nvim_get_current_buf()
  local long = "- NEXT: they will " .. ("x"):rep(100000) .. " #firm"
  vim.api.nvim_buf_set_lines(buf, 5, 6, false, { long })
  H.ok(H.idle(buf), "idle after a 100 KB line")
  m = marks(buf)
  H.eq(m[5] and m[5].hl, "FuLogFirm", "an override after 100 KB is read, as the store reads it")
  H.eq(m[5] and m[5].end_col, #long, "the highlight still spans the whole line")
  vim.api.nvim_buf_set_lines(buf, 5, 6, false, { "- NEXT: review with the CFO #firm" })
  H.ok(H.idle(buf), "idle after restoring the line")

  -- 6. :FuExplain opens a float naming class, why and meeting
  vim.api.nvim_win_set_cursor(0, { 8, 0 })
  local wins = #vim.api.nvim_list_wins()
  vim.cmd("FuExplain")
  local fw
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= "" then fw = w end
  end
  H.ok(fw ~= nil and #vim.api.nvim_list_wins() == wins + 1, "FuExplain opens a float")
  if fw then
    local text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(fw), 0, -1, false), "\n")
    H.contains(text, "non-commitment", "the float names the class")
    H.contains(text, "meeting 2026-12-01 (front matter)", "the float names the meeting date and its source")
    H.contains(text, "set by #tag", "the float says an override decided")
    vim.api.nvim_win_close(fw, true)
  end

  -- 7. diagnostics are opt-in
  H.eq(#vim.diagnostic.get(buf), 0, "no diagnostics by default")
  fulog.setup({ notes = { env.notes }, index_on_open = false, index_on_save = false, diagnostics = true })
  buf = vim.api.nvim_get_current_buf()
  H.ok(H.idle(buf), "idle after setup()")
  local d = vim.diagnostic.get(buf)
  local soft
  for _, x in ipairs(d) do if x.lnum == 7 then soft = x end end
  H.ok(soft and soft.severity == vim.diagnostic.severity.WARN and soft.message:find("non"), "diagnostics = true publishes a non-commitment as a warning", H.show(d))
  fulog.setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  buf = vim.api.nvim_get_current_buf()
  H.ok(H.idle(buf), "idle after setup() again")
  H.eq(#vim.diagnostic.get(buf), 0, "turning diagnostics off clears them")

  -- 8. highlight groups link to standard groups, default=true, re-applied on ColorScheme
  for _, g in ipairs({ "FuLogFirm", "FuLogSoft", "FuLogNon", "FuLogCompliance", "FuLogUnknown", "FuLogOverdue", "FuLogDone", "FuLogTag", "FuLogWarn" }) do
    H.ok(vim.fn.hlexists(g) == 1 and vim.fn.synIDtrans(vim.fn.hlID(g)) ~= vim.fn.hlID(g), g .. " is linked")
  end
  vim.cmd("highlight clear")
  vim.cmd("doautocmd ColorScheme")
  H.ok(vim.fn.synIDtrans(vim.fn.hlID("FuLogSoft")) ~= vim.fn.hlID("FuLogSoft"), "links are back after a ColorScheme")
  vim.cmd("highlight FuLogSoft guifg=#ff0000")
  require("fulog.highlight").define()
  H.eq(vim.fn.synIDattr(vim.fn.synIDtrans(vim.fn.hlID("FuLogSoft")), "fg#", "gui"), "#ff0000", "a user's own colour wins (default=true)")

  -- 9. a 100,000-line note stays responsive
  local big = {}
  for i = 1, 100000 do
    big[i] = (i % 10 == 0) and ("- NEXT: they will think about it #soft " .. i) or ("line " .. i .. " of talk")
  end
  big[1] = "# Bigco - 2026-12-01"
  local pb = env.dir .. "/notes/bigco/big.md"
  write(pb, big)
  local t0 = vim.loop.hrtime()
  vim.cmd("edit " .. vim.fn.fnameescape(pb))
  local bb = vim.api.nvim_get_current_buf()
  local open_ms = (vim.loop.hrtime() - t0) / 1e6
  H.ok(open_ms < 1000, "opening a 100,000-line note does not block (" .. math.floor(open_ms) .. " ms)")
  H.ok(H.idle(bb, 60000), "the background scan of 100,000 lines finishes")
  H.eq(#hl.steps(bb), 10000, "all 10,000 steps are marked")
  -- a big note's reasons after the line: the rows in view now, the others
  -- when they come into view
  local far = 90009
  local far_step
  for _, st in ipairs(hl.steps(bb)) do
    if st.row == far then
      far_step = st
    end
  end
  H.eq(far_step and far_step.class, "soft", "a step far from view is in the model, with its class")
  H.eq(far_step and far_step.later, true, "... its virtual text still to come")
  H.eq(far_step and far_step.col, 3, "... and its tag's column")
  m = marks(bb)
  H.eq(m[far] and m[far].hl, "FuLogSoft", "a row far from view has its class mark")
  H.eq(m[far] and m[far].virt, "", "... and no virtual text yet")
  H.contains(m[9] and m[9].virt, "soft", "a row in view has its virtual text")
  H.eq(m[far] and m[far].later, true, "... kept to be drawn when shown (no extmark)")
  vim.api.nvim_win_set_cursor(0, { far + 1, 0 })
  -- shown before fill_view runs: the decoration provider draws its class
  -- colour (the cell after the tag), a talk row has none
  vim.cmd("redraw!")
  local sp = vim.fn.screenpos(0, far + 1, m[far].col + 2)
  local plain = vim.fn.screenpos(0, far, 1)
  H.ok(sp.row > 0 and plain.row > 0 and vim.fn.screenattr(sp.row, sp.col) ~= vim.fn.screenattr(plain.row, plain.col),
    "a far row shown is drawn with its class colour", vim.inspect({ sp, plain }))
  vim.cmd("doautocmd <nomodeline> WinScrolled " .. vim.api.nvim_get_current_win())
  H.ok(H.idle(bb), "idle after scrolling to it")
  H.contains(marks(bb)[far].virt, "soft", "scrolled into view, the row shows its virtual text")
  vim.api.nvim_win_set_cursor(0, { 50000, 0 })
  t0 = vim.loop.hrtime()
  vim.api.nvim_buf_set_lines(bb, 49999, 50000, false, { "- NEXT: send the deck #compliance" })
  local cb_ms = (vim.loop.hrtime() - t0) / 1e6
  H.ok(H.idle(bb), "idle after an edit in the big note")
  local edit_ms = (vim.loop.hrtime() - t0) / 1e6
  H.ok(cb_ms < 20, "the change callback returns at once (" .. ("%.2f"):format(cb_ms) .. " ms)")
  H.ok(edit_ms < 200, "one edit is re-classified fast (" .. ("%.1f"):format(edit_ms) .. " ms)")
  m = marks(bb)
  H.eq(m[49999] and m[49999].hl, "FuLogCompliance", "the edited line in the big note is re-classified")
end)
