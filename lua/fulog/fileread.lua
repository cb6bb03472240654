-- A file's whole text, as its bytes; nil when it cannot be read (or is a
-- folder). One helper for the modules that read a file themselves (the
-- note's lines go through the core everywhere else). Plain Lua.

return function(path)
  local f = io.open(path, "rb")
  if not f then
    return nil
  end
  local s = f:read("*a") -- nil for a folder
  f:close()
  return s
end
