-- A next step in a buffer: which row holds it, by the core's grammar (the
-- buffer's lines go to the core, rows come back), and the safe way to edit
-- its buffer (never over a change made on disk).

local fulog = require("fulog")
local say = require("fulog.say")

local M = {}

local ed = fulog.editor

-- The parse options (tags) the grammar reads lines with.
local function line_opts()
  return fulog.options()
end
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

-- The buffer's file as a message names it: relative to the working folder
-- when under it, its odd bytes escaped (core.shown_name), as fulog prints a
-- note.
function M.display_path(name)
  local cwd = ed().cwd()
  if cwd ~= "" and cwd ~= "/" and name:sub(1, #cwd + 1) == cwd .. "/" then
    name = name:sub(#cwd + 2)
  end
  return require("fulog.core").shown_name(name)
end

function M.display_name(buf)
  return M.display_path(ed().buf_name(buf))
end

-- The text of the step at row (0-based) of buf, for the words of what was
-- written (fulog.written), from the file's bytes as the shell reads them.
function M.step_text_at(core, buf, row)
  local li = core.line_info(ed().file_line(buf, row) or "", line_opts())
  return li and li.text
end

-- The TOUCH line for the step at row and where it goes (0-based): after
-- the step's block, or before a later-dated touch; nil, msg when the core
-- refuses it (bad channel or date, before the meeting, that very touch
-- already there): the checks and words of fulog touch, on the buffer's
-- lines (unsaved edits included).
function M.touch_plan(core, buf, row, date, channel, outcome)
  return core.touch_plan(ed().get_lines(buf, 0, -1), row + 1, {
    path = M.display_name(buf), date = date, channel = channel, outcome = outcome, options = line_opts(),
  })
end

-- The refusal of a touch under the done step at row (0-based) of buf, in
-- the core's words (touch_plan's), said before a channel or an outcome is
-- asked for; nil when the step is open.
function M.touch_done(core, buf, row)
  local li = core.line_info(ed().get_line(buf, row) or "", line_opts())
  if li and li.done then
    return ("%s:%d: %s"):format(M.display_name(buf), row + 1, core.touch_done_msg)
  end
  return nil
end

-- The same for a chase whose note is not loaded (a log drawn before the
-- step was done elsewhere): its step as the file has it now (expect:
-- M.expect's), so the seller is not asked for a channel and an outcome
-- that the write-back then refuses. nil when open, or not found (the
-- write-back says why).
function M.touch_done_on_disk(core, chase, expect)
  local lines = ed().disk_lines(chase.path)
  if lines and lines[#lines] == "" then
    lines[#lines] = nil -- readfile()'s last line after a final newline
  end
  local at = lines and core.find_step(lines, chase.line or 0, expect or chase.text, line_opts())
  local li = at and core.line_info(lines[at], line_opts())
  if li and li.done then
    return ("%s:%d: %s"):format(M.display_path(chase.path), at, core.touch_done_msg)
  end
  return nil
end

-- What a write-back on a chase of a list expects at its line: its words,
-- and which of the note's steps with them it is when the store still has
-- it there (fulog.expect, as fulog done / touch / snooze ask it).
function M.expect(chase)
  return require("fulog.expect").at(fulog.store(true), chase.path, chase.line, chase.text)
end

-- Why a chase's step was not found in its buffer, with its words and note
-- as the listings show them (core.step_text, display_path): a raw path or
-- step may hold a newline, an ESC or a bidi override.
function M.not_found(why, chase)
  local core = require("fulog.core")
  return ('%s: "%s" (%s)'):format(why, chase.text and core.step_text(chase.text) or "?", M.display_path(chase.path))
end

-- Finds the step of a chase in a loaded buffer: the one line holding
-- exactly its text (expect: the text, or M.expect's, which tells twins
-- apart), at lnum or moved. Returns the 0-based row, or nil, msg (gone,
-- on several lines, or one added or removed).
function M.find_step(core, buf, lnum, expect)
  local found, msg = core.find_step(ed().get_lines(buf, 0, -1), lnum or 0, expect, line_opts())
  if not found then
    return nil, msg
  end
  return found - 1
end

-- The line (1-based) a step the store saw on line lnum of path is on now:
-- where its buffer has it when the note is open with unsaved edits (they
-- may have moved it), else lnum. cache: a table kept across the calls for
-- one list (the modified buffers are looked up once).
function M.current_line(path, lnum, text, cache)
  local core = fulog.core()
  if not (core and text) then
    return lnum
  end
  cache = cache or {}
  if not cache.bufs then
    cache.bufs = {}
    for _, b in ipairs(ed().list_bufs()) do
      if ed().modified(b) and ed().buftype(b) == "" then
        cache.bufs[ed().fullpath(ed().buf_name(b))] = b
      end
    end
  end
  local buf = cache.bufs[path]
  if not buf then
    return lnum
  end
  cache[buf] = cache[buf] or ed().get_lines(buf, 0, -1)
  return core.find_step(cache[buf], lnum or 0, text, line_opts()) or lnum
end

-- Did the note change on disk since an unmodified buffer read it? Then
-- writing the buffer would overwrite that change (and Vim would stop at
-- its "file has changed" prompt).
local function changed_on_disk(buf)
  local name = ed().buf_name(buf)
  if name == "" or ed().modified(buf) then
    return false
  end
  local disk = ed().disk_lines(ed().fullpath(name), buf)
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
    -- readfile() gives a NUL as "\n"; the buffer's lines hold "\0"
    local d = disk[i]:gsub("\n", "\0")
    if mine[i] ~= d and mine[i] ~= d:gsub("\r$", "") then
      return true
    end
  end
  return false
end

-- Edits a buffer and writes it when it had no unsaved changes before;
-- refuses (nil, msg) when the file changed on disk under it, when the
-- buffer cannot be written (the edit would stay unsaved, behind a W10
-- warning and an E45 from the write), or when it would be written but the
-- store cannot be (fulog.store_for_write).
-- Can buf be edited by a write-back? true when the edit is then written
-- (the buffer had no unsaved changes), false when it stays in the buffer;
-- nil, msg when refused (see edit_buffer). Asked before a prompt too, so
-- the seller is not asked for what cannot be written.
function M.can_edit(buf)
  if ed().readonly(buf) or not ed().modifiable(buf) then
    return nil, M.display_name(buf) .. ": the note is read-only: nothing written"
  end
  if changed_on_disk(buf) then
    return nil, M.display_name(buf) .. " changed on disk since it was read: nothing written; reload it (:edit) and try again"
  end
  local writes = not ed().modified(buf) and ed().buf_name(buf) ~= ""
  if writes then
    -- its file deleted, or renamed, since the buffer read it: writing the
    -- buffer would bring the old note back (twice, after a rename)
    local gone = require("fulog.core").note_gone(ed().fullpath(ed().buf_name(buf)), M.display_name(buf))
    if gone then
      return nil, gone
    end
    local db, msg = fulog.store_for_write()
    if not db then
      return nil, msg
    end
  end
  return writes
end

function M.edit_buffer(buf, f)
  local writes, msg = M.can_edit(buf)
  if writes == nil then
    return nil, msg
  end
  if writes then
    ed().sync_time(buf) -- before the edit: the bytes on disk are the buffer's
  end
  local res = f()
  if writes then
    ed().write(buf)
  end
  return res == nil and true or res
end

-- Says what an edit did (msg). An edit that went into a buffer with
-- unsaved changes was not written (edit_buffer never writes the seller's
-- own edits for them): it is in the buffer only, and in the file, the
-- store, the log and overdue once the buffer is written. Said as a
-- warning, so a touch from the log is not taken for recorded.
function M.tell(buf, msg)
  if buf and ed().modified(buf) then
    return say.warn(("%s - in the buffer only: %s has unsaved changes, so it was not written; "
      .. ":w it to keep the change"):format(msg, M.display_name(buf)))
  end
  say.info(msg)
end

-- Why buf has no step under the cursor: its note cannot be read (the
-- editor showed an empty buffer; said by the core in the write-backs'
-- words, "PATH: cannot open: Permission denied"), else why. A file not
-- there yet is a new note.
function M.no_step(core, buf, why)
  local name = ed().buf_name(buf)
  return name ~= "" and core.note_unreadable(ed().fullpath(name), M.display_name(buf)) or why
end

-- The core, the buffer and the 0-based row of the next step under the
-- cursor; nothing (after saying why) when there is none.
function M.cursor_step(why)
  local core = fulog.need_core()
  if not core then
    return nil
  end
  local buf = ed().bufnr(0)
  local row = M.step_row(core, buf, ed().cursor() - 1)
  if not row then
    say.err(M.no_step(core, buf, why))
    return nil
  end
  return core, buf, row
end

return M
