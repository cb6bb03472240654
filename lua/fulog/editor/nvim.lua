-- The Neovim adapter (0.7 and later). Every call into the editor that the
-- rest of fulog makes goes through here, so that lua/fulog/editor/vim.lua can
-- offer the same functions on Vim 9 (text properties, popups, :lua 5.2).
--
-- Conventions: buffers are numbers (0 = current); rows are 0-based and
-- ranges end-exclusive (like nvim_buf_get_lines); columns are 0-based bytes.
-- Functions that return user-facing positions say so (lnum = 1-based).

-- No traces for this file's functions (LuaJIT) but the big note's bulk
-- loop (jit.on below): an edit's update makes few calls, and compiling a
-- trace in the middle of one took up to 1.4 ms.
if jit then
  jit.off(true, true)
end

local api = vim.api
local fn = vim.fn

local M = {}

M.name = "nvim"

-- ---------------------------------------------------------------- basics

function M.version()
  local v = vim.version()
  return ("NVIM v%d.%d.%d"):format(v.major, v.minor, v.patch)
end

local levels = { error = vim.log.levels.ERROR, warn = vim.log.levels.WARN, info = vim.log.levels.INFO }

-- Is vim.notify Neovim's own (no notifier plugin replaced it)?
local function builtin_notify()
  local info = debug.getinfo(vim.notify, "S")
  return info and info.source:find("vim/_editor.lua", 1, true) ~= nil
end

function M.notify(msg, level)
  if level == "error" and builtin_notify() then
    -- The built-in ERROR goes through nvim_err_writeln, which inside the
    -- command's function adds "Error detected while processing function
    -- <SNR>..._run" and a Press ENTER prompt: one line is what Vim shows.
    vim.api.nvim_echo({ { tostring(msg), "ErrorMsg" } }, true, {})
    return
  end
  vim.notify(msg, levels[level or "info"] or vim.log.levels.INFO, { title = "fulog" })
end

-- The width of a window showing buffer b (the current one when none does).
function M.win_width(b)
  local w = vim.fn.bufwinid(b)
  return vim.api.nvim_win_get_width(w ~= -1 and w or 0)
end

-- The file's lines as on disk, for a changed-on-disk check (nil when
-- unreadable), read as buffer b (when given) was: in its 'fileencoding' (a
-- note with a stray invalid byte is read as latin1). readfile()'s lines: a
-- NUL in them is "\n" (bufstep maps it back).
function M.disk_lines(path, b)
  if vim.fn.filereadable(path) ~= 1 then
    return nil
  end
  local lines = vim.fn.readfile(path, "b")
  local fenc = b and api.nvim_buf_get_option(M.bufnr(b), "fileencoding") or ""
  if fenc ~= "" and fenc ~= "utf-8" and fenc ~= vim.o.encoding then
    for i, l in ipairs(lines) do
      lines[i] = vim.fn.iconv(l, fenc, vim.o.encoding)
    end
  end
  return lines
end

function M.schedule(f)
  vim.schedule(f)
end

function M.defer(f, ms)
  vim.defer_fn(f, ms or 0)
end

-- Waits (processing events) until cond() is true or ms passed. Tests only.
function M.wait(ms, cond)
  return vim.wait(ms, cond, 10)
end

function M.getenv(name)
  local v = vim.env[name]
  if v == nil or v == vim.NIL or v == "" then
    return nil
  end
  return v
end

-- The health API: 0.10+ vim.health.*, 0.7-0.9 require("health").report_*.
function M.health_reporter()
  if type(vim.health) == "table" and vim.health.start then
    local h = vim.health
    return { start = h.start, ok = h.ok, warn = h.warn, error = h.error, info = h.info or h.ok }
  end
  local ok, h = pcall(require, "health")
  if ok and type(h) == "table" and h.report_start then
    return { start = h.report_start, ok = h.report_ok, warn = h.report_warn,
             error = h.report_error, info = h.report_info or h.report_ok }
  end
  return nil
