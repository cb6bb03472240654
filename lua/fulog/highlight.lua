-- Live highlighting of note buffers: the class colour of each next step
-- and the classifier's reason at the end of its line, its tag, the tags of
-- TOUCH:/PAIN:/WANT: lines, and the Ham Bam warning, all in the namespace
-- "fulog". This file is the buffer side: which rows changed, when they are
-- read again, the model of a buffer's steps; lua/fulog/decorate.lua says
-- what a row shows, and the editor adapter's decorate() puts it there.
--
-- Never blocks typing: the change callback only records which rows changed
-- (coalescing them); the work runs scheduled, on changed rows only, and a
-- big range (a whole buffer on attach, a huge paste) is done visible rows
-- first, then the rest in slices of a few milliseconds. Lines longer than
-- max_line_len are classified on their first max_line_len bytes.

-- No traces for this file's functions (LuaJIT): they run once per batch
-- or per edit (with the bulk loops compiled, marking a 100,000-line note
-- runs 1.5% more instructions without them), and compiling a trace in the
-- middle of an edit's update took up to 1.4 ms.
if jit then
  jit.off(true, true)
end

local config = require("fulog.config")
local meeting = require("fulog.meeting")
local decorate = require("fulog.decorate")
local steprows = require("fulog.steprows")
local outside = require("fulog.outside")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

M.groups = {
  -- group = candidates to link to, first existing wins (0.7 has no DiagnosticOk)
  FuLogFirm = { "DiagnosticOk", "String" },
  FuLogSoft = { "DiagnosticWarn", "WarningMsg" },
  FuLogNon = { "DiagnosticError", "ErrorMsg" },
  FuLogCompliance = { "DiagnosticInfo", "Question" },
  FuLogUnknown = { "Comment" },
  FuLogOverdue = { "DiagnosticError", "ErrorMsg" },
  FuLogDone = { "Comment" },
  FuLogTag = { "Label", "Statement" },
  FuLogTouch = { "Special" },
  FuLogNeed = { "Identifier" },
  FuLogWarn = { "DiagnosticWarn", "WarningMsg" },
  FuLogWhy = { "Comment" },
  FuLogHeader = { "Title" },
  FuLogAccount = { "Directory", "Identifier" },
  FuLogDark = { "DiagnosticError", "ErrorMsg" },
}

M.class_group = decorate.class_group

local ns
local function namespace()
  ns = ns or ed().namespace("fulog")
  return ns
end
M.namespace = namespace

