-- The :FuLog buffer: open chases by account, dark accounts first, with
-- class, due, days waiting and touch count. Keys act on the chase under the
-- cursor. render() is pure (entries in, lines out) so it is easy to test.

local config = require("fulog.config")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

M.BUFNAME = "fulog://log"

M.keys = {
  { "<CR>", "jump" }, { "t", "touch" }, { "d", "done" }, { "x", "done" }, { "s", "snooze" }, { "D", "draft" },
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

-- Paths in the log are shown under the first notes folder.
local function log_base()
  local roots = config.get().notes or {}
  local r = roots[1]
  return r and ed().fullpath(r):gsub("/$", "") or nil
end

-- The state column of a chase's first line in core.log_text (see
-- csrc/format.c): "  LATE state    next        class  text".
local COL_LATE, COL_CLASS = 2, 28

-- accounts: what db:log() returns. Returns lines, items (row -> chase with
-- .account), hls ({ row, group, start_col, end_col }). The text is the
-- core's (the same as `fulog log`); this adds only the key help line.
function M.render(accounts, opts)
  opts = opts or {}
  local core = require("fulog.core")
  for _, a in ipairs(accounts) do
    for _, c in ipairs(a.chases or {}) do
      c.account = a.account
      -- the step's key, as `fulog log` shows it (FILE:LINE:KEY)
      c.key = c.text and core.step_key(c.text) or nil
    end
  end
  local text, where = core.log_text(accounts, {
    today = opts.today, account = (opts.account ~= "" and opts.account) or nil, owner = opts.owner,
    base = opts.base,
  })
  local lines, items, hls = {}, {}, {}
  for l in text:gmatch("([^\n]*)\n") do
    lines[#lines + 1] = l
  end
  -- under the header: the key help, and what was left out (opts.gone:
  -- the steps of notes gone from disk, fulog.gone)
  local help = { keys_line(), opts.gone }
  for i = #help, 1, -1 do
    table.insert(lines, 2, help[i])
  end
  local class_group = require("fulog.highlight").class_group
  local prev
  for row, line in ipairs(lines) do
    local r = row - 1
    local c = row > 1 + #help and where[row - #help] or nil
    if row == 1 then
      hls[#hls + 1] = { r, "FuLogHeader", 0, -1 }
    elseif row <= 1 + #help then
      hls[#hls + 1] = { r, "FuLogWhy", 0, -1 }
    elseif c and c ~= prev then
      items[r] = c
      if line:sub(COL_LATE + 1, COL_LATE + 4) == "LATE" then
        hls[#hls + 1] = { r, "FuLogOverdue", COL_LATE, COL_LATE + 4 }
      end
      hls[#hls + 1] = { r, class_group[c.class] or "FuLogUnknown", COL_CLASS, COL_CLASS + #(c.class or "") }
    elseif c then
      items[r] = c
      hls[#hls + 1] = { r, "FuLogWhy", 0, -1 }
    elseif line ~= "" and not line:find("^%s") and line ~= "Coming up" then
      local name_end = line:find("  ", 1, true)
      hls[#hls + 1] = { r, "FuLogAccount", 0, name_end and name_end - 1 or -1 }
      local d = line:find("  DARK:", 1, true)
      if d then
        hls[#hls + 1] = { r, "FuLogDark", d + 1, d + 5 }
      end
    elseif line == "Coming up" then
      hls[#hls + 1] = { r, "FuLogHeader", 0, -1 }
    end
    prev = c
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
  local owner, oerr = fulog.owner(db)
  if oerr then
    ed().set_scratch_lines(b, { "fulog: " .. oerr })
    return
  end
  -- msg: with an account filter, that account as the store names it;
  -- owner_shown: the owner filter as the notes spell it
  -- the chases of notes gone from disk left out, and their touches from
  -- the accounts' dark and last touch (fulog.gone)
  local gone = require("fulog.gone")
  local accounts, msg, owner_shown, out = gone.log(require("fulog.core"), db, {
    today = today, account = (state.account ~= "" and state.account) or nil, owner = owner,
    accounts_cmd = ":FuLog <Tab>", -- an unknown account: the editor's way to list them, not the shell's
    dark_touches = cfg.dark.touches, dark_days = cfg.dark.days, options = fulog.options(),
  })
  if not accounts then
    ed().set_scratch_lines(b, { "fulog: " .. tostring(msg) })
    return
  end
  local lines, items, hls = M.render(accounts, { today = today, account = msg, owner = owner_shown or owner,
    base = log_base(), gone = gone.message(out, require("fulog.bufstep").display_path, ":FuIndex") })
  state.items = items
  local listing = {}
  for _, a in ipairs(accounts) do
    for _, c in ipairs(a.chases or {}) do
      listing[#listing + 1] = c
    end
  end
  fulog.record_listing(db, listing)
  ed().set_scratch_lines(b, lines)
  hl_ns = hl_ns or ed().namespace("fulog_log")
  local rows = {}
  for i, h in ipairs(hls) do
    -- h = { row, group, col, end_col (-1 or nil: to the end) }
    local len = #(lines[h[1] + 1] or "")
    local e = (h[4] and h[4] >= 0) and math.min(h[4], len) or len
    rows[i] = { row = h[1], math.min(h[3] or 0, e), e, h[2] }
  end
  ed().decorate(b, hl_ns, 0, -1, rows)
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
      ed().jump(it.path, require("fulog.bufstep").current_line(it.path, it.line, it.text), it.col)
    end
  end,
  touch = function(channel, outcome)
    local it = need_item()
    if it then
      require("fulog.actions").touch_chase(it, channel, outcome, M.refresh)
    end
  end,
  done = function()
    local it = need_item()
    if it and require("fulog.actions").done_chase(it) then
      M.refresh()
    end
  end,
  draft = function(channel)
    local it = need_item()
    if it then
      require("fulog.followup").open(it.path, it.line, channel or "email")
    end
  end,
  snooze = function(when)
    local it = need_item()
    if it then
      require("fulog.snooze").chase(it, when, M.refresh)
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
      if acc == "(all)" then
        acc = "" -- every account (`cond and nil or x` would have kept "(all)")
      end
      state.account = acc
      M.refresh()
    end
    if account then
      return set(account)
    end
    local db = fulog.store()
    local list = { "(all)" }
    local core = require("fulog.core")
    -- an account whose every note is gone is not offered (fulog.gone), said so
    local keys, out
    if db then
      keys, _, out = require("fulog.gone").accounts(core, db)
    end
    for _, a in ipairs(keys or {}) do
      list[#list + 1] = core.shown_name(a) -- as the log names it
    end
    local said = require("fulog.gone").accounts_message(out, ":FuIndex")
    if said then
      require("fulog.say").warn(said)
    end
    ed().select(list, { prompt = "Account" }, set)
  end,
  quit = function()
    ed().close_buf_windows(state.buf)
  end,
}

local keymap = {
  ["<CR>"] = "jump", t = "touch", d = "done", x = "done", s = "snooze", D = "draft",
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
