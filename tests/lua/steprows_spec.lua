-- The highlighter's model of a buffer's steps (lua/fulog/steprows.lua):
-- rows replaced, lines inserted and deleted, the firm count kept.
local steprows = require("fulog.steprows")

local function firm(v)
  return v == "firm"
end

local function dump(m)
  local out = {}
  m:each(0, math.huge, function(row, v)
    out[#out + 1] = row .. "=" .. v
  end)
  return table.concat(out, " ")
end

describe("steprows", function()
  local m
  before_each(function()
    m = steprows.new(firm)
    m:splice(0, 100, 0, { 2, 5, 9 }, { "soft", "firm", "non" }, 3)
  end)

  it("keeps steps by row, with counts", function()
    assert.equal("2=soft 5=firm 9=non", dump(m))
    assert.equal(3, m.n)
    assert.equal(1, m.nfirm)
    assert.equal("firm", m:get(5))
    assert.is_nil(m:get(6))
  end)

  it("replaces the steps of a range: fewer, more, the same number", function()
    m:splice(4, 6, 0, {}, {}, 0)
    assert.equal("2=soft 9=non", dump(m))
    assert.equal(0, m.nfirm)
    m:splice(3, 9, 0, { 3, 4, 8 }, { "firm", "firm", "soft" }, 3)
    assert.equal("2=soft 3=firm 4=firm 8=soft 9=non", dump(m))
    assert.equal(2, m.nfirm)
    m:splice(2, 3, 0, { 2 }, { "non" }, 1)
    assert.equal("2=non 3=firm 4=firm 8=soft 9=non", dump(m))
    assert.equal(5, m.n)
  end)

  it("moves the steps below inserted and deleted lines", function()
    m:splice(3, 3, 2, {}, {}, 0) -- two lines inserted at row 3
    assert.equal("2=soft 7=firm 11=non", dump(m))
    m:splice(6, 8, -2, {}, {}, 0) -- rows 6 and 7 deleted: the firm step goes
    assert.equal("2=soft 9=non", dump(m))
    assert.equal(0, m.nfirm)
    assert.equal(2, m.n)
    assert.is_nil(m.rows[3])
  end)

  it("walks a range and stops when asked", function()
    local seen = {}
    m:each(3, 10, function(row)
      seen[#seen + 1] = row
      return row == 5
    end)
    assert.same({ 5 }, seen)
  end)
end)
