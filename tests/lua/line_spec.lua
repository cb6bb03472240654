-- The line grammar as the editor sees it (core.step_at, block_end,
-- find_step, tag_line, done_line): the same rules as the parser and
-- write-back, so a buffer and a file agree.
local h = require("helper")
local core = h.core

describe("line grammar for buffers", function()
  local lines = {
    "# Acme",                            -- 1
    "  - NEXT: send pricing",            -- 2
    "\t- TOUCH: 2026-12-01 email",        -- 3: a tab is 4 columns: under 2
    "",                                  -- 4
    "\t  more about pricing",            -- 5
    "- TODO: call Tom",                  -- 6
    "- NEXT: send pricing",              -- 7
  }

  it("finds the step whose block holds a line", function()
    assert.equal(2, core.step_at(lines, 2))
    assert.equal(2, core.step_at(lines, 3))
    assert.is_nil(core.step_at(lines, 4))
    assert.equal(2, core.step_at(lines, 5))
    assert.is_nil(core.step_at(lines, 6))
    assert.equal(6, core.step_at(lines, 6, { tags = { "TODO" } }))
    assert.is_nil(core.step_at(lines, 1))
  end)

  it("puts a touch after the block, blank lines inside it kept", function()
    assert.equal(5, core.block_end(lines, 2))
    assert.equal(7, core.block_end(lines, 7))
    assert.has_error(function() core.block_end(lines, 99) end)
  end)

  it("finds a stored step by exact text, refusing a guess", function()
    -- twins are told apart by which one it was, never by the line alone
    -- (lines added above can put the other on it: QA round 40)
    assert.equal(7, core.find_step(lines, 7, { text = "send pricing", nth = 2, of = 2 }))
    assert.equal(2, core.find_step(lines, 7, { text = "send pricing", nth = 1, of = 2 }))
    local n, msg = core.find_step(lines, 7, "send pricing")
    assert.is_nil(n)
    assert.matches("more than one line", msg)
    n, msg = core.find_step(lines, 7, { text = "send pricing", nth = 1, of = 1 })
    assert.is_nil(n)
    assert.matches("added or removed", msg)
    n, msg = core.find_step(lines, 1, "send pricing")
    assert.is_nil(n)
    assert.matches("more than one line", msg)
    n, msg = core.find_step(lines, 2, "pricing")
    assert.is_nil(n)
    assert.matches("no longer there", msg)
    assert.equal(6, core.find_step(lines, 1, "call Tom", { tags = { "TODO", "NEXT" } }))
  end)

  it("edits lines with custom tags", function()
    assert.equal("- [x] TODO: call Tom", core.done_line("- TODO: call Tom", { tags = { "TODO" } }))
    assert.is_nil(core.done_line("- TODO: call Tom"))
    assert.equal("- [ ] TODO: call", core.tag_line("- [ ] call", "TODO"))
    assert.equal("  * NEXT: ", core.new_step_line("  * NEXT: a", "NEXT"))
    assert.has_error(function() core.tag_line("x", "bad tag") end)
  end)

  it("reads the line grammar whatever FULOG_TODAY says", function()
    -- line_info needs no date: a bad FULOG_TODAY must not blank every row.
    local out = h.sh("FULOG_TODAY=2026-13-45 lua5.4 -e " .. h.q(
      "package.path = " .. ("%q"):format(h.root .. "/lua/?.lua;") .. " .. package.path; "
      .. "local c = require('fulog.core'); io.write(c.line_info('- NEXT: x', {tags = {'NEXT'}}).kind)"))
    assert.equal("step", out)
  end)
end)

