-- bench/clock.lua: the clock of the in-process timings (query.lua,
-- index_inproc.lua). dofile(it)(want_wall) -> clock, name: with want_wall
-- and LuaJIT's ffi, CLOCK_MONOTONIC ("wall"); else os.clock, the
-- process's CPU time ("cpu"), steadier on a shared machine.
return function(want_wall)
  local okf, ffi = false, nil
  if want_wall then
    okf, ffi = pcall(require, "ffi")
  end
  if not okf then
    return os.clock, "cpu"
  end
  ffi.cdef([[
    typedef struct { long tv_sec; long tv_nsec; } fulog_bench_ts;
    int clock_gettime(int clk, fulog_bench_ts *tp);
  ]])
  local ts = ffi.new("fulog_bench_ts")
  return function()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
  end, "wall"
end
