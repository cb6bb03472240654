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

-- Returns the table, or nil when there is no file, or nil, message.
-- The file runs with an empty environment: it is data, not a script.
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
  local f = io.open(path, "r")
  if not f then
    if explicit then
      return nil, path .. ": cannot read the rules file"
    end
    return nil
  end
  local src = f:read("*a")
  f:close()
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
  local ok, tbl = pcall(chunk)
  if not ok then
    return nil, tostring(tbl)
  end
  if type(tbl) ~= "table" then
    return nil, path .. ': want a file that returns { category = { "phrase", ... } }'
  end
  return tbl
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
