-- Loads fulog.core, the C module, built for the Lua running us.
-- Where the build is: fulog.abi.

local abi = require("fulog.abi")

-- The plugin's root: two levels above this file (lua/fulog/core.lua).
local function root()
  local src = debug.getinfo(1, "S").source
  if src:sub(1, 1) == "@" then
    src = src:sub(2)
  end
  local dir = src:match("^(.*)[/\\]lua[/\\]fulog[/\\][^/\\]*$")
  return dir or "."
end

local name = abi.name()
local dir = root()
local path = abi.path(dir)
local open, err = package.loadlib(path, "luaopen_fulog_core")
if not open then
  local f = io.open(path, "rb")
  if f then
    f:close()
    error(("fulog: %s does not load (%s); rebuild it: cd %s && make clean all"):format(path, err, dir), 0)
  end
  error(("fulog: the C module for %s is not built (%s missing); run: cd %s && make"):format(name, path, dir), 0)
end
return open()
