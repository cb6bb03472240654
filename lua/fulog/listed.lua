-- What the last listing showed, per store: FILE:LINE -> the step's key and
-- words, for every listing that prints FILE:LINE for steps (fulog overdue
-- and log, their --json, :FuOverdue's quickfix list, :FuLog). A plain
-- FILE:LINE typed from a listing is checked against it (fulog done /
-- snooze / touch): the listings open the store read-only, so the store
-- cannot know what the seller saw, and a note re-indexed since (a step
-- inserted above) would put another step on that line. One rule for the
-- shell and both editors. Plain Lua; the file is written by the core
-- (core.write_private: whole or not at all, mode 0600), under
-- $XDG_STATE_HOME/fulog (default ~/.local/state/fulog), never the store.

local M = {}

-- The rows a listing records, at most: a longer listing's later rows are
-- not on record (a plain FILE:LINE there acts as before); bounds the file
-- to about a megabyte.
M.MAX = 2000

local HEAD = "fulog listing 1\t"

-- % and the bytes that would end a field or a record, as %XX.
local function esc(s)
  return (s:gsub("[%%\t\n\r]", function(c)
    return ("%%%02X"):format(c:byte())
  end))
end

local function unesc(s)
  return (s:gsub("%%(%x%x)", function(h)
    return string.char(tonumber(h, 16))
  end))
end

-- The store's own name (a relative --db and its absolute path are one store).
local function store_name(core, db_path)
  return core.realpath(db_path) or db_path
end

-- The state file for the store at db_path: its name's key keeps one store's
-- listing from another's (the first line names the store, in case two keys
-- meet).
function M.file(core, db_path)
  local dir = os.getenv("XDG_STATE_HOME")
  if not dir or dir:sub(1, 1) ~= "/" then
    dir = (os.getenv("HOME") or "") .. "/.local/state"
  end
  return dir .. "/fulog/listed-" .. core.step_key(store_name(core, db_path))
end

-- Records a listing: rows of { path = the note's real path, line = the line
-- shown, text = the step as the store has it }. Returns true, or nil and
-- why (the listing stands: a plain FILE:LINE is then checked as before).
function M.record(core, db_path, rows)
  local out = { HEAD .. esc(store_name(core, db_path)) }
  for i = 1, math.min(#rows, M.MAX) do
    local r = rows[i]
    if r.path and r.line and r.text then
      out[#out + 1] = ("%d\t%s\t%s\t%s"):format(r.line, core.step_key(r.text), esc(r.path),
        esc(core.step_text(r.text)))
    end
  end
  return core.write_private(M.file(core, db_path), table.concat(out, "\n") .. "\n")
end

-- What the last listing of this store showed at path:line: { key =, text =
-- (its words as shown) }, or nil when no listing on record shows that line.
function M.at(core, db_path, path, line)
  local f = io.open(M.file(core, db_path), "rb")
  if not f then
    return nil
  end
  local head = f:read("*l")
  if head ~= HEAD .. esc(store_name(core, db_path)) then
    f:close()
    return nil
  end
  local want = tostring(line) .. "\t"
  for l in f:lines() do
    if l:sub(1, #want) == want then
      local key, p, text = l:match("^%d+\t(%l+)\t([^\t]*)\t(.*)$")
      if key and unesc(p) == path then
        f:close()
        return { key = key, text = unesc(text) }
      end
    end
  end
  f:close()
  return nil
end

-- Rewrites the record's entry for path:line as showing the step of key
-- and words text (a refusal that names where the listed step is now is a
-- listing of that line: the seller types the line it gave). true, or nil
-- and why.
function M.amend(core, db_path, path, line, key, text)
  local name = M.file(core, db_path)
  local f = io.open(name, "rb")
  if not f then
    return nil
  end
  local out, want = {}, tostring(line) .. "\t"
  local head = f:read("*l")
  out[1] = head
  for l in f:lines() do
    local p = l:sub(1, #want) == want and l:match("^%d+\t%l+\t([^\t]*)\t")
    if not (p and unesc(p) == path) then
      out[#out + 1] = l
    end
  end
  f:close()
  if head ~= HEAD .. esc(store_name(core, db_path)) then
    return nil
  end
  out[#out + 1] = ("%d\t%s\t%s\t%s"):format(line, key, esc(path), esc(text))
  return core.write_private(name, table.concat(out, "\n") .. "\n")
end

-- The refusal when the step now at path:line is not the one the last
-- listing showed there, else nil. now: the words of the step there now
-- (nil: none, nothing to compare); steps: the note's steps as it is now
-- ({ line =, text = }), to say where the listed one went; shown: the path
-- as the seller reads it.
function M.mismatch(core, db_path, path, line, now, steps, shown)
  local rec = now and M.at(core, db_path, path, line)
  if not rec or core.step_key(now) == rec.key then
    return nil
  end
  local at = {}
  for _, st in ipairs(steps or {}) do
    if core.step_key(st.text) == rec.key then
      at[#at + 1] = st.line
    end
  end
  local where, use
  if #at == 1 then
    M.amend(core, db_path, path, at[1], rec.key, rec.text)
    where = (", now %s:%d"):format(shown, at[1])
    use = ("use %s:%d or %s:%d:%s"):format(shown, at[1], shown, line, rec.key)
  else
    where = #at == 0 and "; it is no longer in the note" or "; the note has it more than once now"
    use = "list again (fulog overdue or log)"
  end
  return ('%s:%d now holds "%s"; your last listing showed "%s" there%s: %s; nothing written'):format(shown, line,
    core.step_text(now), rec.text, where, use)
end

return M
