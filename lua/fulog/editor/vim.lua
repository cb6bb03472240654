-- The Vim adapter (Vim 9 with +lua; Debian's vim-nox links Lua 5.2). It
-- offers the functions of lua/fulog/editor/nvim.lua, with the same
-- signatures and conventions (buffers are numbers, 0 = current; rows
-- 0-based, ranges end-exclusive; columns 0-based bytes), on what Vim's :lua
-- has: vim.eval, vim.command, vim.call / vim.fn, vim.buffer.
--
-- How Neovim ideas map onto Vim:
--   extmarks          text properties: one property per mark, with the mark
--                     id as its id, plus virtual-text properties (Vim gives
--                     those negative ids) for virt_text ("after") and
--                     virt_lines ("below"/"above"). Property types are
--                     global, one per namespace, group and priority.
--   nvim_buf_attach   listener_add() (autoload/fulog.vim hands over here);
--                     each change is passed on as (first, last, new_last).
--   vim.schedule      timer_start(0) (and defer: timer_start(ms))
--   floats            popup_atcursor()
--   vim.ui.select     inputlist() on the command line
--   vim.ui.input      inputdialog() on the command line
--   diagnostics       not available: no-ops
--
-- Vim's :lua cannot pass Lua tables to Vim functions, nor take Vim lists
-- back as tables: to_vim() / from_vim() convert (deep).

local M = {}

M.name = "vim"

local call = vim.call

-- ---------------------------------------------------------------- conversion

local function is_list(t)
  local n = 0
  for _ in pairs(t) do
    n = n + 1
  end
  for i = 1, n do
    if t[i] == nil then
      return false
    end
  end
  return true
end

-- Lua value -> Vim value (tables become vim.list / vim.dict; an empty
-- table is a list unless as_dict).
local function to_vim(v, as_dict)
  if type(v) ~= "table" then
    return v
  end
  if not as_dict and is_list(v) then
    local l = vim.list()
    for _, x in ipairs(v) do
      l:add(to_vim(x))
    end
    return l
  end
  local d = vim.dict()
  for k, x in pairs(v) do
    d[tostring(k)] = to_vim(x)
  end
  return d
end

-- Vim value -> Lua value (lists and dicts become tables, deep).
local function from_vim(v)
  local t = vim.type and vim.type(v) or type(v)
  if t == "list" then
    local out = {}
    for x in v() do
      out[#out + 1] = from_vim(x)
    end
    return out
  elseif t == "dict" then
    local out = {}
    for k, x in v() do
      out[k] = from_vim(x)
    end
    return out
  end
  return v
end

-- A Vim string literal.
local function lit(s)
  return "'" .. tostring(s):gsub("'", "''") .. "'"
end

local function truthy(v)
  return v ~= nil and v ~= 0 and v ~= false and v ~= ""
end

local function eval_num(expr)
  return tonumber(vim.eval(expr)) or 0
end

-- ---------------------------------------------------------------- basics

function M.version()
  local v = eval_num("v:version")
  local major, minor = math.floor(v / 100), v % 100
  -- the highest patch of the contiguous run 1..N (v:versionlong counts
  -- cherry-picked patches beyond it)
  local pre = ("patch-%d.%d."):format(major, minor)
  local lo, hi = 0, 10000
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if call("has", pre .. mid) == 1 then
      lo = mid
    else
      hi = mid - 1
    end
  end
  return ("VIM v%d.%d.%d"):format(major, minor, lo)
end

function M.notify(msg, level)
  local hl = ({ error = "ErrorMsg", warn = "WarningMsg" })[level or "info"] or "None"
  vim.command("echohl " .. hl)
  for line in (tostring(msg) .. "\n"):gmatch("(.-)\n") do
    vim.command("echomsg " .. lit(line))
  end
  vim.command("echohl None")
end

-- The width of a window showing buffer b (the current one when none does).
function M.win_width(b)
  local w = eval_num("bufwinnr(" .. tonumber(b) .. ")")
  return eval_num("winwidth(" .. (w > 0 and w or 0) .. ")")
end

-- The file's lines as on disk, for a changed-on-disk check (nil when
-- unreadable), read as buffer b (when given) was: in its 'fileencoding' (a
-- note with a stray invalid byte is read as latin1). readfile()'s lines: a
-- NUL in them is "\n" (bufstep maps it back).
function M.disk_lines(path, b)
  if eval_num("filereadable(" .. lit(path) .. ")") ~= 1 then
    return nil
  end
  local fenc = b and tostring(call("getbufvar", M.bufnr(b), "&fileencoding") or "") or ""
  local expr = "readfile(" .. lit(path) .. ", 'b')"
  if fenc ~= "" and fenc ~= "utf-8" and fenc ~= vim.eval("&encoding") then
    expr = "map(" .. expr .. ", 'iconv(v:val, " .. lit(fenc):gsub("'", "''") .. ", &encoding)')"
  end
  return from_vim(vim.eval(expr))
end

-- ---------------------------------------------------------------- timers

local timers = {} -- timer id -> { f=, due= }
local clock = function()
  return tonumber(vim.eval("reltimefloat(reltime())")) or os.time()
end

local function run_timer(id)
  local t = timers[id]
  timers[id] = nil
  if not t then
    return
  end
  M._flush_listeners()
  local ok, err = xpcall(t.f, debug.traceback)
  if not ok then
    M.notify("fulog: " .. tostring(err), "error")
  end
end

function M.defer(f, ms)
  ms = ms or 0
  local id = call("timer_start", ms, "fulog#timer")
  timers[id] = { f = f, due = clock() + ms / 1000 }
  return id
end

function M.schedule(f)
  M.defer(f, 0)
end

function M._on_timer(id)
  run_timer(id)
end

-- Waits until cond() is true or ms passed, running due timers and pending
-- listener callbacks meanwhile. Tests only.
function M.wait(ms, cond)
  local deadline = clock() + (ms or 0) / 1000
  while true do
    M._flush_listeners()
    if cond and cond() then
      return true
    end
    local now = clock()
    local due
    for id, t in pairs(timers) do
      if t.due <= now and (due == nil or id < due) then
        due = id
      end
    end
    if due then
      call("timer_stop", due)
      run_timer(due)
    else
      if now >= deadline then
        return cond ~= nil and cond() or false
      end
      vim.command("sleep 2m")
    end
  end
end

function M.getenv(name)
  local v = call("getenv", name)
  if v == nil or v == "" then
    return nil
  end
  return v
end

-- Vim has no :checkhealth: health.lua prints its report.
function M.health_reporter()
  return nil
end

-- ---------------------------------------------------------------- files

-- The working folder: messages name a note relative to it, as the shell does.
function M.cwd()
  return call("getcwd")
end

function M.expand(path)
  return call("fnamemodify", call("expand", path), ":p")
end

-- resolve(p), but p itself for a symlink cycle: resolve() gives E655
-- there, which no pcall stops (inside a :try it aborts the command).
local function resolve(p)
  if call("getftype", p) == "link" then
    local f, _, code = io.open(p, "rb")
    if f then
      f:close()
    elseif code == 40 then -- ELOOP
      return p
    end
  end
  return call("resolve", p)
end

function M.fullpath(path)
  if path == nil or path == "" then
    return ""
  end
  if path:match("^%a[%w+.-]*://") then
    return path
  end
  local p = call("fnamemodify", path, ":p")
  local real = resolve(p)
  if real ~= p and call("getftype", real) ~= "" then
    -- resolve() keeps a trailing slash; realpath does not
    if real:sub(-1) == "/" and #real > 1 then
      real = real:sub(1, -2)
    end
    return real
  end
  if call("getftype", p) == "dir" and p:sub(-1) == "/" and #p > 1 then
    return p:sub(1, -2)
  end
  return p
end

function M.isdir(path)
  return call("isdirectory", path) == 1
end

function M.readable(path)
  return call("filereadable", path) == 1
end

function M.stat(path)
  local real = resolve(path)
  local ty = call("getftype", real)
  if ty == "" then
    return nil
  end
  local mtime = call("getftime", real)
  return {
    mtime = (mtime and mtime >= 0) and mtime or nil,
    perm = call("getfperm", real),
    type = ty == "dir" and "directory" or ty,
  }
end

-- ---------------------------------------------------------------- buffers

function M.bufnr(b)
  if b == nil or b == 0 then
    return call("bufnr", "%")
  end
  return b
end

function M.list_bufs()
  return from_vim(vim.eval("filter(range(1, bufnr('$')), 'bufloaded(v:val)')"))
end

function M.buf_valid(b)
  b = M.bufnr(b)
  return type(b) == "number" and call("bufexists", b) == 1 and call("bufloaded", b) == 1
end

-- The full name, like nvim_buf_get_name (URL-like names as they are).
function M.buf_name(b)
  local name = call("bufname", M.bufnr(b))
  if name == nil or name == "" then
    return ""
  end
  if name:match("^%a[%w+.-]*://") then
    return name
  end
  return call("fnamemodify", name, ":p")
end

function M.buf_for_path(path)
  for _, b in ipairs(M.list_bufs()) do
    local name = M.buf_name(b)
    if name ~= "" and (name == path or M.fullpath(name) == path) then
      return b
    end
  end
  return nil
end

local function opt(b, name)
  return call("getbufvar", M.bufnr(b), "&" .. name)
end

function M.filetype(b)
  return opt(b, "filetype")
end

function M.buftype(b)
  return opt(b, "buftype")
end

-- The encoding the buffer's file is written in ("" when 'encoding''s).
function M.fileencoding(b)
  return tostring(opt(b, "fileencoding") or "")
