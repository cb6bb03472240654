-- :checkhealth fulog. Every failure says what to run. Works with the 0.7
-- health API (require("health").report_*) and the 0.10+ one (vim.health.*);
-- check(reporter) also takes a table { start=, ok=, warn=, error=, info= }
-- (tests, or Vim, where there is no :checkhealth).

local config = require("fulog.config")

local M = {}

-- The editor's health reporter (the adapter knows which API it has), or
-- plain printing.
local function reporter(ed)
  local r = ed.health_reporter and ed.health_reporter()
  if r then
    return r
  end
  local p = function(tag) return function(msg, adv)
    print(tag .. msg .. (adv and (" -- " .. (type(adv) == "table" and table.concat(adv, "; ") or adv)) or ""))
  end end
  return { start = p("## "), ok = p("OK: "), warn = p("WARNING: "), error = p("ERROR: "), info = p("INFO: ") }
end

local abi_name = require("fulog.abi").name

local function plugin_root()
  local src = debug.getinfo(1, "S").source:gsub("^@", "")
  return src:match("^(.*)[/\\]lua[/\\]fulog[/\\][^/\\]*$") or "."
end

local function sqlite_ge(v, want)
  local a = {}
  for n in tostring(v):gmatch("%d+") do
    a[#a + 1] = tonumber(n)
  end
  for i = 1, 3 do
    local x, y = a[i] or 0, want[i]
    if x ~= y then
      return x > y
    end
  end
  return true
end

function M.check(r)
  local fulog = require("fulog")
  local ed = fulog.editor()
  r = r or reporter(ed)
  local root = plugin_root()
  local cfg = config.get()

  r.start("fulog: editor and setup")
  r.ok(("%s, Lua ABI %s (%s)"):format(ed.version(), abi_name(), _VERSION))
  if fulog.did_setup() then
    r.ok("setup() was called; options are valid")
  else
    r.ok("setup() not called: running with the defaults (see :help fulog-setup)")
  end

  r.start("fulog: C module")
  local core, err = fulog.core()
  if not core then
    r.error("the C module does not load: " .. tostring(err),
      { "run: cd " .. root .. " && make", "with lazy.nvim: build = \"make\"; then :Lazy build fulog" })
    return
  end
  r.ok(("fulog.core %s loads (build/%s/fulog_core.so)"):format(tostring(core.version), abi_name()))
  if core.abi ~= nil and core.abi ~= abi_name() then
    r.error(("ABI mismatch: the module was built for %s, this editor runs %s"):format(tostring(core.abi), abi_name()),
      { "run: cd " .. root .. " && make clean all" })
  else
    r.ok("ABI matches: " .. abi_name())
  end
  if core.sqlite_version and sqlite_ge(core.sqlite_version, { 3, 37, 0 }) then
    r.ok("SQLite " .. core.sqlite_version)
  else
    r.error("SQLite " .. tostring(core.sqlite_version) .. " is too old: fulog needs 3.37 or later (STRICT tables)",
      { "install a newer libsqlite3 (Debian 12: apt install libsqlite3-dev), then: cd " .. root .. " && make clean all" })
  end

  r.start("fulog: store")
  local path = cfg.db and ed.expand(cfg.db) or core.default_db_path()
  local db, msg = core.open(path)
  if not db then
    r.error(("the store %s does not open: %s"):format(path, tostring(msg)),
      { "check the folder exists and is writable: mkdir -p -m 700 \"$(dirname " .. path .. ")\"",
        "or point FULOG_DB / setup({ db = ... }) at a writable file" })
  else
    r.ok("store opens: " .. path)
    local uv = db:user_version()
    if core.schema_version and uv ~= core.schema_version then
      r.error(("schema version %s, this build expects %s"):format(tostring(uv), tostring(core.schema_version)),
        { "rebuild the plugin (cd " .. root .. " && make) or rebuild the store: mv " .. path .. " " .. path .. ".old && :FuIndex" })
    else
      r.ok("schema version " .. tostring(uv))
    end
    local good, why = db:check()
    if good then
      r.ok("integrity check passed")
    else
      r.error("integrity check failed: " .. tostring(why),
        { "the notes are the source of truth: mv " .. path .. " " .. path .. ".bad, then :FuIndex rebuilds it" })
    end
    db:close()
    local st = ed.stat(path)
    if st and st.perm then
      if st.perm == "rw-------" then
        r.ok("file mode 0600 (" .. st.perm .. ")")
      else
        r.error(("the store is readable by others (%s)"):format(st.perm), { "run: chmod 600 " .. path })
      end
    end
    local dir = path:match("^(.*)/[^/]*$")
    local dst = dir and ed.stat(dir)
    if dst and dst.perm and dst.perm ~= "rwx------" then
      r.warn(("the store's folder %s has mode %s"):format(dir, dst.perm), { "run: chmod 700 " .. dir })
    end
  end

  r.start("fulog: notes folders")
  for _, d in ipairs(fulog.notes_dirs()) do
    if ed.isdir(d) then
      r.ok("notes folder exists: " .. d)
    else
      r.warn("notes folder missing: " .. d,
        { "run: mkdir -p " .. d, "or set your folders: require(\"fulog\").setup({ notes = { \"~/path/to/notes\" } })" })
    end
  end
  if #cfg.notes == 0 then
    r.warn("no notes folders configured: :FuIndex has nothing to index",
      { "require(\"fulog\").setup({ notes = { \"~/notes\" } })" })
  end
end

return M
