-- The user commands (defined in plugin/fulog.vim, which hands over to
-- run()), their completion, the note-taking edits (tag, touch, done, recap)
-- and the optional default mappings onto the <Plug>(fulog-...) mappings.

local config = require("fulog.config")
local fulog = require("fulog")

local M = {}

local ed = fulog.editor

local function err(msg)
  msg = tostring(msg):gsub("^fulog: ", "")
  local ok, e = pcall(ed)
  if ok then
    e.notify("fulog: " .. msg, "error")
  else
    print("fulog: " .. msg)
  end
  return nil, msg
end

local function info(msg)
  ed().notify("fulog: " .. msg, "info")
end

local function trim(s)
  return (s or ""):match("^%s*(.-)%s*$")
end

-- The parse options (tags) the grammar reads lines with.
local function line_opts()
  return fulog.options()
end

-- ---------------------------------------------------------------- finding steps
-- The grammar (which lines belong to a step, which line holds a stored
-- step) is the core's: these pass the buffer's lines and get rows back.

-- The row (0-based) of the next step whose line or block holds row.
function M.step_row(core, buf, row)
  local lnum = core.step_at(ed().get_lines(buf, 0, -1), row + 1, line_opts())
  if not lnum then
    return nil
  end
  return lnum - 1
end

-- Where a new TOUCH line goes (0-based): after the step's block.
local function touch_insert_row(core, buf, row)
  return core.block_end(ed().get_lines(buf, 0, -1), row + 1, line_opts())
end

-- Finds the step of a chase in a loaded buffer: at lnum when it still holds
-- exactly its text, else the one line that does. Returns the 0-based row,
-- or nil, msg (gone, or on several lines).
function M.find_step(core, buf, lnum, text)
  local found, msg = core.find_step(ed().get_lines(buf, 0, -1), lnum or 0, text, line_opts())
  if not found then
    return nil, msg
  end
  return found - 1
end

