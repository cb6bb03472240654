-- What each row of a note shows: the classifier's verdicts turned into row
-- decorations for the editor adapter's decorate(). No editor calls here.
--
-- A row decoration: { row = r, c0, c1, group, priority, ... (one span of
-- highlight per four entries), virt = chunks after the line, below =
-- chunks of a virtual line under it }. Chunks: { {text, group}, ... }.

-- No traces for this file's functions (LuaJIT): their loops are bound by
-- the C calls they make, a trace saved nothing marking a 100,000-line note
-- (callgrind), and compiling one in the middle of an edit's update took up
-- to 1.4 ms.
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

-- The model's entry for a step far from view (ctx.compact): a number, not
-- a table: FIRM (firm and open) + LATER (open: its virtual text is still
-- to come). A 100,000-line note has some 30,000 steps, and a table each
-- was most of the garbage of marking it.
M.FIRM, M.LATER = 1, 2

local KIND_GROUP = { [2] = "FuLogTouch", [3] = "FuLogNeed", [4] = "FuLogNeed" }

-- Classifies lines (rows s, s+1, ... of a buffer). ctx = { core=, meeting=,
-- opts= (core.classify's), width= (the window's), later= (true: no reasons
-- and no virtual text yet, the rows are far from view), add_step=
-- function(row, step) (step.later: its virtual text is still to come),
-- compact= (true: a later row's step is a number, M.FIRM + M.LATER),
-- into= (a table core.scan_rows fills again, batch after batch), spans=
-- (a table to fill again as decos.spans, batch after batch) }.
-- Returns the row decorations (the rows without virtual text as flat
-- spans, decos.spans: row, c0, c1, group, priority, ...), or nil, msg when
-- the core refuses the options.
function M.rows(lines, s, ctx)
  local cfg = config.get()
  local later = ctx.later or false
  local compact = later and ctx.compact
  -- (a compact step keeps no due date: scan_rows leaves them out)
  local r, msg = ctx.core.scan_rows(lines, ctx.meeting, ctx.opts, cfg.max_line_len, not later, ctx.into, compact)
  if not r then
    return nil, msg
  end
  local idx, lens, kind, col, tag_len = r.i, r.len, r.kind, r.col, r.tag_len
  local class, due, why, ask, flags, late = r.class, r.due, r.why, r.ask, r.flags, r.overdue_days
  local decos, spans, ns, add_step = {}, ctx.spans or {}, 0, ctx.add_step
  local FIRM, LATER, class_group = M.FIRM, M.LATER, M.class_group
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
      local grp = done and "FuLogDone" or (class_group[cls] or "FuLogUnknown")
      if later then
        spans[ns + 1], spans[ns + 2], spans[ns + 3], spans[ns + 4], spans[ns + 5] = row, c0, tag_end, "FuLogTag", 110
        spans[ns + 6], spans[ns + 7], spans[ns + 8], spans[ns + 9], spans[ns + 10] = row, tag_end, len, grp, 105
        ns = ns + 10
      end
      if compact then
        add_step(row, done and 0 or (cls == "firm" and FIRM + LATER or LATER))
      else
        local step = {
          class = cls, due = due[k] or nil, why = later and "" or why[k], ask = later and "" or ask[k],
          overridden = f % 2 == 1, done = done, overdue_days = late[k] > 0 and late[k] or nil,
          col = c0 + 1, tag_len = tag_len[k],
        }
        if later then
          step.later = not done
        else
          local d = { row = row, c0, tag_end, "FuLogTag", 110, tag_end, len, grp, 105 }
          d.virt = M.virt_text(step, math.max(20, room - len))
          step.virt = d.virt -- what the seller reads after the line
          decos[#decos + 1] = d
        end
        add_step(row, step)
      end
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
