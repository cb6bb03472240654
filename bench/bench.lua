#!/usr/bin/env lua5.4
-- bench/bench.lua: the driver of `make bench` (bench/run.sh starts it).
-- Generates the trees, times fulog and a baseline for every figure in the
-- same run, prints the table (Markdown) and writes it to BENCH_OUT when set.
-- Environment:
--   BENCH_SIZES  "1000 5000 10000 100000" (notes per tree)
--   BENCH_QUICK  1: the smoke run (one run per figure, small inputs)
--   BENCH_OUT    where to write the report (default: none)
--   BENCH_TIMEIT the timeit binary (bench/timeit.c, built by run.sh)
--   BENCH_TMP    the work folder (made by run.sh with mktemp -d, removed after)
--   BENCH_ONLY   run only these parts: "classify index startup bignote"
--                ("nvim" = startup and bignote); unset: all of them
local ROOT = os.getenv("BENCH_ROOT") or "."
local QUICK = os.getenv("BENCH_QUICK") == "1"
local TIMEIT = assert(os.getenv("BENCH_TIMEIT"), "BENCH_TIMEIT not set")
local TMP = assert(os.getenv("BENCH_TMP"), "BENCH_TMP not set")
local OUT = os.getenv("BENCH_OUT")
local TODAY = "2026-12-15"
local SIZES = {}
for s in (os.getenv("BENCH_SIZES") or "1000 5000 10000 100000"):gmatch("%d+") do
  SIZES[#SIZES + 1] = tonumber(s)
end
table.sort(SIZES)
local ONLY = os.getenv("BENCH_ONLY")
if ONLY and ONLY:match("%S") then
  ONLY = " " .. ONLY:gsub("[,%s]+", " ") .. " "
  ONLY = ONLY:gsub(" nvim ", " startup bignote ")
else
  ONLY = nil
end
local function part(name)
  return ONLY == nil or ONLY:find(" " .. name .. " ", 1, true) ~= nil
end
local FULOG = ROOT .. "/bin/fulog"

local function q(s)
  return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end
local function sh(cmd)
  local p = assert(io.popen(cmd .. " 2>&1"))
  local out = p:read("a")
  local ok, _, code = p:close()
  return out, ok and 0 or code
end
local function have(cmd)
  local _, code = sh("command -v " .. cmd .. " >/dev/null")
  return code == 0
end
local function log(...)
  io.stderr:write("bench: ", table.concat({ ... }), "\n")
end

-- timeit: returns { median=s, min=, user=, sys=, maxrss_kb= } or nil, message
local function timeit(o)
  local cmd = { q(TIMEIT), "-n", o.runs or 3, "-w", o.warm or 0 }
  if o.prep then cmd[#cmd + 1] = "-p " .. q(o.prep) end
  if o.stdin then cmd[#cmd + 1] = "-i " .. q(o.stdin) end
  cmd[#cmd + 1] = "-o " .. q(o.stdout or (TMP .. "/out"))
  if o.cpu then cmd[#cmd + 1] = "-c " .. o.cpu end
  cmd[#cmd + 1] = "-e " .. q(TMP .. "/err")
  cmd[#cmd + 1] = "--"
  for _, a in ipairs(o.argv) do cmd[#cmd + 1] = q(a) end
  local out = sh(table.concat(cmd, " "))
  local r = {}
  for k, v in out:gmatch("([%w_]+)=(%S+)") do
    r[k] = tonumber(v) or v
  end
  if not r.median then
    local f = io.open(TMP .. "/err")
    local e = f and f:read("a") or ""
    if f then f:close() end
    return nil, (out .. e):gsub("%s+", " "):sub(1, 160)
  end
  return r
end

local function fsize(p)
  local f = io.open(p, "rb")
  if not f then return 0 end
  local n = f:seek("end")
  f:close()
  return n
end
local function count_lines(p)
  local n = 0
  for _ in io.lines(p) do n = n + 1 end
  return n
end

-- ---------------------------------------------------------------- the table

local rows = {}
local notes = {}
local function fmt(v, unit)
  if v == nil then return "n/a" end
  if type(v) == "string" then return v end
  local a = math.abs(v)
  local s
  if a >= 100 then s = ("%.0f"):format(v)
  elseif a >= 10 then s = ("%.1f"):format(v)
  elseif a >= 1 then s = ("%.2f"):format(v)
  else s = ("%.3g"):format(v) end
  return unit and (s .. " " .. unit) or s
end
-- row: what, size, fulog value, baseline name, baseline value, ratio, target, verdict
local function row(t)
  rows[#rows + 1] = t
  io.stderr:write(("bench: %-44s %-7s %-16s | %-28s %-16s | %s %s\n"):format(t[1], t[2] or "", t[3] or "", t[4] or "",
    t[5] or "", t[6] or "", t[8] or ""))
end
local function ratio(a, b)
  if type(a) ~= "number" or type(b) ~= "number" or b == 0 then return "n/a" end
  return ("%.2fx"):format(a / b)
end
local function verdict(ok)
  if ok == nil then return "n/a" end
  return ok and "met" or "MISSED"
end
local function kfmt(n)
  if n >= 1000000 then return ("%gM"):format(n / 1e6) end
  if n >= 1000 then return ("%gk"):format(n / 1e3) end
  return tostring(n)
end

local runs_small = QUICK and 1 or 5
local runs_big = QUICK and 1 or 3

-- ---------------------------------------------------------------- trees

local trees = {}
for _, n in ipairs((part("classify") or part("index")) and SIZES or {}) do
  local dir = TMP .. "/notes-" .. n
  local lines = (n == SIZES[#SIZES]) and (TMP .. "/steps.txt") or nil
  local t0 = os.time()
  local out, code = sh(("lua5.4 %s/bench/gen.lua --notes %d --out %s --today %s%s"):format(q(ROOT), n, q(dir), TODAY,
    lines and (" --lines " .. q(lines)) or ""))
  if code ~= 0 then
    io.stderr:write(out)
    error("gen.lua failed")
  end
  local st = {}
  for k, v in out:gmatch("(%w+)=(%d+)") do st[k] = tonumber(v) end
  st.dir, st.n, st.gen_s = dir, n, os.time() - t0
  trees[#trees + 1] = st
  log(("tree %s: %s (%ds)"):format(kfmt(n), out:gsub("%s+$", ""), st.gen_s))
end
local biggest = trees[#trees]

-- ---------------------------------------------------------------- classify

if part("classify") then
  -- the step lines of the biggest tree, repeated to at least 1M lines
  local src = TMP .. "/steps.txt"
  local input = TMP .. "/classify-in.txt"
  local want = QUICK and 20000 or 1000000
  local f = assert(io.open(src, "rb"))
  local data = f:read("a")
  f:close()
  local per = math.max(1, count_lines(src))
  local reps = math.max(1, math.ceil(want / per))
  local o = assert(io.open(input, "wb"))
  for _ = 1, reps do o:write(data) end
  o:close()
  local nlines, bytes = per * reps, #data * reps
  local awk = ROOT .. "/bench/classify.awk"
  local base = { stdin = input, runs = runs_small, warm = QUICK and 0 or 1, cpu = 0 }
  local function with(t)
    local r = {}
    for k, v in pairs(base) do r[k] = v end
    for k, v in pairs(t) do r[k] = v end
    return r
  end
  -- All in one run: fulog, then each baseline on the same file, so a busy
  -- machine slows them alike. CPU time (user+sys), not wall: on a shared
  -- machine the wall clock counts the other processes' turns on the core.
  local fu, err = timeit(with({ argv = { "lua5.4", FULOG, "classify", "--date", "2026-11-20" } }))
  local what = ("classify %s step lines (%.0f MB), 1 core, CPU time"):format(kfmt(nlines), bytes / 1e6)
  if not fu then
    row({ what, "", "error: " .. err })
  else
    local lps, mbs = nlines / fu.cpu_median, bytes / 1e6 / fu.cpu_median
    local baselines = {
      { "awk 4-rule classifier", { "awk", "-f", awk }, true },
      { "rg -n 'NEXT:'", { "rg", "-n", "NEXT:" } },
      { "grep -n 'NEXT:'", { "grep", "-n", "NEXT:" } },
    }
    row({ what, "", fmt(lps / 1e6, "M lines/s") .. ", " .. fmt(mbs, "MB/s"), "", "", "", ">= 2M lines/s",
      verdict(lps >= 2e6) })
    for _, b in ipairs(baselines) do
      if have(b[2][1]) then
        local r, e = timeit(with({ argv = b[2] }))
        local bl = r and (nlines / r.cpu_median) or nil
        -- the ratio is fulog's lines/s over the baseline's: 2.00x = twice as fast
        row({ "", "", "", b[1], r and (fmt(bl / 1e6, "M lines/s")) or ("n/a (" .. tostring(e) .. ")"),
          r and ratio(lps, bl) or "n/a", b[3] and ">= 2x awk" or "",
          b[3] and verdict(r ~= nil and lps >= 2 * bl) or "" })
      else
        row({ "", "", "", b[1], "n/a (" .. b[2][1] .. " not installed)", "n/a", "", b[3] and "n/a" or "" })
      end
    end
  end
  -- Instructions, not seconds: callgrind counts the same on a busy or a
  -- quiet machine, so this ratio does not drift between runs. Twice: on the
  -- generator's lines, and on the labelled lines (mixed, hand-written).
  if not QUICK and have("valgrind") then
    local function instr(cmd, file)
      local logf = TMP .. "/callgrind.log"
      sh(("valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file=%s %s < %s >/dev/null"):format(
        q(logf), cmd, q(file)))
      local f = io.open(logf, "r")
      local out = f and f:read("a") or ""
      if f then f:close() end
      local c = out:match("Collected : (%d+)")
      return c and tonumber(c) or nil
    end
    local function instr_row(label, sample)
      local n = count_lines(sample)
      local fi = instr(("lua5.4 %s classify --date 2026-11-20"):format(q(FULOG)), sample)
      local ai = instr(("awk -f %s"):format(q(awk)), sample)
      if fi and ai and n > 0 then
        row({ ("classify, instructions per line (callgrind, %s %s, whole process)"):format(kfmt(n), label), "",
          fmt(fi / n, "instr/line"), "awk 4-rule classifier", fmt(ai / n, "instr/line"), ratio(ai, fi) .. " fewer",
          "<= 1/2 awk's", verdict(2 * fi <= ai) })
      else
        row({ "classify, instructions per line (callgrind, " .. label .. ")", "", "n/a (valgrind failed)", "", "", "",
          "", "" })
      end
    end
    local sample = TMP .. "/classify-100k.txt"
    sh(("head -n 100000 %s > %s"):format(q(input), q(sample)))
    instr_row("generator lines", sample)
    -- the labelled lines' text column, repeated to 100k lines
    local mixed, texts = TMP .. "/classify-mixed.txt", {}
    local files = {}
    for fname in sh(("ls %s/tests/fixtures/classify/*.tsv"):format(q(ROOT))):gmatch("[^\n]+") do
      files[#files + 1] = { fname, 3 }
    end
    -- the shared dev set sits beside the clone (or a worktree's ancestors)
    for _, c in ipairs({ os.getenv("FULOG_SHARED_DATA") or "", ROOT .. "/../shared/data/nextsteps-dev.tsv",
      ROOT .. "/../../shared/data/nextsteps-dev.tsv" }) do
      if c ~= "" and fsize(c) > 0 then
        files[#files + 1] = { c, 2 }
        break
      end
    end
    for _, fc in ipairs(files) do
      local f = io.open(fc[1], "r")
      if f then
        for l in f:lines() do
          if l ~= "" and not l:find("^#") then
            local cols = {}
            for c in (l .. "\t"):gmatch("([^\t]*)\t") do cols[#cols + 1] = c end
            local text = table.concat(cols, "\t", fc[2])
            if text ~= "" then texts[#texts + 1] = text end
          end
        end
        f:close()
      end
    end
    if #texts > 0 then
      local o = assert(io.open(mixed, "wb"))
      for k = 0, 99999 do o:write(texts[k % #texts + 1], "\n") end
      o:close()
      instr_row("labelled lines", mixed)
    end
  end
end

-- ---------------------------------------------------------------- index and queries

local growth = {}
for _, t in ipairs(part("index") and trees or {}) do
  local n, dir = t.n, t.dir
  local db = TMP .. "/store-" .. n .. "/fulog.db"
  local size = kfmt(n)
  local idx = { "lua5.4", FULOG, "index", "--db", db, "--today", TODAY, dir }
  local rm = ("rm -f %s %s-wal %s-shm"):format(q(db), q(db), q(db))
  local cold, err = timeit({ argv = idx, prep = rm, runs = (n >= 100000 or QUICK) and 1 or runs_big })
  local rg = timeit({ argv = { "rg", "-n", "NEXT:", dir }, runs = runs_big, warm = 1 })
  local rg1 = timeit({ argv = { "rg", "-j1", "-n", "NEXT:", dir }, runs = runs_big, warm = 1 })
  if not cold then
    row({ "cold index", size, "error: " .. err })
  else
    -- the store as the cold run left it (the last run; prep removes it first)
    local bytes = fsize(db) + fsize(db .. "-wal")
    t.cold, t.rss, t.store = cold.median, cold.maxrss_kb, bytes
    row({ "cold index (empty store)", size, fmt(cold.median, "s") .. ", " .. fmt(n / cold.median, "notes/s"),
      "rg -n 'NEXT:' tree", rg and fmt(rg.median, "s") or "n/a", rg and ratio(cold.median, rg.median) or "n/a",
      "<= 3x rg", rg and verdict(cold.median <= 3 * rg.median) })
    if rg1 then
      row({ "", size, "", "rg -j1 (one thread)", fmt(rg1.median, "s"), ratio(cold.median, rg1.median), "", "" })
    end
    local warm = timeit({ argv = idx, runs = runs_big + 2, warm = 1 })
    -- the bare walk: every file stat'ed, none newer than the mark (made
    -- after the tree), nothing printed
    local mark = TMP .. "/newer-mark"
    sh("touch " .. q(mark))
    local walk = timeit({ argv = { "find", dir, "-type", "f", "-newer", mark }, runs = runs_big + 2, warm = 1 })
    if warm then
      row({ "warm re-index, nothing changed", size, fmt(warm.median * 1000, "ms"), "cold index", fmt(cold.median, "s"),
        ratio(warm.median, cold.median), "< 5% of cold", verdict(warm.median < 0.05 * cold.median) })
      if walk then
        row({ "", size, "", "find DIR -type f -newer X", fmt(walk.median * 1000, "ms"), ratio(warm.median, walk.median),
          "<= 1.5x the walk", verdict(warm.median <= 1.5 * walk.median) })
      end
      t.warm = warm.median
    end
    -- one note changed: a next step appended before every run
    local victim = dir .. "/README.md"
    local one = timeit({ argv = idx, runs = runs_big + 2, warm = 1,
      prep = ("printf '%%s\\n' '- NEXT: call them back next week' >> %s"):format(q(victim)) })
    if one and warm then
      row({ "re-index, one note changed", size, fmt(one.median * 1000, "ms"), "warm re-index", fmt(warm.median * 1000, "ms"),
        ratio(one.median, warm.median), "", "" })
    end
    -- cold and warm in ONE running Lua, as the editor indexes (db:index on
    -- its open store): no process start, module load or store open in
    -- either figure. luajit (Neovim's Lua, a wall clock) when its build
    -- is there, else lua5.4 (CPU time).
    local ilua = (have("luajit") and fsize(ROOT .. "/build/luajit/fulog_core.so") > 0) and "luajit" or "lua5.4"
    local io_out = sh(("%s %s/bench/index_inproc.lua %s %s %s %s %d %d"):format(ilua, q(ROOT), q(ROOT), q(dir),
      q(TMP .. "/store-inproc-" .. n .. "/fulog.db"), TODAY, (n >= 100000 or QUICK) and 1 or runs_big,
      QUICK and 1 or runs_small))
    local ir = {}
    for k, v in io_out:gmatch("([%w_]+)=(%S+)") do ir[k] = tonumber(v) or v end
    if ir.cold_ms and ir.warm_ms then
      local how = ("%s, %s"):format(ir.lua, ir.clock == "wall" and "wall" or "CPU time")
      row({ ("cold index in-process, fresh store (db:index, %s)"):format(how), size, fmt(ir.cold_ms, "ms"),
        "cold index (process)", fmt(cold.median * 1000, "ms"), ratio(ir.cold_ms, cold.median * 1000), "", "" })
      row({ ("warm re-index in-process, nothing changed (%s)"):format(how), size, fmt(ir.warm_ms, "ms"),
        "cold index in-process", fmt(ir.cold_ms, "ms"), ratio(ir.warm_ms, ir.cold_ms), "< 5% of cold",
        verdict(ir.warm_ms < 0.05 * ir.cold_ms) })
    else
      row({ "index in-process", size, "error: " .. io_out:gsub("%s+", " "):sub(1, 120) })
    end
    -- queries, in-process (the editor's path) and as a process (the CLI)
    local lua = have("luajit") and "luajit" or "lua5.4"
    local qo = sh(("%s %s/bench/query.lua %s %s %s %d"):format(lua, q(ROOT), q(ROOT), q(db), TODAY, QUICK and 3 or 11))
    local qr = {}
    for k, v in qo:gmatch("([%w_]+)=(%S+)") do qr[k] = tonumber(v) or v end
    if qr.overdue_ms then
      growth[#growth + 1] = { n = n, overdue = qr.overdue_ms, log = qr.log_ms, rows = qr.overdue_rows, chases = qr.log_chases }
      local cli = timeit({ argv = { "lua5.4", FULOG, "overdue", "--db", db, "--today", TODAY }, runs = runs_small, warm = 1 })
      -- the baseline store must exist: commands that only read never create one
      sh(("mkdir -p %s && lua5.4 %s index --db %s %s"):format(q(TMP .. "/empty"), q(FULOG), q(TMP .. "/empty.db"),
        q(TMP .. "/empty")))
      local bare = timeit({ argv = { "lua5.4", FULOG, "accounts", "--db", TMP .. "/empty.db" }, runs = runs_small, warm = 1 })
      row({ ("db:overdue() in-process (%s rows)"):format(qr.overdue_rows), size, fmt(qr.overdue_ms, "ms"), "", "", "",
        "< 10 ms at 100k", n >= 100000 and verdict(qr.overdue_ms < 10) or "" })
      if qr.overdue_listed_ms then
        row({ ("overdue as listed: db:overdue() + a stat per note (%s notes)"):format(qr.overdue_notes), size,
          fmt(qr.overdue_listed_ms, "ms"), "db:overdue()", fmt(qr.overdue_ms, "ms"),
          ratio(qr.overdue_listed_ms, qr.overdue_ms), "", "" })
      end
      if cli and bare then
        row({ "`fulog overdue` process", size, fmt(cli.median * 1000, "ms"), "`fulog accounts` on an empty store",
          fmt(bare.median * 1000, "ms"), ratio(cli.median, bare.median), "", "" })
      end
      row({ ("db:log() in-process, :FuLog (%s chases, %s accounts)"):format(qr.log_chases, qr.log_accounts), size,
        fmt(qr.log_ms, "ms"), "db:overdue()", fmt(qr.overdue_ms, "ms"), ratio(qr.log_ms, qr.overdue_ms), "", "" })
    else
      row({ "queries", size, "error: " .. qo:gsub("%s+", " "):sub(1, 120) })
    end
    row({ "peak memory of `fulog index` (cold)", size, fmt(cold.maxrss_kb / 1024, "MB"), "rg -n 'NEXT:' tree",
      rg and fmt(rg.maxrss_kb / 1024, "MB") or "n/a", rg and ratio(cold.maxrss_kb, rg.maxrss_kb) or "n/a",
      "flat in notes", "" })
    row({ "store size per note", size, fmt(bytes / n / 1024, "KB"), "note bytes per note",
      fmt(t.bytes / n / 1024, "KB"), ratio(bytes, t.bytes), "", "" })
  end
end

-- growth 1k -> 100k: exponent k in t ~ N^k (0: flat, 1: linear)
if #growth >= 2 then
  local a, b = growth[1], growth[#growth]
  local span = math.log(b.n / a.n)
  local function k(x, y) return (x > 0 and y > 0) and math.log(y / x) / span or nil end
  local ko, kl = k(a.overdue, b.overdue), k(a.log, b.log)
  local label = ("%s -> %s"):format(kfmt(a.n), kfmt(b.n))
  row({ "growth of db:overdue(), t ~ N^k", label, ko and ("k = %.2f"):format(ko) or "n/a",
    ("rows %d -> %d"):format(a.rows, b.rows), "", ratio(b.overdue, a.overdue), "flat or log (k < 0.2)",
    ko and verdict(ko < 0.2) })
  row({ "growth of db:log(), t ~ N^k", label, kl and ("k = %.2f"):format(kl) or "n/a",
    ("chases %d -> %d"):format(a.chases, b.chases), "", ratio(b.log, a.log), "flat or log (k < 0.2)",
    kl and verdict(kl < 0.2) })
  local ra, rb = trees[1].rss, trees[#trees].rss
  if ra and rb then
    row({ "growth of peak memory of `fulog index`", label, ("%s -> %s"):format(fmt(ra / 1024, "MB"), fmt(rb / 1024, "MB")),
      "", "", ratio(rb, ra), "flat", verdict(rb < ra * 1.5) })
  end
end

-- ---------------------------------------------------------------- Neovim

if not (part("startup") or part("bignote")) then
  log("Neovim figures skipped (BENCH_ONLY)")
elseif have("nvim") then
  if part("startup") then
  -- startup: plugin/fulog.vim sourced (and setup() called) vs plain nvim
  local n = QUICK and 3 or 31
  -- the baseline has an empty plugin folder on 'runtimepath': every folder
  -- there costs every :runtime lookup at startup, whatever it holds, so
  -- this isolates what fulog itself adds
  local empty = TMP .. "/empty-plugin"
  sh("mkdir -p " .. q(empty .. "/plugin"))
  local base = { "nvim", "--headless", "-u", "NORC", "-i", "NONE", "-n", "--cmd", "set rtp^=" .. empty, "+q" }
  local plug = { "nvim", "--headless", "-u", "NORC", "-i", "NONE", "-n", "--cmd", "set rtp^=" .. ROOT, "+q" }
  local setup = { "nvim", "--headless", "-u", "NORC", "-i", "NONE", "-n", "--cmd", "set rtp^=" .. ROOT,
    "-c", "lua require('fulog').setup({ notes = { '" .. TMP .. "' }, index_on_open = false })", "+q" }
  -- interleave: each measured several times, alternating, to share the noise
  local b, p, s = {}, {}, {}
  for i = 1, 3 do
    b[i] = timeit({ argv = base, runs = n, warm = 2 })
    p[i] = timeit({ argv = plug, runs = n, warm = 2 })
    s[i] = timeit({ argv = setup, runs = n, warm = 2 })
  end
  local function med(t)
    local v = {}
    for _, r in ipairs(t) do if r then v[#v + 1] = r.median end end
    table.sort(v)
    return v[math.floor((#v + 1) / 2)]
  end
  local bm, pm, sm = med(b), med(p), med(s)
  -- the plugin file's own sourcing time, from --startuptime
  local st_file = TMP .. "/startuptime.txt"
  local self_ms
  for _ = 1, QUICK and 1 or 5 do
    os.remove(st_file)
    sh(("nvim --headless -u NORC -i NONE -n --cmd %s --startuptime %s +q"):format(q("set rtp^=" .. ROOT), q(st_file)))
    local f = io.open(st_file)
    if f then
      for line in f:lines() do
        local a, b2 = line:match("^%s*[%d.]+%s+([%d.]+)%s+([%d.]+):%s+sourcing%s+.*plugin/fulog%.vim")
        if b2 then
          local v = tonumber(b2)
          self_ms = (not self_ms or v < self_ms) and v or self_ms
        end
      end
      f:close()
    end
  end
  if bm and pm then
    row({ "Neovim startup, plugin/fulog.vim on rtp", "", ("+%s"):format(fmt((pm - bm) * 1000, "ms")),
      "nvim +q, empty folder on rtp", fmt(bm * 1000, "ms"), ratio(pm, bm), "< 1 ms added", verdict((pm - bm) * 1000 < 1) })
    row({ "  plugin/fulog.vim sourcing (--startuptime)", "", self_ms and fmt(self_ms, "ms") or "n/a", "", "", "", "< 1 ms",
      self_ms and verdict(self_ms < 1) or "n/a" })
  end
  if bm and sm then
    row({ "Neovim startup, plus require('fulog').setup{}", "", ("+%s"):format(fmt((sm - bm) * 1000, "ms")),
      "nvim +q, empty folder on rtp", fmt(bm * 1000, "ms"), ratio(sm, bm), "", "" })
  end
  end

  -- a big note: open, highlight fully, one-line edits
  if part("bignote") then
  local lines = QUICK and 5000 or 100000
  local big = TMP .. "/big/bigco/account-plan.md"
  sh("mkdir -p " .. q(TMP .. "/big/bigco"))
  sh(("lua5.4 %s/bench/gen.lua --notes 0 --bignote %s --biglines %d"):format(q(ROOT), q(big), lines))
  local res = TMP .. "/nvim-result.txt"
  local cmd = ("cd %s && BENCH_BIG=%s BENCH_RESULT=%s BENCH_EDITS=%d FULOG_DB=%s FULOG_TODAY=%s timeout 900 nvim --headless -u NONE -i NONE -n --cmd %s -c %s </dev/null")
      :format(q(ROOT), q(big), q(res), QUICK and 5 or 50, q(TMP .. "/nvim.db"), TODAY, q("set rtp^=" .. ROOT),
        q("luafile " .. ROOT .. "/bench/nvim_hl.lua"))
  os.remove(res)
  local nout = sh(cmd)
  local r = {}
  local f = io.open(res)
  if f then
    for line in f:lines() do
      local k, v = line:match("^([%w_]+)=(.*)$")
      if k then r[k] = tonumber(v) or v end
    end
    f:close()
  end
  local L = kfmt(lines) .. " lines"
  if r.error or not r.full_ms then
    local why = r.error or ("no result: " .. nout:gsub("%s+", " "):sub(1, 100))
    row({ "Neovim: open + highlight a big note", L, "n/a (" .. why .. ")", "", "", "", "", "n/a" })
    row({ "Neovim: one-line edit in it", L, "n/a (" .. why .. ")", "", "", "", "< 1 ms", "n/a" })
  else
    row({ "Neovim: open note, first screen marked", L, fmt(r.open_ms, "ms"), ":edit, no filetype, no fulog",
      fmt(r.base_open_ms, "ms"), ratio(r.open_ms, r.base_open_ms), "", "" })
    row({ ("Neovim: every line marked (%s marks)"):format(r.marks), L, fmt(r.full_ms, "ms"),
      ":edit, no fulog", fmt(r.base_open_ms, "ms"), ratio(r.full_ms, r.base_open_ms), "<= 150 ms",
      verdict(r.full_ms <= 150) })
    row({ "  the same, CPU time of Neovim", L, fmt(r.full_cpu_ms, "ms"), ":edit, no fulog, CPU",
      fmt(r.base_open_cpu_ms, "ms"), ratio(r.full_cpu_ms, r.base_open_cpu_ms), "", "" })
    row({ "Neovim: one-line edit, update done, worst of 50", L, fmt(r.edit_max_ms, "ms"), "same edit, no fulog, worst",
      fmt(r.base_edit_max_ms, "ms"), ratio(r.edit_max_ms, r.base_edit_max_ms), "<= 1 ms worst",
      verdict(r.edit_max_ms <= 1 and r.edit_marked == "yes") })
    row({ "  ... median", L, fmt(r.edit_ms, "ms"), "same edit, no fulog, median", fmt(r.base_edit_ms, "ms"),
      ratio(r.edit_ms, r.base_edit_ms), "", "" })
    notes[#notes + 1] = "Big note: every row is classified and its class and tag marks are ready at once: "
      .. "extmarks for the rows within a screen of the view, and for the others their spans, kept by the "
      .. "Neovim adapter and drawn by a decoration provider when their rows are shown (the marks count "
      .. "counts both); the reasons after the line (virtual text) for the rows within a screen of the view, "
      .. "the others as they come into view."
    notes[#notes + 1] = "Highlighter attached by: " .. tostring(r.attach) .. "."
  end
  end
else
  row({ "Neovim figures", "", "n/a (nvim not installed)", "", "", "", "", "n/a" })
end

-- ---------------------------------------------------------------- report

local function machine()
  local cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"):gsub("^%s+", ""):gsub("%s+$", "")
  local ncpu = sh("nproc"):gsub("%s+", "")
  local mem = sh("grep MemTotal /proc/meminfo | awk '{printf \"%.1f GB\", $2/1048576}'"):gsub("%s+$", "")
  local kern = sh("uname -sr"):gsub("%s+$", "")
  local fs = sh("df -PT " .. q(TMP) .. " | awk 'NR==2{print $2}'"):gsub("%s+$", "")
  local vers = {
    "lua5.4 " .. sh("lua5.4 -v"):match("Lua ([%d.]+)") or "?",
    "SQLite " .. (sh("lua5.4 -e \"package.path='" .. ROOT .. "/lua/?.lua;'..package.path; io.write(require('fulog.core').sqlite_version)\"")),
    (sh("nvim --version | head -1"):gsub("%s+$", "")),
    (sh("rg --version | head -1"):gsub("%s+$", "")),
    (sh("awk -W version 2>/dev/null | head -1 || awk --version | head -1"):gsub("%s+$", "")),
    (sh("cc --version | head -1"):gsub("%s+$", "")),
  }
  return ("%s, %s CPUs, %s RAM, %s, temp folder on %s; %s"):format(cpu ~= "" and cpu or "unknown CPU", ncpu, mem, kern,
    fs, table.concat(vers, ", "))
end

local head = { "figure", "notes", "fulog", "baseline", "baseline value", "ratio", "target", "verdict" }
local md = {}
md[#md + 1] = "| " .. table.concat(head, " | ") .. " |"
md[#md + 1] = "|" .. ("---|"):rep(#head)
for _, r in ipairs(rows) do
  local c = {}
  for i = 1, #head do c[i] = tostring(r[i] or ""):gsub("|", "\\|") end
  md[#md + 1] = "| " .. table.concat(c, " | ") .. " |"
end
local tree_lines = {}
for _, t in ipairs(trees) do
  tree_lines[#tree_lines + 1] = ("- %s notes: %d files, %d lines, %.1f MB, %d next steps, %d accounts (generated in %d s)")
      :format(kfmt(t.n), t.files, t.lines, t.bytes / 1e6, t.steps, t.accounts, t.gen_s)
end
local date = os.date("!%Y-%m-%d %H:%M UTC")
local table_text = table.concat(md, "\n")
print(table_text)
print("")
print("machine: " .. machine())
for _, l in ipairs(tree_lines) do print(l) end
for _, l in ipairs(notes) do print(l) end
print(("# bench complete: %d rows"):format(#rows))

if OUT then
  local tpl_path = ROOT .. "/bench/BENCHMARKS.md.in"
  local f = io.open(tpl_path)
  local tpl = f and f:read("a") or "# Benchmarks\n\n@TABLE@\n"
  if f then f:close() end
  local rep = {
    ["@DATE@"] = date, ["@MACHINE@"] = machine(), ["@TABLE@"] = table_text,
    ["@TREES@"] = table.concat(tree_lines, "\n"), ["@NOTES@"] = table.concat(notes, "\n"),
    ["@SIZES@"] = table.concat(SIZES, " "),
  }
  local text = tpl:gsub("@%u+@", function(k) return rep[k] or k end)
  local o = assert(io.open(OUT, "w"))
  o:write(text)
  o:close()
  log("wrote ", OUT)
end