end

function M.modified(b)
  return truthy(opt(b, "modified"))
end

-- Is the buffer the bytes of its file line for line, as read? Unmodified,
-- UTF-8, Unix line ends, no BOM: no conversion came between (the line
-- count is the caller's to check).
function M.as_read(b)
  local fenc = M.fileencoding(b)
  return not M.modified(b) and (fenc == "" or fenc == "utf-8") and tostring(opt(b, "fileformat")) == "unix"
    and not truthy(opt(b, "bomb"))
end

function M.modifiable(b)
  return truthy(opt(b, "modifiable"))
end

-- 'readonly': the editor found the file without write permission (or
-- was told -R / :view).
function M.readonly(b)
  return truthy(opt(b, "readonly"))
end

local function vbuf(b)
  return vim.buffer(M.bufnr(b))
end

function M.line_count(b)
  local vb = vbuf(b)
  return vb and #vb or 0
end

-- nvim_buf_get_lines(b, s, e, false): negative indices count from the end
-- (-1: after the last line); out-of-range is clamped.
local function norm_range(n, s, e)
  s = s or 0
  e = e or -1
  if s < 0 then
    s = n + 1 + s
  end
  if e < 0 then
    e = n + 1 + e
  end
  if s < 0 then s = 0 end
  if e > n then e = n end
  if s > n then s = n end
  return s, e
end

function M.get_lines(b, s, e)
  local vb = vbuf(b)
  if not vb then
    return {}
  end
  local n = #vb
  s, e = norm_range(n, s, e)
  local out = {}
  for i = s + 1, e do
    out[#out + 1] = vb[i]
  end
  return out
end

function M.get_line(b, row)
  local vb = vbuf(b)
  if not vb or row < 0 or row >= #vb then
    return nil
  end
  return vb[row + 1]
end

-- Line row of buffer b as its file holds it: back in the 'fileencoding'
-- it was read in (a note with a stray invalid byte is read as latin1, so
-- the buffer's "\195\191" is the file's "\255"), for the core to show it as
-- the shell does.
function M.file_line(b, row)
  local l = M.get_line(b, row)
  local fenc = l and tostring(call("getbufvar", M.bufnr(b), "&fileencoding") or "") or ""
  if fenc ~= "" and fenc ~= "utf-8" and fenc ~= vim.eval("&encoding") then
    l = tostring(call("iconv", l, vim.eval("&encoding"), fenc))
  end
  return l
end

-- nvim_buf_set_lines(b, s, e, false, lines): replaces rows [s, e). A NUL
-- in a line goes to Vim as "\n", which a buffer line holds for a NUL: a
-- Vim string ends at a NUL, and the rest of the line with it (a :FuDone
-- on "send the<NUL> deck" wrote "send the").
function M.set_lines(b, s, e, lines)
  local nul = {}
  for i, l in ipairs(lines) do
    nul[i] = l:find("%z") and l:gsub("%z", "\n") or l
  end
  lines = nul
  b = M.bufnr(b)
  local n = M.line_count(b)
  s, e = norm_range(n, s, e)
  if e < s then
    e = s
  end
  local old, new = e - s, #lines
  local common = math.min(old, new)
  if common > 0 then
    local l = {}
    for i = 1, common do
      l[i] = lines[i]
    end
    call("setbufline", b, s + 1, to_vim(l))
  end
  if new > old then
    local l = {}
    for i = old + 1, new do
      l[#l + 1] = lines[i]
    end
    call("appendbufline", b, s + old, to_vim(l))
  elseif old > new then
    call("deletebufline", b, s + new + 1, s + old)
  end
end

-- Takes the file's time as the unmodified buffer b's own, when its bytes
-- are (fulog.bufstep compared them): a newer time alone (touch, a sync
-- tool, a checkout, another editor writing the same bytes) stopped
-- M.write at the editor's "changed since reading it (y/n)?", which hung
-- or ended a headless run. :checktime stores the time when only the time
-- changed.
function M.sync_time(b)
  vim.command("silent checktime " .. M.bufnr(b))
end

-- Writes the buffer (autocommands run, so BufWritePost indexes it).
function M.write(b)
  b = M.bufnr(b)
  if b == call("bufnr", "%") then
    vim.command("silent update")
    return
  end
  local wins = from_vim(call("win_findbuf", b))
  if #wins > 0 then
    call("win_execute", wins[1], "silent update")
    return
  end
  -- not shown anywhere: show it for a moment
  local cur = call("win_getid")
  vim.command("silent keepalt keepjumps noautocmd split")
  vim.command("silent keepalt keepjumps buffer " .. b)
  vim.command("silent update")
  vim.command("close")
  call("win_gotoid", cur)
end

-- ---------------------------------------------------------------- cursor, windows

-- 1-based line, 0-based byte column.
function M.cursor()
  return call("line", "."), call("col", ".") - 1
end

function M.set_cursor(lnum, col, win)
  win = win or 0
  local cmd = ("call cursor(%d, %d)"):format(math.max(1, lnum), math.max(0, col or 0) + 1)
  if win == 0 or win == call("win_getid") then
    vim.command(cmd)
  else
    call("win_execute", win, cmd)
  end
end

function M.startinsert(append)
  vim.command(append and "startinsert!" or "startinsert")
end

-- The 0-based, end-exclusive row ranges shown in windows on this buffer.
-- line("w0", win) brings the window's top line up to date (getwininfo()
-- may hold one from before a jump, in Ex mode always).
function M.visible_ranges(b)
  local out = {}
  for w in call("win_findbuf", b)() do
    local top, bot = call("line", "w0", w), call("line", "w$", w)
    if bot < top then
      bot = top
    end
    out[#out + 1] = { top - 1, bot }
  end
  return out
end

function M.jump(path, lnum, col)
  local cur = call("win_getid")
  local target
  local tab = from_vim(call("gettabinfo", call("tabpagenr")))[1] or { windows = {} }
  for _, w in ipairs(tab.windows) do
    local b = call("winbufnr", w)
    if w ~= cur and call("getbufvar", b, "&buftype") == "" then
      target = target or w
      if M.fullpath(M.buf_name(b)) == path then
        target = w
        break
      end
    end
  end
  if target then
    call("win_gotoid", target)
  elseif M.buftype(0) ~= "" then
    vim.command("aboveleft split")
  end
  if M.fullpath(M.buf_name(0)) ~= path then
    -- without 'hidden' a modified buffer cannot be left: split instead
    local stay = M.modified(0) and not truthy(vim.eval("&hidden")) and M.buftype(0) == ""
    vim.command((stay and "split " or "edit ") .. call("fnameescape", path))
  end
  M.set_cursor(lnum or 1, (col or 1) - 1)
  vim.command("normal! zv")
end

-- ---------------------------------------------------------------- decorations (text properties)

local namespaces, ns_count = {}, 0
local ns_types = {}   -- ns -> { list = {type names}, [virt or ""] = {[group] = {[priority] = type name}} }
local tracked = {}    -- buf -> listener id
local subs = {}       -- buf -> { on_change=, on_detach= }

function M.namespace(name)
  if not namespaces[name] then
    ns_count = ns_count + 1
    namespaces[name] = ns_count
  end
  return namespaces[name]
end

local function ensure_group(hl)
  if hl and call("hlexists", hl) == 0 then
    -- creates it empty: a later `highlight default link` still applies
    vim.command("silent! highlight clear " .. hl)
  end
end

-- The property type for (ns, group, priority, virtual text "after" /
-- "below" / nil), created on first use. Types are global in Vim: one per
-- namespace keeps a namespace's properties removable by type; the suffix
-- (_v after the line, _b below it) tells them apart in prop_list(), which
-- shows neither the text nor where it goes.
local function ptype(ns, hl, prio, virt)
  prio = prio or 0
  local t = ns_types[ns]
  if not t then
    t = { list = {} }
    ns_types[ns] = t
  end
  -- t[virt or ""][group][priority] = name: lookups, no string built per span
  local byhl = t[virt or ""]
  if not byhl then
    byhl = {}
    t[virt or ""] = byhl
  end
  local byprio = byhl[hl or "_"]
  if not byprio then
    byprio = {}
    byhl[hl or "_"] = byprio
  end
  local name = byprio[prio]
  if name then
    return name
  end
  name = ("fulog_%d_%s_%d%s"):format(ns, hl or "_", prio, virt == "after" and "_v" or virt == "below" and "_b" or "")
  if truthy(call("empty", call("prop_type_get", name))) then
    ensure_group(hl)
    local props = { priority = prio, combine = 1 }
    if hl then
      props.highlight = hl
    end
    call("prop_type_add", name, to_vim(props, true))
  end
  byprio[prio] = name
  t.list[#t.list + 1] = name
  t.what = t.what or {}
  t.what[name] = { hl = hl, prio = prio, virt = virt }
  return name
end

local function loaded(b)
  return type(b) == "number" and call("bufloaded", b) == 1
end

-- Replaces the decorations in namespace ns of rows [s, e) (e = -1: to the
-- end of the buffer) with rows, a list of { row=, c0, c1, group, priority,
-- ... (a highlighted span per four entries), virt = chunks after the line,
-- below = chunks of a virtual line under it } (lua/fulog/decorate.lua);
-- rows.spans (optional): more spans, flat: row, c0, c1, group, priority, ...
-- Spans are added with one prop_add_list() per property type; virtual text
-- (text_align "after" / "below") is one prop_add() per chunk.
function M.decorate(b, ns, s, e, rows)
  b = M.bufnr(b)
  if not loaded(b) then
    return
  end
  local n = M.line_count(b)
  local e1 = (e < 0 or e > n) and n or e
  local types = ns_types[ns] and ns_types[ns].list or {}
  if #types > 0 and s < e1 then
    call("prop_remove", to_vim({ types = types, bufnr = b, all = 1 }, true), s + 1, e1)
  end
  local spans = {} -- type -> { vim.list{lnum, col, end_lnum, end_col}, ... }
  local function span(lnum, c0, c1, group, prio)
    -- a zero-width property with a highlight colours one character: a
    -- plain anchor instead
    local ty = ptype(ns, c1 > c0 and group or nil, prio)
    local list = spans[ty]
    if not list then
      list = {}
      spans[ty] = list
    end
    list[#list + 1] = vim.list({ lnum, c0 + 1, lnum, c1 + 1 })
  end
  local sp = rows.spans or {}
  for k = 1, #sp, 5 do
    span(sp[k] + 1, sp[k + 1], sp[k + 2], sp[k + 3], sp[k + 4])
  end
  for k = 1, #rows do
    local d = rows[k]
    local lnum = d.row + 1
    for j = 1, #d, 4 do
      span(lnum, d[j], d[j + 1], d[j + 2], d[j + 3])
    end
    for _, chunk in ipairs(d.virt or {}) do
      if chunk[1] ~= "" then
        call("prop_add", lnum, 0, to_vim({
          type = ptype(ns, chunk[2], d[4], "after"), text = chunk[1], text_align = "after", bufnr = b,
        }, true))
      end
    end
    if d.below then
      local parts = {}
      for _, chunk in ipairs(d.below) do
        parts[#parts + 1] = chunk[1]
      end
      call("prop_add", lnum, 0, to_vim({
        type = ptype(ns, d.below[1] and d.below[1][2], 0, "below"), text = table.concat(parts),
        text_align = "below", bufnr = b,
      }, true))
    end
  end
  -- vim.list() converts a sequence in C: several times faster than
  -- to_vim()'s item by item (a 100k-line note: 1.5 s)
  for ty, list in pairs(spans) do
    call("prop_add_list", to_vim({ type = ty, bufnr = b }, true), vim.list(list))
  end
end

-- Every decoration of rows [s, e) in namespace ns (e = -1: to the end),
-- in the shape the Neovim adapter's marks() gives (nvim_buf_get_extmarks
-- with details): { id, row, col, { end_row=, end_col=, hl_group=,
-- priority=, virt= "after" / "below" / nil } }. Vim draws every property
-- it holds; the virtual text itself is not in prop_list().
function M.marks(b, ns, s, e)
  b = M.bufnr(b)
  local out = {}
  local t = ns_types[ns]
  if not loaded(b) or not t or not t.what then
    return out
  end
  local n = M.line_count(b)
  local e1 = (e < 0 or e > n) and n or e
  if s >= e1 then
    return out
  end
  for _, p in ipairs(from_vim(call("prop_list", s + 1, to_vim({ bufnr = b, end_lnum = e1 }, true)))) do
    local w = t.what[p.type]
    if w then
      local row, c0 = p.lnum - 1, p.col - 1
      out[#out + 1] = { p.id or 0, row, c0,
        { end_row = row, end_col = c0 + (p.length or 0), hl_group = w.hl, priority = w.prio, virt = w.virt } }
    end
  end
  return out
end

-- Passes a buffer's changes on to the highlighter (listener_add).
local function track(b)
  if tracked[b] then
    return
  end
  tracked[b] = call("listener_add", "fulog#listener", b)
end

local function untrack(b)
  if tracked[b] then
    call("listener_remove", tracked[b])
    tracked[b] = nil
  end
end

function M._flush_listeners()
  for buf in pairs(tracked) do
    if call("bufloaded", buf) == 1 then
      call("listener_flush", buf)
    end
  end
end

-- Called by fulog#listener: changes = [[lnum, end, added], ...] (old lines
-- [lnum, end) became [lnum, end + added)).
function M._on_lines(b, changes)
  local sub = subs[b]
  if not sub then
    return nil
  end
  for c in changes() do
    local t = {}
    for x in c() do
      t[#t + 1] = x
    end
    local first, last = t[1] - 1, t[2] - 1
    local ok, res = pcall(sub.on_change, b, first, last, last + t[3])
    if ok and res == true then
      subs[b] = nil
      break
    elseif not ok then
      M.notify("fulog: " .. tostring(res), "error")
    end
  end
  return nil
end

-- ---------------------------------------------------------------- highlights

function M.hl_exists(name)
  return call("hlexists", name) == 1
end

function M.hl_link(group, target)
  vim.command(("highlight default link %s %s"):format(group, target))
end

-- ---------------------------------------------------------------- diagnostics

-- Vim has no diagnostics API: the option is Neovim-only.
function M.diagnostics_set(_, _, _) end

function M.diagnostics_reset(_, _) end

-- ---------------------------------------------------------------- attach, autocmds

local function setup_autocmds()
  vim.command("augroup fulog_vim_adapter")
  vim.command("autocmd!")
  vim.command("autocmd BufUnload * call fulog#unload(str2nr(expand('<abuf>')))")
  vim.command("autocmd BufReadPost * call fulog#reload(str2nr(expand('<abuf>')))")
  vim.command("autocmd BufWinEnter * call fulog#view(str2nr(expand('<abuf>')))")
  if call("exists", "##WinScrolled") == 1 then
    vim.command("autocmd WinScrolled * call fulog#view(winbufnr(win_id2win(str2nr(expand('<amatch>')))))")
  end
  vim.command("augroup END")
end
setup_autocmds()

-- on_change(buf, first, last, new_last): 0-based rows, like nvim_buf_attach's
-- on_lines (last < 0: everything, after a reload). Returns true when
-- attached; on_change returning true detaches. on_view(buf): a window on
-- it scrolled or shows it now.
function M.attach(b, on_change, on_detach, on_view)
  b = M.bufnr(b)
  if not loaded(b) then
    return false
  end
  track(b)
  subs[b] = { on_change = on_change, on_detach = on_detach, on_view = on_view }
  return true
end

function M._on_view(b)
  local sub = subs[b]
  if sub and sub.on_view then
    local ok, err = pcall(sub.on_view, b)
    if not ok then
      M.notify("fulog: " .. tostring(err), "error")
    end
  end
end

function M._on_unload(b)
  local sub = subs[b]
  subs[b] = nil
  untrack(b)
  if sub and sub.on_detach then
    pcall(sub.on_detach, b)
  end
end

-- The buffer was read again (:edit!): its properties are gone.
function M._on_reload(b)
  local sub = subs[b]
  if sub then
    local ok, res = pcall(sub.on_change, b, 0, -1, -1)
    if ok and res == true then
      subs[b] = nil
    end
  end
end

-- ---------------------------------------------------------------- quickfix

-- items = { { filename=, lnum=, col=, text=, type= } }; loclist: a window id or 0.
function M.set_qflist(items, title, loclist)
  local what = vim.dict()
  what.title = title
  what.items = to_vim(items)
  if loclist then
    call("setloclist", loclist, vim.list(), " ", what)
  else
    call("setqflist", vim.list(), " ", what)
  end
end

function M.open_qf(loclist)
  vim.command(loclist and "lopen" or "copen")
end

-- The id of the quickfix list just set (or of window loclist's location list).
function M.qf_id(loclist)
  local what = to_vim({ id = 0 }, true)
  local d = loclist and call("getloclist", loclist, what) or call("getqflist", what)
  return d.id or 0
end

-- The title and current index of list id; "" when the list is gone (a
-- window closed, the list pushed out of the stack).
function M.qf_get(id, loclist)
  if loclist and call("win_id2win", loclist) == 0 then
    return "", 0
  end
  local what = to_vim({ id = id, title = 0, idx = 0 }, true)
  local d = loclist and call("getloclist", loclist, what) or call("getqflist", what)
  return d.title or "", d.idx or 0
end

-- Replaces the entries of list id, its title kept, idx its current one.
function M.qf_replace(id, items, idx, loclist)
  local what = vim.dict()
  what.id = id
  what.items = to_vim(items)
  if idx and idx > 0 then
    what.idx = idx
  end
  if loclist then
    call("setloclist", loclist, vim.list(), "r", what)
  else
    call("setqflist", vim.list(), "r", what)
  end
end

function M.current_win()
  return call("win_getid")
end

-- ---------------------------------------------------------------- input (command line)

-- vim.ui.select's nearest Vim idiom: a numbered list on the command line.
function M.select(items, opts, cb)
  opts = opts or {}
  local choices = { opts.prompt and (opts.prompt .. ":") or "Select:" }
  for i, it in ipairs(items) do
    local label = opts.format_item and opts.format_item(it) or tostring(it)
    choices[#choices + 1] = ("%d. %s"):format(i, label)
  end
  call("inputsave")
  local n = call("inputlist", to_vim(choices))
  call("inputrestore")
  vim.command("redraw")
  if type(n) == "number" and n >= 1 and n <= #items then
    cb(items[n], n)
  else
    cb(nil, nil)
  end
end

local CANCEL = "\1fulog-cancelled\1"

-- vim.ui.input's nearest Vim idiom: a prompt on the command line. <Esc>
-- cancels (cb(nil)).
function M.input(opts, cb)
  opts = opts or {}
  call("inputsave")
  local s
  if opts.completion then
    s = call("input", opts.prompt or "", opts.default or "", opts.completion)
  else
    s = call("inputdialog", opts.prompt or "", opts.default or "", CANCEL)
  end
  call("inputrestore")
  vim.command("redraw")
  if s == CANCEL then
    cb(nil)
  else
    cb(s)
  end
end

-- ---------------------------------------------------------------- popups, scratch buffers

local float_ns

-- The nearest Vim idiom of a float: a popup at the cursor, closed when the
-- cursor moves. Returns the popup's window id.
function M.float(lines, opts)
  opts = opts or {}
  float_ns = float_ns or M.namespace("fulog_float")
  local what = {}
  for i, l in ipairs(lines) do
    local item = { text = l }
    local h = opts.hl and opts.hl[i]
    if h and #l > 0 then
      item.props = { { col = 1, length = #l, type = ptype(float_ns, h, 0) } }
    end
    what[i] = item
  end
  local border = opts.border == "none" and {} or { 1, 1, 1, 1 }
  local popts = {
    moved = "any", close = "click", padding = { 0, 1, 0, 1 }, highlight = "Pmenu",
  }
  if opts.border ~= "none" then
    popts.border = to_vim(border)
    popts.borderchars = to_vim({ "-", "|", "-", "|", "+", "+", "+", "+" })
    popts.highlight = "Normal"
  end
  local w = call("popup_atcursor", to_vim(what), to_vim(popts, true))
  M._last_float = w
  return w
end

-- The scratch buffer named name (created when missing), shown in a window.
function M.scratch(name, filetype, open_cmd)
  local b = call("bufnr", "^" .. name .. "$")
  if b ~= -1 and call("bufloaded", b) == 0 then
    call("bufload", b)
  end
  if b == -1 then
    b = call("bufadd", name)
    call("setbufvar", b, "&buftype", "nofile")
    call("setbufvar", b, "&bufhidden", "hide")
    call("setbufvar", b, "&swapfile", 0)
    call("setbufvar", b, "&buflisted", 1)
    call("bufload", b)
  end
  local win = call("bufwinid", b)
  if win ~= -1 then
    call("win_gotoid", win)
  else
    vim.command(open_cmd or "botright split")
    vim.command("silent keepalt buffer " .. b)
  end
  vim.command("setlocal nowrap nonumber cursorline")
  if call("getbufvar", b, "&filetype") ~= filetype then
    call("setbufvar", b, "&filetype", filetype)
  end
  return b
end

function M.set_scratch_lines(b, lines)
  call("setbufvar", b, "&modifiable", 1)
  M.set_lines(b, 0, -1, lines)
  call("setbufvar", b, "&modifiable", 0)
  call("setbufvar", b, "&modified", 0)
end

function M.close_buf_windows(b)
  for w in call("win_findbuf", b)() do
    if eval_num("winnr('$')") > 1 then
      local nr = call("win_id2win", w)
      if nr > 0 then
        vim.command(nr .. "close")
      end
    else
      vim.command("enew")
    end
  end
end

local map_cbs, map_count = {}, 0

-- Buffer-local normal-mode mapping to a Lua function.
function M.buf_map(b, lhs, f, desc)
  b = M.bufnr(b)
  map_count = map_count + 1
  map_cbs[map_count] = f
  local cmd = ("nnoremap <buffer> <nowait> <silent> %s <Cmd>call fulog#map(%d)<CR>"):format(lhs, map_count)
  if b == call("bufnr", "%") then
    vim.command(cmd)
  else
    local w = call("bufwinid", b)
    if w ~= -1 then
      call("win_execute", w, cmd)
    end
  end
end

function M._on_map(id)
  local f = map_cbs[id]
  if f then
    local ok, err = xpcall(f, debug.traceback)
    if not ok then
      M.notify("fulog: " .. tostring(err), "error")
    end
  end
end

-- Global mapping lhs -> rhs (a <Plug> mapping), remap on.
function M.map(mode, lhs, rhs)
  vim.command(("%smap <silent> %s %s"):format(mode, lhs, rhs))
end

return M
