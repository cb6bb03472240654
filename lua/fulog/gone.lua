-- The steps of notes that are gone from disk, left out of a listing.
-- The store keeps a deleted note until the next index (a full walk, which
-- a listing must not pay for), and a note renamed with no write-back or
-- save since stays at its old path: fulog overdue, log, :FuOverdue and
-- :FuLog would nag about steps the notes folder no longer has, and list a
-- renamed note's steps twice once the new path is indexed. So a listing
-- stats the distinct notes of the rows it is about to show (a stat each,
-- not a walk) and leaves out those with no such file (core.note_gone:
-- ENOENT only, a note that cannot be read is not gone), and says so in one
-- line. The store is not written (the listings open it read-only): an
-- index or a write-back removes them. One rule for the shell and both
-- editors. Plain Lua.

local M = {}

-- Leaves out of rows ({ path = }, as db:overdue gives them) those of a
-- gone note, adding them up in out; gone: each path's verdict, so a note
-- is looked at once per listing.
local function drop(core, rows, gone, out)
  local kept = {}
  for _, r in ipairs(rows) do
    local p = r.path
    if p and gone[p] == nil then
      gone[p] = core.note_gone(p) ~= nil
      if gone[p] then
        out = out or { steps = 0, notes = 0, path = p, paths = {} }
        out.notes = out.notes + 1
        out.paths[#out.paths + 1] = p
      end
    end
    if p and gone[p] then
      out = out or { steps = 0, notes = 0, path = p, paths = {} } -- a verdict from an earlier pass
      out.steps = out.steps + 1
    else
      kept[#kept + 1] = r
    end
  end
  return kept, out
end

-- A listing's rows: the rows whose note is there, in their order, and
-- what was left out: nil, or { steps = N, notes = N, path = the first
-- gone note, paths = every gone note }.
function M.drop(core, rows)
  return drop(core, rows, {}, nil)
end

-- The same for db:log's accounts ({ account =, chases = rows }): an
-- account left with no chase is left out. Its other fields (dark, the
-- last touch) are the store's: M.log asks for them again without the gone
-- notes. gone: the verdicts so far (path -> true/false), optional.
function M.drop_log(core, accounts, gone)
  local kept, out = {}, nil
  gone = gone or {}
  for _, a in ipairs(accounts) do
    a.chases, out = drop(core, a.chases or {}, gone, out)
    if #a.chases > 0 then
      kept[#kept + 1] = a
    end
  end
  return kept, out
end

-- paths as a JSON array for the store (json_each): quotes, backslashes
-- and control bytes escaped, every other byte as the store has it.
local function json_paths(paths)
  local out = {}
  for i, p in ipairs(paths) do
    out[i] = '"' .. p:gsub('[%c"\\]', function(c)
      return ("\\u%04x"):format(c:byte())
    end) .. '"'
  end
  return "[" .. table.concat(out, ",") .. "]"
end

-- db:log(q) as listed: the chases of gone notes left out (M.drop_log),
-- and when some were, the log asked for again without those notes'
-- touches and meetings, so an account's dark and last touch are not a
-- gone note's (q.gone). Only the notes of the chases shown are looked at
-- (a stat each): a gone note none of whose steps is open still counts
-- until the next index. Returns db:log's three values and what was left
-- out (M.drop's), or nil, msg.
function M.log(core, db, q)
  local accounts, shown, owner = db:log(q)
  if not accounts then
    return nil, shown
  end
  local gone = {}
  local kept, out = M.drop_log(core, accounts, gone)
  if out then
    q.gone = json_paths(out.paths)
    accounts, shown, owner = db:log(q)
    q.gone = nil
    if not accounts then
      return nil, shown
    end
    kept = M.drop_log(core, accounts, gone)
  end
  return kept, shown, owner, out
end

-- The line that says what was left out (nil when nothing was): "2 steps
-- in 1 note that is gone are not listed (acme/b.md): fulog index removes
-- them". shown: how the front-end names a path; index: its command;
-- what: "listed" (default) or, for an export, "exported".
function M.message(out, shown, index, what)
  if not out then
    return nil
  end
  if not out.steps then
    -- a report's: notes left out, not steps (db:stats)
    local n = out.notes == 1 and "1 note that is gone is" or (out.notes .. " notes that are gone are")
    local which = out.notes == 1 and (" (" .. shown(out.path) .. ")") or ""
    return ("%s not %s%s: %s removes %s"):format(n, what or "counted", which, index,
      out.notes == 1 and "it" or "them")
  end
  local s = out.steps == 1 and "1 step" or (out.steps .. " steps")
  local n = out.notes == 1 and "1 note that is gone" or (out.notes .. " notes that are gone")
  local verb = out.steps == 1 and "is" or "are"
  local which = out.notes == 1 and (" (" .. shown(out.path) .. ")") or ""
  return ("%s in %s %s not %s%s: %s removes them"):format(s, n, verb, what or "listed", which, index)
end

-- db:accounts() as listed (fulog accounts, :FuLog's completion, the
-- log's f): an account every note of which is gone is left out. One stat
-- per account shown (its latest note, db:accounts' third list); only when
-- that one is gone are its other notes looked at (db:account_paths),
-- until one is there. Returns the keys, the names as shown, and what was
-- left out: nil, or { accounts = N, name = the first's shown name }; or
-- nil, msg.
function M.accounts(core, db)
  local keys, shown, paths = db:accounts()
  if not keys then
    return nil, shown
  end
  local k, s, out = {}, {}, nil
  for i, key in ipairs(keys) do
    local there = not paths[i] or core.note_gone(paths[i]) == nil
    if not there then
      for _, p in ipairs(db:account_paths(key) or {}) do
        if core.note_gone(p) == nil then
          there = true
          break
        end
      end
    end
    if there then
      k[#k + 1], s[#s + 1] = key, shown[i]
    else
      out = out or { accounts = 0, name = core.shown_name(shown[i]) }
      out.accounts = out.accounts + 1
    end
  end
  return k, s, out
end

-- M.accounts' line (nil when none was left out): "1 account whose notes
-- are all gone is not listed (Acme Corp): fulog index removes it".
function M.accounts_message(out, index)
  if not out then
    return nil
  end
  if out.accounts == 1 then
    return ("1 account whose notes are all gone is not listed (%s): %s removes it"):format(out.name, index)
  end
  return ("%d accounts whose notes are all gone are not listed: %s removes them"):format(out.accounts, index)
end

-- The refusal of a write-back (done, touch, snooze) on a step of a gone
-- note, before anything is read or written: "SHOWN:LINE: the note is
-- gone ...; nothing written", the core's words; nil when it is there.
function M.refusal(core, path, line, shown)
  local msg = core.note_gone(path, shown)
  if not msg then
    return nil
  end
  local n = #shown
  if line and msg:sub(1, n + 2) == shown .. ": " then
    msg = ("%s:%d: %s"):format(shown, line, msg:sub(n + 3))
  end
  return msg
end

return M
