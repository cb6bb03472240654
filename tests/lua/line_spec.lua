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
    assert.equal(7, core.find_step(lines, 7, "send pricing"))
    local n, msg = core.find_step(lines, 1, "send pricing")
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
