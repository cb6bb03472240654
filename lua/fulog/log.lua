-- The :FuLog buffer: open chases by account, dark accounts first, with
-- class, due, days waiting and touch count. Keys act on the chase under the
-- cursor. render() is pure (entries in, lines out) so it is easy to test.

local config = require("fulog.config")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

M.BUFNAME = "fulog://log"

M.keys = {
  { "<CR>", "jump" }, { "t", "touch" }, { "d", "done" }, { "x", "done" },
  { "r", "refresh" }, { "R", "re-index" }, { "f", "filter" }, { "q", "quit" },
}

local function keys_line()
  local parts = {}
  local seen = {}
  for _, k in ipairs(M.keys) do
    if seen[k[2]] then
      parts[#parts] = parts[#parts]:gsub(" ", "/" .. k[1] .. " ", 1)
    else
      parts[#parts + 1] = k[1] .. " " .. k[2]
      seen[k[2]] = true
    end
  end
  return "keys: " .. table.concat(parts, "  ")
end

local function short(path)
  local root = fulog.root_for(path)
  if root then
    return path:sub(#root + 2)
  end
  return path
end

-- accounts: what db:log() returns. Returns lines, items (row -> chase with
-- .account), hls ({ row, group, start_col, end_col }).
function M.render(accounts, opts)
  opts = opts or {}
  local lines, items, hls = {}, {}, {}
  local function add(line, group)
    lines[#lines + 1] = line
    if group then
      hls[#hls + 1] = { #lines - 1, group, 0, -1 }
    end
    return #lines - 1
  end
  local nchases, ndark = 0, 0
  for _, a in ipairs(accounts) do
    nchases = nchases + #(a.chases or {})
    if a.dark then
      ndark = ndark + 1
    end
  end
  add(("fulog follow-up log, today %s, %s%s: %d open chase%s, %d dark account%s"):format(
    opts.today or "?", (opts.account and opts.account ~= "") and ("account " .. opts.account) or "all accounts",
    opts.owner and (", owner " .. opts.owner) or "",
    nchases, nchases == 1 and "" or "s", ndark, ndark == 1 and "" or "s"), "FuLogHeader")
  add(keys_line(), "FuLogWhy")
  add("")
  if #accounts == 0 then
    add("no open chases" .. ((opts.account and opts.account ~= "") and (" for " .. opts.account) or "")
      .. " (save your notes or run :FuIndex to index them)", "FuLogWhy")
  end
  for _, a in ipairs(accounts) do
    local head = a.account or "(no account)"
    local row = add(head)
    hls[#hls + 1] = { row, "FuLogAccount", 0, #head }
    local meta = {}
    if a.dark then
      meta[#meta + 1] = "DARK"
    end
    if (a.unanswered or 0) > 0 then
      meta[#meta + 1] = ("%d unanswered"):format(a.unanswered)
    end
    meta[#meta + 1] = "last touch " .. (a.last_touch or "-")
    meta[#meta + 1] = "last reply " .. (a.last_reply or "-")
    local tail = "  " .. table.concat(meta, ", ")
    lines[#lines] = head .. tail
    if a.dark then
      hls[#hls + 1] = { row, "FuLogDark", #head + 2, #head + 6 }
    end
    for _, c in ipairs(a.chases or {}) do
      local prefix = ("  %-10s  due %-10s  %3dd waiting  %d touch%s  "):format(
        c.class or "?", c.due or "-", c.waiting or 0, c.touches or 0, (c.touches == 1) and " " or "es")
      local line = prefix .. (c.overdue and "OVERDUE " or "") .. (c.text or "")
      local loc = ("  (%s:%d)"):format(short(c.path or "?"), c.line or 0)
      local r = add(line .. loc)
      hls[#hls + 1] = { r, require("fulog.highlight").class_group[c.class] or "FuLogUnknown", 2, 12 }
      if c.overdue then
        hls[#hls + 1] = { r, "FuLogOverdue", #prefix, #prefix + 7 }
      end
      hls[#hls + 1] = { r, "FuLogWhy", #line, -1 }
      local item = {}
      for k, v in pairs(c) do
        item[k] = v
      end
      item.account = a.account
      items[r] = item
    end
    add("")
  end
  return lines, items, hls
end

local state = { buf = nil, account = nil, items = {} }
M._state = state

local hl_ns

-- Re-reads the store and redraws the log buffer (keeps the cursor row).
function M.refresh()
  local b = state.buf
  if not b or not ed().buf_valid(b) then
    return
  end
  local db, err = fulog.store()
  if not db then
    ed().set_scratch_lines(b, { "fulog: " .. tostring(err) })
    return
  end
  local cfg = config.get()
  local today = fulog.today()
  local owner = fulog.owner()
  local accounts, msg = db:log({
    today = today, account = (state.account ~= "" and state.account) or nil, owner = owner,
    dark_touches = cfg.dark.touches, dark_days = cfg.dark.days, options = fulog.options(),
  })
  if not accounts then
    ed().set_scratch_lines(b, { "fulog: " .. tostring(msg) })
    return
  end
  local lines, items, hls = M.render(accounts, { today = today, account = state.account, owner = owner })
  state.items = items
  ed().set_scratch_lines(b, lines)
  hl_ns = hl_ns or ed().namespace("fulog_log")
  ed().clear_marks(b, hl_ns, 0, -1)
  for _, h in ipairs(hls) do
    ed().add_hl(b, hl_ns, h[2], h[1], h[3], h[4])
  end
  return lines
end

-- The chase under the cursor (or at row, 0-based), or nil.
function M.item(row)
  if not row then
    row = ed().cursor() - 1
  end
  return state.items[row]
end

local function need_item()
  local it = M.item()
  if not it then
    ed().notify("fulog: put the cursor on a chase line", "warn")
  end
  return it
end

M.actions = {
  jump = function()
    local it = need_item()
    if it then
      ed().jump(it.path, it.line, it.col)
    end
  end,
  touch = function(channel, outcome)
    local it = need_item()
    if it then
      require("fulog.commands").touch_chase(it, channel, outcome, M.refresh)
    end
  end,
  done = function()
    local it = need_item()
    if it and require("fulog.commands").done_chase(it) then
      M.refresh()
    end
  end,
  refresh = function()
    M.refresh()
  end,
  reindex = function()
    fulog.index_all(nil, {})
    M.refresh()
  end,
  filter = function(account)
    local function set(acc)
      if acc == nil then
        return
      end
      state.account = (acc == "(all)") and nil or acc
      M.refresh()
    end
    if account then
      return set(account)
    end
    local db = fulog.store()
    local list = { "(all)" }
    for _, a in ipairs(db and db:accounts() or {}) do
      list[#list + 1] = a
    end
    ed().select(list, { prompt = "Account" }, set)
  end,
  quit = function()
    ed().close_buf_windows(state.buf)
  end,
}

local keymap = {
  ["<CR>"] = "jump", t = "touch", d = "done", x = "done",
  r = "refresh", R = "reindex", f = "filter", q = "quit",
}

-- :FuLog [account]
function M.open(account)
  local db = fulog.store()
  if not db then
    return
  end
  state.account = (account and account ~= "") and account or nil
  local b = ed().scratch(M.BUFNAME, "fulog", config.get().log.open_cmd)
  if state.buf ~= b then
    state.buf = b
    for lhs, act in pairs(keymap) do
      ed().buf_map(b, lhs, function() M.actions[act]() end, "fulog: " .. act)
    end
  end
  M.refresh()
  -- the first chase
  for r = 0, 200 do
    if state.items[r] then
      ed().set_cursor(r + 1, 0)
      break
    end
  end
  return b
end

return M
