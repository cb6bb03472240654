-- Property test of write-back (issue 13): random notes (LF, CRLF, mixed,
-- BOM, no final newline, tabs, UTF-8, lists, checkboxes, touches), random
-- done and touch on random steps. Every byte the edit does not own is kept:
-- done changes one step line only by "[x] " or " " -> "x"; touch only
-- inserts one TOUCH: line (and a line end when the last line had none).
-- Mode and inode (hard links) survive. Fixed seed: failures reproduce.
local h = require("helper")
local core = h.core

local SEED = tonumber(os.getenv("FULOG_PROP_SEED") or "") or 13
local NOTES = tonumber(os.getenv("FULOG_PROP_NOTES") or "") or 100

local WORDS = { "send", "the", "deck", "call", "Jo", "back", "Friday", "12/8", "café", "→", "proposal", "due:2026-12-20",
  "#soft", "they'll", "review", "CFO", "\t", "  ", "x", "[ ]", "NEXT:", "-", "*", "1.", "TOUCH:", "über" }

local function pick(r, t)
  return t[r(#t)]
end

local function words(r, n)
  local t = {}
  for i = 1, n do
    t[i] = pick(r, WORDS)
  end
  return table.concat(t, " ")
end

local function random_line(r)
  local k = r(10)
  local indent = ({ "", "", "  ", "    ", "\t" })[r(5)]
  if k <= 4 then
    local marker = ({ "", "- ", "* ", "1. ", "+ " })[r(5)]
    local box = ({ "", "", "[ ] ", "[x] ", "[X] " })[r(5)]
    local tag = ({ "NEXT:", "next:", "Next:" })[r(3)]
    return indent .. marker .. box .. tag .. " " .. words(r, 1 + r(8))
  elseif k == 5 then
    return indent .. "  - TOUCH: 2026-12-0" .. r(9) .. " email - " .. words(r, r(4))
  elseif k == 6 then
    return ""
  elseif k == 7 then
    return "# " .. words(r, 3)
  else
    return indent .. words(r, r(10))
  end
end

local function random_note(r)
  local eol = ({ "\n", "\r\n", "mixed" })[r(3)]
  local t = {}
  for i = 1, 1 + r(25) do
    local e = eol == "mixed" and ({ "\n", "\r\n" })[r(2)] or eol
    t[#t + 1] = random_line(r) .. e
  end
  local s = table.concat(t)
  if r(4) == 1 then
    s = s:gsub("\r?\n$", "") -- no final newline
  end
  if r(5) == 1 then
    s = "\239\187\191" .. s
  end
  return s
end

-- The bytes new has where old had others: prefix and suffix kept.
local function diff(old, new)
  local p = 0
  local n = math.min(#old, #new)
  while p < n and old:byte(p + 1) == new:byte(p + 1) do
    p = p + 1
  end
  local q = 0
  while q < n - p and old:byte(#old - q) == new:byte(#new - q) do
    q = q + 1
  end
  return p, old:sub(p + 1, #old - q), new:sub(p + 1, #new - q)
end

local function nth_line(s, k)
  local i = 1
  for l in (s:gsub("^\239\187\191", "") .. "\n"):gmatch("([^\n]*)\n") do
    if i == k then
      return (l:gsub("\r$", ""))
    end
    i = i + 1
  end
end

describe("write-back property", function()
  local dir
  before_each(function()
    dir = h.tmpdir()
  end)
  after_each(function()
    h.rm(dir)
  end)

  it(("keeps every byte it does not own (%d random notes, seed %d)"):format(NOTES, SEED), function()
    math.randomseed(SEED)
    local r = math.random
    local edits, dones, touches = 0, 0, 0
    for i = 1, NOTES do
      local path = dir .. "/n" .. i .. ".md"
      local text = random_note(r)
      h.write(path, text)
      local mode = ({ "600", "640", "644", "664" })[r(4)]
      os.execute(("chmod %s %s"):format(mode, h.q(path)))
      local linked = r(6) == 1
      if linked then
        os.execute(("ln %s %s"):format(h.q(path), h.q(dir .. "/link" .. i)))
      end
      local ino = h.sh("stat -c %i " .. h.q(path))
      for _ = 1, 3 do
        local note = core.parse_note(text, path)
        if #note.steps == 0 then
          break
        end
        local st = note.steps[r(#note.steps)]
        local ctx = ("seed %d note %d line %d %q"):format(SEED, i, st.line, text)
        if r(2) == 1 then
          local ok, err, already = core.mark_done(path, st.line, st.text)
          local new = h.read(path)
          if st.done then
            -- done again: refused, nothing written
            assert.are.equal("done", already, tostring(err) .. " " .. ctx)
            assert.are.equal(text, new, ctx)
          else
            assert.is_true(ok, tostring(err) .. " " .. ctx)
            local _, was, now = diff(text, new)
            assert.truthy((was == "" and now == "[x] ") or (was == " " and now == "x"), ctx .. " -> " .. new)
            assert.truthy(nth_line(new, st.line):find("[x]", 1, true), ctx)
          end
          dones = dones + 1
          text = new
        else
          local out = ({ "no reply", "replied: wants pricing", "", "left vm → later" })[r(4)]
          local nl, err = core.add_touch(path, st.line, { date = "2026-12-10", channel = "call", outcome = out,
            expect = st.text })
          -- the very same touch already under the step (a retry), one
          -- before the meeting (a heading's date after it), or one under a
          -- done step, is refused and changes nothing
          local refused = not nl and (tostring(err):find("this touch is already there", 1, true) or
            tostring(err):find("is before the meeting", 1, true) or
            (st.done and tostring(err):find(core.touch_done_msg, 1, true)))
          assert.truthy(nl or refused, tostring(err) .. " " .. ctx)
          local new = h.read(path)
          if refused then
            assert.are.equal(text, new, ctx)
            goto next_edit
          end
          local _, was, now = diff(text, new)
          assert.are.equal("", was, ctx)
          local _, n = now:gsub("TOUCH: 2026%-12%-10 call", "")
          assert.are.equal(1, n, ctx .. " inserted " .. now)
          -- one line more (two line ends when the last line had none)
          local _, ends = now:gsub("\n", "")
          assert.are.equal(text:sub(-1) == "\n" and 1 or ends == 2 and 2 or 1, ends, ctx .. " inserted " .. now)
          assert.truthy(nth_line(new, nl):find("TOUCH: 2026-12-10 call", 1, true), ctx .. " line " .. nl)
          -- a CRLF step line gets a CRLF touch line
          if text:find("\r\n") and not text:find("[^\r]\n") and not text:find("^\n") then
            assert.falsy(new:find("[^\r]\n") or new:find("^\n"), ctx .. " -> " .. new)
          end
          local again = core.parse_note(new, path)
          assert.are.equal(#note.steps, #again.steps, ctx)
          touches = touches + 1
          text = new
        end
        edits = edits + 1
        ::next_edit::
      end
      assert.are.equal(mode .. "\n", h.sh("stat -c %a " .. h.q(path)), "note " .. i)
      if linked then
        assert.are.equal(ino, h.sh("stat -c %i " .. h.q(path)), "note " .. i .. ": a hard-linked note keeps its inode")
        assert.are.equal(text, h.read(dir .. "/link" .. i), "note " .. i)
      end
    end
    -- nothing left beside the notes and links: no temp files, no backups
    assert.are.equal("", h.sh("ls -A " .. h.q(dir) .. " | grep -v -E '^(n|link)[0-9]+(\\.md)?$'"))
    assert.truthy(dones > 50 and touches > 50, ("%d done, %d touch"):format(dones, touches))
    print(("# write-back property: %d edits (%d done, %d touch) on %d notes"):format(edits, dones, touches, NOTES))
  end)
end)