end

-- ---------------------------------------------------------------- files

-- The working folder: messages name a note relative to it, as the shell does.
function M.cwd()
  return fn.getcwd()
end

function M.expand(path)
  return fn.fnamemodify(fn.expand(path), ":p")
end

function M.fullpath(path)
  if path == nil or path == "" then
    return ""
  end
  local p = fn.fnamemodify(path, ":p")
  local real = vim.loop.fs_realpath(p)
  return real or p
end

function M.isdir(path)
  return fn.isdirectory(path) == 1
end

function M.readable(path)
  return fn.filereadable(path) == 1
end

-- { mtime = <unix seconds>, perm = "rw-------", type = "file"|"directory" } or nil
function M.stat(path)
  local st = vim.loop.fs_stat(path)
  if not st then
    return nil
  end
  return { mtime = st.mtime and st.mtime.sec or nil, perm = fn.getfperm(path), type = st.type }
end

-- ---------------------------------------------------------------- buffers

function M.bufnr(b)
  if b == nil or b == 0 then
    return api.nvim_get_current_buf()
  end
  return b
end

function M.list_bufs()
  local out = {}
  for _, b in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(b) then
      out[#out + 1] = b
    end
  end
  return out
end

function M.buf_valid(b)
  return api.nvim_buf_is_valid(b) and api.nvim_buf_is_loaded(b)
end

function M.buf_name(b)
  return api.nvim_buf_get_name(M.bufnr(b))
end

-- The loaded buffer holding this file, or nil.
function M.buf_for_path(path)
  for _, b in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(b) then
      local name = api.nvim_buf_get_name(b)
      if name ~= "" and (name == path or M.fullpath(name) == path) then
        return b
      end
    end
  end
  return nil
end

function M.filetype(b)
  return api.nvim_buf_get_option(M.bufnr(b), "filetype")
end

function M.buftype(b)
  return api.nvim_buf_get_option(M.bufnr(b), "buftype")
end

-- The encoding the buffer's file is written in ("" when 'encoding''s).
function M.fileencoding(b)
  return api.nvim_buf_get_option(M.bufnr(b), "fileencoding")
end

function M.modified(b)
  return api.nvim_buf_get_option(M.bufnr(b), "modified")
end

