-- The user commands: plugin/fulog.vim hands each over to run(), which
-- dispatches to the module doing the job (actions, recap, explain, log,
-- quickfix, stats, snooze, followup); their completion; :FuIndex and
-- :FuToggle; and the optional default mappings onto the <Plug> mappings.

local config = require("fulog.config")
local fulog = require("fulog")
local say = require("fulog.say")

local M = {}

local ed = fulog.editor
local err, info = say.err, say.info

-- ---------------------------------------------------------------- index

function M.index(a)
  local words = {}
  for w in a.args:gmatch("%S+") do
    words[#words + 1] = w
  end
  local stats, msg = fulog.index_all(#words > 0 and words or nil)
  if not stats then
    return err(msg or "indexing failed")
  end
  info(("indexed %d of %d files (%d unchanged, %d removed) in %s"):format(
    stats.indexed, stats.files, stats.unchanged, stats.removed,
    #stats.folders > 0 and table.concat(stats.folders, ", ") or "no folder"))
  return stats
end

-- ---------------------------------------------------------------- toggle

function M.toggle()
  local buf = ed().bufnr(0)
  local hl = require("fulog.highlight")
  if hl.is_attached(buf) then
    hl.detach(buf)
    info("highlighting off in this buffer")
  else
    hl.attach(buf)
    info("highlighting on in this buffer")
  end
end

-- ---------------------------------------------------------------- dispatch

local handlers = {
  log = function(a) return require("fulog.log").open(a.args) end,
  overdue = function(a) return require("fulog.quickfix").overdue({ loclist = a.bang }) end,
  stats = function(a)
    local b, msg = require("fulog.stats").open(a.args)
    if not b and msg then
      return err(msg)
    end
    return b
  end,
  index = M.index,
  tag = function(a) return require("fulog.actions").tag(a) end,
  touch = function(a) return require("fulog.actions").touch(a) end,
  done = function(a) return require("fulog.actions").done(a) end,
  snooze = function(a) return require("fulog.snooze").snooze(a) end,
  draft = function(a) return require("fulog.followup").draft(a) end,
  recap = function() return require("fulog.recap").recap() end,
  explain = function() return require("fulog.explain").explain() end,
  toggle = M.toggle,
}

local function field(a, k)
  local v = a[k]
  if v == nil then
    return nil
  end
  return v
end

-- Entry point from plugin/fulog.vim: a = { cmd=, args=, bang=0|1, line1=, line2=, range= }.
function M.run(a)
  local t = {
    cmd = tostring(field(a, "cmd")),
    -- trimmed as <q-args> is
    args = tostring(field(a, "args") or ""):match("^%s*(.-)%s*$"),
    bang = tonumber(field(a, "bang") or 0) == 1,
    line1 = tonumber(field(a, "line1")),
    line2 = tonumber(field(a, "line2")),
    range = tonumber(field(a, "range") or 0),
  }
  local h = handlers[t.cmd]
  if not h then
    return err("unknown command " .. t.cmd)
  end
  local ok, res = pcall(h, t)
  if not ok then
    return err(tostring(res))
  end
  return res
end

-- ---------------------------------------------------------------- completion

-- Returns the candidates joined by "\n" (a customlist function splits them).
function M.complete(cmd, lead, cmdline)
  lead = lead or ""
  local out = {}
  if cmd == "log" then
    local db = fulog.store()
    if db then
      local typed = (cmdline or ""):match("^%s*%S+%s+(.*)$") or ""
      local skip = #typed - #lead
      -- an account whose every note is gone is not offered (fulog.gone)
      for _, acc in ipairs(require("fulog.gone").accounts(require("fulog.core"), db) or {}) do
        -- named as the log names it: a control or bidi byte escaped
        acc = require("fulog.core").shown_name(acc)
        if acc:lower():sub(1, #typed) == typed:lower() then
          out[#out + 1] = acc:sub(skip + 1)
        end
      end
    end
  elseif cmd == "touch" then
    local typed = (cmdline or ""):match("^%s*%S+%s+(.*)$") or ""
    if not typed:find("%s") then
      for _, c in ipairs(config.CHANNELS) do
        if c:sub(1, #lead) == lead:lower() then
          out[#out + 1] = c
        end
      end
    else
      for _, o in ipairs({ "no reply", "replied:" }) do
        out[#out + 1] = o
      end
    end
  end
  return table.concat(out, "\n")
end

-- ---------------------------------------------------------------- mappings

M.plug = {
  tag = "<Plug>(fulog-tag)",
  touch = "<Plug>(fulog-touch)",
  done = "<Plug>(fulog-done)",
  explain = "<Plug>(fulog-explain)",
  recap = "<Plug>(fulog-recap)",
  log = "<Plug>(fulog-log)",
  overdue = "<Plug>(fulog-overdue)",
}

function M.apply_mappings(m)
  if not m then
    return
  end
  local keys = {}
  for k, v in pairs(config.default_mappings) do
    keys[k] = v
  end
  if type(m) == "table" then
    for k, v in pairs(m) do
      keys[k] = v
    end
  end
  for k, lhs in pairs(keys) do
    if lhs then
      ed().map("n", lhs, M.plug[k])
    end
  end
end

return M
