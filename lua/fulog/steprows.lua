-- The steps of a buffer by row, as the highlighter keeps them, with the
-- counts the Ham Bam warning asks for. The steps are in chunks of at most
-- MAX, each a sorted array of rows relative to the chunk's offset and the
-- step on each: an edit rewrites only its own chunk and moves the chunks
-- below by changing their offsets. (One array of some 30,000 steps made
-- each line added or removed in a 100,000-line note move half of them:
-- up to 1.4M instructions an edit.)

-- No traces for this file's functions (LuaJIT): they run once per batch
-- or per edit (with the bulk loops compiled, marking a 100,000-line note
-- runs 1.5% more instructions without them), and compiling a trace in the
-- middle of an edit's update took up to 1.4 ms.
if jit then
  jit.off(true, true)
end

local M = {}
M.__index = M

local MAX = 256 -- entries a chunk holds; a fuller one is split in two
local FILL = 192 -- appending stops here: room for the steps an edit adds
local MIN = 32 -- a rebuilt region smaller than this takes its neighbour in

-- is_firm(step): does this step count as firm (the warning's question)?
-- nil: none does (nfirm stays 0), and no call is made per entry.
function M.new(is_firm)
  return setmetatable({ chunks = {}, n = 0, nfirm = 0, is_firm = is_firm }, M)
end

-- (LuaJIT: the arrays made at full size, not grown by doubling)
local tnew = (jit and pcall(require, "table.new")) and require("table.new") or function() return {} end
local function new_chunk()
  return { rows = tnew(FILL, 0), vals = tnew(FILL, 0), n = 0, off = 0 }
end

-- The first chunk whose last row is >= row (#chunks + 1: none).
local function find_chunk(chunks, row)
  local lo, hi = 1, #chunks + 1
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    local c = chunks[mid]
    if c.rows[c.n] + c.off < row then
      lo = mid + 1
    else
      hi = mid
    end
  end
  return lo
end

-- The first index in chunk c whose row is >= row (c.n + 1: none).
local function lower(c, row)
  local rows = c.rows
  row = row - c.off
  local lo, hi = 1, c.n + 1
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if rows[mid] < row then
      lo = mid + 1
    else
      hi = mid
    end
  end
  return lo
end

-- The step on row, or nil.
function M:get(row)
  local ci = find_chunk(self.chunks, row)
  local c = self.chunks[ci]
  if not c then
    return nil
  end
  local i = lower(c, row)
  if i <= c.n and c.rows[i] + c.off == row then
    return c.vals[i]
  end
  return nil
end

-- Calls f(row, step) for the steps on rows [s, e), in order; stops when f
-- returns true.
function M:each(s, e, f)
  local chunks = self.chunks
  local ci = find_chunk(chunks, s)
  local c = chunks[ci]
  if not c then
    return
  end
  local i = lower(c, s)
  while c do
    local rows, vals, off = c.rows, c.vals, c.off
    for j = i, c.n do
      local row = rows[j] + off
      if row >= e or f(row, vals[j]) then
        return
      end
    end
    ci, i = ci + 1, 1
    c = chunks[ci]
  end
end

-- Chunks ci.. (their rows) move by delta.
local function move_from(chunks, ci, delta)
  if delta ~= 0 then
    for j = ci, #chunks do
      local c = chunks[j]
      c.off = c.off + delta
    end
  end
end

-- Chunk ci (over MAX) becomes two.
local function split(chunks, ci)
  local c = chunks[ci]
  local half = math.floor(c.n / 2)
  local t = new_chunk()
  local rows, vals, trows, tvals = c.rows, c.vals, t.rows, t.vals
  for j = half + 1, c.n do
    trows[j - half], tvals[j - half] = rows[j], vals[j]
    rows[j], vals[j] = nil, nil
  end
  t.n, t.off, c.n = c.n - half, c.off, half
  table.insert(chunks, ci + 1, t)
  if t.n > MAX then
    split(chunks, ci + 1)
  end
  if c.n > MAX then
    split(chunks, ci)
  end
end

-- Past the last step (a big note is marked by appending): the last chunk
-- is filled up, then new ones. The one loop of a big note's marking that
-- runs here (some 110,000 entries, the model's and the Neovim adapter's
-- spans): traces pay there, and an edit appends a few entries at most.
local function append(chunks, add_rows, add_vals, k)
  local j = 1
  while j <= k do
    local t = chunks[#chunks]
    if not t or t.n >= FILL then
      t = new_chunk()
      chunks[#chunks + 1] = t
    end
    local rows, vals, n, off = t.rows, t.vals, t.n, t.off
    local b = math.min(k, j + FILL - n - 1)
    for x = j, b do
      n = n + 1
      rows[n], vals[n] = add_rows[x] - off, add_vals[x]
    end
    t.n, j = n, b + 1
  end
end
if jit then
  jit.on(append)
end

-- The steps on rows [s, e) become add_rows[1..k] / add_vals[1..k]
-- (ascending rows in [s, e)), and those at e and below move by delta rows.
function M:splice(s, e, delta, add_rows, add_vals, k)
  local chunks, is_firm = self.chunks, self.is_firm
  local ci = find_chunk(chunks, s)
  local cj = find_chunk(chunks, e)
  local c = chunks[ci]
  local i0 = c and lower(c, s) or 1
  local cend = chunks[cj]
  local j0 = cend and lower(cend, e) or 1
  local nf, gone = self.nfirm, 0
  -- the steps that go: [i0 of ci, j0 of cj)
  for x = ci, math.min(cj, #chunks) do
    local cx = chunks[x]
    local a, b = (x == ci) and i0 or 1, (x == cj) and (j0 - 1) or cx.n
    local vals = cx.vals
    for j = is_firm and a or b + 1, b do
      if is_firm(vals[j]) then
        nf = nf - 1
      end
    end
    gone = gone + math.max(0, b - a + 1)
  end
  for j = 1, is_firm and k or 0 do
    if is_firm(add_vals[j]) then
      nf = nf + 1
    end
  end
  self.nfirm, self.n = nf, self.n - gone + k
  if ci == cj and c then
    -- one chunk: in place, its steps from j0 on move by delta
    local rows, vals, n, off = c.rows, c.vals, c.n, c.off
    local d = k - (j0 - i0)
    if d > 0 then
      for j = n, j0, -1 do
        rows[j + d], vals[j + d] = rows[j] + delta, vals[j]
      end
    elseif d < 0 or delta ~= 0 then
      for j = j0, n do
        rows[j + d], vals[j + d] = rows[j] + delta, vals[j]
      end
      for j = n + d + 1, n do
        rows[j], vals[j] = nil, nil
      end
    end
    for j = 1, k do
      rows[i0 + j - 1], vals[i0 + j - 1] = add_rows[j] - off, add_vals[j]
    end
    c.n = n + d
    move_from(chunks, ci + 1, delta)
    if c.n == 0 then
      table.remove(chunks, ci)
    elseif c.n > MAX then
      split(chunks, ci)
    end
    return
  end
  if not c then
    append(chunks, add_rows, add_vals, k)
    return
  end
  -- Across chunks: the region from chunk ci to cj is made again from what
  -- stays of it and the new steps.
  local rows, vals, m = {}, {}, 0
  local first = ci
  local last = math.min(cj, #chunks)
  if i0 == 1 and ci > 1 then
    -- nothing of chunk ci stays before s: the chunk before has it all
    -- when it has room
    local p = chunks[ci - 1]
    if p and p.n < MAX then
      first = ci - 1
      for j = 1, p.n do
        rows[j], vals[j] = p.rows[j] + p.off, p.vals[j]
      end
      m = p.n
    end
  end
  for j = 1, i0 - 1 do
    m = m + 1
    rows[m], vals[m] = c.rows[j] + c.off, c.vals[j]
  end
  for j = 1, k do
    m = m + 1
    rows[m], vals[m] = add_rows[j], add_vals[j]
  end
  if cend then
    local r, v, off = cend.rows, cend.vals, cend.off + delta
    for j = j0, cend.n do
      m = m + 1
      rows[m], vals[m] = r[j] + off, v[j]
    end
  end
  move_from(chunks, last + 1, delta)
  if m < MIN and first > 1 and first == ci then
    -- a small region joins the chunk before it
    local p = chunks[first - 1]
    local pr, pv, off = {}, {}, p.off
    for j = 1, p.n do
      pr[j], pv[j] = p.rows[j] + off, p.vals[j]
    end
    for j = 1, m do
      pr[p.n + j], pv[p.n + j] = rows[j], vals[j]
    end
    rows, vals, m, first = pr, pv, p.n + m, first - 1
  end
  for _ = first, last do
    table.remove(chunks, first)
  end
  -- the region in chunks of FILL
  local at = first
  for a = 1, m, FILL do
    local t = new_chunk()
    local tr, tv = t.rows, t.vals
    local b = math.min(m, a + FILL - 1)
    for j = a, b do
      tr[j - a + 1], tv[j - a + 1] = rows[j], vals[j]
    end
    t.n = b - a + 1
    table.insert(chunks, at, t)
    at = at + 1
  end
end

return M
