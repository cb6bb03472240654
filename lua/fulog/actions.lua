-- The step actions: :FuDone, :FuTouch and :FuTag in a buffer, and done /
-- touch for a chase from the log (in its buffer when loaded, else in the
-- file, through the core's write-back).

local config = require("fulog.config")
local fulog = require("fulog")
local bufstep = require("fulog.bufstep")
local say = require("fulog.say")
local written = require("fulog.written")

local M = {}

local ed = fulog.editor
local err, info = say.err, say.info

local function trim(s)
  return (s or ""):match("^%s*(.-)%s*$")
end

-- The parse options (tags) the grammar reads lines with.
local function line_opts()
  return fulog.options()
end

-- ---------------------------------------------------------------- done

-- The refusal of done on a step already done at line of the note at path
-- (fulog.written's words, with the day the store saw it done).
local function already_done(core, path, line, text)
  return written.already_done(core, bufstep.display_path(path), line,
    written.done_day(fulog.store(true), path, line, text))
end

-- Marks the step at row (0-based) of buf done. Returns true or nil, msg;
-- nil, msg, "done" when it is already done (nothing written).
function M.done_in_buffer(core, buf, row)
  local line = ed().get_line(buf, row)
  local new, msg, already = core.done_line(line, line_opts())
  if already then
    local li = core.line_info(line, line_opts())
    return nil, already_done(core, ed().fullpath(ed().buf_name(buf)), row + 1, li and li.text), already
  end
  if not new then
    return nil, msg or "not a next step"
  end
  if not ed().modifiable(buf) then
    return nil, "the buffer is not modifiable"
  end
  return bufstep.edit_buffer(buf, function()
    ed().set_lines(buf, row, row + 1, { new })
  end)
end

-- Where the step of a chase is: its buffer (when loaded) and 0-based row
-- there, and fulog.expect's expectation; false for the buffer when the
-- note is not loaded (the row is nil then). nil, msg when the step is not
-- in its buffer, or its note is not loaded and gone from disk.
function M.chase_step(core, chase)
  local buf = ed().buf_for_path(chase.path)
  if not buf then
    -- a note gone since the list was made: refused, as fulog done is
    local gone = require("fulog.gone").refusal(core, chase.path, chase.line, bufstep.display_path(chase.path))
    if gone then
      return nil, gone
    end
    return false, nil, bufstep.expect(chase)
  end
  local expect = bufstep.expect(chase)
  local row, why = bufstep.find_step(core, buf, chase.line, expect)
  if not row then
    return nil, bufstep.not_found(why, chase)
  end
  return buf, row, expect
end

-- Edits the step of a chase: in its buffer when loaded (in_buffer(buf,
-- row)), else in its file (in_file(expect), expect: fulog.expect's for the
-- core's write-back); then indexes the note again. Returns true, the
-- buffer it edited (nil: the file) and the line the edit returned
-- (1-based; nil when it returned none).
local function edit_chase(core, chase, in_buffer, in_file)
  local buf, row, expect = M.chase_step(core, chase)
  if buf == nil then
    return err(row)
  end
  buf = buf or nil
  local ok, at
  if row then
    ok, at = in_buffer(buf, row)
    at = type(at) == "number" and at or (ok and row + 1) or at
  else
    ok, at = fulog.store_for_write()
    if ok then
      ok, at = in_file(expect)
      -- the core's refusal names the note by its absolute path: named as
      -- fulog names it
      at = (ok or type(at) ~= "string") and at or bufstep.display_path(at)
    end
  end
  if not ok then
    return err(at)
  end
  fulog.index_file(chase.path)
  return true, buf, type(at) == "number" and at or nil
end

-- Marks a chase done: in its buffer when loaded, else in the file.
function M.done_chase(chase)
  local core = fulog.need_core()
  if not core then
    return nil, "no core"
  end
  local ok, buf, at = edit_chase(core, chase, function(b, row)
    return M.done_in_buffer(core, b, row)
  end, function(expect)
    local ok, msg, already, was = core.mark_done(chase.path, chase.line, expect, line_opts())
    if already then
      return nil, already_done(core, chase.path, was, chase.text)
    end
    return ok, msg
  end)
  if not ok then
    return nil, buf
  end
  bufstep.tell(buf, written.done(core, bufstep.display_path(chase.path), at or chase.line, chase.text))
  return true
end

function M.done(a)
  local core = fulog.need_core()
  if not core then
    return
  end
  local buf = ed().bufnr(0)
  local first, last = a.line1 or select(1, ed().cursor()), a.line2 or select(1, ed().cursor())
  local count, seen, last_row, already, said = 0, {}, nil, 0, nil
  for lnum = first, last do
    local row = bufstep.step_row(core, buf, lnum - 1)
    if row and not seen[row] then
      seen[row] = true
      local ok, msg, was = M.done_in_buffer(core, buf, row)
      if was then
        -- already done: not counted, nor written
        already, said = already + 1, msg
      elseif not ok then
        return err(msg)
      else
        count, last_row = count + 1, row
      end
    end
  end
  if count == 0 and already > 0 then
    return err(already == 1 and said or ("%s: the %d next steps are already done: nothing written")
      :format(bufstep.display_name(buf), already))
  end
  if count == 0 then
    return err(bufstep.no_step(core, buf, "no next step under the cursor (a line starting with " .. config.get().tags[1] .. ":)"))
  end
  local where = bufstep.display_name(buf)
  bufstep.tell(buf, count == 1 and written.done(core, where, last_row + 1, bufstep.step_text_at(core, buf, last_row))
    or written.done_count(where, count))
  return true
end

-- ---------------------------------------------------------------- touch

-- Asks for what is missing, then calls k(channel, outcome).
local function ask_touch(channel, outcome, k)
  local function with_outcome(ch)
    if outcome and outcome ~= "" then
      return k(ch, outcome)
    end
    -- Starts empty (a default would be prepended to what is typed);
    -- Enter alone is the common answer, written by the core as "no reply"
    -- (core.touch_no_outcome), as fulog touch with no outcome writes it.
    ed().input({ prompt = "Outcome (Enter: no reply; or e.g. replied: wants pricing): ", default = "" }, function(o)
      if o == nil then
        return
      end
      k(ch, trim(o))
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
  if not ed().modifiable(buf) then
    return nil, "the buffer is not modifiable"
  end
  local at, tl = bufstep.touch_plan(core, buf, row, date, channel, outcome)
  if not at then
    return nil, tl
  end
  local ok, msg2 = bufstep.edit_buffer(buf, function()
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
  -- refused before the channel and outcome are asked for: a step gone
  -- from its buffer, a note or store that cannot be written
  local buf, row, expect = M.chase_step(core, chase)
  local ok, msg = buf, row
  if buf then
    -- a stale buffer first (reload it), then a done step in it
    ok, msg = bufstep.can_edit(buf)
    local done = ok ~= nil and bufstep.touch_done(core, buf, row)
    if done then
      return err(done)
    end
  elseif buf == false then
    msg = bufstep.touch_done_on_disk(core, chase, expect)
    if msg then
      return err(msg)
    end
    ok, msg = fulog.store_for_write()
  end
  if ok == nil then
    return err(msg)
  end
  ask_touch(channel, outcome, function(ch, out)
    local date = fulog.today()
    local ok, buf, at = edit_chase(core, chase, function(b, row)
      local r, msg = M.touch_in_buffer(core, b, row, date, ch, out)
      return r, r and r + 1 or msg
    end, function(expect)
      local n, msg = core.add_touch(chase.path, chase.line,
        { date = date, channel = ch, outcome = out, expect = expect, options = fulog.options() })
      return n, n or msg
    end)
    if not ok then
      return
    end
    bufstep.tell(buf, written.touched(core, bufstep.display_path(chase.path), at or chase.line, ch, out, chase.text))
    if done_cb then
      done_cb()
    end
  end)
end

function M.touch(a)
  local core, buf, row = bufstep.cursor_step("no next step under the cursor (put it on a " .. config.get().tags[1]
    .. ": line or a TOUCH: line under one)")
  if not core then
    return
  end
  local words = trim(a.args)
  local channel, outcome = words:match("^(%S+)%s*(.*)$")
  if channel and not core.channel(channel) then
    -- refused before the outcome is asked for, in the core's words
    local _, msg = bufstep.touch_plan(core, buf, row, fulog.today(), channel)
    return err(msg)
  end
  -- and before it when the note or the store cannot be written (a stale
  -- buffer named first: reload it), or the step is done
  local can, why = bufstep.can_edit(buf)
  if can == nil then
    return err(why)
  end
  local done = bufstep.touch_done(core, buf, row)
  if done then
    return err(done)
  end
  ask_touch(channel and channel:lower(), outcome, function(ch, out)
    local at, msg = M.touch_in_buffer(core, buf, row, fulog.today(), ch, out)
    if not at then
      return err(msg)
    end
    bufstep.tell(buf, written.touched(core, bufstep.display_name(buf), at + 1, ch, out,
      bufstep.step_text_at(core, buf, row)))
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

return M
