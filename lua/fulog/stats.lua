-- :FuStats [week|month] [SINCE [UNTIL]]: the report of `fulog stats` in a
-- scratch buffer, for the seller :FuLog shows (fulog.owner()). The text (bar chart and tables) comes from the core, the
-- same bytes the shell command prints; this file only parses the
-- arguments and shows it.

local config = require("fulog.config")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

M.BUFNAME = "fulog://stats"

local state = { buf = nil, args = nil }
M._state = state

local hl_ns

-- "month 2026-09-01 2026-11-30" -> { by=, since=, until= }, or nil, msg.
function M.parse_args(args)
  local o, dates = {}, {}
  for w in (args or ""):gmatch("%S+") do
    if w == "week" or w == "month" then
      o.by = w
    elseif w:match("^%d%d%d%d%-%d%d%-%d%d$") then
      dates[#dates + 1] = w
    else
      return nil, "FuStats wants [week|month] [SINCE [UNTIL]] (dates as YYYY-MM-DD), got " .. w
    end
  end
  if #dates > 2 then
    return nil, "FuStats takes at most two dates: SINCE and UNTIL"
  end
  o.since, o["until"] = dates[1], dates[2]
  return o
end

-- The rows (0-based) to highlight as headings and totals.
local function highlights(lines)
  local hls = {}
  for i, l in ipairs(lines) do
    if i == 1 or l:match("^%u") then
      hls[#hls + 1] = { i - 1, "FuLogHeader" }
    elseif l:match("^  total ") then
      hls[#hls + 1] = { i - 1, "FuLogAccount" }
    end
  end
  return hls
end

-- The buffer's lines: the report text and a line of keys, or why not.
function M.render(db, o)
  local cfg = config.get()
  local owner, oerr = fulog.owner(db)
  if oerr then
    return { "fulog: " .. oerr }
  end
  -- out: the notes gone from disk, not counted (fulog.gone's rule; a
  -- stat per note counted, in the core): said under the title
  local report, text, out = db:stats({
    today = fulog.today(), by = o.by, since = o.since, ["until"] = o["until"], owner = owner,
    dark_touches = cfg.dark.touches, dark_days = cfg.dark.days, options = fulog.options(),
  })
  if not report then
    return { "fulog: " .. tostring(text) }
  end
  local lines = {}
  for l in text:gmatch("([^\n]*)\n") do
    lines[#lines + 1] = l
    if #lines == 1 and out then
      lines[2] = require("fulog.gone").message(out, require("fulog.bufstep").display_path, ":FuIndex")
    end
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "keys: r refresh  q quit    :FuStats [week|month] [SINCE [UNTIL]]"
  return lines
end

-- Re-reads the store into the stats buffer; returns the lines shown.
function M.refresh()
  local b = state.buf
  if b and ed().buf_valid(b) then
    local db, err = fulog.store()
    local lines = db and M.render(db, state.args) or { "fulog: " .. tostring(err) }
    ed().set_scratch_lines(b, lines)
    hl_ns = hl_ns or ed().namespace("fulog_stats")
    local rows = {}
    for i, h in ipairs(highlights(lines)) do
      rows[i] = { row = h[1], 0, #lines[h[1] + 1], h[2] }
    end
    ed().decorate(b, hl_ns, 0, -1, rows)
    return lines
  end
end

-- :FuStats [args]
function M.open(args)
  local o, msg = M.parse_args(args)
  if not o then
    return nil, msg
  end
  if not fulog.store() then
    return nil
  end
  state.args = o
  local b = ed().scratch(M.BUFNAME, "fulog", config.get().log.open_cmd)
  if state.buf ~= b then
    state.buf = b
    ed().buf_map(b, "r", function() M.refresh() end, "fulog: refresh")
    ed().buf_map(b, "q", function() ed().close_buf_windows(b) end, "fulog: quit")
  end
  M.refresh()
  return b
end

return M
