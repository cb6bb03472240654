-- --json output: Lua values as JSON (keys sorted, so the output is stable).

-- JSON is UTF-8 (RFC 8259): bytes from the notes that are not (a folder
-- named in Latin-1) go out as U+FFFD, as the core's exports write them.
local function utf8_text(s)
  if utf8.len(s) then
    return s
  end
  local out, i = {}, 1
  while i <= #s do
    local ok, e = utf8.len(s, i)
    if ok then
      out[#out + 1] = s:sub(i)
      break
    end
    out[#out + 1] = s:sub(i, e - 1) .. "\239\191\189"
    i = e + 1
  end
  return table.concat(out)
end

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
