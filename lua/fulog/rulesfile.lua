-- The seller's own cue words, shared by the editor and bin/fulog:
-- $FULOG_RULES, else $XDG_CONFIG_HOME/fulog/rules.lua (~/.config), a file
-- that returns { category = { "phrase", ... }, ... } (see :help fulog-rules).
local M = {}

function M.path()
  local p = os.getenv("FULOG_RULES")
  if p and p ~= "" then
    return p, true
  end
  local xdg = os.getenv("XDG_CONFIG_HOME")
  if not xdg or xdg == "" then
    local home = os.getenv("HOME")
    if not home or home == "" then
      return nil, false
    end
    xdg = home .. "/.config"
  end
  return xdg .. "/fulog/rules.lua", false
end

-- Limits that keep a mistaken rules file (a word list pasted whole, a loop)
-- from hanging the editor; each is named when it is hit.
M.MAX_BYTES = 1024 * 1024
M.MAX_PHRASES = 10000
M.MAX_INSTRUCTIONS = 10000000

-- Runs the chunk with an instruction budget: `while true do end` ends with
-- a message instead of hanging classify or the editor.
local function run_limited(chunk, path)
  if jit and jit.off then
    jit.off(chunk, true) -- compiled code never calls count hooks
  end
  local co = coroutine.create(chunk)
  -- LuaJIT's hook is one for all coroutines: put back whatever was there.
  local oh, om, oc = debug.gethook()
  debug.sethook(co, function()
    error(("%s: the rules file ran past %d instructions; it should only return a table"):format(path,
      M.MAX_INSTRUCTIONS), 0)
  end, "", M.MAX_INSTRUCTIONS)
  local ok, res = coroutine.resume(co)
  if jit then
    debug.sethook(oh, om or "", oc)
  else
    debug.sethook(co)
  end
  if ok and coroutine.status(co) ~= "dead" then
    return false, path .. ": the rules file yielded; it should only return a table"
  end
  return ok, res
end

local function count_phrases(tbl)
  local n = 0
  for _, list in pairs(tbl) do
    if type(list) == "table" then
      n = n + #list
    end
  end
  return n
end

-- A draft's two slot times: { "HH:MM", "HH:MM" } (setup()'s draft.times
-- and the rules file's draft.times read the same).
function M.valid_times(v)
  if type(v) ~= "table" or #v ~= 2 then
    return false
  end
  for k in pairs(v) do
    if k ~= 1 and k ~= 2 then
      return false
    end
  end
  for _, t in ipairs(v) do
    local h, m = tostring(t):match("^(%d%d?):(%d%d)$")
    if not h or tonumber(h) > 23 or tonumber(m) > 59 then
      return false
    end
  end
  return true
end

-- Returns the table, or nil when there is no file, or nil, message.
-- The file runs with an empty environment: it is data, not a script. Text
-- only: precompiled bytecode (which LuaJIT's loadstring would take) can
-- break out of the sandbox.
function M.load(path)
  local explicit
  if path then
    explicit = true
  else
    path, explicit = M.path()
  end
  if not path then
    return nil
  end
  local f = io.open(path, "rb")
  if not f then
    if explicit then
      return nil, path .. ": cannot read the rules file"
    end
    return nil
  end
  local src = f:read(M.MAX_BYTES + 1) or ""
  f:close()
  if #src > M.MAX_BYTES then
    return nil, ("%s: the rules file is over the size limit of %d bytes"):format(path, M.MAX_BYTES)
  end
  if src:sub(1, 1) == "\27" then
    return nil, path .. ": the rules file is precompiled bytecode; fulog reads only Lua text"
  end
  local chunk, err
  if setfenv then
    chunk, err = loadstring(src, "@" .. path)
    if chunk then
      setfenv(chunk, {})
    end
  else
    chunk, err = load(src, "@" .. path, "t", {})
  end
  if not chunk then
    return nil, err
  end
  local ok, tbl = run_limited(chunk, path)
  if not ok then
    return nil, tostring(tbl)
  end
  if type(tbl) ~= "table" then
    return nil, path .. ': want a file that returns { category = { "phrase", ... } }'
  end
  local drafts = tbl.draft
  if drafts ~= nil then
    local ok = type(drafts) == "table"
    for k, t in pairs(ok and drafts or {}) do
      if k == "times" then
        if not M.valid_times(t) then
          return nil, path .. ': draft.times wants two clock times, e.g. { "10:00", "14:00" }'
        end
      elseif (k ~= "email" and k ~= "call" and k ~= "voicemail") or type(t) ~= "string" then
        ok = false
      end
    end
    if not ok then
      return nil, path .. ': draft wants { email = "...", call = "...", voicemail = "...", times = { "10:00", "14:00" } }'
    end
  end
  local n = count_phrases(tbl)
  if n > M.MAX_PHRASES then
    return nil, ("%s: %d phrases, over the limit of %d for a rules file"):format(path, n, M.MAX_PHRASES)
  end
  return tbl
end

-- The rules file holds cue words and, under `draft`, follow-up templates
-- per channel (spec section 8). Returns the cue categories (for core.rules)
-- and the templates (or nil).
function M.split(tbl)
  if type(tbl) ~= "table" then
    return tbl, nil
  end
  local cues = {}
  for k, v in pairs(tbl) do
    if k ~= "draft" then
      cues[k] = v
    end
  end
  return cues, tbl.draft
end

-- The draft options, read once for both front-ends (bin/fulog passes no
-- own; the editor passes setup()'s draft table): { templates = the rules
-- file's per channel, each overridden by own.templates; times = own.times,
-- else the rules file's draft.times, else nil (the core's 10:00 and
-- 14:00) }. Returns nil, message when the rules file does not load.
function M.draft_options(own, path)
  local tbl, err = M.load(path)
  if err then
    return nil, err
  end
  local _, file = M.split(tbl)
  file = file or {}
  own = own or {}
  local templates = {}
  for _, t in ipairs({ file, own.templates or {} }) do
    for k, v in pairs(t) do
      if k ~= "times" then
        templates[k] = v
      end
    end
  end
  return { templates = templates, times = own.times or file.times }
end

-- Both tables' phrases, category by category.
function M.merge(a, b)
  local out = {}
  for _, t in ipairs({ a or {}, b or {} }) do
    for cat, list in pairs(t) do
      out[cat] = out[cat] or {}
      for _, phrase in ipairs(list) do
        table.insert(out[cat], phrase)
      end
    end
  end
  return out
end

return M
