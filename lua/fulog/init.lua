-- fulog: setup() and the public Lua API. Loading this module is cheap: the
-- C module (fulog.core) and the store are opened on first use.

local config = require("fulog.config")

local M = {}

local ed_mod
local function ed()
  ed_mod = ed_mod or require("fulog.editor")
  return ed_mod
end
M.editor = ed

-- ---------------------------------------------------------------- the C module

local core_mod, core_err, core_told

-- The C module, or nil and the loader's message ("run: cd ... && make").
function M.core()
  if core_mod then
    return core_mod
  end
  if core_err then
    return nil, core_err
  end
  local ok, mod = pcall(require, "fulog.core")
  if ok and type(mod) == "table" then
    core_mod = mod
    return mod
  end
  core_err = tostring(mod)
  return nil, core_err
end

-- Like core(), but tells the user once per session when it is missing.
function M.need_core()
  local c, err = M.core()
  if not c and not core_told then
    core_told = true
    ed().notify(err .. " (see :checkhealth fulog)", "error")
  end
  return c, err
end

-- Today: the options' fixed day (FULOG_TODAY), else the clock.
function M.today()
  local o = M.options()
  if o then
    return o:today()
  end
  return os.date("%Y-%m-%d")
end

-- ---------------------------------------------------------------- options for the core

local rules_obj, rules_for

-- The rules object: the rules file (shared with bin/fulog) plus the
-- `rules` option, built once per setup().
function M.rules()
  local cfg = config.get()
  if rules_for ~= cfg.rules then
    local c = M.core()
    if not c then
      return nil
    end
    local file, ferr = require("fulog.rulesfile").load()
    if ferr then
      ed().notify("fulog: " .. ferr, "error")
    end
    local cues = require("fulog.rulesfile").split(file)
    local merged = require("fulog.rulesfile").merge(cues, cfg.rules)
    local r = nil
    if next(merged) ~= nil then
      local ok
      ok, r = pcall(c.rules, merged)
      if not ok then
        ed().notify("fulog: bad rules: " .. tostring(r), "error")
        r = nil
      end
    end
    rules_obj, rules_for = r, cfg.rules
  end
  return rules_obj
end

local opts_obj, opts_for

-- The parse options compiled once per setup() (core.options): the same
-- defaults and FULOG_* variables bin/fulog reads, then setup()'s values.
-- A bad FULOG_* value is said once, and the default (the clock) is used.
function M.options()
  local cfg = config.get()
  if opts_obj and opts_for == cfg then
    return opts_obj
  end
  local c = M.core()
  if not c then
    return nil
  end
  local o, warn = c.options({
    tags = cfg.tags, exts = cfg.extensions, grace = cfg.grace, cadence = cfg.cadence, rules = M.rules(),
  })
  if not o then
    -- setup() validated the values; this is the core refusing one of them.
    ed().notify("fulog: " .. tostring(warn), "error")
    o, warn = c.options({ rules = M.rules() })
  end
  if warn then
    ed().notify("fulog: " .. warn, "warn")
  end
  opts_obj, opts_for = o, cfg
  return o
end

-- The options table the core's store calls take: the options object and
-- the call's own fields (root, today, account...).
function M.core_opts(extra)
  local o = { options = M.options() }
  for k, v in pairs(extra or {}) do
    o[k] = v
  end
  return o
end

-- ---------------------------------------------------------------- owner

-- Whose notes :FuLog, :FuOverdue and :FuStats show (spec section 10), as a
-- name for the store db's owner filter, or nil for everyone's: the rule
-- bin/fulog follows too (fulog.team.owner_for), with setup's owner, and
-- the notes folders where an explicit "me" is looked up last. Returns nil,
-- message when owner = "me" names nobody.
-- An owner no note names is said once a session (fulog.team.unknown_owner_note):
-- the listings then hold only the notes no one owns.
local unknown_said = {}
function M.owner(db)
  local roots = db and db:owner_roots() or {}
  local team = require("fulog.team")
  local name, _, err = team.owner_for(config.get().owner, roots, M.notes_dirs())
  if err then
    return nil, 'setup owner = "me": ' .. err
  end
  local unknown = db and team.unknown_owner_note(db, config.get().owner, name, 'setup owner = "all"')
  if unknown and not unknown_said[name] then
    unknown_said[name] = true
    ed().notify("fulog: " .. unknown, "warn")
  end
  return name