-- Did the note change on disk since an unmodified buffer read it? Then
-- writing the buffer would overwrite that change (and Vim would stop at
-- its "file has changed" prompt).
local function changed_on_disk(buf)
  local name = ed().buf_name(buf)
  if name == "" or ed().modified(buf) then
    return false
  end
  local disk = ed().disk_lines(ed().fullpath(name))
  if not disk then
    return false
  end
  if disk[#disk] == "" then
    disk[#disk] = nil
  end
  if disk[1] then
    disk[1] = disk[1]:gsub("^\239\187\191", "")
  end
  local mine = ed().get_lines(buf, 0, -1)
  if #mine ~= #disk then
    return true
  end
  for i = 1, #mine do
    if mine[i] ~= disk[i] and mine[i] ~= disk[i]:gsub("\r$", "") then
      return true
    end
  end
  return false
end

-- Edits a buffer and writes it when it had no unsaved changes before;
-- refuses (nil, msg) when the file changed on disk under it.
local function edit_buffer(buf, f)
  if changed_on_disk(buf) then
    return nil, ed().buf_name(buf) .. " changed on disk since it was read: nothing written; reload it (:edit) and try again"
  end
  local was_modified = ed().modified(buf)
  local res = f()
  if not was_modified and ed().buf_name(buf) ~= "" then
    ed().write(buf)
  end
  return res == nil and true or res
end

-- ---------------------------------------------------------------- done

-- Marks the step at row (0-based) of buf done. Returns true or nil, msg.
function M.done_in_buffer(core, buf, row)
  local line = ed().get_line(buf, row)
  local new, msg = core.done_line(line, line_opts())
  if not new then
    return nil, msg or "not a next step"
  end
  if new == line then
    return true
  end
  if not ed().modifiable(buf) then
    return nil, "the buffer is not modifiable"
  end
  return edit_buffer(buf, function()
    ed().set_lines(buf, row, row + 1, { new })
  end)
end

-- Marks a chase done: in its buffer when loaded, else in the file.
function M.done_chase(chase)
  local core = fulog.need_core()
  if not core then
    return nil, "no core"
  end
  local buf = ed().buf_for_path(chase.path)
  if buf then
    local row, why = M.find_step(core, buf, chase.line, chase.text)
    if not row then
      return err(("%s: \"%s\" (%s)"):format(why, chase.text or "?", chase.path))
    end
    local ok, msg = M.done_in_buffer(core, buf, row)
    if not ok then
      return err(msg)
    end
  else
    local ok, msg = core.mark_done(chase.path, chase.line, chase.text, line_opts())
    if not ok then
      return err(msg)
    end
  end
  fulog.index_file(chase.path)
  info("marked done: " .. (chase.text or chase.path))
  return true
end

function M.done(a)
  local core = fulog.need_core()
  if not core then
    return
  end
  local buf = ed().bufnr(0)
  local first, last = a.line1 or select(1, ed().cursor()), a.line2 or select(1, ed().cursor())
  local count, seen = 0, {}
  for lnum = first, last do
    local row = M.step_row(core, buf, lnum - 1)
    if row and not seen[row] then
      seen[row] = true
      local ok, msg = M.done_in_buffer(core, buf, row)
      if not ok then
        return err(msg)
      end
      count = count + 1
    end
  end
  if count == 0 then
    return err("no next step under the cursor (a line starting with " .. config.get().tags[1] .. ":)")
  end
  info(count == 1 and "marked done" or ("%d next steps marked done"):format(count))
  return true
end

-- ---------------------------------------------------------------- touch

local function valid_channel(c)
  for _, x in ipairs(config.CHANNELS) do
    if x == c then
      return true
    end
  end
  return false
end

-- Asks for what is missing, then calls k(channel, outcome).
local function ask_touch(channel, outcome, k)
  local function with_outcome(ch)
    if outcome and outcome ~= "" then
      return k(ch, outcome)
    end
    -- Starts empty (a default would be prepended to what is typed);
    -- Enter alone is the common answer, "no reply".
    ed().input({ prompt = "Outcome (Enter: no reply; or e.g. replied: wants pricing): ", default = "" }, function(o)
      if o == nil then
        return
      end
      o = trim(o)
      k(ch, o ~= "" and o or "no reply")
    end)
  end
  if channel and channel ~= "" then
    return with_outcome(channel)
  end
  ed().select(config.CHANNELS, { prompt = "Touch channel" }, function(ch)
    if ch then
      with_outcome(ch)
    end
  end)
end

-- Inserts a TOUCH line under the step at row. Returns the inserted row.
function M.touch_in_buffer(core, buf, row, date, channel, outcome)
  local step_line = ed().get_line(buf, row)
  local tl, msg = core.touch_line(step_line, date, channel, outcome)
  if not tl then
    return nil, msg
  end
  if not ed().modifiable(buf) then
    return nil, "the buffer is not modifiable"
  end
  local at = touch_insert_row(core, buf, row)
  local ok, msg2 = edit_buffer(buf, function()
    ed().set_lines(buf, at, at, { tl })
  end)
  if not ok then
    return nil, msg2
  end
  return at
end

-- Records a touch for a chase: in its buffer when loaded, else in the file.
function M.touch_chase(chase, channel, outcome, done_cb)
  local core = fulog.need_core()
  if not core then
    return
  end
  ask_touch(channel, outcome, function(ch, out)
    if not valid_channel(ch) then
      return err(("unknown channel \"%s\" (one of %s)"):format(ch, table.concat(config.CHANNELS, ", ")))
    end
    local date = fulog.today()
    local buf = ed().buf_for_path(chase.path)
    if buf then
      local row, why = M.find_step(core, buf, chase.line, chase.text)
      if not row then
        return err(("%s: \"%s\" (%s)"):format(why, chase.text or "?", chase.path))
      end
      local ok, msg = M.touch_in_buffer(core, buf, row, date, ch, out)
      if not ok then
        return err(msg)
      end
    else
      local ok, msg = core.add_touch(chase.path, chase.line,
        { date = date, channel = ch, outcome = out, expect = chase.text, options = fulog.options() })
      if not ok then
        return err(msg)
      end
    end
    fulog.index_file(chase.path)
    info(("touch recorded: %s%s (%s)"):format(ch, out ~= "" and (" - " .. out) or "", chase.text or chase.path))
    if done_cb then
      done_cb()
    end
  end)
end

-- The core, the buffer and the 0-based row of the next step under the
-- cursor; nothing (after saying why) when there is none.
local function cursor_step(why)
  local core = fulog.need_core()
  if not core then
    return nil
  end
  local buf = ed().bufnr(0)
  local row = M.step_row(core, buf, ed().cursor() - 1)
  if not row then
    err(why)
    return nil
  end
  return core, buf, row
end

-- for the other edits of a step (snooze.lua)
M.edit_buffer, M.cursor_step, M.err, M.info = edit_buffer, cursor_step, err, info

function M.touch(a)
  local core, buf, row = cursor_step("no next step under the cursor (put it on a " .. config.get().tags[1]
    .. ": line or a TOUCH: line under one)")
  if not core then
    return
  end
  local words = trim(a.args)
  local channel, outcome = words:match("^(%S+)%s*(.*)$")
  if channel and not valid_channel(channel:lower()) then
    return err(("unknown channel \"%s\" (one of %s)"):format(channel, table.concat(config.CHANNELS, ", ")))
  end
  ask_touch(channel and channel:lower(), outcome, function(ch, out)
    local at, msg = M.touch_in_buffer(core, buf, row, fulog.today(), ch, out)
    if not at then
      return err(msg)
    end
    info(("touch recorded on line %d: %s%s"):format(at + 1, ch, out ~= "" and (" - " .. out) or ""))
  end)
end

-- ---------------------------------------------------------------- tag

function M.tag(a)
  local core = fulog.need_core()
  if not core then
    return
  end
  local buf = ed().bufnr(0)
  if not ed().modifiable(buf) then
    return err("the buffer is not modifiable")
  end
  local tag = config.get().tags[1]
  local lnum = ed().cursor()
  local cur = ed().get_line(buf, lnum - 1) or ""
  local blank = not cur:find("%S")
  if a.bang or (a.range == 0 and blank) then
    -- open a new step line (the current one when it is blank)
    local new = core.new_step_line(cur, tag)
    if blank then
      ed().set_lines(buf, lnum - 1, lnum, { new })
    else
      ed().set_lines(buf, lnum, lnum, { new })
      lnum = lnum + 1
    end
    ed().set_cursor(lnum, #new)
    ed().startinsert(true)
    return true
  end
  local first, last = a.line1 or lnum, a.line2 or lnum
  local lopts = line_opts()
  for l = first, last do
    local line = ed().get_line(buf, l - 1)
    if line and not line:match("^%s*$") then
      local li = core.line_info(line, lopts)
      if not (li and li.kind == "step") then
        ed().set_lines(buf, l - 1, l, { core.tag_line(line, tag) })
      elseif first == last then
        info("already a next step")
      end
    end
  end
  return true
end

-- ---------------------------------------------------------------- recap

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
    return err("the buffer is not modifiable")
  end
  local lnum = ed().cursor()
  local lines = M.recap_lines(config.get())
  ed().set_lines(buf, lnum, lnum, lines)
  ed().set_cursor(lnum + 2, 0)
  return true
end

-- ---------------------------------------------------------------- explain

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
    out[#out + 1] = "why: " .. step.why
    hl[#hl + 1] = false
  end
  if step.ask and step.ask ~= "" then
    out[#out + 1] = "ask instead: " .. step.ask
    hl[#hl + 1] = "FuLogWarn"
  end
  out[#out + 1] = ("meeting %s (%s)%s"):format(step.meeting or "?", step.source or "none",
    step.account and (", account " .. step.account) or "")
  hl[#hl + 1] = "FuLogWhy"
  if step.capped then
    out[#out + 1] = ("(line longer than max_line_len = %d: only its start was read)"):format(config.get().max_line_len)
    hl[#hl + 1] = "FuLogWhy"
  end
  return out, hl
end

function M.explain()
  local core, buf, row = cursor_step("no next step under the cursor")
  if not core then
    return
  end
  local step = require("fulog.highlight").explain(buf, row)
  if not step then
    return err("no next step under the cursor")
  end
  local lines, hl = M.explain_lines(step)
  return ed().float(lines, { hl = hl })
end

-- ---------------------------------------------------------------- index

function M.index(a)
  local words = {}
  for w in trim(a.args):gmatch("%S+") do
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
  log = function(a) return require("fulog.log").open(trim(a.args)) end,
  overdue = function(a) return require("fulog.quickfix").overdue({ loclist = a.bang }) end,
  stats = function(a)
    local b, msg = require("fulog.stats").open(a.args)
    if not b and msg then
      return err(msg)
    end
    return b
  end,
  index = M.index,
  tag = M.tag,
  touch = M.touch,
  done = M.done,
  snooze = function(a) return require("fulog.snooze").snooze(a) end,
  draft = function(a) return require("fulog.followup").draft(a) end,
  recap = M.recap,
  explain = M.explain,
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
    args = tostring(field(a, "args") or ""),
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
      for _, acc in ipairs(db:accounts()) do
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
