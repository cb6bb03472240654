-- What each row of a note shows: the classifier's verdicts turned into row
-- decorations for the editor adapter's decorate(). No editor calls here.
--
-- A row decoration: { row = r, c0, c1, group, priority, ... (one span of
-- highlight per four entries), virt = chunks after the line, below =
-- chunks of a virtual line under it }. Chunks: { {text, group}, ... }.

-- No traces for this file's functions (LuaJIT) but the big note's bulk
-- loop (jit.on below): an edit's update makes few calls, and compiling a
-- trace in the middle of one took up to 1.4 ms.
if jit then
  jit.off(true, true)
end

local config = require("fulog.config")

local M = {}

M.class_group = {
  firm = "FuLogFirm", soft = "FuLogSoft", non = "FuLogNon",
  compliance = "FuLogCompliance", unknown = "FuLogUnknown",
}

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

-- A step's explanation as the seller reads it: it quotes the step's own
-- words, so a control or bidi character in them is shown as every step's
-- text is (core.shown_text: a blank, U+FFFD), never drawn raw (a U+202E
-- drew the rest of the line reversed, an ESC reached the terminal). An
-- explanation with none of their lead bytes skips the call.
function M.shown_why(why)
  if why and why:find("[%z\1-\31\127\194\226]") then
    return require("fulog.core").shown_text(why)
  end
  return why
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
    rest = rest .. " (" .. M.shown_why(step.why) .. ")"
  end
  -- max_width when set, else what the window has left after the line
  local width = vt.max_width or avail or 80
  chunks[#chunks + 1] = { text, grp }
  if rest ~= "" then
    chunks[#chunks + 1] = { clip(rest, math.max(10, width - #text)), "FuLogWhy" }
  end
  return chunks
end

-- The model's entry for a step far from view (ctx.compact): a number, not
-- a table: FIRM (firm, done or not) + LATER (open: its virtual text is
-- still to come). A 100,000-line note has some 30,000 steps, and a table each
-- was most of the garbage of marking it.
M.FIRM, M.LATER = 1, 2

local KIND_GROUP = { [2] = "FuLogTouch", [3] = "FuLogNeed", [4] = "FuLogNeed" }

-- Rows far from view (later): the spans of a batch, flat in spans (row,
-- c0, c1, group, priority, ...): every step's class span, then every tag:
-- Neovim 0.7's mark tree fills its nodes better so (80,000 marks set some
-- 15% sooner). The steps go to add_rows/add_vals from index nk + 1
-- (numbers when compact). Returns the entries in spans, the steps in add_*.
-- by_row: the spans by row instead (class, then tag), as an adapter that
-- keeps them for drawing later wants them (editor.later_spans).
local function far_rows(r, s, spans, add_rows, add_vals, nk, compact, by_row)
  local idx, lens, kind, col, tag_len = r.i, r.len, r.kind, r.col, r.tag_len
  local class, due, flags, late = r.class, r.due, r.flags, r.overdue_days
  local FIRM, LATER, class_group = M.FIRM, M.LATER, M.class_group
  local ns = 0
  for k = 1, r.n do
    if by_row and kind[k] ~= 1 then
      local c0, len = col[k], lens[k]
      local tag_end = c0 + tag_len[k]
      if tag_end > len then
        tag_end = len
      end
      spans[ns + 1], spans[ns + 2], spans[ns + 3] = s + idx[k] - 1, c0, tag_end
      spans[ns + 4], spans[ns + 5] = KIND_GROUP[kind[k]], 105
      ns = ns + 5
    elseif kind[k] == 1 then
      local len, c0 = lens[k], col[k]
      local row = s + idx[k] - 1
      local tag_end = c0 + tag_len[k]
      if tag_end > len then
        tag_end = len
      end
      local f, cls = flags[k], class[k]
      local done = f >= 2
      spans[ns + 1], spans[ns + 2], spans[ns + 3], spans[ns + 5] = row, tag_end, len, 105
      spans[ns + 4] = done and "FuLogDone" or (class_group[cls] or "FuLogUnknown")
      ns = ns + 5
      nk = nk + 1
      add_rows[nk] = row
      if compact then
        add_vals[nk] = (cls == "firm" and FIRM or 0) + (done and 0 or LATER)
      else
        add_vals[nk] = {
          class = cls, due = due[k] or nil, why = "", ask = "", overridden = f % 2 == 1, done = done,
          overdue_days = late[k] > 0 and late[k] or nil, col = c0 + 1, tag_len = tag_len[k], later = not done,
        }
      end
      if by_row then
        spans[ns + 1], spans[ns + 2], spans[ns + 3] = row, c0, tag_end
        spans[ns + 4], spans[ns + 5] = "FuLogTag", 110
        ns = ns + 5
      end
    end
  end
  if by_row then
    return ns, nk
  end
  for k = 1, r.n do
    local c0, len = col[k], lens[k]
    local tag_end = c0 + tag_len[k]
    if tag_end > len then
      tag_end = len
    end
    local kd = kind[k]
    spans[ns + 1], spans[ns + 2], spans[ns + 3] = s + idx[k] - 1, c0, tag_end
    if kd == 1 then
      spans[ns + 4], spans[ns + 5] = "FuLogTag", 110
    else
      spans[ns + 4], spans[ns + 5] = KIND_GROUP[kd], 105
    end
    ns = ns + 5
  end
  return ns, nk
end
-- (the one loop of a big note's marking: traces pay there, and no edit's
-- update runs it)
if jit then
  jit.on(far_rows)
end

-- Classifies lines (rows s, s+1, ... of a buffer). ctx = { core=, meeting=,
-- opts= (core.classify's), width= (the window's), later= (true: no reasons
-- and no virtual text yet, the rows are far from view), add_step=
-- function(row, step) (step.later: its virtual text is still to come) or
-- add_rows= and add_vals= (arrays the steps are put in instead, from index
-- ctx.k + 1 on; ctx.k is then their count),
-- compact= (true: a later row's step is a number, M.FIRM + M.LATER),
-- into= (a table core.scan_rows fills again, batch after batch), spans=
-- (a table to fill again as decos.spans, batch after batch), nrows= (only
-- lines[1..nrows] are the batch's rows; the rest are read for the touches
-- of its last step), text= (compact rows only: the rows are read from
-- these bytes instead of lines, core.scan_text's: from byte pos, skip
-- lines passed over; ctx.next_pos is then the byte after them), by_row=
-- (later rows: decos.spans in row order) }.
-- Returns the row decorations (the rows without virtual text as flat
-- spans, decos.spans: row, c0, c1, group, priority, ...), or nil, msg when
-- the core refuses the options.
function M.rows(lines, s, ctx)
  local cfg = config.get()
  local later = ctx.later or false
  local compact = later and ctx.compact
  -- (a compact step keeps no due date: scan_rows leaves them out)
  local r, msg
  if ctx.text then
    r, msg = ctx.core.scan_text(ctx.text, ctx.pos, ctx.skip, ctx.nrows, ctx.meeting, ctx.opts, cfg.max_line_len,
      ctx.into)
    ctx.next_pos = msg
  else
    r, msg = ctx.core.scan_rows(lines, ctx.meeting, ctx.opts, cfg.max_line_len, not later, ctx.into, compact,
      ctx.nrows)
  end
  if not r then
    return nil, msg
  end
  -- (the reused spans table is a big note's far rows'; a few rows in view
  -- get their own)
  local decos, spans, ns, add_step = {}, later and ctx.spans or {}, 0, ctx.add_step
  local add_rows, add_vals = ctx.add_rows, ctx.add_vals
  if not add_rows then
    add_rows, add_vals = {}, {}
  end
  local nk = ctx.add_rows and ctx.k or 0
  if later then
    ns, nk = far_rows(r, s, spans, add_rows, add_vals, nk, compact, ctx.by_row)
  else
    local idx, lens, kind, col, tag_len = r.i, r.len, r.kind, r.col, r.tag_len
    local class, due, why, ask, flags, late = r.class, r.due, r.why, r.ask, r.flags, r.overdue_days
    local class_group = M.class_group
    local room = ctx.width - #cfg.virtual_text.prefix
    for k = 1, r.n do
      local len = lens[k]
      local row = s + idx[k] - 1
      local c0 = col[k]
      local tag_end = c0 + tag_len[k]
      if tag_end > len then
        tag_end = len
      end
      if kind[k] ~= 1 then
        spans[ns + 1], spans[ns + 2], spans[ns + 3], spans[ns + 4], spans[ns + 5] =
          row, c0, tag_end, KIND_GROUP[kind[k]], 105
        ns = ns + 5
      else
        local f, cls = flags[k], class[k]
        local done = f >= 2
        local step = {
          class = cls, due = due[k] or nil, why = why[k], ask = ask[k],
          overridden = f % 2 == 1, done = done, overdue_days = late[k] > 0 and late[k] or nil,
          col = c0 + 1, tag_len = tag_len[k],
        }
        local grp = done and "FuLogDone" or (class_group[cls] or "FuLogUnknown")
        local d = { row = row, c0, tag_end, "FuLogTag", 110, tag_end, len, grp, 105 }
        d.virt = M.virt_text(step, math.max(20, room - len))
        step.virt = d.virt -- what the seller reads after the line
        decos[#decos + 1] = d
        nk = nk + 1
        add_rows[nk], add_vals[nk] = row, step
      end
    end
  end
  if ctx.add_rows then
    ctx.k = nk
  else
    for j = 1, nk do
      add_step(add_rows[j], add_vals[j])
    end
  end
  -- a reused table: what an earlier batch left past this one's spans goes
  for j = ns + 1, #spans do
    spans[j] = nil
  end
  if ns > 0 then
    decos.spans = spans
  end
  return decos
end

return M
