-- Picks the editor adapter: the one module that knows which editor runs.
-- Neovim has vim.api; Vim 9's :lua has vim.eval / vim.command but no vim.api.
if type(vim) == "table" and vim.api ~= nil then
  return require("fulog.editor.nvim")
end
local ok, mod = pcall(require, "fulog.editor.vim")
if ok then
  return mod
end
if tostring(mod):find("module 'fulog.editor.vim' not found", 1, true) then
  error("fulog: Vim support (lua/fulog/editor/vim.lua) is not there yet; use Neovim 0.7+", 0)
end
error(mod, 0)
