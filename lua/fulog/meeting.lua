-- The meeting date (and account) of a note, from the top of its buffer only:
-- spec section 3, first found wins: front matter `date:`, an ISO date in the
-- first heading, an ISO date in the file name, the file's mtime. The C
-- parser (core.parse_note) decides, on the first lines only, so that a
-- 100,000-line note costs the same as a short one. Also finds where the
-- Ham Bam warning goes (under the first heading, else under the front
-- matter, else line 1).

local M = {}

-- A Markdown heading as the note parser reads one: 1 to 6 "#" and a blank.
local function is_heading(l)
  local h = l:match("^(#+)%s")
  return h ~= nil and #h <= 6
end

-- How many lines to read: header_lines, or to the end of the front matter
-- plus header_lines when the front matter is longer. When no heading is in
-- them, as far as the note parser looks for the first heading
-- (heading_lines: core.heading_lines): a heading after a pasted agenda still
-- dates the note, in the editor as in the store.
function M.span(get_lines, nlines, header_lines, heading_lines)
  local n = math.min(nlines, header_lines)
  local body = 0
  local first = get_lines(0, 1)[1]
  if first and first:match("^%-%-%-%s*$") then
    local limit = math.min(nlines, 400)
    local lines = get_lines(1, limit)
    for i, l in ipairs(lines) do
      if l:match("^%-%-%-%s*$") or l:match("^%.%.%.%s*$") then
        n = math.min(nlines, i + header_lines)
        body = i + 1
        break
      end
    end
  end
  local far = math.min(nlines, heading_lines or 0)
  if far > n then
    for _, l in ipairs(get_lines(body, n)) do
      if is_heading(l) then
        return n
      end
    end
    for i, l in ipairs(get_lines(n, far)) do
      if is_heading(l) then
        return n + i
      end
    end
    return far
  end
  return n
end

-- lines: the top lines of the buffer; path: the file (may be ""); opts:
-- { mtime=, mtime_day= (the store's kept day, wins over mtime), today=,
-- tags=, grace=, rules= }. core may be nil (not built):
-- then only the layout is found, and date is nil.
function M.read(core, lines, path, opts)
  opts = opts or {}
  local info = { date = nil, source = "none", account = nil, heading_row = nil, fm_end = nil }
  -- Layout: the front matter block and the first heading.
  local start = 1
  if lines[1] and lines[1]:match("^%-%-%-%s*$") then
    for i = 2, #lines do
      if lines[i]:match("^%-%-%-%s*$") or lines[i]:match("^%.%.%.%s*$") then
        info.fm_end = i - 1
        start = i + 1
        break
      end
    end
  end
  for i = start, #lines do
    if is_heading(lines[i]) then
      info.heading_row = i - 1
      break
    end
  end
  info.has_header = info.fm_end ~= nil or info.heading_row ~= nil
  if core then
    local text = table.concat(lines, "\n") .. "\n"
    local ok, note = pcall(core.parse_note, text, path or "", {
      mtime = opts.mtime, mtime_day = opts.mtime_day, tags = opts.tags, grace = opts.grace, options = opts.options,
    })
    if ok and type(note) == "table" then
      info.date = note.date
      info.source = note.date_source or "none"
      info.account = note.account
      -- who is on which side: the classifier reads "Maria to send" by them
      info.attendees, info.team, info.owner = note.attendees, note.team, note.owner
    end
  end
  if not info.date and opts.today then
    -- An unsaved new note: the meeting is today.
    info.date = opts.today
    info.source = "today"
  end
  return info
end

-- The row (0-based) the Ham Bam warning hangs under.
function M.warn_row(info)
  return info.heading_row or info.fm_end or 0
end

return M
