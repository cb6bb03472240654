-- fulog.outside's two pure steps: what another writer changed in a note
-- since its buffer read it, when every change is one of fulog's own
-- write-backs (M.diff), and those write-backs applied to the buffer's
-- lines by step key (M.apply). The editors' FileChangedShell handling is
-- tested in tests/nvim and tests/vim (test_outside).
local h = require("helper")
local core = h.core
local outside = require("fulog.outside")

local BASE = {
  "---", "account: Acme", "date: 2026-11-20", "---",
  "- NEXT: send the MSA",
  "- NEXT: call Tom back",
  "  TOUCH: 2026-12-04 call - no reply",
  "  TOUCH: 2026-12-09 email - no reply",
  "- NEXT: send the MSA",
}

local function copy(t)
  local c = {}
  for i, v in ipairs(t) do
    c[i] = v
  end
  return c
end

describe("fulog.outside", function()
  it("reads a done, a snooze and a touch as fulog's and applies them by key", function()
    local disk = copy(BASE)
    disk[5] = core.done_line(disk[5])
    table.insert(disk, 8, "  TOUCH: 2026-12-05 call - left a voicemail") -- between the two, by date
    disk[10] = core.snooze_line(disk[10], "2026-12-18")
    local edits = outside.diff(core, BASE, disk)
    assert.are.equal(3, #edits)
    -- the seller's buffer: a line above everything, and the steps moved
    local buf = copy(BASE)
    table.insert(buf, 1, "my own line")
    local ops, said = outside.apply(core, buf, BASE, edits)
    assert.is_table(ops, said)
    assert.are.equal("- [x] NEXT: send the MSA", buf[6])
    assert.are.equal("  TOUCH: 2026-12-05 call - left a voicemail", buf[9])
    assert.are.equal("- NEXT: send the MSA due:2026-12-18", buf[11])
    assert.are.equal("my own line", buf[1])
    assert.are.equal("marked done: send the MSA", said[1])
    assert.truthy(said[2]:find("left a voicemail", 1, true), said[2])
    assert.are.equal("due 2026-12-18: send the MSA", said[3])
  end)

  it("tells twins apart by their order", function()
    local disk = copy(BASE)
    disk[9] = core.done_line(disk[9]) -- the second "send the MSA"
    local buf = copy(BASE)
    local ops = outside.apply(core, buf, BASE, outside.diff(core, BASE, disk))
    assert.are.equal(1, #ops)
    assert.are.equal("- NEXT: send the MSA", buf[5])
    assert.are.equal("- [x] NEXT: send the MSA", buf[9])
  end)

  it("reads any other change as not fulog's", function()
    local disk = copy(BASE)
    disk[5] = "- NEXT: send the signed MSA" -- words edited
    assert.is_nil(outside.diff(core, BASE, disk))
    disk = copy(BASE)
    disk[#disk + 1] = "a line added in another program"
    assert.is_nil(outside.diff(core, BASE, disk))
    disk = copy(BASE)
    table.remove(disk, 7) -- a touch removed
    assert.is_nil(outside.diff(core, BASE, disk))
    disk = copy(BASE)
    table.insert(disk, 2, "  TOUCH: 2026-12-05 call - no answer") -- a touch under no step
    assert.is_nil(outside.diff(core, BASE, disk))
  end)

  it("cannot place a write-back on a step whose words the seller edited", function()
    local disk = copy(BASE)
    disk[6] = core.done_line(disk[6])
    local buf = copy(BASE)
    buf[6] = "- NEXT: call Tom back on Monday"
    assert.is_nil(outside.apply(core, buf, BASE, outside.diff(core, BASE, disk)))
  end)

  it("keeps a done step done and a touch already there once", function()
    local disk = copy(BASE)
    disk[5] = core.done_line(disk[5])
    table.insert(disk, 9, "  TOUCH: 2026-12-10 call - replied, send it")
    local buf = copy(BASE)
    buf[5] = core.done_line(buf[5])
    table.insert(buf, 9, "  TOUCH: 2026-12-10 call - replied, send it")
    local ops = outside.apply(core, buf, BASE, outside.diff(core, BASE, disk))
    assert.are.same({}, ops)
    assert.are.equal(10, #buf)
  end)

  it("splits a file's bytes as the editor holds its lines", function()
    assert.are.same({ "a", "b" }, outside.split("\239\187\191a\r\nb\r\n"))
    assert.are.same({ "a", "", "b" }, outside.split("a\n\nb"))
    assert.are.same({}, outside.split(""))
  end)
end)