end

-- ---------------------------------------------------------------- listings

-- Records what :FuOverdue or :FuLog showed (fulog.listed: rows of { path,
-- line as shown, text }), as fulog overdue and log do: a plain FILE:LINE
-- typed from it into the shell is then checked against it. A failure is
-- said, the list stands.
function M.record_listing(db, rows)
  local ok, err = require("fulog.listed").record(require("fulog.core"), db:path(), rows)
  if not ok then
    ed().notify("fulog: this listing is not on record (" .. require("fulog.core").shown_name(tostring(err))
      .. "): use FILE:LINE:KEY from it in the shell", "warn")
  end
end

-- ---------------------------------------------------------------- notes folders

-- The configured notes folders, expanded (existing or not), without trailing /.
function M.notes_dirs()
  local out = {}
  for _, d in ipairs(config.get().notes) do
    local p = ed().expand(d):gsub("/+$", "")
    out[#out + 1] = p
  end
  return out
end

local function under(path, dir)
  return dir ~= "" and path:sub(1, #dir + 1) == dir .. "/"
end

-- The notes root holding path (for account-by-folder), or nil.
function M.root_for(path)
  for _, d in ipairs(M.notes_dirs()) do
    local real = ed().fullpath(d):gsub("/+$", "")
    if under(path, d) then
      return d
    elseif under(path, real) then
      return real
    end
  end
  return nil
end

-- Is this buffer a note fulog should watch?
function M.is_note(buf)
  local cfg = config.get()
  local e = ed()
  if not cfg.enabled or not e.buf_valid(buf) or e.buftype(buf) ~= "" then
    return false
  end
  local ft = e.filetype(buf)
  local ok = false
  for _, f in ipairs(cfg.filetypes) do
    if f == ft then
      ok = true
      break
    end
  end
  if ft == "" and not ok then
    -- No filetype detection (a vimrc without `filetype on`): a file with a
    -- note ending is a note, as for :FuIndex.
    local ext = (e.buf_name(buf):match("%.([^./]+)$") or ""):lower()
    local o = ext ~= "" and M.options() -- only then load the C module
    for _, x in ipairs(o and o:get().exts or {}) do
      if x:lower() == ext then
        ok = true
        break
      end
    end
  end
  if not ok then
    return false
  end
  if cfg.paths then
    local path = e.fullpath(e.buf_name(buf))
    if path == "" then
      return false
    end
    for _, d in ipairs(cfg.paths) do
      local dir = e.expand(d):gsub("/+$", "")
      if under(path, dir) or under(path, e.fullpath(dir):gsub("/+$", "")) then
        return true
      end
    end
    return false
  end
  return true
end

-- ---------------------------------------------------------------- the store

local store_db, store_err, store_path
-- When the store could only be opened read-only (its file's mode, chattr
-- +i): why it cannot be written, in the core's words (fulog's). Lists
-- read it as fulog overdue / log do; every write is refused with this.
local store_ro
-- The store's data_version when fulog last read it for its lists: another
-- process's commit (fulog touch in a shell) changes it.
local store_version

local function index_opts(root)
  local cfg = config.get()
  return M.core_opts({ root = root, follow = cfg.follow,
    max_size = cfg.max_size })
end

-- The store, opened once; nil and a message when it cannot be (said to
-- the seller unless quiet).
function M.store(quiet)
  if store_db then
    return store_db
  end
  local c, err = M.need_core()
  if not c then
    return nil, err
  end
  local path = config.get().db
  if path then
    path = ed().expand(path)
  end
  local db, msg = c.open(path)
  if not db then
    -- a store that can be read but not written: read as the shell does
    db = c.open(path, { readonly = true })
    store_ro = db and msg
  end
  if not db then
    store_err = msg
    if not quiet then
      ed().notify("fulog: cannot open the store: " .. tostring(msg) .. " (see :checkhealth fulog)", "error")
    end
    return nil, msg
  end
  store_db, store_path = db, path
  store_version = db:data_version()
  if config.get().index_on_open and not store_ro then
    local total = M.index_all(nil, { quiet = true })
    if total and #total.folders == 0 then
      -- Said once a session: an empty log or quickfix list is otherwise a mystery.
      ed().notify("fulog: no notes folder found (notes = " .. table.concat(config.get().notes, ", ")
        .. "); set notes in setup() or run :FuIndex {folder}", "info")
    end
  end
  return db
end

function M.close_store()
  if store_db then
    store_db:close()
  end
  store_db, store_err, store_path, store_version, store_ro = nil, nil, nil, nil, nil
end

-- FocusGained, BufEnter, CursorHold: when another process (fulog touch,
-- done or snooze in a shell, another editor) committed to the store since
-- fulog last looked, the log and the quickfix lists fulog made are read
-- again, so a jump never lands on a line the write moved. One PRAGMA when
-- nothing changed; nothing at all before the store is opened.
function M.on_store_check()
  if not store_db then
    return false
  end
  local v = store_db:data_version()
  if v == nil or v == store_version then
    return false
  end
  store_version = v
  local log = package.loaded["fulog.log"]
  if log then
    log.refresh()
  end
  local qf = package.loaded["fulog.quickfix"]
  if qf then
    qf.refresh()
  end
  return true
end

local function report_errors(stats)
  if stats and stats.errors and #stats.errors > 0 then
    ed().notify("fulog: " .. table.concat(stats.errors, "\n"), "warn")
  end
end

-- Before a write-back writes a note (done, touch, snooze; in a buffer it
-- then writes, or in the file): the store the note is indexed into, or
-- nil and the core's one line when it cannot be written (read-only, a
-- folder it cannot make). The write-back then refuses in those words and
-- leaves the note as it was, as fulog done / touch / snooze do; it wrote
-- the note and then failed to index it. A store busy with another writer
-- opens: the note is written and the store catches up.
function M.store_for_write()
  if store_ro then
    -- opened read-only: it may be writable by now; no other handle of
    -- this process is open on it while it is opened again
    M.close_store()
  end
  local db, err = M.store(true)
  if store_ro then
    return nil, store_ro
  end
  -- made read-only since it was opened (SQLite keeps its descriptor): the
  -- core asks with access(), which drops none of SQLite's locks as an
  -- open and close of the file from this process would
  local ok, why = true, nil
  if db then
    ok, why = db:writable()
  end
  if not ok then
    return nil, why
  end
  return db, err
