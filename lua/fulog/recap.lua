-- :FuRecap: the end-of-call checklist inserted under the cursor.

local config = require("fulog.config")
local fulog = require("fulog")
local say = require("fulog.say")

local M = {}

local ed = fulog.editor

function M.recap_lines(cfg)
  local out = { "", "Recap, the last ten minutes of the call:", "Temperature check:" }
  for _, q in ipairs(cfg.recap.questions) do
    out[#out + 1] = "- " .. q
  end
  out[#out + 1] = "Commitments to ask for (tag the ones you got with :FuTag):"
  for _, c in ipairs(cfg.recap.commitments) do
    out[#out + 1] = "- [ ] " .. c
  end
  out[#out + 1] = ""
  return out
end

function M.recap()
  local buf = ed().bufnr(0)
  if not ed().modifiable(buf) then
    return say.err("the buffer is not modifiable")
  end
  local lnum = ed().cursor()
  local lines = M.recap_lines(config.get())
  ed().set_lines(buf, lnum, lnum, lines)
  ed().set_cursor(lnum + 2, 0)
  return true
end

return M
