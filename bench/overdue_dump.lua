-- bench/overdue_dump.lua: writes every row db:overdue() gives, every field
-- with its type, in order, for a few todays, a cadence, and the path and
-- owner filters. Two builds that must give the same rows (a change made
-- for speed) are compared with cmp on two dumps of copies of one store:
--   lua5.4 bench/gen.lua --notes 10000 --out T --today 2026-12-15
--   lua5.4 bin/fulog index --db S --today 2026-12-15 T
--   cp S a.db; luajit bench/overdue_dump.lua OLD_ROOT a.db old.txt
--   cp S b.db; luajit bench/overdue_dump.lua NEW_ROOT b.db new.txt
--   cmp old.txt new.txt
-- (A cadence rewrites the store's next action dates: dump from copies.)
local root, dbpath, out = ...
assert(root and dbpath and out, "usage: overdue_dump.lua ROOT DB OUT")
package.path = root .. "/lua/?.lua;" .. package.path
local core = require("fulog.core")
local db = assert(core.open(dbpath))
local f = assert(io.open(out, "w"))

local function dump(tag, rows)
  f:write(tag, " ", #rows, "\n")
  for i, r in ipairs(rows) do
    local ks = {}
    for k in pairs(r) do
      ks[#ks + 1] = k
    end
    table.sort(ks)
    for _, k in ipairs(ks) do
      f:write(i, " ", k, "=", type(r[k]), ":", tostring(r[k]), "\n")
    end
  end
end

for _, today in ipairs({ "2026-12-15", "2026-11-01", "2027-06-01" }) do
  dump("today " .. today, assert(db:overdue({ today = today })))
  dump("cadence 2,5 " .. today, assert(db:overdue({ today = today, cadence = "2,5" })))
end
local any = assert(db:overdue({ today = "2026-12-15" }))
if any[1] then
  dump("path", assert(db:overdue({ today = "2026-12-15", path = any[1].path })))
  dump("owner", assert(db:overdue({ today = "2026-12-15", owner = any[1].owner or "nobody" })))
end
f:close()
db:close()
