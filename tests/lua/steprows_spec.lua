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
    assert.equal("", (function()
      local left = {}
      m:each(10, math.huge, function(row) left[#left + 1] = row end)
      return table.concat(left, " ")
    end)())
  end)

  it("walks a range and stops when asked", function()
    local seen = {}
    m:each(3, 10, function(row)
      seen[#seen + 1] = row
      return row == 5
    end)
    assert.same({ 5 }, seen)
  end)

  -- The Neovim adapter keeps spans so: no firm count (is_firm nil),
  -- several entries on a row, appended in big batches across chunks.
  it("keeps several entries a row, with no firm count", function()
    local sp = steprows.new(nil)
    local rows, vals = {}, {}
    for r = 0, 999 do
      rows[#rows + 1], vals[#vals + 1] = r, "a"
      rows[#rows + 1], vals[#vals + 1] = r, "b"
    end
    sp:splice(0, math.huge, 0, rows, vals, #rows)
    assert.equal(2000, sp.n)
    assert.equal(0, sp.nfirm)
    local got = {}
    sp:each(499, 501, function(row, v) got[#got + 1] = row .. "=" .. v end)
    assert.equal("499=a 499=b 500=a 500=b", table.concat(got, " "))
    sp:splice(500, 501, 0, {}, {}, 0) -- row 500 replaced: both go
    sp:splice(10, 10, 3, {}, {}, 0) -- three lines inserted at row 10
    got = {}
    sp:each(502, 505, function(row, v) got[#got + 1] = row .. "=" .. v end)
    assert.equal("502=a 502=b 504=a 504=b", table.concat(got, " "))
    assert.equal(1998, sp.n)
    sp:splice(0, math.huge, 0, {}, {}, 0)
    assert.equal(0, sp.n)
  end)

  -- The model is kept in chunks: a note's worth of steps, then random
  -- edits (rows replaced, lines inserted and deleted, ranges across
  -- chunks, a whole re-mark), always what a plain sorted list says.
  it("agrees with a plain list over random edits of a big note", function()
    local seed = 20261215
    local function rand(n) -- deterministic, no math.random state shared
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    end
    local ref = {} -- row -> value
    local nrows = 20000
    local function check(what)
      local want, got = {}, {}
      local rows = {}
      for r in pairs(ref) do rows[#rows + 1] = r end
      table.sort(rows)
      local nf = 0
      for _, r in ipairs(rows) do
        want[#want + 1] = r .. "=" .. ref[r]
        if ref[r] == "firm" then nf = nf + 1 end
      end
      m:each(0, math.huge, function(row, v) got[#got + 1] = row .. "=" .. v end)
      assert.equal(table.concat(want, " "), table.concat(got, " "), what)
      assert.equal(#rows, m.n, what .. ": n")
      assert.equal(nf, m.nfirm, what .. ": nfirm")
    end
    -- batch: rows [s, e) read again, a step on about one row in three
    local function batch(s, e)
      local ar, av = {}, {}
      for r = s, e - 1 do
        ref[r] = nil
        if rand(3) == 0 then
          local v = ({ "firm", "soft", "non" })[rand(3) + 1]
          ar[#ar + 1], av[#av + 1] = r, v
          ref[r] = v
        end
      end
      m:splice(s, e, 0, ar, av, #ar)
    end
    -- lines [first, last) became [first, new_last)
    local function lines(first, last, new_last)
      local delta = new_last - last
      local moved = {}
      for r, v in pairs(ref) do
        if r >= last then
          moved[r + delta] = v
        elseif r < first then
          moved[r] = v
        end
      end
      ref = moved
      nrows = nrows + delta
      m:splice(first, last, delta, {}, {}, 0)
    end
    m = steprows.new(firm)
    for s = 0, nrows - 1, 2000 do
      batch(s, math.min(nrows, s + 2000))
    end
    check("marked in batches")
    for i = 1, 400 do
      local op = rand(6)
      local r = rand(nrows)
      if op == 0 then
        lines(r, r, r + 1 + rand(3)) -- lines inserted
        batch(r, r + 1)
      elseif op == 1 and nrows > 10 then
        local n = 1 + rand(math.min(5, nrows - r))
        lines(r, r + n, r) -- lines deleted
      elseif op == 2 and nrows > 3000 then
        local n = 1 + rand(math.min(2500, nrows - r))
        lines(r, r + n, r) -- a big range deleted (across chunks)
      elseif op == 3 then
        local n = 1 + rand(1500)
        lines(r, r, r + n) -- a big paste
        batch(r, r + n)
      elseif op == 4 then
        batch(r, math.min(nrows, r + 1 + rand(3000))) -- a range read again
      else
        batch(r, math.min(nrows, r + 1)) -- one line replaced
      end
      if i % 25 == 0 then
        check("after edit " .. i)
      end
    end
    lines(0, nrows, 0) -- everything deleted
    nrows = 0
    check("everything deleted")
    assert.equal(0, m.n)
    nrows = 5000
    for s = 0, nrows - 1, 2000 do
      batch(s, math.min(nrows, s + 2000))
    end
    check("marked again")
    for row = 0, 50 do
      assert.equal(ref[row], m:get(row), "get(" .. row .. ")")
    end
  end)
end)
