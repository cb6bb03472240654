-- A note written from outside (fulog done / touch / snooze in a shell,
-- another editor's :FuDone) while its buffer here has unsaved edits. The
-- editor says the file changed; a seller who keeps their buffer and writes
-- it puts back the old step: the mark is lost from the note while the
-- store says done. So on FileChangedShell, when everything the other
-- writer changed since the buffer's read is one of fulog's own write-backs
-- (a done mark, a due: set, a TOUCH: line under a step), those are applied
-- again to the buffer's lines by step key, through the core's own line
-- edits (done_line, snooze_line, touch_slot), and the buffer stays
-- modified: the seller's edits and moved lines do not matter. Any other
-- change (an edit in another program, a git pull) is left to the editor's
-- own prompt. What the buffer was read from is the file's bytes at read
-- and at write (M.remember). Plain Lua over the core; the adapter does the
-- buffer.

local M = {}

-- buf -> { path =, text = the file's bytes when the buffer last matched it
-- (a string, or core.read_file's bytes) }
local base = {}

local read = require("fulog.fileread")

-- The file's lines as the editor holds them: a BOM, a final newline's
-- empty line and CRs before newlines left out.
function M.split(s)
  local t = {}
  s = s:gsub("^\239\187\191", "")
  local pos = 1
  while pos <= #s do
    local e = s:find("\n", pos, true)
    local l = s:sub(pos, (e or #s + 1) - 1)
    t[#t + 1] = (l:gsub("\r$", ""))
    pos = (e or #s) + 1
  end
  return t
end

-- The file's bytes: the core's (core.read_file: one read, no copy; Lua's
-- reads in pieces made a 4.4 MB note 17 ms of opening it) when it is
-- loaded, else a string.
local function read_bytes(path)
  local ok, core = pcall(require, "fulog.core")
  if ok and type(core) == "table" and core.read_file then
    return core.read_file(path)
  end
  return read(path)
end

-- What the buffer was read from: the file as it is now (called on a read
-- and after a write, when buffer and file agree). Buffers gone since are
-- forgotten here, so none is kept for long.
function M.remember(ed, buf, path)
  for b in pairs(base) do
    if not ed.buf_valid(b) then
      base[b] = nil
    end
  end
  local text = path ~= "" and read_bytes(path)
  base[buf] = text and { path = path, text = text } or nil
end

-- The bytes buf was read from (nil: none kept). The highlighter marks an
-- untouched buffer's far rows from them (no line strings fetched).
function M.text(buf)
  local was = base[buf]
  return was and was.text
end

function M.forget(buf)
  base[buf] = nil
end

-- d is step line b as fulog's done or snooze (or both) writes it: the
-- edit, keyed by b's words; nil when it is anything else.
local function line_edit(core, b, d, opts)
  local li = core.line_info(b, opts)
  if not (li and li.kind == "step") then
    return nil
  end
  if core.done_line(b, opts) == d then
    return { done = true, text = li.text }
  end
  for day in d:gmatch("due:(%d%d%d%d%-%d%d%-%d%d)") do
    local ok, s = pcall(core.snooze_line, b, day, opts)
    if ok and s == d then
      return { due = day, text = li.text }
    end
    if ok and s and core.done_line(s, opts) == d then
      return { due = day, done = true, text = li.text }
    end
  end
  return nil
end

-- The write-backs that turn lines b into lines d, in order: { done =,
-- due =, text =, line = } for a step line, { touch = the line, text = its
-- step's words, line = } for a TOUCH: line added (line: where b had the
-- step); nil when some change is not fulog's.
function M.diff(core, b, d, opts)
  local edits = {}
  local at = {} -- d's step lines -> b's line
  local i, j = 1, 1
  while i <= #b or j <= #d do
    if i <= #b and j <= #d and b[i] == d[j] then
      at[j] = i
      i, j = i + 1, j + 1
    else
      local e = i <= #b and j <= #d and line_edit(core, b[i], d[j], opts)
      if e then
        e.line = i
        edits[#edits + 1] = e
        at[j] = i
        i, j = i + 1, j + 1
      else
        local li = j <= #d and core.line_info(d[j], opts)
        local owner = li and li.kind == "touch" and core.step_at(d, j, opts)
        local from = owner and at[owner]
        if not from then
          return nil
        end
        edits[#edits + 1] = { touch = d[j], text = core.line_info(b[from], opts).text, line = from }
        j = j + 1
      end
    end
  end
  return edits
end

-- The step an edit is on, in lines: by its words at b's line or moved;
-- twins told apart by their order among b's steps with those words.
local function find(core, lines, b, e, opts)
  local row = core.find_step(lines, e.line, e.text, opts)
  if row then
    return row
  end
  local nth, of = 0, 0
  for k, l in ipairs(b) do
    local li = core.line_info(l, opts)
    if li and li.kind == "step" and li.text == e.text then
      of = of + 1
      if k == e.line then
        nth = of
      end
    end
  end
  return of > 1 and core.find_step(lines, e.line, { text = e.text, nth = nth, of = of }, opts) or nil
end

-- Applies edits (M.diff's, against base lines b) to lines, a copy of the
-- buffer's: the list of changes to make to the buffer in order ({ row =
-- 0-based, line =, insert = true when added }) and what each did in
-- fulog.written's words; nil when one cannot be placed (its step's words
-- edited here, or gone).
function M.apply(core, lines, b, edits, opts)
  local written = require("fulog.written")
  local ops, said = {}, {}
  for _, e in ipairs(edits) do
    local row = find(core, lines, b, e, opts)
    if not row then
      return nil
    end
    if e.touch then
      local tl = e.touch
      local slot = core.touch_slot(lines, row, tl, opts)
      if slot then
        table.insert(lines, slot + 1, tl)
        ops[#ops + 1] = { row = slot, line = tl, insert = true }
        said[#said + 1] = ("touch recorded: %s (%s)"):format(core.shown_text(core.line_info(tl, opts).text),
          core.step_text(e.text))
      end
    else
      local l = lines[row]
      if e.done then
        l = core.done_line(l, opts) or l -- done here already: as it is
      end
      if e.due then
        l = core.snooze_line(l, e.due, opts)
        if not l then
          return nil
        end
      end
      if l ~= lines[row] then
        lines[row] = l
        ops[#ops + 1] = { row = row - 1, line = l }
      end
      said[#said + 1] = e.due and written.snoozed(core, nil, nil, e.due, e.text)
        or written.done(core, nil, nil, e.text)
    end
  end
  return ops, said
end

-- On FileChangedShell (reason: v:fcs_reason) for note buf: when the
-- buffer has unsaved edits and the file's change since its read is only
-- fulog's write-backs, applies them to the buffer and says so in one line.
-- Returns true when it did (the editor then keeps the buffer, modified),
-- false for the editor's own prompt.
function M.merge(fulog, buf, reason)
  local ed = fulog.editor()
  local core = fulog.core()
  local was = base[buf]
  if reason ~= "conflict" or not (core and was and ed.modified(buf)) then
    return false
  end
  local path = ed.fullpath(ed.buf_name(buf))
  local fenc = ed.fileencoding(buf)
  if path ~= was.path or (fenc ~= "" and fenc ~= "utf-8") then
    return false
  end
  local now = read(path)
  local text = was.text
  text = type(text) == "string" and text or text:string()
  if not now or now == text then
    return false
  end
  local opts = fulog.options()
  local b = M.split(text)
  local edits = M.diff(core, b, M.split(now), opts)
  if not edits or #edits == 0 then
    return false
  end
  local ops, said = M.apply(core, ed.get_lines(buf, 0, -1), b, edits, opts)
  if not ops then
    return false
  end
  for _, op in ipairs(ops) do
    ed.set_lines(buf, op.row, op.insert and op.row or op.row + 1, { op.line })
  end
  was.text = now -- what the buffer holds of the file now
  local name = require("fulog.bufstep").display_name(buf)
  require("fulog.say").warn(("kept your edits and applied %s's change from outside: %s; :w writes both "
    .. "(say y when asked to write over the newer file)"):format(name, table.concat(said, "; ")))
  return true
end

return M
