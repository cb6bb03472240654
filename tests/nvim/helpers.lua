-- Tiny TAP-ish helpers for the headless Neovim tests. Each test file:
--   local H = dofile("tests/nvim/helpers.lua")
--   H.run(function() ... H.ok(cond, "name", "detail") ... end)
-- Prints "ok - name" / "not ok - name: detail" per assertion and
-- "# N passed, M failed" at the end, then qall! (all passed) or cquit 1.

local H = { passed = 0, failed = 0 }

local function out(s)
  io.stdout:write(s .. "\n")
  io.stdout:flush()
end

local function show(v)
  if type(v) == "string" then
    return ("%q"):format(v)
  end
  if type(v) == "table" then
    return vim.inspect(v, { newline = " ", indent = "" })
  end
  return tostring(v)
end
H.show = show

function H.ok(cond, name, detail)
  if cond then
    H.passed = H.passed + 1
    out("ok - " .. name)
  else
    H.failed = H.failed + 1
    out("not ok - " .. name .. ": " .. (detail ~= nil and tostring(detail) or "false"))
  end
  return cond
end

function H.eq(got, want, name)
  return H.ok(vim.deep_equal(got, want), name, "got " .. show(got) .. ", want " .. show(want))
end

function H.match(s, pat, name)
  return H.ok(type(s) == "string" and s:find(pat) ~= nil, name, "got " .. show(s) .. ", want a match for " .. show(pat))
end

function H.contains(s, sub, name)
  return H.ok(type(s) == "string" and s:find(sub, 1, true) ~= nil, name, "got " .. show(s) .. ", want it to contain " .. show(sub))
end

-- A fresh temp dir with a copy of tests/fixtures/notes-nvim, FULOG_DB and
-- FULOG_TODAY set. Returns { dir=, notes=, db= }.
function H.env(today)
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  local notes = dir .. "/notes"
  vim.fn.system({ "cp", "-R", H.root .. "/tests/fixtures/notes-nvim", notes })
  local db = dir .. "/data/fulog.db"
  vim.env.FULOG_DB = db
  vim.env.FULOG_TODAY = today or "2026-12-10"
  vim.env.XDG_DATA_HOME = dir .. "/xdg"
  vim.env.XDG_STATE_HOME = dir .. "/state" -- what the last listing showed (fulog.listed)
  return { dir = dir, notes = notes, db = db }
end

H.root = vim.fn.getcwd()

-- Loads the plugin as a user's Neovim would (the tests run with -u NONE).
function H.load_plugin()
  vim.cmd("filetype on")
  vim.cmd("runtime plugin/fulog.vim")
end

-- Waits until the highlighter has no pending work for buf.
function H.idle(buf, ms)
  local hl = require("fulog.highlight")
  return vim.wait(ms or 3000, function() return hl.idle(buf) end, 5)
end

-- The virtual text of the step on row (0-based) of buf, once the
-- highlighter is idle; "(no step)" when there is none.
function H.virt(buf, row)
  H.idle(buf)
  for _, s in ipairs(require("fulog.highlight").steps(buf)) do
    if s.row == row then
      local vt = ""
      for _, c in ipairs(s.virt or {}) do
        vt = vt .. c[1]
      end
      return vt
    end
  end
  return "(no step)"
end

-- Records notify() calls instead of printing them.
function H.capture_notify()
  local got = {}
  vim.notify = function(msg, level)
    got[#got + 1] = { msg = msg, level = level }
  end
  return got
end

function H.buf_lines(b)
  return vim.api.nvim_buf_get_lines(b or 0, 0, -1, false)
end

function H.write_file(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

function H.read_file(path)
  local f = io.open(path, "rb")
  if not f then
    return nil
  end
  local s = f:read("*a")
  f:close()
  return s
end

function H.finish()
  out(("# %d passed, %d failed"):format(H.passed, H.failed))
  if H.failed == 0 then
    vim.cmd("qall!")
  else
    vim.cmd("cquit 1")
  end
end

-- Runs the test body; an error counts as a failure and still ends nvim.
function H.run(f)
  local ok, err = xpcall(f, debug.traceback)
  if not ok then
    H.ok(false, "test body ran to the end", err:gsub("\n", " | "))
  end
  H.finish()
end

-- True when the C module loads; otherwise records one failure naming why.
function H.need_core()
  local ok, core = pcall(require, "fulog.core")
  if not ok then
    H.ok(false, "fulog.core loads", core)
    return nil
  end
  return core
end

-- The usual start of a store test: a fresh env for today, the plugin
-- loaded, notify() captured and setup() on the env's notes without
-- indexing on open (more options in extra). Returns env, core, notified;
-- core is nil (a failure recorded) when the C module does not load.
function H.start(today, extra)
  local env = H.env(today)
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return env, nil, {}
  end
  local notified = H.capture_notify()
  local opts = { notes = { env.notes }, index_on_open = false }
  for k, v in pairs(extra or {}) do
    opts[k] = v
  end
  require("fulog").setup(opts)
  return env, core, notified
end

-- Makes the store at db read-only for every process (root writes past a
-- mode: chattr +i then; H.writable_store undoes it). false when it cannot be.
function H.read_only_store(db)
  if vim.fn.system({ "chattr", "+i", db }) and vim.v.shell_error == 0 then
    return true
  end
  if vim.loop.getuid() ~= 0 then
    vim.fn.setfperm(db, "r--------")
    return true
  end
  return false
end

function H.writable_store(db)
  vim.fn.system({ "chattr", "-i", db })
  vim.fn.setfperm(db, "rw-------")
end

-- The last message the editor gave (H.capture_notify's list), without
-- "fulog: ".
function H.said(notified)
  return notified[#notified] and (notified[#notified].msg:gsub("^fulog: ", "")) or "(no message)"
end

-- bin/fulog ARGS run from the current folder in the editor's environment
-- (H.env's store and today, no config folder): its one line of output or
-- refusal without "fulog: " and the newline, and its exit status, to set
-- beside what the editor says for the same act.
function H.shell(args)
  local out = vim.fn.system(("XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog %s 2>&1"):format(
    vim.fn.shellescape(H.root), args))
  return (out:gsub("^fulog: ", ""):gsub("\n$", "")), vim.v.shell_error
end

-- The 1-based index of the first line holding text, or nil.
function H.find_row(lines, text)
  for i, l in ipairs(lines) do
    if l:find(text, 1, true) then
      return i
    end
  end
  return nil
end

return H