-- Is the buffer the bytes of its file line for line, as read? Unmodified,
-- UTF-8, Unix line ends, no BOM: no conversion came between (the line
-- count is the caller's to check).
function M.as_read(b)
  local get = api.nvim_buf_get_option
  b = M.bufnr(b)
  local fenc = get(b, "fileencoding")
  return not get(b, "modified") and (fenc == "" or fenc == "utf-8") and get(b, "fileformat") == "unix"
    and not get(b, "bomb")
end

function M.modifiable(b)
  return api.nvim_buf_get_option(M.bufnr(b), "modifiable")
end

-- 'readonly': the editor found the file without write permission (or
-- was told -R / :view).
function M.readonly(b)
  return api.nvim_buf_get_option(M.bufnr(b), "readonly")
end

function M.line_count(b)
  return api.nvim_buf_line_count(M.bufnr(b))
end

function M.get_lines(b, s, e)
  return api.nvim_buf_get_lines(M.bufnr(b), s, e, false)
end

function M.get_line(b, row)
  return api.nvim_buf_get_lines(M.bufnr(b), row, row + 1, false)[1]
end

-- Line row of buffer b as its file holds it: back in the 'fileencoding'
-- it was read in (a note with a stray invalid byte is read as latin1, so
-- the buffer's "\195\191" is the file's "\255"), for the core to show it as
-- the shell does.
function M.file_line(b, row)
  local l = M.get_line(b, row)
  local fenc = l and api.nvim_buf_get_option(M.bufnr(b), "fileencoding") or ""
  if fenc ~= "" and fenc ~= "utf-8" and fenc ~= vim.o.encoding then
    l = vim.fn.iconv(l, vim.o.encoding, fenc)
  end
  return l
end

function M.set_lines(b, s, e, lines)
  api.nvim_buf_set_lines(M.bufnr(b), s, e, false, lines)
end

-- Takes the file's time as the unmodified buffer b's own, when its bytes
-- are (fulog.bufstep compared them): a newer time alone (touch, a sync
-- tool, a checkout, another editor writing the same bytes) stopped
-- M.write at the editor's "changed since reading it (y/n)?", which hung
-- or ended a headless run. :checktime stores the time when only the time
-- changed.
function M.sync_time(b)
  vim.cmd("silent checktime " .. M.bufnr(b))
end

-- Writes the buffer (autocommands run, so BufWritePost indexes it).
function M.write(b)
  b = M.bufnr(b)
  api.nvim_buf_call(b, function()
    vim.cmd("silent update")
  end)
end

-- ---------------------------------------------------------------- cursor, windows

-- 1-based line, 0-based byte column.
function M.cursor()
  local c = api.nvim_win_get_cursor(0)
  return c[1], c[2]
end

function M.set_cursor(lnum, col, win)
  win = win or 0
  local b = api.nvim_win_get_buf(win)
  local n = api.nvim_buf_line_count(b)
  if lnum > n then
    lnum = n
  end
  if lnum < 1 then
    lnum = 1
  end
  pcall(api.nvim_win_set_cursor, win, { lnum, math.max(0, col or 0) })
end

function M.startinsert(append)
  vim.cmd(append and "startinsert!" or "startinsert")
end

-- The 0-based, end-exclusive row ranges shown in windows on this buffer.
function M.visible_ranges(b)
  local out = {}
  for _, w in ipairs(api.nvim_list_wins()) do
    if api.nvim_win_get_buf(w) == b then
      local top, bot
      api.nvim_win_call(w, function()
        top, bot = fn.line("w0"), fn.line("w$")
      end)
      out[#out + 1] = { top - 1, bot }
    end
  end
  return out
end

-- Opens path in a usable window (the previous one when called from a
-- scratch window) at lnum (1-based) / col (1-based byte column).
function M.jump(path, lnum, col)
  local cur = api.nvim_get_current_win()
  local target
  for _, w in ipairs(api.nvim_tabpage_list_wins(0)) do
    local b = api.nvim_win_get_buf(w)
    if w ~= cur and api.nvim_buf_get_option(b, "buftype") == "" then
      target = target or w
      if M.fullpath(api.nvim_buf_get_name(b)) == path then
        target = w
        break
      end
    end
  end
  if target then
    api.nvim_set_current_win(target)
  elseif api.nvim_buf_get_option(0, "buftype") ~= "" then
    vim.cmd("aboveleft split")
  end
  -- (as the Vim adapter: ":edit" of the note already shown would reload
  -- it, E37 on unsaved edits; without 'hidden' a modified buffer cannot
  -- be left: split instead)
  if M.fullpath(api.nvim_buf_get_name(0)) ~= path then
    local stay = vim.bo.modified and not vim.o.hidden and vim.bo.buftype == ""
    vim.cmd((stay and "split " or "edit ") .. fn.fnameescape(path))
  end
  M.set_cursor(lnum or 1, (col or 1) - 1)
  vim.cmd("normal! zv")
end

-- ---------------------------------------------------------------- marks

function M.namespace(name)
  return api.nvim_create_namespace(name)
end

-- Flat spans (row, c0, c1, group, priority, ...) as highlights:
-- positional arguments are several times cheaper than an extmark's option
-- table (the priority is for Vim's text properties). The one loop of a big
-- note's marking: traces pay there, and no edit's update runs it.
local function add_spans(b, ns, sp)
  local add = api.nvim_buf_add_highlight
  for k = 1, #sp, 5 do
    add(b, ns, sp[k + 3], sp[k], sp[k + 1], sp[k + 2])
  end
end
if jit then
  jit.on(add_spans)
end

-- Spans drawn later (rows.later in decorate): kept by row, per buffer and
-- namespace, and drawn by a decoration provider as ephemeral marks when
-- their rows are on screen. Setting some 80,000 extmarks was the biggest
-- part of marking a 100,000-line note in Neovim 0.7 (80 of 180 ms);
-- keeping them so costs some 10 ms, and a redraw draws what it shows (a
-- screenful of them: 0.08 ms more). The store moves with
-- the text (its own nvim_buf_attach): rows a change replaces lose their
-- spans until the caller decorates them again, as highlight.lua does.
-- A span is one entry of a steprows store (several per row), its value
-- packed in a number: ((c0 * 2^19 + c1 - c0) * 256 + priority) * 64 +
-- group id; a table { c0, c1, group, priority } when it does not fit.
local later = {} -- buf -> ns -> steprows store
local groups, gids = {}, {} -- group id -> name, name -> id
local with_provider = {} -- ns -> true
local NONE = {}
local add_r, add_v = {}, {}

local function gid_of(g)
  local id = gids[g]
  if not id then
    id = #groups + 1
    groups[id], gids[g] = g, id
  end
  return id
end

local function pack(c0, c1, g, prio)
  local id = gid_of(g)
  local w = c1 - c0
  if c0 >= 0 and c0 < 1048576 and w >= 0 and w < 524288 and prio >= 0 and prio < 256 and id < 64 then
    return ((c0 * 524288 + w) * 256 + prio) * 64 + id
  end
  return { c0, c1, g, prio }
end

local function unpack_span(v)
  if type(v) == "table" then
    return v[1], v[2], v[3], v[4]
  end
  local id = v % 64
  v = (v - id) / 64
  local prio = v % 256
  v = (v - prio) / 256
  local w = v % 524288
  local c0 = (v - w) / 524288
  return c0, c0 + w, groups[id], prio
end

local draw_buf, draw_ns
local function draw(row, v)
  local c0, c1, g, prio = unpack_span(v)
  pcall(api.nvim_buf_set_extmark, draw_buf, draw_ns, row, c0,
    { end_col = c1, hl_group = g, priority = prio, ephemeral = true })
end

-- The first row >= r that has spans (nil: none).
local found
local function first_at(row)
  found = row
  return true
end
local function next_row(st, r)
  found = nil
  st:each(r, math.huge, first_at)
  return found
end

-- on_line runs for every row drawn: a row before the next one with spans
-- (asked once a window, then after each row drawn) returns at once (the
-- rows in view usually have extmarks: a redraw of the first screen of a
-- 100,000-line note, 0.13 -> 0.09 ms, as without the provider).
local function provide(ns)
  if with_provider[ns] then
    return
  end
  with_provider[ns] = true
  local nxt
  api.nvim_set_decoration_provider(ns, {
    on_win = function(_, _, b, top)
      local t = later[b]
      local st = t and t[ns]
      nxt = st and st.n > 0 and next_row(st, top) or nil
      return nxt ~= nil
    end,
    on_line = function(_, _, b, row)
      if nxt == nil or row < nxt then
        return
      end
      local st = later[b] and later[b][ns]
      if st then
        draw_buf, draw_ns = b, ns
        st:each(row, row + 1, draw)
        nxt = next_row(st, row + 1)
      end
    end,
  })
end

-- The store of buffer b's spans in ns (made when make and missing).
local function later_store(b, ns, make)
  local t = later[b]
  if not t then
    if not make then
      return nil
    end
    t = {}
    later[b] = t
    api.nvim_buf_attach(b, false, {
      on_lines = function(_, buf, _, first, last, new_last)
        if later[buf] ~= t then
          return true
        end
        for _, st in pairs(t) do
          st:splice(first, last, new_last - last, NONE, NONE, 0)
        end
      end,
      -- reloaded: the caller marks everything again
      on_reload = function(_, buf)
        if later[buf] == t then
          later[buf] = nil
        end
      end,
      on_detach = function(_, buf)
        if later[buf] == t then
          later[buf] = nil
        end
      end,
    })
  end
  local st = t[ns]
  if not st and make then
    st = require("fulog.steprows").new(nil)
    t[ns] = st
    provide(ns)
  end
  return st
end

-- Flat spans ls packed into add_r / add_v; returns their count. A big
-- note's bulk loop: traces pay there (as in add_spans).
local function pack_spans(ls)
  local k = 0
  for j = 1, #ls, 5 do
    k = k + 1
    add_r[k], add_v[k] = ls[j], pack(ls[j + 1], ls[j + 2], ls[j + 3], ls[j + 4])
  end
  return k
end
if jit then
  jit.on(pack_spans)
  jit.on(pack)
  jit.on(gid_of)
end

-- highlight.lua: far rows' spans may go in rows.later (by row)
M.later_spans = true

-- Every mark of rows [s, e) in namespace ns (e = -1: to the end), as
-- nvim_buf_get_extmarks with details gives them, the spans drawn later
-- too (id 0, details.later = true): what is drawn when the rows are shown.
function M.marks(b, ns, s, e)
  b = M.bufnr(b)
  local out = api.nvim_buf_get_extmarks(b, ns, { s, 0 }, e == -1 and -1 or { e - 1, -1 }, { details = true })
  local st = later_store(b, ns, false)
  if st then
    st:each(s, e == -1 and math.huge or e, function(row, v)
      local c0, c1, g, prio = unpack_span(v)
      out[#out + 1] = { 0, row, c0, { end_row = row, end_col = c1, hl_group = g, priority = prio, later = true } }
    end)
  end
  return out
end

-- Replaces the decorations in namespace ns of rows [s, e) (e = -1: to the
-- end of the buffer) with rows, a list of { row=, c0, c1, group, priority,
-- ... (a highlighted span per four entries), virt = chunks after the line,
-- below = chunks of a virtual line under it } (lua/fulog/decorate.lua).
-- Columns are those of the lines as they are now. One extmark per span;
-- the row's virtual text rides on its last span. rows.spans (optional):
-- more spans, flat: row, c0, c1, group, priority, ... (a big note's rows
-- without virtual text: no table per row). rows.later (optional): more
-- flat spans, in row order, drawn only when their rows are shown (no
-- extmark: M.marks lists them).
function M.decorate(b, ns, s, e, rows)
  api.nvim_buf_clear_namespace(b, ns, s, e)
  local ls = rows.later
  local st = later_store(b, ns, ls ~= nil)
  if st then
    st:splice(s, e == -1 and math.huge or e, 0, add_r, add_v, ls and pack_spans(ls) or 0)
  end
  local set, add = api.nvim_buf_set_extmark, api.nvim_buf_add_highlight
  if rows.spans then
    add_spans(b, ns, rows.spans)
  end
  for k = 1, #rows do
    local d = rows[k]
    local row, n, virt = d.row, #d, d.virt
    for j = 1, n, 4 do
      if virt and j + 4 > n then
        set(b, ns, row, d[j], { end_col = d[j + 1], hl_group = d[j + 2], priority = d[j + 3],
          virt_text = virt, hl_mode = "combine" })
      else
        add(b, ns, d[j + 2], row, d[j], d[j + 1])
      end
    end
    if n == 0 and virt then
      set(b, ns, row, 0, { virt_text = virt, hl_mode = "combine" })
    end
    if d.below then
      set(b, ns, row, 0, { virt_lines = { d.below } })
    end
  end
end

-- ---------------------------------------------------------------- highlights

function M.hl_exists(name)
  return fn.hlexists(name) == 1
end

function M.hl_link(group, target)
  api.nvim_set_hl(0, group, { link = target, default = true })
end

-- ---------------------------------------------------------------- diagnostics (opt-in)

function M.diagnostics_set(ns, b, items)
  if not vim.diagnostic then
    return
  end
  local sev = vim.diagnostic.severity
  local map = { error = sev.ERROR, warn = sev.WARN, info = sev.INFO, hint = sev.HINT }
  local d = {}
  for i, it in ipairs(items) do
    d[i] = { lnum = it.row, col = it.col or 0, end_col = it.end_col, message = it.message,
             severity = map[it.severity] or sev.WARN, source = "fulog" }
  end
  vim.diagnostic.set(ns, b, d)
end

function M.diagnostics_reset(ns, b)
  if vim.diagnostic then
    vim.diagnostic.reset(ns, b)
  end
end

-- ---------------------------------------------------------------- attach, autocmds

local viewers = {} -- buf -> on_view

-- A window scrolled (its buffer) or a buffer is shown in a window.
local function watch_views()
  api.nvim_create_autocmd({ "WinScrolled", "BufWinEnter" }, {
    group = api.nvim_create_augroup("fulog_view", { clear = true }),
    callback = function(ev)
      local w = ev.event == "WinScrolled" and tonumber(ev.match)
      local buf = (w and api.nvim_win_is_valid(w)) and api.nvim_win_get_buf(w) or ev.buf
      local f = viewers[buf]
      if f then
        f(buf)
      end
    end,
  })
  watch_views = function() end
end

-- on_change(buf, first, last, new_last): 0-based rows, like nvim_buf_attach's
-- on_lines. Returns true when attached. detach() makes the next callback
-- return true (which detaches). on_view(buf): a window on it scrolled or
-- shows it now.
function M.attach(b, on_change, on_detach, on_view)
  if on_view then
    watch_views()
    viewers[b] = on_view
  end
  return api.nvim_buf_attach(b, false, {
    on_lines = function(_, buf, _, first, last, new_last)
      return on_change(buf, first, last, new_last)
    end,
    on_reload = function(_, buf)
      return on_change(buf, 0, -1, -1)
    end,
    on_detach = function(_, buf)
      viewers[buf] = nil
      if on_detach then
        on_detach(buf)
      end
    end,
  })
end

-- ---------------------------------------------------------------- quickfix

-- items = { { filename=, lnum=, col=, text=, type= } }; loclist: a window id or 0.
function M.set_qflist(items, title, loclist)
  if loclist then
    fn.setloclist(loclist, {}, " ", { title = title, items = items })
  else
    fn.setqflist({}, " ", { title = title, items = items })
  end
end

function M.open_qf(loclist)
  vim.cmd(loclist and "lopen" or "copen")
end

-- The id of the quickfix list just set (or of window loclist's location list).
function M.qf_id(loclist)
  local d = loclist and fn.getloclist(loclist, { id = 0 }) or fn.getqflist({ id = 0 })
  return d.id or 0
end

-- The title and current index of list id; "" when the list is gone (a
-- window closed, the list pushed out of the stack).
function M.qf_get(id, loclist)
  if loclist and not api.nvim_win_is_valid(loclist) then
    return "", 0
  end
  local what = { id = id, title = 0, idx = 0 }
  local d = loclist and fn.getloclist(loclist, what) or fn.getqflist(what)
  return d.title or "", d.idx or 0
end

-- Replaces the entries of list id, its title kept, idx its current one.
function M.qf_replace(id, items, idx, loclist)
  local what = { id = id, items = items }
  if idx and idx > 0 then
    what.idx = idx
  end
  if loclist then
    fn.setloclist(loclist, {}, "r", what)
  else
    fn.setqflist({}, "r", what)
  end
end

function M.current_win()
  return api.nvim_get_current_win()
end

-- ---------------------------------------------------------------- input

function M.select(items, opts, cb)
  vim.ui.select(items, { prompt = opts.prompt, format_item = opts.format_item }, cb)
end

function M.input(opts, cb)
  vim.ui.input({ prompt = opts.prompt, default = opts.default, completion = opts.completion }, cb)
end

-- ---------------------------------------------------------------- floats, scratch buffers

-- Shows lines in a float near the cursor; closes on cursor move. Returns win.
function M.float(lines, opts)
  opts = opts or {}
  local width = 10
  for _, l in ipairs(lines) do
    width = math.max(width, fn.strdisplaywidth(l))
  end
  width = math.min(width, math.max(20, vim.o.columns - 4))
  local b = api.nvim_create_buf(false, true)
  api.nvim_buf_set_lines(b, 0, -1, false, lines)
  api.nvim_buf_set_option(b, "bufhidden", "wipe")
  api.nvim_buf_set_option(b, "modifiable", false)
  local w = api.nvim_open_win(b, false, {
    relative = "cursor", row = 1, col = 0, width = width, height = #lines,
    style = "minimal", border = opts.border or "rounded", focusable = true,
  })
  if opts.hl then
    for i, h in ipairs(opts.hl) do
      if h then
        api.nvim_buf_add_highlight(b, -1, h, i - 1, 0, -1)
      end
    end
  end
  local group = api.nvim_create_augroup("fulog_float", { clear = true })
  api.nvim_create_autocmd({ "CursorMoved", "CursorMovedI", "BufLeave", "InsertEnter" }, {
    group = group,
    buffer = api.nvim_get_current_buf(),
    once = true,
    callback = function()
      if api.nvim_win_is_valid(w) then
        api.nvim_win_close(w, true)
      end
    end,
  })
  return w
end

-- The scratch buffer named name (created when missing), shown in a window.
function M.scratch(name, filetype, open_cmd)
  local b = fn.bufnr(name)
  if b == -1 or not api.nvim_buf_is_valid(b) then
    b = api.nvim_create_buf(true, true)
    api.nvim_buf_set_name(b, name)
    api.nvim_buf_set_option(b, "buftype", "nofile")
    api.nvim_buf_set_option(b, "bufhidden", "hide")
    api.nvim_buf_set_option(b, "swapfile", false)
  end
  local win = fn.bufwinid(b)
  if win ~= -1 then
    api.nvim_set_current_win(win)
  else
    vim.cmd(open_cmd or "botright split")
    api.nvim_win_set_buf(0, b)
  end
  api.nvim_win_set_option(0, "wrap", false)
  api.nvim_win_set_option(0, "number", false)
  api.nvim_win_set_option(0, "cursorline", true)
  if api.nvim_buf_get_option(b, "filetype") ~= filetype then
    api.nvim_buf_set_option(b, "filetype", filetype)
  end
  return b
end

-- Replaces a read-only buffer's contents.
function M.set_scratch_lines(b, lines)
  api.nvim_buf_set_option(b, "modifiable", true)
  api.nvim_buf_set_lines(b, 0, -1, false, lines)
  api.nvim_buf_set_option(b, "modifiable", false)
  api.nvim_buf_set_option(b, "modified", false)
end

function M.close_buf_windows(b)
  for _, w in ipairs(fn.win_findbuf(b)) do
    if #api.nvim_list_wins() > 1 then
      api.nvim_win_close(w, false)
    else
      vim.cmd("enew")
    end
  end
end

-- Buffer-local normal-mode mapping to a Lua function.
function M.buf_map(b, lhs, f, desc)
  vim.keymap.set("n", lhs, f, { buffer = b, nowait = true, silent = true, desc = desc })
end

-- Global mapping lhs -> rhs (a <Plug> mapping), remap on.
function M.map(mode, lhs, rhs)
  vim.keymap.set(mode, lhs, rhs, { remap = true, silent = true })
end

return M
