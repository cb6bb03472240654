-- The editor adapter's decoration contract, as highlight.lua and the log
-- use it: decorate(b, ns, s, e, rows) replaces the decorations of rows
-- [s, e) in namespace ns and leaves every other row and namespace alone.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  H.load_plugin()
  local ed = require("fulog.editor")
  H.eq(ed.name, "nvim", "the Neovim adapter is picked")
  local b = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(b, 0, -1, false, { "row zero", "row one", "row two", "row three", "row four", "row five" })
  local ns, other = ed.namespace("fulog_test"), ed.namespace("fulog_test_other")
  H.eq(ed.namespace("fulog_test"), ns, "a namespace is found again by name")

  -- by row: { spans = { "group c0-c1", ... }, virt = text, below = text }
  local function seen(space)
    local out = {}
    for _, m in ipairs(vim.api.nvim_buf_get_extmarks(b, space, 0, -1, { details = true })) do
      local r = out[m[2]] or { spans = {} }
      out[m[2]] = r
      local d = m[4]
      if d.hl_group then
        r.spans[#r.spans + 1] = ("%s %d-%d"):format(d.hl_group, m[3], d.end_col or m[3])
      end
      for _, c in ipairs(d.virt_text or {}) do
        r.virt = (r.virt or "") .. c[1]
      end
      if d.virt_lines then
        r.below = d.virt_lines[1][1][1]
      end
    end
    for _, r in pairs(out) do
      table.sort(r.spans)
    end
    return out
  end

  local rows = {}
  for r = 0, 5 do
    rows[#rows + 1] = { row = r, 0, 3, "Comment", 105 }
  end
  rows[3][5], rows[3][6], rows[3][7], rows[3][8] = 4, 7, "Title", 110
  rows[3].virt = { { "  after", "Comment" }, { " two", "Title" } }
  rows[5].below = { { "under four", "WarningMsg" } }
  ed.decorate(b, ns, 0, -1, rows)
  ed.decorate(b, other, 0, -1, { { row = 2, 0, 8, "ErrorMsg" } })
  local m = seen(ns)
  H.eq(#vim.tbl_keys(m), 6, "every row is decorated")
  H.eq(table.concat(m[2].spans, ","), "Comment 0-3,Title 4-7", "a row can carry several spans")
  H.eq(m[2].virt, "  after two", "virtual text after the line, every chunk")
  H.eq(m[4].below, "under four", "a virtual line under a row")

  -- replacing rows [2, 4) leaves the others as they were
  ed.decorate(b, ns, 2, 4, { { row = 2, 0, 1, "ErrorMsg" } })
  m = seen(ns)
  H.eq(table.concat(m[2].spans, ","), "ErrorMsg 0-1", "row 2 has only its new decoration")
  H.eq(m[2].virt, nil, "its old virtual text went")
  H.eq(m[3], nil, "row 3, given nothing, has nothing")
  for _, r in ipairs({ 0, 1, 5 }) do
    H.eq(m[r] and table.concat(m[r].spans, ","), "Comment 0-3", "row " .. r .. " outside [2, 4) is untouched")
  end
  H.eq(m[4] and m[4].below, "under four", "row 4's virtual line is untouched")
  H.eq(seen(other)[2] and seen(other)[2].spans[1], "ErrorMsg 0-8", "another namespace is untouched")

  -- e = -1: to the end of the buffer
  ed.decorate(b, ns, 4, -1, {})
  m = seen(ns)
  H.ok(m[4] == nil and m[5] == nil, "rows [4, end) cleared")
  H.ok(m[0] ~= nil and m[1] ~= nil and m[2] ~= nil, "rows before 4 kept")

  -- a zero-width span (an empty step) is accepted
  ed.decorate(b, ns, 1, 2, { { row = 1, 7, 7, "Comment", 105, virt = { { "  empty", "Comment" } } } })
  m = seen(ns)
  H.eq(m[1] and m[1].virt, "  empty", "a zero-width span carries its virtual text")

  -- flat spans (rows.spans: row, c0, c1, group, priority, ...) beside the rows
  local both = { { row = 5, 0, 3, "Title", 110, virt = { { "  five", "Comment" } } } }
  both.spans = { 4, 0, 3, "Comment", 105, 4, 4, 8, "Title", 110, 5, 4, 8, "ErrorMsg", 105 }
  ed.decorate(b, ns, 4, -1, both)
  m = seen(ns)
  H.eq(m[4] and table.concat(m[4].spans, ","), "Comment 0-3,Title 4-8", "flat spans: several on a row")
  H.eq(m[5] and table.concat(m[5].spans, ","), "ErrorMsg 4-8,Title 0-3", "flat spans and a row's spans together")
  H.eq(m[5] and m[5].virt, "  five", "the row's virtual text too")
  ed.decorate(b, ns, 4, -1, {})

  -- decorations move with the text
  vim.api.nvim_buf_set_lines(b, 0, 0, false, { "new first line" })
  m = seen(ns)
  H.eq(m[3] and m[3].spans[1], "ErrorMsg 0-1", "an inserted line moves the rows below down")
  -- spans drawn later (rows.later: flat, by row): no extmark, listed by
  -- marks(), drawn by the decoration provider when shown, moved with the
  -- text, gone from a replaced row and from rows decorated again
  ed.decorate(b, ns, 0, -1, {})
  local lat = { { row = 0, 0, 3, "Title", 110 } }
  lat.later = { 1, 0, 3, "Comment", 105, 1, 4, 7, "Title", 110, 3, 2, 900000, "ErrorMsg", 105 }
  ed.decorate(b, ns, 0, -1, lat)
  local function later_seen()
    local out = {}
    for _, mk in ipairs(ed.marks(b, ns, 0, -1)) do
      if mk[4].later then
        out[#out + 1] = ("%d:%s %d-%d/%d"):format(mk[2], mk[4].hl_group, mk[3], mk[4].end_col, mk[4].priority)
      end
    end
    table.sort(out)
    return table.concat(out, ",")
  end
  H.eq(#vim.api.nvim_buf_get_extmarks(b, ns, 0, -1, {}), 1, "spans drawn later place no extmark")
  H.eq(later_seen(), "1:Comment 0-3/105,1:Title 4-7/110,3:ErrorMsg 2-900000/105",
    "marks() lists them (a span too wide to pack too)")
  H.eq(#ed.marks(b, ns, 1, 2), 2, "marks() of one row")
  vim.api.nvim_buf_set_lines(b, 0, 0, false, { "another first line" })
  H.eq(later_seen(), "2:Comment 0-3/105,2:Title 4-7/110,4:ErrorMsg 2-900000/105", "they move with the text")
  vim.api.nvim_buf_set_lines(b, 2, 3, false, { "row one again" })
  H.eq(later_seen(), "4:ErrorMsg 2-900000/105", "a replaced row loses them")
  ed.decorate(b, ns, 4, 5, {})
  H.eq(later_seen(), "", "decorating the row again replaces them")
  vim.api.nvim_buf_set_lines(b, 0, 1, false, {})
  ed.decorate(b, ns, 0, -1, {})
  H.eq(#vim.tbl_keys(seen(ns)), 0, "no rows: everything cleared")
  H.eq(#vim.tbl_keys(seen(other)), 1, "... in that namespace only")
end)