end

-- The store to index into, said as an error when it cannot be written.
local function store_to_index()
  local db, err = M.store()
  if db then
    db, err = M.store_for_write()
    if not db then
      ed().notify("fulog: " .. err, "error")
    end
  end
  return db, err
end

-- Indexes one note file. Returns the stats, or nil and a message.
function M.index_file(path)
  local db, err = store_to_index()
  if not db then
    return nil, err
  end
  local stats, msg = db:index_file(path, index_opts(M.root_for(path)))
  if not stats then
    -- another process holds the store: the words fulog touch / done /
    -- snooze warn with, as a warning (it was an error after every
    -- :FuDone while a shell indexed)
    local busy = require("fulog.written").store_busy(msg)
    ed().notify("fulog: " .. (busy or ("indexing " .. path .. " failed: " .. tostring(msg))), busy and "warn" or "error")
    return nil, msg
  end
  report_errors(stats)
  -- This process's own write moves no data_version (on_store_check sees
  -- only other processes): the quickfix lists :FuOverdue made and the log
  -- are read again here, so a step just touched, done or snoozed (from a
  -- buffer, the log, or a plain :w) leaves them.
  local qf, log = package.loaded["fulog.quickfix"], package.loaded["fulog.log"]
  if qf then
    qf.refresh(path)
  end
  if log then
    log.refresh()
  end
  return stats
end

