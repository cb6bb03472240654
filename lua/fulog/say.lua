-- The plugin's one-line messages: an error (returned as nil, msg, so a
-- caller can pass it on) and a note of what was done.

local fulog = require("fulog")

local M = {}

local ed = fulog.editor

function M.err(msg)
  msg = tostring(msg):gsub("^fulog: ", "")
  local ok, e = pcall(ed)
  if ok then
    e.notify("fulog: " .. msg, "error")
  else
    print("fulog: " .. msg)
  end
  return nil, msg
end

function M.info(msg)
  ed().notify("fulog: " .. msg, "info")
end

function M.warn(msg)
  ed().notify("fulog: " .. msg, "warn")
end

return M