-- Links the groups (default=true: a colour scheme or the user wins).
function M.define()
  local e = ed()
  for group, cands in pairs(M.groups) do
    local target = cands[#cands]
    for _, c in ipairs(cands) do
      if e.hl_exists(c) then
        target = c
        break
      end
    end
    e.hl_link(group, target)
  end
end

local defined = false

-- ---------------------------------------------------------------- state

local S = {} -- buf -> state
M._state = S

local function shift(pos, first, last, new_last)
  if pos >= last then
    return pos + (new_last - last)
  end
  if pos > first then
    return new_last
  end
  return pos
end

-- A step of the model is a table, or for a row far from view a number
-- (decorate.rows' compact form: decorate.FIRM + decorate.LATER).
local FIRM, LATER = decorate.FIRM, decorate.LATER

-- Does the step count as firm? (The Ham Bam warning asks "any firm step?"
-- after every edit: the model keeps the count, no walk over a big note.)
-- Done or not, as fulog stats counts it: a booked meeting marked done (it
-- happened) is still how the meeting ended.
local function firm(step)
  if type(step) == "number" then
    return step % (2 * FIRM) >= FIRM
  end
  return step.class == "firm"
end

local function later(step)
  if type(step) == "number" then
    return step >= LATER
  end
  return step.later
end

-- Rows [first, last) became [first, new_last): the steps below move, those
-- on the replaced rows go (the update reads those rows again). The model
-- moves with the text as the editor's marks do, so no mark is ever asked
-- where it went.
local NONE = {}

local function shift_model(st, first, last, new_last)
  local delta = new_last - last
  if delta ~= 0 then
    st.model:splice(first, last, delta, NONE, NONE, 0)
  end
  local w = st.warn_row
  if w and w >= first then
    -- on a replaced row its mark collapsed onto the first row (or went)
    st.warn_row = (w >= last) and (w + delta) or first
  end
end

-- ---------------------------------------------------------------- decorating rows

M.virt_text = decorate.virt_text

local function warning_deco(row)
  return { row = row, below = { { "  \226\154\160 fulog: " .. config.get().ham_bam.text, "FuLogWarn" } } }
end

-- A step's lateness comes from the touches under it (its next action
-- date, as `fulog overdue` has it): the rows read for a step reach this
-- far into its block past a batch, and an edit in a block reads its step
-- again from this far up.
local BLOCK_ROWS = 50

-- Replaces the decorations of rows [s, e) (s < e <= n, the line count)
-- with what their lines say now; far: without the reasons and the
-- virtual text (decorate.rows' later).
-- The step at row as a table (a compact one read again from its line, as
-- it was classified: without its reason).
local function step_table(st, row, step)
  if type(step) ~= "number" then
    return step
  end
  local t
  -- (with its block: the touches under it tell its lateness)
  decorate.rows(ed().get_lines(st.buf, row, math.min(ed().line_count(st.buf), row + 1 + BLOCK_ROWS)), row, {
    core = fulog.core(), meeting = st.info and st.info.date, opts = st.opts.classify, width = 80, later = true,
    add_step = function(_, x) t = x end, nrows = 1,
  })
  return t
end

-- The bytes the buffer was read from (outside.remember), while no edit
-- came since it was attached and they are its lines as they are: the
-- first marking reads its far rows from them, no line strings fetched.
-- st.text: nil not asked yet, false none; st.trow, st.tpos: the row the
-- last scan of them stopped at and its byte.
local function read_text(st, n)
  if st.text == nil then
    st.text = false
    local t = ed().as_read and ed().as_read(st.buf) and outside.text(st.buf)
    if t and fulog.core().text_rows(t) == n then
      st.text, st.trow, st.tpos = t, 0, 0
    end
  end
  return st.text
end

local function decorate_rows(st, s, e, n, far)
  local b = st.buf
  local e_ = ed()
  -- one context per buffer: the scan's columns and the new steps' arrays
  -- are filled again batch after batch
  local ctx = st.ctx
  if not ctx then
    ctx = { compact = true, into = {}, spans = {}, k = 0, add_rows = {}, add_vals = {} }
    st.ctx = ctx
  end
  -- The front matter is the note's data, not its text: a "next:" key there
  -- is no step, as the indexer reads it.
  local fm = st.info and st.info.fm_end
  local text = far and not (fm and s <= fm) and read_text(st, n)
  local lines
  ctx.text = text or nil
  if text then
    local from = s >= st.trow and st.trow or 0
    ctx.pos, ctx.skip = from == 0 and 0 or st.tpos, s - from
  else
    local tail = far and e or math.min(n, e + BLOCK_ROWS)
    lines = e_.get_lines(b, s, tail)
    if fm and s <= fm then
      for r = s, math.min(fm, tail - 1) do
        lines[r - s + 1] = ""
      end
    end
  end
  ctx.core, ctx.meeting, ctx.opts = fulog.core(), st.info and st.info.date, st.opts.classify
  ctx.width, ctx.later, ctx.k, ctx.nrows = e_.win_width(b), far, 0, e - s
  -- (an adapter that draws far rows' spans only when they are shown keeps
  -- them by row: placing a mark each was most of marking a big note)
  ctx.by_row = far and e_.later_spans or nil
  local decos, msg = decorate.rows(lines, s, ctx)
  if decos then
    st.model:splice(s, e, 0, ctx.add_rows, ctx.add_vals, ctx.k)
    if text then
      st.trow, st.tpos = e, ctx.next_pos
    end
  end
  if not decos then
    if not st.warned then
      st.warned = true
      e_.notify("fulog: cannot highlight: " .. tostring(msg), "error")
    end
    return
  end
  st.later = st.later or far
  if ctx.by_row then
    decos.later, decos.spans = decos.spans, nil
  end
  if st.warn_row and st.warn_row >= s and st.warn_row < e then
    decos[#decos + 1] = warning_deco(st.warn_row)
  end
  -- At the end of the buffer take everything to the end: marks of deleted
  -- last lines may sit past it for a moment.
  e_.decorate(b, namespace(), s, (e >= n) and -1 or e, decos)
end

-- A big note's virtual text is made for the rows in view (a screen above
-- and below included) and for the others when they come into view: most
-- of the cost of marking a note is that text, and nobody reads it on rows
-- off screen. Smaller notes get it all at once.
local LATER_ROWS = 5000
local EDIT_ROWS = 200

-- The rows in view, a screen either side: lo, hi (nil: none shown).
local function view(st)
  local lo, hi
  for _, r in ipairs(ed().visible_ranges(st.buf)) do
    local h = r[2] - r[1]
    lo = math.min(lo or math.huge, r[1] - h)
    hi = math.max(hi or 0, r[2] + h)
  end
  return lo, hi
end

-- Decorates rows [s, e) again (clamped to the buffer). sv: a table the
-- chunks of one slice of background work share, which keeps the view
-- asked for once a slice (a scroll meanwhile is fill_view's: on_view).
local function process(st, s, e, sv)
  if not fulog.core() then
    return
  end
  local n = ed().line_count(st.buf)
  s, e = math.max(0, s), math.min(e, n)
  if s >= e then
    return
  end
  local lo, hi
  -- (diagnostics publish every step's reason: all of them now; a range of
  -- EDIT_ROWS or fewer is an edit's, or the view's: its reasons now too,
  -- without asking where the view is, which makes Neovim lay the window
  -- out again: a quarter of a one-line edit's cost after a jump)
  if n > LATER_ROWS and e - s > EDIT_ROWS and not config.get().diagnostics then
    if not sv then
      lo, hi = view(st)
    elseif sv.asked then
      lo, hi = sv.lo, sv.hi
    else
      lo, hi = view(st)
      sv.asked, sv.lo, sv.hi = true, lo, hi
    end
    lo, hi = lo or e, hi or e
  else
    lo, hi = s, e
  end
  lo, hi = math.max(s, math.min(lo, e)), math.min(e, math.max(hi, s))
  if s < lo then
    decorate_rows(st, s, lo, n, true)
  end
  if lo < hi then
    decorate_rows(st, lo, hi, n, false)
  end
  if hi < e then
    decorate_rows(st, hi, e, n, true)
  end
end

-- The rows in view still lack their virtual text: decorate them again.
local function fill_view(st)
  local lo, hi = view(st)
  if not lo then
    return
  end
  local due = false
  st.model:each(math.max(0, lo), hi, function(_, step)
    due = later(step)
    return due
  end)
  if due then
    process(st, lo, hi)
  end
end

-- ---------------------------------------------------------------- Ham Bam

local function has_firm(st)
  return st.model.nfirm > 0, st.model.n > 0
end

-- Is this a meeting note worth a warning? A next step, front matter, or a
-- heading in a note with a dated meeting (not an empty README).
local function looks_like_note(st, any_step)
  local info = st.info or {}
  if any_step or info.fm_end then
    return true
  end
  return info.heading_row ~= nil and (info.source == "heading" or info.source == "file name" or info.source == "front matter")
end

function M.warning_text()
  return config.get().ham_bam.text
end

-- Moves the warning to where it belongs now (or removes it): the rows it
-- leaves and joins are decorated again.
local function update_warn(st)
  local cfg = config.get()
  local firm, any = has_firm(st)
  local row
  if cfg.ham_bam.enabled and not firm and looks_like_note(st, any) then
    row = math.max(0, math.min(meeting.warn_row(st.info or {}), ed().line_count(st.buf) - 1))
  end
  local old = st.warn_row
  if row == old then
    return
  end
  st.warn_row = row
  if old then
    process(st, old, old + 1)
  end
  if row then
    process(st, row, row + 1)
  end
end

-- ---------------------------------------------------------------- diagnostics (opt-in)

local diag_ns
local function update_diagnostics(st)
  local e_ = ed()
  if not config.get().diagnostics then
    if st.had_diag then
      e_.diagnostics_reset(diag_ns, st.buf)
      st.had_diag = false
    end
    return
  end
  diag_ns = diag_ns or e_.namespace("fulog_diagnostics")
  local items = {}
  st.model:each(0, math.huge, function(row, v)
    local step = step_table(st, row, v)
    if step and not step.done and step.class ~= "firm" then
      local sev = ({ soft = "warn", non = "warn", compliance = "info", unknown = "hint" })[step.class] or "hint"
      local msg = step.class .. (step.why and step.why ~= "" and (": " .. step.why) or "")
      if step.ask and step.ask ~= "" then
        msg = msg .. "; ask: " .. step.ask
      end
      if step.overdue_days then
        sev = "error"
        msg = ("overdue %dd (due %s), %s"):format(step.overdue_days, step.due, msg)
      end
      items[#items + 1] = { row = row, col = (step.col or 1) - 1, message = msg, severity = sev }
    end
  end)
  if st.warn_row then
    items[#items + 1] = { row = st.warn_row, col = 0, message = config.get().ham_bam.text, severity = "warn" }
  end
  table.sort(items, function(a, b) return a.row < b.row end)
  e_.diagnostics_set(diag_ns, st.buf, items)
  st.had_diag = true
end

-- ---------------------------------------------------------------- scheduling

local function read_top(st)
  local core = fulog.core()
  local e_ = ed()
  local b = st.buf
  local cfg = config.get()
  local n = e_.line_count(b)
  local get = function(s, e) return e_.get_lines(b, s, e) end
  local span = meeting.span(get, n, cfg.header_lines, core and core.heading_lines)
  local lines = e_.get_lines(b, 0, span)
  local path = e_.fullpath(e_.buf_name(b))
  local stat = path ~= "" and e_.stat(path) or nil
  st.top_span = span
  local ropts = { mtime = stat and stat.mtime or nil, today = fulog.today(), options = fulog.options() }
  local info = meeting.read(core, lines, path, ropts)
  if info.source == "mtime" then
    -- The store keeps the day it first gave such a note; a write (a touch
    -- from here) moved the file's time, not the meeting.
    local db = fulog.store()
    local kept = db and db:kept_day(path)
    if kept and kept ~= info.date then
      ropts.mtime_day = kept
      info = meeting.read(core, lines, path, ropts)
    end
  end
  local changed = not st.info or st.info.date ~= info.date or st.info.fm_end ~= info.fm_end
    or M.people_key(st.info) ~= M.people_key(info)
  st.info = info
  if st.opts then
    M.with_people(st.opts.classify, info)
  end
  return changed
end

-- The front matter's people, for the classifier's opts (who acts).
function M.with_people(copts, info)
  copts.attendees, copts.team, copts.owner = info.attendees, info.team, info.owner
  return copts
end

-- A string that changes when the front matter's people do.
function M.people_key(info)
  return table.concat(info.attendees or {}, ",") .. "|" .. table.concat(info.team or {}, ",") .. "|"
    .. (info.owner or "")
end

local function visible_first(st, lo, hi)
  for _, r in ipairs(ed().visible_ranges(st.buf)) do
    local s, e = math.max(lo, r[1]), math.min(hi, r[2])
    if s < e then
      process(st, s, e)
    end
  end
end

local work

local function kick(st)
  if not st.working and #st.bg > 0 then
    st.working = true
    ed().schedule(function() work(st) end)
  end
end

-- A slice of background work: whole chunks of rows until SLICE seconds of
-- CPU went by, then back to the editor (keys typed meanwhile wait at most
-- that long) and on at the next tick.
local SLICE = 0.008

work = function(st)
  st.working = false
  if st.detached or not ed().buf_valid(st.buf) then
    return
  end
  local chunk = config.get().chunk_size
  local t0 = os.clock()
  local sv = {}
  repeat
    local r = st.bg[1]
    if not r then
      break
    end
    local e = math.min(r[2], r[1] + chunk)
    process(st, r[1], e, sv)
    r[1] = e
    if r[1] >= r[2] then
      table.remove(st.bg, 1)
    end
  until os.clock() - t0 >= SLICE
  if #st.bg > 0 then
    kick(st)
  else
    update_warn(st)
    update_diagnostics(st)
    st.tick = st.tick + 1
  end
end

local function add_bg(st, lo, hi)
  visible_first(st, lo, hi)
  st.bg[#st.bg + 1] = { lo, hi }
  kick(st)
end

-- The first row of the step block that holds row lo: up over the
-- indented and blank rows (BLOCK_ROWS at most) to the first one that is
-- neither (the step, or a row before the block).
local function block_start(st, lo)
  if lo <= 0 then
    return 0
  end
  local from = math.max(0, lo - BLOCK_ROWS)
  local lines = ed().get_lines(st.buf, from, lo + 1)
  for j = #lines, 1, -1 do
    if lines[j]:find("^[^ \t\r]") then
      return from + j - 1
    end
  end
  return lo
end

local function flush(st)
  st.scheduled = false
  if st.detached or not ed().buf_valid(st.buf) then
    return
  end
  local cfg = config.get()
  local n = ed().line_count(st.buf)
  if st.view_dirty then
    st.view_dirty = false
    fill_view(st)
  end
  if st.top_dirty then
    st.top_dirty = false
    if read_top(st) then
      -- A new meeting date moves every due date: classify everything again.
      st.bg = {}
      st.dirty_lo = nil
      add_bg(st, 0, n)
    end
  end
  if st.dirty_lo then
    local lo, hi = math.max(0, st.dirty_lo), math.min(n, st.dirty_hi)
    st.dirty_lo, st.dirty_hi = nil, nil
    -- a touch written or removed moves its step's next action date
    lo = block_start(st, math.min(lo, n - 1))
    if hi <= lo then
      hi = math.min(n, lo + 1)
    end
    if hi - lo <= cfg.chunk_size then
      process(st, lo, hi)
    else
      add_bg(st, lo, hi)
    end
  end
  if #st.bg == 0 then
    update_warn(st)
    update_diagnostics(st)
    st.tick = st.tick + 1
  end
end

local function schedule(st)
  if not st.scheduled then
    st.scheduled = true
    ed().schedule(function() flush(st) end)
  end
end

local function on_change(buf, first, last, new_last)
  local st = S[buf]
  if not st or st.detached then
    return true
  end
  st.text = false -- the file's bytes are no longer its lines
  if last < 0 then
    -- reloaded: everything (the marks are gone)
    st.top_dirty = true
    st.model, st.warn_row = steprows.new(firm), nil
    st.dirty_lo, st.dirty_hi = 0, math.huge
  else
    -- Marks of deleted lines collapse onto the line before or after the
    -- change: take one line more on each side so they are cleared.
    local lo, hi = math.max(0, first - 1), new_last + 1
    if st.dirty_lo then
      st.dirty_lo = math.min(shift(st.dirty_lo, first, last, new_last), lo)
      st.dirty_hi = math.max(shift(st.dirty_hi, first, last, new_last), hi)
    else
      st.dirty_lo, st.dirty_hi = lo, hi
    end
    local keep = {}
    for _, r in ipairs(st.bg) do
      r[1], r[2] = shift(r[1], first, last, new_last), shift(r[2], first, last, new_last)
      if r[1] < r[2] then
        keep[#keep + 1] = r
      end
    end
    st.bg = keep
    shift_model(st, first, last, new_last)
    if first <= (st.top_span or 0) then
      st.top_dirty = true
    end
  end
  schedule(st)
  return false
end

-- A window on the buffer scrolled, or shows it now.
local function on_view(buf)
  local st = S[buf]
  if st and not st.detached and st.later then
    st.view_dirty = true
    schedule(st)
  end
end

-- ---------------------------------------------------------------- public

function M.attach(buf)
  if S[buf] and not S[buf].detached then
    return S[buf]
  end
  local core = fulog.need_core()
  if not core then
    return nil
  end
  if not defined then
    defined = true
    M.define()
  end
  local cfg = config.get()
  local st = {
    buf = buf, model = steprows.new(firm), bg = {}, tick = 0,
    scheduled = false, working = false, top_dirty = true,
    -- the parse options object, and the note's people beside it (with_people)
    opts = { classify = { options = fulog.options() } },
  }
  S[buf] = st
  ed().attach(buf, on_change, function(b)
    if S[b] == st then
      st.detached = true
      S[b] = nil
    end
  end, on_view)
  read_top(st)
  st.top_dirty = false
  add_bg(st, 0, ed().line_count(buf))
  if #st.bg == 0 then
    update_warn(st)
  end
  return st
end

function M.detach(buf)
  local st = S[buf]
  if not st then
    return
  end
  st.detached = true
  S[buf] = nil
  if ed().buf_valid(buf) then
    ed().decorate(buf, namespace(), 0, -1, {})
    if diag_ns then
      ed().diagnostics_reset(diag_ns, buf)
    end
  end
end

function M.is_attached(buf)
  return S[buf] ~= nil and not S[buf].detached
end

-- The meeting date may come from the file's mtime: re-read after a write.
function M.touch_top(buf)
  local st = S[buf]
  if st then
    st.top_dirty = true
    schedule(st)
  end
end

-- Re-reads everything (after setup() or :FuIndex): drops and re-attaches.
function M.refresh_all(is_note)
  for buf, _ in pairs(S) do
    M.detach(buf)
  end
  for _, b in ipairs(ed().list_bufs()) do
    if is_note(b) then
      M.attach(b)
    end
  end
end

-- Does the buffer have pending work? (tests: vim.wait until idle)
function M.idle(buf)
  local st = S[buf]
  return st == nil or (not st.scheduled and not st.working and #st.bg == 0 and not st.dirty_lo)
end

function M.tick(buf)
  local st = S[buf]
  return st and st.tick or -1
end

-- The steps of a buffer: list of { row=, class=, done=, due=, ... }, by row.
function M.steps(buf)
  local st = S[buf]
  local out = {}
  if not st then
    return out
  end
  st.model:each(0, math.huge, function(row, step)
    local t = { row = row }
    for k, v in pairs(step_table(st, row, step) or {}) do
      t[k] = v
    end
    out[#out + 1] = t
  end)
  return out
end

function M.warning_row(buf)
  local st = S[buf]
  return st and st.warn_row
end

-- The meeting info of a buffer ({ date=, source=, account=, ... }).
function M.meeting(buf)
  local st = S[buf]
  if st and st.info then
    return st.info
  end
  local tmp = { buf = buf }
  read_top(tmp)
  return tmp.info
end

-- Explains the line at row (0-based): nil when it is no next step, else a
-- table with class, due, why, ask, overridden, done, overdue_days, meeting, source.
function M.explain(buf, row)
  local core = fulog.need_core()
  if not core then
    return nil
  end
  local cfg = config.get()
  local line = ed().get_line(buf, row)
  if not line then
    return nil
  end
  -- the step with its block: the touches under it tell its lateness
  local lines = ed().get_lines(buf, row, math.min(ed().line_count(buf), row + 1 + BLOCK_ROWS))
  lines[1] = line
  local info = M.meeting(buf)
  if info.fm_end and row <= info.fm_end then
    return nil -- the front matter holds no steps
  end
  local opts = M.with_people({ options = fulog.options() }, info)
  local step
  decorate.rows(lines, row, { core = core, meeting = info.date, opts = opts, width = 80,
    add_step = function(_, s) step = s end, nrows = 1 })
  if not step then
    return nil
  end
  step.meeting, step.source, step.account = info.date, info.source, info.account
  step.capped = #line > cfg.max_line_len
  return step
end

return M
