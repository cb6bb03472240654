-- Live highlighting of note buffers: one mark per next step (class colour
-- and the classifier's reason at the end of the line), one for its tag, and
-- the Ham Bam warning, all in the namespace "fulog".
--
-- Never blocks typing: the change callback only records which rows changed
-- (coalescing them); the work runs scheduled, on changed rows only, and a
-- big range (a whole buffer on attach, a huge paste) is done visible rows
-- first, then the rest chunk_size rows per tick. Lines longer than
-- max_line_len are classified on their first max_line_len bytes.

local config = require("fulog.config")
local meeting = require("fulog.meeting")
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

M.class_group = {
  firm = "FuLogFirm", soft = "FuLogSoft", non = "FuLogNon",
  compliance = "FuLogCompliance", unknown = "FuLogUnknown",
}

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

-- ---------------------------------------------------------------- virtual text

local function clip(s, width)
  if #s <= width then
    return s
  end
  local cut = width
  -- do not cut inside a UTF-8 sequence
  while cut > 1 and s:byte(cut + 1) and s:byte(cut + 1) >= 0x80 and s:byte(cut + 1) < 0xC0 do
    cut = cut - 1
  end
  return s:sub(1, cut) .. "..."
end

-- Days a step is past its due date; nil when done, undated or not late.
-- The calendar is the core's, like every other date in fulog.
local function overdue_days(core, step, today)
  if step.done or not step.due or not today then
    return nil
  end
  local n = core.days_between(step.due, today)
  return (n and n > 0) and n or nil
end

-- The virtual text chunks for a step: { {text, group}, ... } or nil.
-- avail: the columns left in the window after the line (nil: max_width).
function M.virt_text(step, avail)
  local vt = config.get().virtual_text
  if not vt.enabled or step.done then
    return nil
  end
  local chunks = {}
  local grp = M.class_group[step.class] or "FuLogUnknown"
  if step.overdue_days and step.overdue_days > 0 then
    chunks[#chunks + 1] = { vt.prefix .. ("overdue %dd"):format(step.overdue_days), "FuLogOverdue" }
    chunks[#chunks + 1] = { " ", "FuLogWhy" }
  elseif not vt.classes[step.class] then
    return nil
  else
    chunks[#chunks + 1] = { vt.prefix, "FuLogWhy" }
  end
  local text = step.class .. (step.overridden and " (#override)" or "")
  if step.due then
    text = text .. " due " .. step.due
  end
  -- what to ask for first: it is what the seller can act on; the reason
  -- after it is the first thing cut when the text is too long
  local rest = ""
  if vt.ask and step.ask and step.ask ~= "" then
    rest = "; ask: " .. step.ask
  end
  if vt.why and step.why and step.why ~= "" then
    rest = rest .. " (" .. step.why .. ")"
  end
  -- max_width when set, else what the window has left after the line
  local width = vt.max_width or avail or 80
  chunks[#chunks + 1] = { text, grp }
  if rest ~= "" then
    chunks[#chunks + 1] = { clip(rest, math.max(10, width - #text)), "FuLogWhy" }
  end
  return chunks
end

-- ---------------------------------------------------------------- classifying rows

-- Classifies one line (capped). Returns the line_info and, for a step, the
-- step table { class, due, why, ask, overridden, done, text, col, tag_len }.
function M.classify_line(core, line, meeting_date, opts)
  local cfg = config.get()
  if #line > cfg.max_line_len then
    line = line:sub(1, cfg.max_line_len)
  end
  local info = core.line_info(line, opts.info)
  if not info or info.kind ~= "step" then
    return info, nil
  end
  local cls, due, why, ask, over
  if meeting_date then
    cls, due, why, ask, over = core.classify(line, meeting_date, opts.classify)
  end
  if not cls then
    cls, due, why, ask, over = core.classify(line)
  end
  return info, {
    class = cls or "unknown", due = due, why = why, ask = ask, overridden = over and true or false,
    done = info.done and true or false, text = info.text, col = info.col, tag_len = info.tag_len,
  }
end

local function process(st, s, e)
  local core = fulog.core()
  if not core then
    return
  end
  local b = st.buf
  local e_ = ed()
  local n = e_.line_count(b)
  if e > n then
    e = n
  end
  if s >= e then
    return
  end
  local space = namespace()
  -- At the end of the buffer take everything to the end: marks of deleted
  -- last lines may sit past it for a moment.
  local upto = (e >= n) and -1 or e
  for _, m in ipairs(e_.get_marks(b, space, s, upto)) do
    st.steps[m.id] = nil
    if m.id == st.warn_id then
      st.warn_id = nil
    end
  end
  e_.clear_marks(b, space, s, upto)
  local lines = e_.get_lines(b, s, e)
  local date = st.info and st.info.date
  local today = fulog.today()
  local opts = st.opts
  local wide = e_.win_width(b)
  local vt_prefix = config.get().virtual_text.prefix
  for i = 1, #lines do
    local line = lines[i]
    if line:find(":", 1, true) then
      local row = s + i - 1
      local info, step = M.classify_line(core, line, date, opts)
      if step then
        local c0 = (info.col or 1) - 1
        local tag_end = c0 + (info.tag_len or 0)
        local len = #line
        if tag_end > len then tag_end = len end
        step.overdue_days = overdue_days(core, step, today)
        local grp = step.done and "FuLogDone" or (M.class_group[step.class] or "FuLogUnknown")
        e_.set_mark(b, space, { row = row, col = c0, end_row = row, end_col = tag_end, hl = "FuLogTag", priority = 110 })
        local id = e_.set_mark(b, space, {
          row = row, col = tag_end, end_row = row, end_col = len, hl = grp, priority = 105,
          virt_text = M.virt_text(step, math.max(20, wide - #line - #vt_prefix)),
        })
        if id then
          st.steps[id] = step
        end
      elseif info then
        local c0 = (info.col or 1) - 1
        local grp = info.kind == "touch" and "FuLogTouch" or "FuLogNeed"
        local tag_len = info.tag_len or ((info.kind == "touch" and 6) or 5)
        e_.set_mark(b, space, { row = row, col = c0, end_row = row, end_col = math.min(#line, c0 + tag_len), hl = grp, priority = 105 })
      end
    end
  end
end

-- ---------------------------------------------------------------- Ham Bam

local function has_firm(st)
  local any = false
  for _, step in pairs(st.steps) do
    any = true
    if step.class == "firm" and not step.done then
      return true, true
    end
  end
  return false, any
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

local function update_warn(st)
  local e_ = ed()
  local b = st.buf
  local cfg = config.get()
  local firm, any = has_firm(st)
  local want = cfg.ham_bam.enabled and not firm and looks_like_note(st, any)
  local space = namespace()
  if not want then
    if st.warn_id then
      e_.del_mark(b, space, st.warn_id)
      st.warn_id = nil
    end
    return
  end
  local row = meeting.warn_row(st.info or {})
  local n = e_.line_count(b)
  if row >= n then
    row = n - 1
  end
  if st.warn_id and e_.mark_row(b, space, st.warn_id) == row then
    return
  end
  if st.warn_id then
    e_.del_mark(b, space, st.warn_id)
  end
  st.warn_id = e_.set_mark(b, space, {
    row = row, col = 0,
    virt_lines = { { { "  \226\154\160 fulog: " .. cfg.ham_bam.text, "FuLogWarn" } } },
  })
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
  local space = namespace()
  for id, step in pairs(st.steps) do
    if not step.done and step.class ~= "firm" then
      local row = e_.mark_row(st.buf, space, id)
      if row then
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
    end
  end
  if st.warn_id then
    local row = e_.mark_row(st.buf, space, st.warn_id)
    if row then
      items[#items + 1] = { row = row, col = 0, message = config.get().ham_bam.text, severity = "warn" }
    end
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
  local span = meeting.span(get, n, cfg.header_lines)
  local lines = e_.get_lines(b, 0, span)
  local path = e_.fullpath(e_.buf_name(b))
  local stat = path ~= "" and e_.stat(path) or nil
  st.top_span = span
  local info = meeting.read(core, lines, path, {
    mtime = stat and stat.mtime or nil, today = fulog.today(), options = fulog.options(),
  })
  local changed = not st.info or st.info.date ~= info.date or M.people_key(st.info) ~= M.people_key(info)
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
    ed().defer(function() work(st) end, 0)
  end
end

work = function(st)
  st.working = false
  if st.detached or not ed().buf_valid(st.buf) then
    return
  end
  local chunk = config.get().chunk_size
  local r = st.bg[1]
  if r then
    local e = math.min(r[2], r[1] + chunk)
    process(st, r[1], e)
    r[1] = e
    if r[1] >= r[2] then
      table.remove(st.bg, 1)
    end
  end
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

local function flush(st)
  st.scheduled = false
  if st.detached or not ed().buf_valid(st.buf) then
    return
  end
  local cfg = config.get()
  local n = ed().line_count(st.buf)
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
  if last < 0 then
    -- reloaded: everything
    st.top_dirty = true
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
    if first <= (st.top_span or 0) then
      st.top_dirty = true
    end
  end
  schedule(st)
  return false
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
    buf = buf, steps = {}, bg = {}, tick = 0,
    scheduled = false, working = false, top_dirty = true,
    -- the parse options object, and the note's people beside it (with_people)
    opts = { info = fulog.options(), classify = { options = fulog.options() } },
  }
  S[buf] = st
  ed().attach(buf, on_change, function(b)
    if S[b] == st then
      st.detached = true
      S[b] = nil
    end
  end)
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
    ed().clear_marks(buf, namespace(), 0, -1)
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

-- The step marks of a buffer: list of { row=, class=, done=, due=, ... }.
function M.steps(buf)
  local st = S[buf]
  local out = {}
  if not st then
    return out
  end
  for id, step in pairs(st.steps) do
    local row = ed().mark_row(buf, namespace(), id)
    if row then
      local t = { row = row }
      for k, v in pairs(step) do
        t[k] = v
      end
      out[#out + 1] = t
    end
  end
  table.sort(out, function(a, b) return a.row < b.row end)
  return out
end

function M.warning_row(buf)
  local st = S[buf]
  if st and st.warn_id then
    return ed().mark_row(buf, namespace(), st.warn_id)
  end
  return nil
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
  local info = M.meeting(buf)
  local _, step = M.classify_line(core, line, info.date, {
    info = fulog.options(), classify = M.with_people({ options = fulog.options() }, info),
  })
  if not step then
    return nil
  end
  step.overdue_days = overdue_days(core, step, fulog.today())
  step.meeting, step.source, step.account = info.date, info.source, info.account
  step.capped = #line > cfg.max_line_len
  return step
end

return M
