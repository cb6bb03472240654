-- Overdue follow-ups (db:overdue) into the quickfix list, by next action
-- date, or into the location list of the current note only.

local config = require("fulog.config")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

-- The lists :FuOverdue made, by "qf" or the window of a location list:
-- { id=, title=, q= (the query), rows= (what db:overdue gave) }.
local made = {}

-- One quickfix entry per overdue step, in the store's order (by next
-- action date); the text is the core's message, the same as `fulog overdue`.
function M.entries(rows, today)
  local core = require("fulog.core")
  local bufstep = require("fulog.bufstep")
  local items, seen = {}, {}
  for i, r in ipairs(rows) do
    -- (a note open with unsaved edits has the step where the buffer has it)
    local lnum = bufstep.current_line(r.path, r.line, r.text, seen)
    items[i] = { filename = r.path, lnum = lnum, col = r.col or 1, text = core.overdue_message(r, today),
      type = (r.state == "outcome") and "I" or "W" }
  end
  return items
end

-- The owner (from the notes or git config) and the note's path are named
-- as every name is (core.shown_name): the title is drawn on the screen.
function M.title(today, path, owner)
  local shown = require("fulog.core").shown_name
  local whose = owner and (", owner " .. shown(owner)) or ""
  if path then
    return ("fulog: overdue follow-ups in %s (today %s%s)"):format(shown(path), today, whose)
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
  local owner, oerr = fulog.owner(db)
  if oerr then
    ed().notify("fulog: " .. oerr, "error")
    return nil, oerr
  end
  local q = { today = today, owner = owner, options = fulog.options() }
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
  -- shown: the owner filter as the notes spell it, as :FuLog's header
  local rows, shown = db:overdue(q)
  if not rows then
    ed().notify("fulog: " .. tostring(shown), "error")
    return nil, shown
  end
  local gone = require("fulog.gone")
  local out
  rows, out = gone.drop(require("fulog.core"), rows)
  local items = M.entries(rows, today)
  local listing = {}
  for i, r in ipairs(rows) do
    listing[i] = { path = r.path, line = items[i].lnum, text = r.text }
  end
  fulog.record_listing(db, listing)
  local win = loclist and ed().current_win() or nil
  local title = M.title(today, path, shown)
  ed().set_qflist(items, title, win)
  made[win or "qf"] = { id = ed().qf_id(win), title = title, q = q, rows = rows, win = win }
  if #items == 0 then
    ed().notify("fulog: nothing overdue" .. (path and " in this note" or ""), "info")
  elseif cfg.overdue.open then
    ed().open_qf(loclist)
  end
  -- the steps of notes gone from disk are not listed (fulog.gone)
  local said = gone.message(out, require("fulog.bufstep").display_path, ":FuIndex")
  if said then
    ed().notify("fulog: " .. said, "warn")
  end
  return items
end

-- After fulog wrote path (a touch, done or snooze from the log, or on a
-- note not open): the lists :FuOverdue made that name it are read again
-- from the store. A write-back moves the lines below the step, and a list
-- of the old lines sent a jump to the wrong line (the TOUCH: under the
-- step above), where :FuDone marked that other step; the step acted on
-- also leaves the list. The current entry stays on its step. path nil:
-- every list (another process wrote the store, fulog.on_store_check).
function M.refresh(path)
  local db
  for k, m in pairs(made) do
    local title, idx = ed().qf_get(m.id, m.win)
    local names = path == nil
    for _, r in ipairs(m.rows) do
      names = names or r.path == path
    end
    if title ~= m.title then
      made[k] = nil
    elseif names then
      db = db or fulog.store()
      local rows = db and db:overdue(m.q)
      if rows then
        rows = require("fulog.gone").drop(require("fulog.core"), rows)
        local cur, at = m.rows[idx], math.min(idx, #rows)
        for j, r in ipairs(rows) do
          if cur and r.path == cur.path and r.text == cur.text then
            at = j
          end
        end
        ed().qf_replace(m.id, M.entries(rows, m.q.today), at, m.win)
        m.rows = rows
      end
    end
  end
end

return M
