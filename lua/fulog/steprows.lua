-- The steps of a buffer by row, as the highlighter keeps them: two sorted
-- arrays (rows, and the step on each), with the counts the Ham Bam warning
-- asks for. An edit that adds or removes lines moves every step below it:
-- here that is one pass adding a number to an array, not a new hash table
-- of some 30,000 steps (8-10 ms per Enter in a 100,000-line note).

local M = {}
M.__index = M

-- is_firm(step): does this step count as firm (the warning's question)?
function M.new(is_firm)
  return setmetatable({ rows = {}, vals = {}, n = 0, nfirm = 0, is_firm = is_firm }, M)
end

-- The first index whose row is >= row (n + 1: none).
local function lower(m, row)
  local rows = m.rows
  local lo, hi = 1, m.n + 1
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
  local i = lower(self, row)
  if i <= self.n and self.rows[i] == row then
    return self.vals[i]
  end
  return nil
end

-- Calls f(row, step) for the steps on rows [s, e), in order; stops when f
-- returns true.
function M:each(s, e, f)
  local rows, vals = self.rows, self.vals
  for i = lower(self, s), self.n do
    if rows[i] >= e or f(rows[i], vals[i]) then
      return
    end
  end
end

-- The steps on rows [s, e) become add_rows[1..k] / add_vals[1..k]
-- (ascending rows in [s, e)), and those at e and below move by delta rows.
function M:splice(s, e, delta, add_rows, add_vals, k)
  local rows, vals, n, is_firm = self.rows, self.vals, self.n, self.is_firm
  local i0, i1 = lower(self, s), lower(self, e)
  local nf = self.nfirm
  for i = i0, i1 - 1 do
    if is_firm(vals[i]) then
      nf = nf - 1
    end
  end
  for j = 1, k do
    if is_firm(add_vals[j]) then
      nf = nf + 1
    end
  end
  self.nfirm = nf
  local d = k - (i1 - i0) -- entries gained
  if d > 0 then
    for i = n, i1, -1 do
      rows[i + d], vals[i + d] = rows[i] + delta, vals[i]
    end
  elseif d < 0 or delta ~= 0 then
    for i = i1, n do
      rows[i + d], vals[i + d] = rows[i] + delta, vals[i]
    end
    for i = n + d + 1, n do
      rows[i], vals[i] = nil, nil
    end
  end
  for j = 1, k do
    rows[i0 + j - 1], vals[i0 + j - 1] = add_rows[j], add_vals[j]
  end
  self.n = n + d
end

return M