describe("core.scan_rows (the highlighter's batch of rows)", function()
  local lines = {
    "talk: no tag here",                           -- 1
    "- NEXT: review with the CFO #firm",           -- 2
    "TOUCH: 2026-12-01 email",                     -- 3
    "- [x] NEXT: send the deck due:2026-11-01",    -- 4
    "- NEXT: send the deck due:2026-11-01",        -- 5
  }
  local o = { options = core.options({ today = "2026-12-15" }) }

  it("returns columns for the tagged rows only", function()
    local r = assert(core.scan_rows(lines, "2026-12-01", o))
    assert.equal(4, r.n)
    assert.same({ 2, 3, 4, 5 }, { r.i[1], r.i[2], r.i[3], r.i[4] })
    assert.same({ 1, 2, 1, 1 }, { r.kind[1], r.kind[2], r.kind[3], r.kind[4] })
    assert.equal(#lines[2], r.len[1])
    assert.equal(2, r.col[1])
    assert.equal(5, r.tag_len[1])
    assert.equal("firm", r.class[1])
    assert.equal(1, r.flags[1])               -- the #firm tag decided
    assert.equal(2, r.flags[3])               -- done
    assert.equal("2026-11-01", r.due[4])
    assert.equal(44, r.overdue_days[4])
    assert.equal(0, r.overdue_days[3])        -- done: never late
    assert.is_string(r.why[4])
  end)

  it("fills an earlier result again, without the reasons when not asked", function()
    local into = {}
    local r = assert(core.scan_rows(lines, "2026-12-01", o, 0, true, into))
    assert.equal(into, r)
    local cols = r.i
    r = assert(core.scan_rows({ "x", "- NEXT: call Tom" }, "2026-12-01", o, 0, false, into))
    assert.equal(into, r)
    assert.equal(cols, r.i)                   -- the same column tables
    assert.equal(1, r.n)
    assert.equal(2, r.i[1])
    assert.equal(r.why[4], into.why[4])       -- explain false: why and ask left as they were
  end)

  it("brief: the same rows, classes and flags, no due date, lateness or reasons", function()
    local full = assert(core.scan_rows(lines, "2026-12-01", o, 0, true))
    local r = assert(core.scan_rows(lines, "2026-12-01", o, 0, true, nil, true))
    assert.equal(full.n, r.n)
    for k = 1, r.n do
      for _, c in ipairs({ "i", "len", "kind", "col", "tag_len", "class", "flags" }) do
        assert.equal(full[c][k], r[c][k], c .. " " .. k)
      end
      assert.is_nil(r.due[k])
      assert.is_nil(r.overdue_days[k])
      assert.is_nil(r.why[k])
    end
  end)

  -- A big note's first marking reads its far rows from the file's bytes
  -- (core.scan_text over core.read_file's): the rows scan_rows' brief form
  -- gives for the same lines.
  it("scan_text: the brief rows of the same lines, read from bytes, in batches", function()
    local text = table.concat(lines, "\n") .. "\n"
    local dir = h.tmpdir()
    h.write(dir .. "/n.md", text)
    local bytes = assert(core.read_file(dir .. "/n.md"))
    assert.equal(#text, #bytes)
    assert.equal(text, bytes:string())
    assert.is_nil(core.read_file(dir))               -- a folder
    assert.is_nil(core.read_file(dir .. "/none.md"))
    h.rm(dir)
    assert.equal(5, core.text_rows(bytes))
    assert.equal(6, core.text_rows(text .. "tail"))   -- a last line without a newline
    assert.equal(0, core.text_rows(""))
    local want = assert(core.scan_rows({ lines[3], lines[4], lines[5] }, "2026-12-01", o, 0, false, nil, true))
    for _, t in ipairs({ text, bytes }) do
      -- rows 2..4 (0-based: skip 2 lines), then what is left
      local r, pos = assert(core.scan_text(t, 0, 2, 3, "2026-12-01", o))
      assert.equal(want.n, r.n)
      for k = 1, r.n do
        for _, c in ipairs({ "i", "len", "kind", "col", "tag_len", "class", "flags" }) do
          assert.equal(want[c][k], r[c][k], c .. " " .. k)
        end
      end
      assert.equal(#text, pos)
      local first
      first, pos = assert(core.scan_text(t, 0, 0, 2, "2026-12-01", o))
      assert.equal(1, first.n)
      assert.equal(2, first.i[1])
      assert.equal(#lines[1] + #lines[2] + 2, pos)
      local rest = assert(core.scan_text(t, pos, 0, 100, "2026-12-01", o))
      assert.equal(3, rest.n)
      assert.same({ 1, 2, 3 }, { rest.i[1], rest.i[2], rest.i[3] })
    end
  end)

  -- The editor's "overdue Nd" and the shell's overdue list are one verdict
  -- (spec 4, 7): a touch under a step moves its next action date.
  it("a step's lateness follows its touches as fulog overdue does", function()
    local note = {
      "# Acme - call 2026-11-30",
      "- NEXT: call Jason back next week",             -- 2: due 12-07, touched 12-11: next 12-14
      "  - TOUCH: 2026-12-11 email - no reply",
      "- NEXT: call Tom back next week",               -- 4: due 12-07, touched 12-07: next 12-10
      "",
      "  - TOUCH: 2026-12-07 email - no reply",
      "- NEXT: Demo booked Tue 12/8 10am",             -- 7: firm, met on 12-08: next 12-11
      "  - TOUCH: 2026-12-08 meeting - went well",
      "- NEXT: Demo booked Wed 12/9 10am",             -- 9: firm, no touch: outcome since 12-09
      "- NEXT: send pricing",                          -- 10: compliance, due 12-02, a touch changes nothing
      "  - TOUCH: 2026-12-11 email - replied: thanks",
      "- NEXT: Tom will think about it",               -- 12: due 12-07, not under it: that touch is the account's
      "TOUCH: 2026-12-11 call - no answer",
      "- NEXT: Ann will think about it",               -- 14: due 12-07; the touch is under the nested step
      "  - NEXT: Ann's CFO will think about it",       -- 15
      "    - TOUCH: 2026-12-11 call - no answer",
    }
    local dir, db = h.fresh_store()
    h.write(dir .. "/notes/acme.md", table.concat(note, "\n") .. "\n")
    local _, err, code = h.fulog("index notes", { cwd = dir, db = db, today = "2026-12-12" })
    assert.equal(0, code, err)
    local out
    out, err, code = h.fulog("overdue --json", { cwd = dir, db = db, today = "2026-12-12" })
    assert.equal(0, code, err)
    local shell = {}
    for days, line in out:gmatch('"days":(%d+).-"line":(%d+)') do
      shell[tonumber(line)] = tonumber(days)
    end
    h.rm(dir)
    local r = assert(core.scan_rows(note, "2026-11-30", { options = core.options({ today = "2026-12-12" }) }))
    local editor = {}
    for k = 1, r.n do
      if r.kind[k] == 1 and r.overdue_days[k] > 0 then
        editor[r.i[k]] = r.overdue_days[k]
      end
    end
    assert.same({ [4] = 2, [7] = 1, [9] = 3, [10] = 10, [12] = 5, [14] = 5 }, shell)
    assert.same({ [4] = 2, [7] = 1, [9] = 3, [10] = 10, [12] = 5, [14] = 5 }, editor)
    assert.same(shell, editor)
  end)

  it("reads only max_len bytes of a line, but says its whole length", function()
    local long = "- NEXT: call Tom" .. (" x"):rep(100)
    local r = assert(core.scan_rows({ long }, nil, o, 16))
    assert.equal(#long, r.len[1])
  end)
end)
