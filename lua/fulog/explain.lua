-- :FuExplain: why the step under the cursor has its class, in a float.

local config = require("fulog.config")
local fulog = require("fulog")
local bufstep = require("fulog.bufstep")
local say = require("fulog.say")

local M = {}

local ed = fulog.editor

function M.explain_lines(step)
  local out = {}
  local hl = {}
  local names = {
    firm = "firm: a commitment",
    soft = "soft commitment: the client says they will act, nothing booked",
    non = "non-commitment: only you follow up",
    compliance = "compliance: only you work",
    unknown = "unknown: the rules cannot tell",
  }
  out[#out + 1] = (step.done and "[done] " or "") .. (names[step.class] or step.class) .. (step.overridden and " (set by #tag)" or "")
  hl[#hl + 1] = require("fulog.highlight").class_group[step.class]
  if step.due then
    out[#out + 1] = "due " .. step.due .. (step.overdue_days and (" (overdue " .. step.overdue_days .. " days)") or "")
    hl[#hl + 1] = step.overdue_days and "FuLogOverdue" or false
  end
  if step.why and step.why ~= "" then
    out[#out + 1] = "why: " .. require("fulog.decorate").shown_why(step.why)
    hl[#hl + 1] = false
  end
  if step.ask and step.ask ~= "" then
    out[#out + 1] = "ask instead: " .. step.ask
    hl[#hl + 1] = "FuLogWarn"
  end
  out[#out + 1] = ("meeting %s (%s)%s"):format(step.meeting or "?", step.source or "none",
    -- the account named as every listing names it (escaped as ls -b does)
    step.account and (", account " .. require("fulog.core").shown_name(step.account)) or "")
  hl[#hl + 1] = "FuLogWhy"
  if step.capped then
    out[#out + 1] = ("(line longer than max_line_len = %d: only its start was read)"):format(config.get().max_line_len)
    hl[#hl + 1] = "FuLogWhy"
  end
  return out, hl
end

function M.explain()
  local core, buf, row = bufstep.cursor_step("no next step under the cursor")
  if not core then
    return
  end
  local step = require("fulog.highlight").explain(buf, row)
  if not step then
    return say.err("no next step under the cursor")
  end
  local lines, hl = M.explain_lines(step)
  return ed().float(lines, { hl = hl })
end

return M
