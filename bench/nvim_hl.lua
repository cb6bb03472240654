-- bench/nvim_hl.lua: the editor figures of `make bench`, in headless Neovim.
-- Run by bench/bench.lua as
--   nvim --headless -u NONE -i NONE -n --cmd "set rtp^=ROOT" -c "luafile bench/nvim_hl.lua"
-- with BENCH_BIG (a big note, .md), BENCH_RESULT (where to write key=value
-- lines) and BENCH_EDITS (how many one-line edits to time) in the
-- environment. Never fails the run: what cannot be measured is written as
-- key=n/a (reason).
--
-- Figures (ms, wall clock, vim.loop.hrtime; *_cpu_ms: CPU time of this
-- Neovim, os.clock, which a loaded machine does not inflate):
--   base_open_ms     :edit of a copy of the note with no filetype (no fulog)
--   open_ms          :edit of the note with fulog attached (first screen done)
--   full_ms          :edit until every line is classified and marked
--                    (a big note's reasons after the line: the rows in view;
--                    its rows far from view: their spans kept by the Neovim
--                    adapter, drawn by a decoration provider when shown)
--   marks            marks in fulog's namespace afterwards (editor.marks:
--                    extmarks and the spans kept to draw when shown)
--   base_edit_ms     one-line nvim_buf_set_lines in the plain copy, median
--   base_edit_max_ms the slowest of those
--   edit_ms          the same edit in the fulog buffer, up to the end of
--                    fulog's scheduled update (median of BENCH_EDITS)
--   edit_max_ms      the slowest of those edits
-- Each edit is made where the cursor is, as a seller types.
local hr = vim.loop.hrtime
local result_path = os.getenv("BENCH_RESULT") or "/dev/stdout"
local big = os.getenv("BENCH_BIG")
local nedits = tonumber(os.getenv("BENCH_EDITS") or "") or 50
local out = {}

local function emit(k, v)
  out[#out + 1] = k .. "=" .. tostring(v)
end
local function ms(t0, t1)
  return (t1 - t0) / 1e6
end
local function median(t)
  table.sort(t)
  if #t == 0 then
    return nil
  end
  return t[math.floor((#t + 1) / 2)]
end
local function finish()
  local f = io.open(result_path, "w")
  if f then
    f:write(table.concat(out, "\n"), "\n")
    f:close()
  end
  vim.cmd("qall!")
end

-- the same one-line edits in both buffers: rows spread over the note,
-- each replaced by another next step
local function edit_rows(n, k)
  local rows = {}
  for i = 1, k do
    rows[i] = math.floor(n * i / (k + 1))
  end
  return rows
end
local NEWTEXT = {
  "- NEXT: Jason brings their CFO to the proposal review Tue 10am",
  "- NEXT: They'll get back to us in two weeks",
  "- NEXT: call Maria back next week",
  "- NEXT: send the pricing sheet by Friday",
}

local ok, err = pcall(function()
  if not big or vim.fn.filereadable(big) == 0 then
    error("BENCH_BIG not set or unreadable", 0)
  end
  vim.o.lines, vim.o.columns = 50, 160
  vim.cmd("filetype on")

  -- baseline: the same bytes, no filetype, no fulog
  local plain = vim.fn.tempname() .. ".dat"
  vim.fn.writefile(vim.fn.readfile(big, "b"), plain, "b")
  local c0 = os.clock()
  local t0 = hr()
  vim.cmd("edit " .. vim.fn.fnameescape(plain))
  local t1 = hr()
  emit("base_open_ms", ms(t0, t1))
  emit("base_open_cpu_ms", (os.clock() - c0) * 1000)
  local pbuf = vim.api.nvim_get_current_buf()
  local n = vim.api.nvim_buf_line_count(pbuf)
  emit("lines", n)
  local rows = edit_rows(n, nedits)
  local bt = {}
  for i, r in ipairs(rows) do
    vim.api.nvim_win_set_cursor(0, { r + 1, 0 })
    local a = hr()
    vim.api.nvim_buf_set_lines(pbuf, r, r + 1, false, { NEWTEXT[(i - 1) % #NEWTEXT + 1] })
    local done, b = false, nil
    vim.schedule(function() b = hr(); done = true end)
    vim.wait(5000, function() return done end, 1)
    bt[#bt + 1] = ms(a, b)
  end
  emit("base_edit_ms", median(bt))
  emit("base_edit_max_ms", bt[#bt])
  vim.cmd("bwipeout! " .. pbuf)
  os.remove(plain)

  -- fulog
  vim.cmd("runtime plugin/fulog.vim")
  local okr, fulog = pcall(require, "fulog")
  if not okr then
    error("require('fulog') failed: " .. tostring(fulog), 0)
  end
  local okh, hl = pcall(require, "fulog.highlight")
  if not okh then
    error("require('fulog.highlight') failed: " .. tostring(hl), 0)
  end
  if type(fulog.setup) == "function" then
    fulog.setup({ notes = { vim.fn.fnamemodify(big, ":h") }, index_on_open = false, index_on_save = false })
  end
  local how = "BufRead/FileType autocommand"
  c0 = os.clock()
  t0 = hr()
  vim.cmd("edit " .. vim.fn.fnameescape(big))
  local buf = vim.api.nvim_get_current_buf()
  if type(hl.is_attached) == "function" and not hl.is_attached(buf) then
    how = "highlight.attach() called directly"
    hl.attach(buf)
  end
  t1 = hr()
  if type(hl.idle) ~= "function" then
    error("fulog.highlight has no idle(buf)", 0)
  end
  if not vim.wait(600000, function() return hl.idle(buf) end, 1) then
    error("highlighting did not finish in 10 minutes", 0)
  end
  local t2 = hr()
  emit("attach", how)
  emit("open_ms", ms(t0, t1))
  emit("full_ms", ms(t0, t2))
  emit("full_cpu_ms", (os.clock() - c0) * 1000)
  local ns = vim.api.nvim_create_namespace("fulog")
  -- (the adapter's marks(): extmarks, and the far rows' spans it keeps
  -- for its decoration provider to draw when they are shown)
  local edm = require("fulog.editor")
  local function marks(s, e)
    if type(edm.marks) == "function" then
      return edm.marks(buf, ns, s, e)
    end
    return vim.api.nvim_buf_get_extmarks(buf, ns, { s, 0 }, e == -1 and -1 or { e - 1, -1 }, {})
  end
  emit("marks", #marks(0, -1))

  local ft = {}
  for i, r in ipairs(rows) do
    vim.api.nvim_win_set_cursor(0, { r + 1, 0 })
    local a = hr()
    vim.api.nvim_buf_set_lines(buf, r, r + 1, false, { NEWTEXT[(i - 1) % #NEWTEXT + 1] })
    -- fulog's update is scheduled by the change callback; ours runs after it
    local done, b = false, nil
    vim.schedule(function() b = hr(); done = true end)
    vim.wait(5000, function() return done end, 1)
    if not hl.idle(buf) then
      vim.wait(5000, function() return hl.idle(buf) end, 1)
      b = hr()
    end
    ft[#ft + 1] = ms(a, b)
  end
  -- the edited line got its mark
  local last = rows[#rows]
  local m = marks(last, last + 1)
  emit("edit_marked", #m > 0 and "yes" or "no")
  local sorted = {}
  for i, v in ipairs(ft) do sorted[i] = v end
  emit("edit_ms", median(sorted))
  emit("edit_max_ms", sorted[#sorted])
end)
if not ok then
  emit("error", tostring(err):gsub("\n", " "))
end
finish()
