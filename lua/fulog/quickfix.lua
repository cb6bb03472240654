-- Overdue follow-ups (db:overdue) into the quickfix list, oldest first, or
-- into the location list of the current note only.

local config = require("fulog.config")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

-- One quickfix entry per overdue step: class and account in the text.
function M.entries(rows)
  local sorted = {}
  for i, r in ipairs(rows) do
    sorted[i] = r
  end
  -- oldest due first; the store already orders them, keep it stable
  for i, r in ipairs(sorted) do
    r._i = i
  end
  table.sort(sorted, function(a, b)
    if a.due ~= b.due then
      return (a.due or "") < (b.due or "")
    end
    return a._i < b._i
  end)
  local items = {}
  for i, r in ipairs(sorted) do
    r._i = nil
    local text = ("[%s] %s: %s (due %s, %d day%s overdue)"):format(
      r.class or "?", r.account or "(no account)", r.text or "", r.due or "?",
      r.days or 0, (r.days == 1) and "" or "s")
    if r.ask and r.ask ~= "" then
      text = text .. "; ask: " .. r.ask
    end
    items[i] = { filename = r.path, lnum = r.line, col = r.col or 1, text = text, type = "W" }
  end
  return items
end

function M.title(today, path, owner)
  local whose = owner and (", owner " .. owner) or ""
  if path then
    return ("fulog: overdue follow-ups in %s (today %s%s)"):format(path, today, whose)
  end
  return ("fulog: overdue follow-ups (today %s%s)"):format(today, whose)
end

-- opts.loclist: the current note only, into its window's location list.
function M.overdue(opts)
  opts = opts or {}
  local cfg = config.get()
  local db, err = fulog.store()
  if not db then
    return nil, err
  end
  local today = fulog.today()
  local loclist = opts.loclist or cfg.overdue.loclist
  local q = { today = today, owner = fulog.owner(), options = fulog.options() }
  local path
  if loclist then
    path = ed().fullpath(ed().buf_name(0))
    if path == "" then
      ed().notify("fulog: the current buffer is not a note file", "error")
      return nil
    end
    if not ed().modified(0) then
      fulog.index_file(path)
    end
    q.path = path
  end
  local rows, msg = db:overdue(q)
  if not rows then
    ed().notify("fulog: " .. tostring(msg), "error")
    return nil, msg
  end
  local items = M.entries(rows)
  local win = loclist and ed().current_win() or nil
  ed().set_qflist(items, M.title(today, path, q.owner), win)
  if #items == 0 then
    ed().notify("fulog: nothing overdue" .. (path and " in this note" or ""), "info")
  elseif cfg.overdue.open then
    ed().open_qf(loclist)
  end
  return items
end

return M
