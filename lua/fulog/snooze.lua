-- :FuSnooze DATE|+Nd and the log's snooze key: push a next step to a later
-- date by writing due:DATE into its line (the core's line edit and its safe
-- write-back), so its next action date moves and the store counts the push.

local fulog = require("fulog")
local bufstep = require("fulog.bufstep")
local say = require("fulog.say")
local written = require("fulog.written")

local M = {}

local ed = fulog.editor

-- The date a seller typed ("2026-12-20", "+3d", "+2w"), or nil after
-- saying what is wanted (the core's words, as fulog snooze says them).
local function when_date(core, when)
  local day, msg = core.snooze_date(when, fulog.today())
  if not day then
    say.err(msg)
  end
  return day
end

-- Asks for the date when none is given ("+7d" offered).
local function ask(when, cb)
  if when and when ~= "" then
    return cb(when)
  end
  ed().input({ prompt = "Snooze until (YYYY-MM-DD, +Nd, +Nw): ", default = "+7d" }, function(v)
    if v and v ~= "" then
      cb(v)
    end
  end)
end

-- Sets due:day on the step at row (0-based) of buf. true or nil, msg.
function M.in_buffer(core, buf, row, day)
  local line = ed().get_line(buf, row)
  local new, msg = core.snooze_line(line, day, fulog.options())
  if not new then
    -- named as fulog snooze names it ("PATH:LINE: the step is done: ...")
    return nil, ("%s:%d: %s"):format(bufstep.display_name(buf), row + 1, msg)
  end
  if new ~= line then
    if not ed().modifiable(buf) then
      return nil, "the buffer is not modifiable"
    end
    return bufstep.edit_buffer(buf, function()
      ed().set_lines(buf, row, row + 1, { new })
    end)
  end
  return true
end

-- :FuSnooze [DATE|+Nd] on the step under the cursor.
function M.snooze(a)
  local core, buf, row = bufstep.cursor_step("no next step under the cursor to snooze")
  if not core then
    return
  end
  ask((a.args or ""):match("^%s*(.-)%s*$"), function(when)
    local day = when_date(core, when)
    if not day then
      return
    end
    local ok, msg = M.in_buffer(core, buf, row, day)
    if not ok then
      return say.err(msg)
    end
    bufstep.tell(buf, written.snoozed(core, bufstep.display_name(buf), row + 1, day, bufstep.step_text_at(core, buf, row)))
  end)
end

-- Snoozes a chase of the log: in its buffer when loaded, else in the file.
function M.chase(chase, when, done_cb)
  local core = fulog.need_core()
  if not core then
    return
  end
  ask(when, function(w)
    local day = when_date(core, w)
    if not day then
      return
    end
    local buf = ed().buf_for_path(chase.path)
    local expect = bufstep.expect(chase)
    local ok, msg, at
    if buf then
      local row, why = bufstep.find_step(core, buf, chase.line, expect)
      if not row then
        return say.err(bufstep.not_found(why, chase))
      end
      ok, msg = M.in_buffer(core, buf, row, day)
      at = row + 1
    else
      -- a note gone since the list was made: refused, as fulog snooze is
      local gone = require("fulog.gone").refusal(core, chase.path, chase.line, bufstep.display_path(chase.path))
      if gone then
        return say.err(gone)
      end
      ok, msg = fulog.store_for_write()
      if ok then
        ok, msg = core.snooze(chase.path, chase.line, day, { expect = expect, options = fulog.options() })
      end
      at = ok and msg
    end
    if not ok then
      return say.err(msg)
    end
    fulog.index_file(chase.path)
    -- the words fulog snooze prints (the log shows the new date too)
    bufstep.tell(buf, written.snoozed(core, bufstep.display_path(chase.path), type(at) == "number" and at or chase.line,
      day, chase.text))
    if done_cb then
      done_cb()
    end
  end)
end

return M
