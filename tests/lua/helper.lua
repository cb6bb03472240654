-- Shared helpers for the Lua 5.4 tests: temp folders, running bin/fulog,
-- writing notes. Tests never touch the seller's data or the clock.
local M = {}

local src = debug.getinfo(1, "S").source:gsub("^@", "")
M.root = src:match("^(.*)/tests/lua/[^/]*$") or "."
if M.root:sub(1, 1) ~= "/" then
  M.root = os.getenv("PWD") .. "/" .. M.root
end
package.path = M.root .. "/lua/?.lua;" .. package.path

M.core = require("fulog.core")

function M.sh(cmd)
  local p = io.popen(cmd)
  local out = p:read("a")
  p:close()
  return out
end

function M.q(s)
  return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end

function M.tmpdir()
  local d = M.sh("mktemp -d /tmp/fulog-test.XXXXXX"):gsub("%s+$", "")
  return d
end

function M.rm(d)
  if d and d:match("^/tmp/fulog%-test%.") then
    os.execute("chmod -R u+rwx " .. M.q(d) .. " 2>/dev/null; rm -rf " .. M.q(d))
  end
end

-- A fresh folder for a test and the store path in it (remove with rm).
function M.fresh_store()
  local d = M.tmpdir()
  return d, d .. "/store/fulog.db"
end

function M.write(path, text)
  os.execute("mkdir -p " .. M.q(path:match("^(.*)/[^/]*$")))
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- Runs bin/fulog; returns stdout, stderr, exit code. opts: cwd, db, today,
-- stdin (text piped in), timeout (seconds, default 120: a hang fails the
-- test instead of the suite), as (the interpreter, default lua5.4), pre
-- (a command prefix, e.g. "setpriv ..." or "ulimit -f 1;"). The seller's
-- config folder is never read.
-- A copy of what bin/fulog runs (bin/, lua/, the Lua 5.4 build) inside
-- dir, readable by anyone: a command run as another user (setpriv, as
-- nobody) cannot reach a clone inside a 0700 home. Removed with dir.
-- Files, not links (cp -L): the sanitize layer's tree links lua/ to the
-- clone, and a test may edit its copy.
function M.runtime_copy(dir)
  local rt = dir .. "/.fulog-runtime"
  os.execute(("[ -d %s ] || { mkdir -p %s/build && cp -RL %s/bin %s/lua %s/ && cp -RL %s/build/lua5.4 %s/build/ && chmod -R a+rX %s; }"):format(
    M.q(rt), M.q(rt), M.q(M.root), M.q(M.root), M.q(rt), M.q(M.root), M.q(rt), M.q(rt)))
  return rt
end

-- The XDG_STATE_HOME the commands run with: the run's (tests/run.sh),
-- else one temp folder for this process.
function M.state_home()
  local state = os.getenv("XDG_STATE_HOME")
  if not state or state:sub(1, 1) ~= "/" then
    M.own_state = M.own_state or (M.tmpdir() .. "/state")
    state = M.own_state
  end
  return state
end

function M.fulog(args, opts)
  opts = opts or {}
  local root = M.root
  if opts.pre and opts.pre:find("setpriv", 1, true) and opts.cwd then
    root = M.runtime_copy(opts.cwd)
  end
  local err = os.tmpname()
  -- No --db, no opts.db: a store under /dev/null, which no one, root
  -- included, can create (a test that opens one fails, loudly, instead of
  -- making /nonexistent outside its temp dir).
  -- The last listing's record (fulog.listed): one folder for the run,
  -- never the seller's; a record is named by its store, so no test reads
  -- another's.
  local state = M.state_home()
  local env = ("FULOG_TODAY=%s FULOG_DB=%s XDG_CONFIG_HOME=/nonexistent XDG_STATE_HOME=%s "):format(
    M.q(opts.today or "2026-12-10"), M.q(opts.db or "/dev/null/fulog-test-has-no-store/db"), M.q(state))
  local input = opts.stdin and ("printf '%%s' %s | "):format(M.q(opts.stdin)) or ""
  local cmd = ("cd %s && %s%s %s timeout %d %s %s/bin/fulog %s 2>%s"):format(M.q(opts.cwd or M.root), input,
    opts.pre or "", env, opts.timeout or 120, opts.as or "lua5.4", M.q(root), args, M.q(err))
  local p = io.popen(cmd)
  local out = p:read("a")
  local _, _, code = p:close()
  local e = M.read(err)
  os.remove(err)
  return out, e, code
end

-- Another process takes the store's write lock and holds it for seconds
-- (sqlite3 in the background); returns once it holds it.
function M.hold_lock(db, seconds, flag)
  os.execute(("(printf 'BEGIN IMMEDIATE;\\nCREATE TABLE IF NOT EXISTS hold(x);\\n.shell touch %s\\n.shell sleep %d\\nCOMMIT;\\n' | sqlite3 %s >/dev/null 2>&1 &)"):format(
    M.q(flag), seconds, M.q(db)))
  for _ = 1, 100 do
    if io.open(flag) then
      break
    end
    os.execute("sleep 0.1")
  end
end

function M.lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do
    t[#t + 1] = l
  end
  return t
end

return M
