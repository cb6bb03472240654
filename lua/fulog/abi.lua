-- Which build of fulog.core the running Lua takes: build/<abi>/fulog_core.so
-- under the plugin's root, outside lua/ so that Vim and Neovim sharing one
-- runtimepath never pick up a build for the wrong ABI. core.lua (the
-- editor's loader), health.lua and bin/fulog all ask here.
local M = {}

function M.name()
  if type(jit) == "table" then
    return "luajit"
  end
  return "lua" .. _VERSION:match("%d+%.%d+")
end

function M.path(root)
  return root .. "/build/" .. M.name() .. "/fulog_core.so"
end

return M
