-- bench/index_inproc.lua: times the indexer inside one running Lua, the
-- way the editor runs it: the store opened once (fulog.store, core.open)
-- and db:index({ folder }, opts) called on it (fulog.index_all, :FuIndex
-- and the index on the first store use), with the options the editor
-- builds (core.options, a root, max_size). No process is started per run:
-- no Lua start, no module load, no SQLite open or schema parse.
-- Run with luajit (Neovim's Lua; a monotonic wall clock through ffi) or
-- another Lua (then CPU time, os.clock, which also counts the indexer's
-- threads).
--   luajit bench/index_inproc.lua ROOT DIR DB TODAY ROUNDS WARM
-- Each of ROUNDS rounds: the store's files removed, the store opened
-- (created) and DIR indexed into it (cold: only db:index is timed, not
-- the open), then WARM re-indexes on the same open store with nothing
-- changed, after one untimed. Cold and warm runs alternate, so a busy
-- machine slows them alike. A full garbage collection runs before each
-- timed run, outside the timing (the editor collects while idle).
-- Prints: cold_ms=, warm_ms= (medians), cold_runs=, warm_runs=, files=,
-- unchanged=, clock=, lua=
local root, dir, dbpath, today, rounds, warm = ...
rounds, warm = tonumber(rounds) or 3, tonumber(warm) or 5
package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
local core = require("fulog.core")

local clock, clock_name = dofile(root .. "/bench/clock.lua")(true)

local function median(t)
  local s = {}
  for i, v in ipairs(t) do s[i] = v end
  table.sort(s)
  local n = #s
  if n % 2 == 1 then return s[(n + 1) / 2] end
  return (s[n / 2] + s[n / 2 + 1]) / 2
end

-- the options the editor builds from setup()'s defaults (fulog.init
-- index_opts: options, root, follow, max_size), today fixed as the
-- process rows' --today
local o = assert(core.options({ tags = { "NEXT" }, grace = 7, today = today }))
local opts = { options = o, today = today, root = dir, follow = false, max_size = 10485760 }

local function rm_store()
  for _, s in ipairs({ "", "-wal", "-shm" }) do os.remove(dbpath .. s) end
end

local colds, warms = {}, {}
local last
for _ = 1, rounds do
  rm_store()
  local db = assert(core.open(dbpath))
  collectgarbage("collect")
  local t0 = clock()
  local st = assert(db:index({ dir }, opts))
  colds[#colds + 1] = (clock() - t0) * 1000
  assert(st.indexed == st.files, "cold run: not every note indexed")
  assert(db:index({ dir }, opts)) -- untimed: the first re-index after a cold one
  for _ = 1, warm do
    collectgarbage("collect")
    local a = clock()
    st = assert(db:index({ dir }, opts))
    warms[#warms + 1] = (clock() - a) * 1000
    assert(st.indexed == 0 and st.removed == 0, "warm run: a note was indexed")
  end
  last = st
  db:close()
end
io.write(("cold_ms=%.3f\nwarm_ms=%.3f\ncold_runs=%d\nwarm_runs=%d\nfiles=%d\nunchanged=%d\nclock=%s\nlua=%s\n"):format(
  median(colds), median(warms), #colds, #warms, last.files, last.unchanged, clock_name,
  type(jit) == "table" and "luajit" or _VERSION:gsub(" ", "")))