-- Indexes folders (default: the configured notes folders that exist), each
-- as its own root. Returns the summed stats.
function M.index_all(paths, opts)
  opts = opts or {}
  local db, err = store_to_index()
  if not db then
    return nil, err
  end
  local dirs = {}
  for _, p in ipairs(paths or M.notes_dirs()) do
    local full = ed().expand(p):gsub("/+$", "")
    if ed().isdir(full) or ed().readable(full) then
      dirs[#dirs + 1] = full
    elseif not opts.quiet then
      ed().notify("fulog: no such notes folder: " .. full .. " (create it or set notes in setup())", "warn")
    end
  end
  local total = { files = 0, indexed = 0, unchanged = 0, removed = 0, skipped = 0, errors = {} }
  for _, d in ipairs(dirs) do
    local root = ed().isdir(d) and d or M.root_for(d)
    local stats, msg = db:index({ d }, index_opts(root))
    if not stats then
      ed().notify("fulog: indexing " .. d .. " failed: " .. tostring(msg), "error")
    else
      for _, k in ipairs({ "files", "indexed", "unchanged", "removed", "skipped" }) do
        total[k] = total[k] + (stats[k] or 0)
      end
      for _, e in ipairs(stats.errors or {}) do
        total.errors[#total.errors + 1] = e
      end
    end
  end
  report_errors(total)
  total.folders = dirs
  return total
end

-- ---------------------------------------------------------------- buffers

-- Called from plugin/fulog.vim on FileType / BufWinEnter: attaches the
-- highlighter to note buffers (this is the first use that loads the C module).
function M.on_buf(buf)
  buf = ed().bufnr(tonumber(buf))
  if M.is_note(buf) then
    -- (first: the highlighter reads an untouched note's bytes kept here)
    if not ed().modified(buf) then
      require("fulog.outside").remember(ed(), buf, ed().fullpath(ed().buf_name(buf)))
    end
    require("fulog.highlight").attach(buf)
  else
    -- Not loaded: nothing is attached (a Lua file opened does not load it).
    local hl = package.loaded["fulog.highlight"]
    if hl then
      hl.detach(buf)
    end
  end
end

-- Called on BufWritePost: index the saved note.
function M.on_write(buf)
  buf = ed().bufnr(tonumber(buf))
  local cfg = config.get()
  if not M.is_note(buf) then
    return
  end
  local hl = require("fulog.highlight")
  hl.touch_top(buf)
  local path = ed().fullpath(ed().buf_name(buf))
  require("fulog.outside").remember(ed(), buf, path)
  if cfg.index_on_save then
    if path ~= "" then
      M.index_file(path)
    end
  end
end

-- Called on FileChangedShell with "BUF:REASON" (v:fcs_reason): what
-- v:fcs_choice becomes. "" when the note's change from outside was only
-- fulog's write-backs and they went into its modified buffer
-- (fulog.outside); "ask" for the editor's own prompt otherwise.
function M.on_outside(arg)
  local buf, reason = tostring(arg):match("^(%d+):(.*)$")
  buf = buf and ed().bufnr(tonumber(buf))
  local ok, did = pcall(function()
    return buf and M.is_note(buf) and require("fulog.outside").merge(M, buf, reason)
  end)
  if not ok then
    require("fulog.say").err(did)
  end
  return ok and did and "" or "ask"
end

-- Only once the highlighter is loaded: its first attach defines the groups.
function M.on_colorscheme()
  local hl = package.loaded["fulog.highlight"]
  if hl then
    hl.define()
  end
end

-- ---------------------------------------------------------------- setup

local did_setup = false

-- Merges opts over the defaults (deeply) and validates them. On a bad option
-- nothing changes; the message names every bad option. Returns the config,
-- or nil and the message.
function M.setup(opts)
  local cfg, err = config.set(opts)
  if not cfg then
    ed().notify(err, "error")
    return nil, err
  end
  did_setup = true
  rules_for = nil
  if store_db and store_path ~= (cfg.db and ed().expand(cfg.db) or nil) then
    M.close_store()
  end
  if cfg.mappings then
    require("fulog.commands").apply_mappings(cfg.mappings)
  end
  -- Re-check buffers already open (filetypes, paths, enabled may change).
  -- The highlighter (and its groups, defined at its first attach) loads
  -- only for a note: at startup there is none, and loading it was half of
  -- what setup() added to Neovim's startup.
  local hl = package.loaded["fulog.highlight"]
  if hl then
    hl.define()
    hl.refresh_all(M.is_note)
  else
    for _, b in ipairs(ed().list_bufs()) do
      if M.is_note(b) then
        require("fulog.highlight").attach(b)
      end
    end
  end
  return cfg
end

function M.did_setup()
  return did_setup
end

function M.config()
  return config.get()
end

return M
