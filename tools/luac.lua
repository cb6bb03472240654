-- tools/luac.lua SRC OUT: compiles a Lua module for bin/fulog (its
-- compiled() reads OUT). OUT holds the source's length (4 bytes, little
-- endian), the source itself, then the compiled chunk: bin/fulog takes the
-- chunk only when the source beside it is the file as it is now.
-- Run by make from the plugin's root; SRC is a path under lua/, which
-- error messages then name. Not for a module that finds files from its own
-- path (lua/fulog/core.lua): the chunk's name is not where it runs from.
local src, out = arg[1], arg[2]
if not (src and out) then
  io.stderr:write("usage: lua5.4 tools/luac.lua SRC OUT\n")
  os.exit(2)
end
local f = assert(io.open(src, "rb"))
local text = f:read("a")
f:close()
local chunk = assert(load(text, "@" .. src, "t"))
local tmp = out .. ".tmp"
local o = assert(io.open(tmp, "wb"))
assert(o:write(string.pack("<I4", #text), text, string.dump(chunk)))
assert(o:close())
assert(os.rename(tmp, out))
