-- What a write-back did (done, snooze, touch), in the one set of words
-- bin/fulog prints and both editors show: the front-ends choose only where
-- (standard output, a message) and how a path is named (relative to their
-- working folder). Plain Lua, no editor calls.
--
-- where: the note's path as shown, line: the line written (the step's; a
-- touch: its TOUCH line), text: the step's text as the store keeps it (nil:
-- not known, left out), shown as every listing shows it (core.step_text).

local M = {}

local function head(where, line)
  return where and ("%s:%d: "):format(where, line) or ""
end

local function step(core, text)
  return text and text ~= "" and (": " .. core.step_text(text)) or ""
end

function M.done(core, where, line, text)
  return head(where, line) .. "marked done" .. step(core, text)
end

-- A step already done, asked to be done again (a second run, a listing
-- or another editor's view made before it was done): nothing written, and
-- the refusal says when it was done when the store knows (day: nil when
-- not). The core's words (core.done_already_msg), as snooze's refusal of a
-- done step says "the step is done".
function M.already_done(core, where, line, day)
  local msg = core.done_already_msg
  if day then
    msg = msg:gsub("^(.-done):", "%1 (since " .. day .. "):", 1)
  end
  return head(where, line) .. msg
end

-- The day the store saw the step at path:line done (its history's last
-- "done"), or nil: no store, no such step there, or another step there
-- now (text: the step's words, when known).
function M.done_day(db, path, line, text)
  local st = db and db:step_at(path, line)
  if not st or (text and st.text ~= text) then
    return nil
  end
  local day
  for _, e in ipairs(db:history(path, line) or {}) do
    if e.event == "done" then
      day = e.day
    end
  end
  return day
end

-- Several steps of one range (:FuDone over lines).
function M.done_count(where, n)
  return (where and (where .. ": ") or "") .. ("%d next steps marked done"):format(n)
end

function M.snoozed(core, where, line, day, text)
  return head(where, line) .. "due " .. day .. step(core, text)
end

-- outcome: as the seller gave it; said as the TOUCH: line has it (none:
-- core.touch_no_outcome). Shown as a step's words are
-- (core.shown_text): a line break or ESC typed in it reached the screen.
function M.touched(core, where, line, channel, outcome, text)
  -- the outcome as the TOUCH: line has it (core.touch_line, the writer's
  -- own rule): none said is "no reply", a " - " typed before it is gone
  local written = core.touch_line("- NEXT: x", "2000-01-01", channel, outcome)
  outcome = written and written:match("TOUCH: %S+ %S+ %- (.*)$") or outcome or core.touch_no_outcome
  return head(where, line) .. "touch recorded: " .. channel .. " - " .. core.shown_text(outcome)
    .. (text and text ~= "" and (" (" .. core.step_text(text) .. ")") or "")
end

-- The note is written (a write-back, a save) but another process held the
-- store past the busy timeout: not an error, the store catches up. nil
-- when err is another failure.
function M.store_busy(err)
  err = tostring(err)
  if err:find("locked", 1, true) or err:find("busy", 1, true) then
    return ("the note is written, but the store is busy (%s); it catches up on the next index"):format(err)
  end
  return nil
end

return M
