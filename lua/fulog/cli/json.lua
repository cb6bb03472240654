-- --json output: Lua values as JSON (keys sorted, so the output is stable).

-- JSON is UTF-8 (RFC 8259): bytes from the notes that are not (a folder
-- named in Latin-1) go out as U+FFFD, by the core's decoder, as its
-- exports write them.
local utf8_text = require("fulog.core").utf8

local function json(v)
  local t = type(v)
  if t == "nil" then
    return "null"
  elseif t == "boolean" then
    return tostring(v)
  elseif t == "number" then
    return (math.type and math.type(v) == "integer") and tostring(v) or string.format("%.14g", v)
  elseif t == "string" then
    return '"' .. utf8_text(v):gsub('[%c"\\]', function(c)
      local map = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
      return map[c] or string.format("\\u%04x", c:byte())
    end) .. '"'
  elseif t == "table" then
    if #v > 0 or next(v) == nil then
      local out = {}
      for i = 1, #v do
        out[i] = json(v[i])
      end
      return "[" .. table.concat(out, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do
      keys[#keys + 1] = tostring(k)
    end
    table.sort(keys)
    local out = {}
    for _, k in ipairs(keys) do
      out[#out + 1] = json(k) .. ":" .. json(v[k])
    end
    return "{" .. table.concat(out, ",") .. "}"
  end
  error("cannot encode " .. t)
end

return json
