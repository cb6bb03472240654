-- The commands on one next step named FILE:LINE[:KEY]: done, snooze,
-- touch (each writes the note, then re-indexes it), draft and history.

local u = require("fulog.cli.util")
local core, die, usage_error, check_date, today, core_opts, with_store, display_path, abs_path = u.core, u.die, u.usage_error, u.check_date, u.today, u.core_opts, u.with_store, u.display_path, u.abs_path
local json = u.json
local written = require("fulog.written")
local expected = require("fulog.expect").at

local M = {}

-- FILE:LINE, FILE:LINE:COL (as overdue prints it) or FILE:LINE:KEY (the
-- step's key from a listing). Returns the absolute path, the line, the key.
local function file_line(spec, key)
  spec = spec or ""
  local file, line, tail = spec:match("^(.+):(%d+):(%w+)$")
  if file and tail:match("^%l%l%l%l%l%l$") then
    key = key or tail
  elseif not (file and tail:match("^%d+$")) then
    file, line = spec:match("^(.+):(%d+)$")
  end
  if not file then
    usage_error("want FILE:LINE or FILE:LINE:KEY, got " .. tostring(spec))
  end
  if key and not key:match("^%l%l%l%l%l%l$") then
    usage_error("a step key is six letters, as overdue and log print it; got " .. key)
  end
  local n = tonumber(line)
  -- 4294967297 must not wrap around to line 1 in the core.
  if #line > 10 or n < 1 or n > 2147483647 then
    usage_error(("%s: no such line number"):format(spec))
  end
  return abs_path(file), math.tointeger(n) or n, key
end

-- A step of a note gone from disk (deleted, or renamed with no index
-- since), named from an old listing: refused in one line before the
-- store opens, nothing written (fulog.gone, the editors' words too).
local function refuse_gone(path, line)
  local msg = require("fulog.gone").refusal(core, path, line, display_path(path))
  if msg then
    die(1, msg)
  end
end

-- A note's whole text as it is now; nil when it cannot be read.
local function read_note(path)
  local f = io.open(path, "rb")
  local text = f and f:read("a")
  if f then
    f:close()
  end
  return text
end

-- The step a FILE:LINE:KEY names, read from the note as it is now: its
-- line and text. The step at LINE when its key matches (its twins with the
-- same words are told apart by the core, fulog.expect); else the one step
-- in the note with that key (it moved); else a refusal, so a stale line
-- number never hits the neighbouring step.
local function step_by_key(path, line, key, o)
  local text = read_note(path)
  if not text then
    die(1, ("%s:%d: cannot read the note"):format(display_path(path), line))
  end
  local note = core.parse_note(text, path, { tags = o.tags })
  local hits = {}
  for _, st in ipairs(note.steps) do
    if core.step_key(st.text) == key then
      if st.line == line then
        return line, st.text
      end
      hits[#hits + 1] = st
    end
  end
  if #hits == 1 then
    return hits[1].line, hits[1].text -- moved: said once it is written (moved())
  end
  die(1, ("%s:%d: the step listed as {%s} is %s; list again (fulog overdue or log)"):format(display_path(path), line,
    key, #hits == 0 and "no longer in the note" or "in the note more than once"))
end

-- Re-indexes one note after a write-back, keeping its notes root. The note
-- is already written and is the truth: a store another process holds
-- locked past the busy timeout catches up on the next index, so this is a
-- warning, not a failure the seller would retry (and touch twice). Any
-- other store failure is one (exit 1), but it says first that the note was
-- written, so the seller does not write it again.
local function reindex(db, path, o)
  local stats, err = db:index_file(path, o)
  if not stats then
    local busy = written.store_busy(err)
    if busy then
      io.stderr:write("fulog: warning: ", busy, "\n")
      return
    end
    die(1, ("%s: the note IS written, but the store was not updated (%s); "
      .. "the next fulog index picks the change up: do not repeat it"):format(display_path(path), tostring(err)))
  end
  for _, e in ipairs(stats.errors) do
    io.stderr:write("fulog: ", display_path(e), "\n")
  end
end

-- A refusal for a step its key found on another line than the one listed
-- (the core names the line it found): the line the seller gave first, as
-- every other refusal does, then where the step is now.
local function from_listed(msg, listed, at)
  if not listed or listed == at then
    return msg
  end
  local head, rest = msg:match("^(.-):" .. at .. ": (.*)$")
  if not head then
    return msg
  end
  return ("%s:%d: the step moved to line %d since the listing; %s"):format(head, listed, at, rest)
end

-- A plain FILE:LINE typed from a listing (fulog.listed): the step the
-- store has at that line now (else the note's) must be the one the last
-- listing showed there; a note re-indexed since with a step inserted above
-- put another step on it. nil when it is (or no listing shows that line),
-- else the refusal.
local function not_as_listed(opts, db, path, line, o)
  local listed, db_path = require("fulog.listed"), u.db_path(opts)
  if not listed.at(core, db_path, path, line) then
    return nil
  end
  -- (a FIFO or a folder in the note's place is never opened: the write
  -- refuses it in its own words)
  local body = not core.note_unreadable(path) and read_note(path)
  local steps = body and core.parse_note(body, path, { tags = o.tags }).steps or {}
  local st = db:step_at(path, line)
  local now = st and st.text
  for _, s in ipairs(steps) do
    if not now and s.line == line then
      now = s.text
    end
  end
  return listed.mismatch(core, db_path, path, line, now, steps, display_path(path))
end

-- A write-back on the store: write(db) changes the note (its result, or
-- nil, msg), then the note is re-indexed; returns write's result. listed,
-- line: the line a FILE:LINE:KEY named and the one its key found; key
-- nil: a plain FILE:LINE, checked against the last listing first.
local function write_back(opts, path, o, write, listed, line, key)
  return with_store(opts, "write", function(db)
    if not key then
      local refused = not_as_listed(opts, db, path, listed, o)
      if refused then
        return nil, refused
      end
    end
    local r, err = write(db)
    if not r then
      return nil, from_listed(display_path(err), listed, line)
    end
    reindex(db, path, o)
    return r
  end)
end

-- The text of the step at line of the note as now written (a TOUCH line:
-- the step it is under), for the message that says what was written; nil
-- when the note cannot be read.
local function text_at(path, line, o)
  local body = read_note(path)
  if not body then
    return nil
  end
  local lines = {}
  for l in (body .. "\n"):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = l:gsub("\r$", "")
  end
  local at = core.step_at(lines, line, o)
  local li = at and core.line_info(lines[at], o)
  return li and li.text
end

-- A write-back's (true, line it edited) as that line, or (nil, msg).
local function found_at(ok, at)
  if not ok then
    return nil, at
  end
  return at
end

-- The step named at LINE (by the listing's key, or the store's step
-- there) was found lower or higher in the note (lines were added above it
-- since): once it is written, say where.
local function moved(path, line, at, key)
  if at ~= line then
    io.stderr:write(("fulog: %s:%d: %s %d%s\n"):format(display_path(path), line,
      key and "the step moved to line" or "the step the store had on this line is now on line", at,
      key and " since the listing" or ""))
  end
end

function M.done(opts, args)
  if #args ~= 1 then
    usage_error("done wants FILE:LINE")
  end
  local path, line, key = file_line(args[1], opts.key)
  local o = core_opts(opts)
  refuse_gone(path, line)
  local listed, text = line, nil
  if key then
    line, text = step_by_key(path, line, key, o)
  end
  local at = write_back(opts, path, o, function(db)
    local ok, msg, already, was = core.mark_done(path, line, expected(db, path, listed, text), o)
    if already then
      -- done before (another run, another editor): refused, exit 1, as a
      -- snooze of a done step is
      return nil, written.already_done(core, display_path(path), was, written.done_day(db, path, was, text))
    end
    return found_at(ok, msg)
  end, listed, line, key)
  moved(path, listed, at, key)
  print(written.done(core, display_path(path), at, text_at(path, at, o)))
end

-- snooze FILE:LINE[:KEY] DATE|+Nd: due:DATE written into the step's line
-- (replacing one there), so its next action date moves; the store counts
-- the push when it re-reads the note.
function M.snooze(opts, args)
  if #args ~= 2 then
    usage_error("snooze wants FILE:LINE and a DATE (YYYY-MM-DD) or +Nd / +Nw")
  end
  local path, line, key = file_line(args[1], opts.key)
  local o = core_opts(opts)
  local day, derr = core.snooze_date(args[2], o.today or today(opts))
  if not day then
    die(2, derr) -- the core's words, as :FuSnooze says them
  end
  refuse_gone(path, line)
  local listed, text = line, nil
  if key then
    line, text = step_by_key(path, line, key, o)
  end
  local at = write_back(opts, path, o, function(db)
    return found_at(core.snooze(path, line, day, { expect = expected(db, path, listed, text),
      options = o.options, tags = o.tags }))
  end, listed, line, key)
  moved(path, listed, at, key)
  print(written.snoozed(core, display_path(path), at, day, text_at(path, at, o)))
end

-- draft FILE:LINE [--channel email|call|voicemail]: a follow-up for that
-- step on stdout (the client's PAIN/WANT, the contact, the attempt's tone,
-- two slots); nothing is sent.
function M.draft(opts, args)
  if #args ~= 1 then
    usage_error("draft wants FILE:LINE")
  end
  local path, line, key = file_line(args[1], opts.key)
  local channel = opts.channel or "email"
  if channel ~= "email" and channel ~= "call" and channel ~= "voicemail" then
    usage_error("--channel wants email, call or voicemail, got " .. channel)
  end
  local t = today(opts)
  local text = with_store(opts, {}, function(db, q)
    if key then
      line = step_by_key(path, line, key, core_opts(opts))
    end
    -- the rules file's draft entry: templates and slot times, as the editor reads it
    local d, derr = require("fulog.rulesfile").draft_options(nil, opts.rules)
    if not d then
      return nil, derr
    end
    local body, err = require("fulog.draft").build(core, db, path, line,
      { channel = channel, today = t, options = q.options, template = d.templates, slots = d.times })
    if not body then
      return nil, display_path(err)
    end
    return body
  end)
  io.stdout:write(text)
end

function M.touch(opts, args)
  if #args < 1 then
    usage_error("touch wants FILE:LINE CHANNEL [OUTCOME...]")
  end
  local path, line, key = file_line(args[1], opts.key)
  local channel = opts.channel or args[2]
  local first = opts.channel and 2 or 3
  if not channel then
    usage_error("touch wants a CHANNEL: email, call, voicemail, meeting or other")
  end
  local outcome = table.concat(args, " ", first)
  if opts.replied and not outcome:lower():find("repl") then
    outcome = "replied" .. (outcome ~= "" and (": " .. outcome) or "")
  end
  local o = core_opts(opts)
  local date = opts.date and check_date("date", opts.date) or o.today
  -- what needs no note (the channel, not after today) is a usage error,
  -- said before the store opens; the rest (not before the meeting, not a
  -- repeat) is the note's. Both in the core's words, as :FuTouch says them.
  local ok, why = core.touch_check(date, channel, o.today)
  if not ok then
    die(2, ("%s:%d: %s"):format(display_path(path), line, why))
  end
  refuse_gone(path, line)
  local listed, text = line, nil
  if key then
    line, text = step_by_key(path, line, key, o)
  end
  local new_line = write_back(opts, path, o, function(db)
    return core.add_touch(path, line, {
      date = date, channel = channel, outcome = outcome ~= "" and outcome or nil,
      tags = o.tags, today = o.today, expect = expected(db, path, listed, text),
    })
  end, listed, line, key)
  if key then
    moved(path, listed, line, key)
  end
  print(written.touched(core, display_path(path), new_line, channel:lower(), outcome, text_at(path, new_line, o)))
end

function M.history(opts, args)
  if #args ~= 1 then
    usage_error("history wants FILE:LINE")
  end
  local path, line = file_line(args[1])
  local o = core_opts(opts)
  local rows, why = with_store(opts, "read", function(db)
    local r = db:history(path, line)
    return r, #r == 0 and not opts.json and db:why_no_step(path, line, o.options) or nil
  end)
  if opts.json then
    print(json(rows))
    return
  end
  if #rows == 0 then
    die(1, ("%s:%d: %s"):format(display_path(path), line, why or "no next step known at this line"))
  end
  for _, e in ipairs(rows) do
    local detail = ""
    if e.event == "moved" then
      detail = ("  %s -> %s"):format(display_path(e.old), display_path(e.new))
    elseif e.old or e.new then
      detail = ("  %s -> %s"):format(e.old or "-", e.new or "-")
    end
    print(("%s  %-7s%s"):format(e.day, e.event, detail))
  end
end

return M
