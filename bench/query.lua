-- bench/query.lua: times the store's queries in-process, the way the editor
-- runs them (:FuOverdue is db:overdue, :FuLog is db:log). Run with luajit
-- (Neovim's Lua, and it has a monotonic clock through ffi) or lua5.4 (then
-- CPU time, os.clock: the queries are single-threaded and the store is in
-- the page cache).
--   luajit bench/query.lua ROOT DB TODAY RUNS
-- Prints: open_ms=, overdue_ms=, overdue_rows=, log_ms=, log_accounts=,
-- log_chases=, clock=  (medians of RUNS runs after one warm-up)
local root, dbpath, today, runs = ...
runs = tonumber(runs) or 11
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
local core = require("fulog.core")

local clock, clock_name = dofile(root .. "/bench/clock.lua")(false) -- CPU time: steadier than wall time on a shared machine

local function median(t)
  table.sort(t)
  return t[math.floor((#t + 1) / 2)]
end

local t0 = clock()
local db = assert(core.open(dbpath))
local open_ms = (clock() - t0) * 1000

local function time(f)
  f() -- warm-up: statements prepared, pages cached
  local ts, res = {}, nil
  for i = 1, runs do
    local a = clock()
    res = f()
    ts[i] = (clock() - a) * 1000
  end
  return median(ts), res
end

local od_ms, od = time(function() return assert(db:overdue({ today = today })) end)
local log_ms, log = time(function() return assert(db:log({ today = today })) end)
-- what a listing shows: the rows, less those of notes gone from disk (a
-- stat per distinct note listed, fulog.gone), in the same run
local gone = require("fulog.gone")
local odl_ms = time(function() return gone.drop(core, assert(db:overdue({ today = today }))) end)
local logl_ms = time(function() return gone.drop_log(core, assert(db:log({ today = today }))) end)
local chases, notes, nnotes = 0, {}, 0
for _, a in ipairs(log) do
  chases = chases + #a.chases
end
for _, r in ipairs(od) do
  if not notes[r.path] then
    notes[r.path], nnotes = true, nnotes + 1
  end
end
db:close()
io.write(("open_ms=%.3f\noverdue_ms=%.3f\noverdue_rows=%d\noverdue_notes=%d\noverdue_listed_ms=%.3f\nlog_ms=%.3f\n"
  .. "log_listed_ms=%.3f\nlog_accounts=%d\nlog_chases=%d\nclock=%s\n"):format(
  open_ms, od_ms, #od, nnotes, odl_ms, log_ms, logl_ms, #log, chases, clock_name))
