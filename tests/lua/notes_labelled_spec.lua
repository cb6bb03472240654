-- The indexer measured from outside: tests/fixtures/notes-labelled/ holds
-- notes written the way sellers write them, and notes-labelled.tsv what the
-- spec says the store must hold for them (labelled before the indexer ran
-- on them). bin/fulog index reads a copy of the folder into a temp store
-- (today fixed, mtimes set); every field is compared, each difference
-- reported as one line, and a summary says how many were right.
local h = require("helper")

local FIX = h.root .. "/tests/fixtures/notes-labelled"
local EXPECT = h.root .. "/tests/fixtures/notes-labelled.tsv"
local TODAY = "2026-12-10"

local function split_tab(line)
  local t = {}
  for f in (line .. "\t"):gmatch("([^\t]*)\t") do
    t[#t + 1] = f
  end
  return t
end

-- The expectations, as runs: { name=, args=, notes={path->note}, order={paths},
-- skips={path}, warns={{path, line}} } and the mtimes to set.
local function load_expect()
  local runs, mtimes, run = {}, {}, nil
  for line in io.lines(EXPECT) do
    if line ~= "" and not line:match("^#") then
      local f = split_tab(line)
      local kind, path = f[1], f[2]
      if kind == "run" then
        run = { name = f[2], args = f[3] or "", notes = {}, order = {}, skips = {}, warns = {} }
        runs[#runs + 1] = run
      elseif kind == "mtime" then
        mtimes[#mtimes + 1] = { path, f[3] }
      elseif kind == "note" then
        local n = { path = path, account = f[3], meeting = f[4], source = f[5], owner = f[6],
          attendees = f[7], team = f[8], steps = {}, touches = {}, needs = {} }
        run.notes[path] = n
        run.order[#run.order + 1] = path
      elseif kind == "step" then
        local s = { line = tonumber(f[3]), done = f[4], due = f[5], class = f[6], text = f[7] or "" }
        run.notes[path].steps[s.line] = s
      elseif kind == "touch" then
        local t = { line = tonumber(f[3]), step = f[4], date = f[5], channel = f[6], replied = f[7] }
        run.notes[path].touches[t.line] = t
      elseif kind == "need" then
        local n = { line = tonumber(f[3]), kind = f[4], text = f[5] }
        run.notes[path].needs[n.line] = n
      elseif kind == "skip" then
        run.skips[#run.skips + 1] = path
      elseif kind == "warn" then
        run.warns[#run.warns + 1] = { path, f[3] }
      else
        error("notes-labelled.tsv: unknown row " .. line)
      end
    end
  end
  return runs, mtimes
end

-- Rows of a query on the store, fields split on US, rows on RS (texts hold
-- tabs and '|').
local function query(db, sql)
  local out = h.sh(("sqlite3 -batch -noheader -separator %s -newline %s %s %s"):format(h.q("\31"), h.q("\30"), h.q(db),
    h.q(sql)))
  local rows = {}
  for r in out:gmatch("([^\30]*)\30") do
    local t = {}
    for f in (r .. "\31"):gmatch("([^\31]*)\31") do
      t[#t + 1] = f
    end
    rows[#rows + 1] = t
  end
  return rows
end

local function rel(root, path)
  if path:sub(1, #root + 1) == root .. "/" then
    return path:sub(#root + 2)
  end
  return path
end

-- What the store holds, by note path relative to the notes folder.
local function load_store(db, root)
  local got = {}
  for _, r in ipairs(query(db, "SELECT n.path, coalesce(a.name, '-'), coalesce(n.meeting, '-'), n.date_source,"
    .. " coalesce(n.owner, '-') FROM note n LEFT JOIN account a ON a.id = n.account_id")) do
    got[rel(root, r[1])] = { account = r[2], meeting = r[3], source = r[4], owner = r[5],
      steps = {}, touches = {}, needs = {} }
  end
  for _, r in ipairs(query(db, "SELECT n.path, s.line, s.done, coalesce(s.due, '-'), s.class, s.text"
    .. " FROM step s JOIN note n ON n.id = s.note_id")) do
    got[rel(root, r[1])].steps[tonumber(r[2])] = { done = r[3], due = r[4], class = r[5], text = r[6] }
  end
  for _, r in ipairs(query(db, "SELECT n.path, t.line, coalesce(s.line, '-'), coalesce(t.day, '-'), t.channel,"
    .. " t.replied FROM touch t JOIN note n ON n.id = t.note_id LEFT JOIN step s ON s.id = t.step_id")) do
    got[rel(root, r[1])].touches[tonumber(r[2])] = { step = r[3], date = r[4], channel = r[5], replied = r[6] }
  end
  for _, r in ipairs(query(db, "SELECT n.path, d.line, d.kind, d.text FROM need d JOIN note n ON n.id = d.note_id")) do
    got[rel(root, r[1])].needs[tonumber(r[2])] = { kind = r[3], text = r[4] }
  end
  return got
end

local function sorted_keys(t)
  local k = {}
  for key in pairs(t) do
    k[#k + 1] = key
  end
  table.sort(k)
  return k
end

-- Compares one field; "?" is not compared, "~x" means the value holds x.
local function field(tally, diffs, where, name, want, got, nocase)
  if want == "?" then
    return
  end
  tally.fields = tally.fields + 1
  local ok
  if nocase then
    ok = got ~= nil and want:lower() == got:lower()
  elseif want:sub(1, 1) == "~" then
    ok = got ~= nil and got:find(want:sub(2), 1, true) ~= nil
  else
    ok = want == got
  end
  if ok then
    tally.right = tally.right + 1
  else
    diffs[#diffs + 1] = ("%s: %s %q expected, got %s"):format(where, name, want,
      got == nil and "nothing" or ("%q"):format(got))
  end
  return ok
end

-- The differences of one note: a list of lines. tally counts fields and
-- whole items (steps, touches, needs) right.
local function compare_note(want, got, parsed, tally)
  local diffs = {}
  local p = want.path
  if not got then
    tally.fields = tally.fields + 1
    return { p .. ": not in the store" }
  end
  local before = #diffs
  -- The store keys accounts without case (acme/ and "account: ACME" are
  -- one account, named as first seen), so the name is compared so too.
  field(tally, diffs, p, "account", want.account, got.account, true)
  field(tally, diffs, p, "meeting", want.meeting, got.meeting)
  field(tally, diffs, p, "date source", want.source, got.source)
  field(tally, diffs, p, "owner", want.owner, got.owner)
  if parsed then
    local function people(list)
      return #list == 0 and "-" or table.concat(list, "|")
    end
    field(tally, diffs, p, "attendees", want.attendees, people(parsed.attendees))
    field(tally, diffs, p, "team", want.team, people(parsed.team))
  end
  tally.note_ok = tally.note_ok + (#diffs == before and 1 or 0)
  local function items(kind, wants, gots, fields)
    for _, line in ipairs(sorted_keys(wants)) do
      local w, g = wants[line], gots[line]
      local where = ("%s:%d: %s"):format(p, line, kind)
      tally[kind] = tally[kind] + 1
      if not g then
        tally.fields = tally.fields + 1
        diffs[#diffs + 1] = where .. " expected, none indexed (" .. (w.text or w.date or "") .. ")"
      else
        local b = #diffs
        for _, f in ipairs(fields) do
          field(tally, diffs, where, f, w[f], g[f])
        end
        tally[kind .. "_ok"] = tally[kind .. "_ok"] + (#diffs == b and 1 or 0)
      end
    end
    for _, line in ipairs(sorted_keys(gots)) do
      if not wants[line] then
        local g = gots[line]
        diffs[#diffs + 1] = ("%s:%d: %s indexed, none expected (%s)"):format(p, line, kind, g.text or g.date or "")
        tally.extra = tally.extra + 1
      end
    end
  end
  items("step", want.steps, got.steps, { "done", "due", "class", "text" })
  items("touch", want.touches, got.touches, { "step", "date", "channel", "replied" })
  items("need", want.needs, got.needs, { "kind", "text" })
  return diffs
end

-- A note as the editor holds it in a buffer: Vim and Neovim drop a byte
-- order mark ('bomb') and the CR of CRLF lines when every line has one
-- ('fileformat' dos), and hold a NUL byte as a newline.
local function buffer_lines(text)
  if text:sub(1, 3) == "\239\187\191" then
    text = text:sub(4)
  end
  if text ~= "" and text:sub(-1) ~= "\n" then
    text = text .. "\n"
  end
  local lines = {}
  for l in text:gmatch("([^\n]*)\n") do
    lines[#lines + 1] = (l:gsub("%z", "\n"))
  end
  local dos = #lines > 0
  for _, l in ipairs(lines) do
    dos = dos and l:sub(-1) == "\r"
  end
  if dos then
    for i, l in ipairs(lines) do
      lines[i] = l:sub(1, -2)
    end
  end
  return lines
end

-- What the editor shows for a note (lua/fulog/highlight.lua's path, with
-- the default setup): the meeting from the top of the buffer, then every
-- row through core.scan_rows. Returns the meeting and steps by line.
local function editor_view(core, path, text, mtime, options)
  local meeting, config = require("fulog.meeting"), require("fulog.config")
  local cfg = config.get()
  local lines = buffer_lines(text)
  local get = function(s, e)
    local t = {}
    for i = s + 1, math.min(e, #lines) do
      t[#t + 1] = lines[i]
    end
    return t
  end
  local top = get(0, meeting.span(get, #lines, cfg.header_lines, core.heading_lines))
  local info = meeting.read(core, top, path, { mtime = mtime, today = TODAY, options = options })
  -- highlight.lua blanks the front matter's rows before scanning them
  for i = 1, (info.fm_end or -1) + 1 do
    lines[i] = ""
  end
  local r = assert(core.scan_rows(lines, info.date, { options = options, attendees = info.attendees,
    team = info.team, owner = info.owner }, cfg.max_line_len, false))
  local steps = {}
  for k = 1, r.n do
    if r.kind[k] == 1 then
      steps[r.i[k]] = { class = r.class[k], due = r.due[k] or "-", done = (r.flags[k] & 2) ~= 0 and "1" or "0" }
    end
  end
  return info.date or "-", steps
end

describe("the indexer on notes written the way sellers write them", function()
  local HAVE_SQLITE3 = h.sh("command -v sqlite3"):gsub("%s", "") ~= ""
  local runs, mtimes = load_expect()
  local dir, notes
  local results = {}
  local tally = { fields = 0, right = 0, note_ok = 0, notes = 0, step = 0, step_ok = 0, touch = 0,
    touch_ok = 0, need = 0, need_ok = 0, extra = 0 }

  setup(function()
    assert.is_true(HAVE_SQLITE3, "sqlite3 is needed to read the store")
    dir = h.tmpdir()
    notes = dir .. "/notes"
    os.execute(("cp -R %s %s"):format(h.q(FIX), h.q(notes)))
    -- git keeps no mtimes: every file gets one, and the notes dated by it
    -- their own (noon, so the local date is the one written).
    os.execute(("find %s -exec touch -h -d '2026-12-09 12:00' {} +"):format(h.q(notes)))
    for _, m in ipairs(mtimes) do
      os.execute(("touch -d %s %s"):format(h.q(m[2] .. " 12:00"), h.q(notes .. "/" .. m[1])))
    end
    for _, run in ipairs(runs) do
      local db = dir .. "/" .. run.name .. "/fulog.db"
      local _, err, code = h.fulog("index " .. run.args .. " notes", { cwd = dir, db = db, today = TODAY })
      results[run.name] = { db = db, err = err, code = code, got = load_store(db, notes) }
    end
  end)

  teardown(function()
    h.rm(dir)
    print(("# notes-labelled: %d of %d notes right (account, date, people), %d of %d steps, %d of %d touches,"
      .. " %d of %d needs, %d indexed that were not expected; %d of %d fields right")
      :format(tally.note_ok, tally.notes, tally.step_ok, tally.step, tally.touch_ok, tally.touch,
        tally.need_ok, tally.need, tally.extra, tally.right, tally.fields))
  end)

  for _, run in ipairs(runs) do
    it(("run %s: indexing exits 0"):format(run.name), function()
      local r = results[run.name]
      assert.are.equal(0, r.code, r.err)
    end)

    for _, path in ipairs(run.order) do
      it(("run %s: %s"):format(run.name, path), function()
        local want = run.notes[path]
        local r = results[run.name]
        local text = h.read(notes .. "/" .. path)
        local parsed = h.core.parse_note(text, notes .. "/" .. path, { root = notes })
        tally.notes = tally.notes + 1
        local diffs = compare_note(want, r.got[path], parsed, tally)
        assert(#diffs == 0, "\n" .. table.concat(diffs, "\n"))
      end)
    end

    if run.name == "default" then
      -- The editor and the shell must not disagree on a note: the same
      -- meeting date, the same steps with the same class, due and done.
      for _, path in ipairs(run.order) do
        it(("the editor reads %s as the store holds it"):format(path), function()
          local got = results.default.got[path]
          assert(got, path .. ": not in the store")
          local full = notes .. "/" .. path
          local mtime = tonumber((h.sh("stat -c %Y " .. h.q(full)):gsub("%s", "")))
          local options = assert(h.core.options({ today = TODAY }))
          local date, steps = editor_view(h.core, full, h.read(full), mtime, options)
          local diffs = {}
          if date ~= got.meeting then
            diffs[#diffs + 1] = ("%s: the editor's meeting date %s, the store's %s"):format(path, date, got.meeting)
          end
          for _, line in ipairs(sorted_keys(got.steps)) do
            local g, e = got.steps[line], steps[line]
            if not e then
              diffs[#diffs + 1] = ("%s:%d: a step in the store, none in the editor"):format(path, line)
            else
              for _, f in ipairs({ "done", "class", "due" }) do
                if e[f] ~= g[f] then
                  diffs[#diffs + 1] = ("%s:%d: %s %s in the editor, %s in the store"):format(path, line, f, e[f], g[f])
                end
              end
            end
          end
          for _, line in ipairs(sorted_keys(steps)) do
            if not got.steps[line] then
              diffs[#diffs + 1] = ("%s:%d: a step in the editor, none in the store"):format(path, line)
            end
          end
          assert(#diffs == 0, "\n" .. table.concat(diffs, "\n"))
        end)
      end

      it("run default: no note is indexed that the labels do not list", function()
        local extra = {}
        for _, path in ipairs(sorted_keys(results.default.got)) do
          if not run.notes[path] then
            extra[#extra + 1] = path .. ": indexed, not a labelled note"
          end
        end
        assert(#extra == 0, "\n" .. table.concat(extra, "\n"))
      end)
    end

    if #run.skips > 0 or #run.warns > 0 then
      it(("run %s: what is no note stays out, and problems are said naming file and line"):format(run.name), function()
        local r = results[run.name]
        local diffs = {}
        for _, path in ipairs(run.skips) do
          if r.got[path] then
            diffs[#diffs + 1] = path .. ": in the store, expected skipped"
          end
        end
        for _, w in ipairs(run.warns) do
          local pat = w[2] == "?" and (w[1] .. ":") or (w[1] .. ":" .. w[2] .. ":")
          if not r.err:find(pat, 1, true) then
            diffs[#diffs + 1] = ("%s: no warning naming %s"):format(w[1], pat)
          end
        end
        assert(#diffs == 0, "\n" .. table.concat(diffs, "\n") .. "\nstderr:\n" .. r.err)
      end)
    end
  end
end)
