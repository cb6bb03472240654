-- What each row of a note shows: the classifier's verdicts turned into row
-- decorations for the editor adapter's decorate(). No editor calls here.
--
-- A row decoration: { row = r, c0, c1, group, priority, ... (one span of
-- highlight per four entries), virt = chunks after the line, below =
-- chunks of a virtual line under it }. Chunks: { {text, group}, ... }.

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

-- Classifies lines (rows s, s+1, ... of a buffer). ctx = { core=, meeting=,
-- opts= (core.classify's), width= (the window's), later= (true: no reasons
-- and no virtual text yet, the rows are far from view), add_step=
-- function(row, step) (step.later: its virtual text is still to come) }.
-- Returns the row decorations, or nil, msg when the core refuses the
-- options.
function M.rows(lines, s, ctx)
  local cfg = config.get()
  local later = ctx.later or false
  local r, msg = ctx.core.scan_rows(lines, ctx.meeting, ctx.opts, cfg.max_line_len, not later)
  if not r then
    return nil, msg
  end
  local idx, kind, col, tag_len = r.i, r.kind, r.col, r.tag_len
  local class, due, why, ask, flags, late = r.class, r.due, r.why, r.ask, r.flags, r.overdue_days
  local decos, add_step = {}, ctx.add_step
  local room = ctx.width - #cfg.virtual_text.prefix
  for k = 1, r.n do
    local len = #lines[idx[k]]
    local row = s + idx[k] - 1
    local c0 = col[k]
    local tag_end = math.min(len, c0 + tag_len[k])
    local d
    if kind[k] == "step" then
      local f = flags[k]
      local step = {
        class = class[k], due = due[k] or nil, why = why[k], ask = ask[k],
        overridden = f % 2 == 1, done = f >= 2, overdue_days = late[k] > 0 and late[k] or nil,
        col = c0 + 1, tag_len = tag_len[k],
      }
      local grp = step.done and "FuLogDone" or (M.class_group[step.class] or "FuLogUnknown")
      d = { row = row, c0, tag_end, "FuLogTag", 110, tag_end, len, grp, 105 }
      if later then
        step.later = not step.done
      else
        d.virt = M.virt_text(step, math.max(20, room - len))
        step.virt = d.virt -- what the seller reads after the line
      end
      add_step(row, step)
    else
      d = { row = row, c0, tag_end, kind[k] == "touch" and "FuLogTouch" or "FuLogNeed", 105 }
    end
    decos[#decos + 1] = d
  end
  return decos
end

return M
