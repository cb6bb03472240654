-- What every fulog command shares: errors and exit codes, the options
-- and "today" as the flags and FULOG_* give them, the store, paths as
-- printed. bin/fulog dispatches; each command lives in lua/fulog/cli/.
local core = require("fulog.core")

local function die(code, msg)
  io.stderr:write("fulog: ", msg, "\n")
  os.exit(code)
end

local function usage_error(msg)
  die(2, msg .. " (see fulog --help)")
end

local function check_date(name, value)
  if value and not value:match("^%d%d%d%d%-%d%d%-%d%d$") then
    usage_error(("--%s wants YYYY-MM-DD, got %q"):format(name, value))
  end
  if value then
    local okd = core.add_days(value, 0)
    if not okd then
      usage_error(("--%s: %s is not a real date"):format(name, value))
    end
  end
  return value
end

local function today(opts)
  if opts.today then
    return check_date("today", opts.today)
  end
  local t, err = core.today()
  if not t then
    usage_error(err)
  end
  return t
end

local function load_rules(opts)
  local rulesfile = require("fulog.rulesfile")
  local tbl, err = rulesfile.load(opts.rules)
  if err then
    die(1, err)
  end
  if not tbl then
    return nil
  end
  tbl = rulesfile.split(tbl) -- the cues; the draft templates are read by draft
  if next(tbl) == nil then
    return nil
  end
  local okr, rules = pcall(core.rules, tbl)
  if not okr then
    die(1, (opts.rules or rulesfile.path()) .. ": " .. tostring(rules))
  end
  return rules
end

-- The parse options (core.options): the core's defaults, then FULOG_TAGS,
-- FULOG_EXTS, FULOG_GRACE, FULOG_CADENCE, then the flags -- the same object
-- the editor builds from setup(). Returned as the table the store calls
-- take, with today resolved.
local function core_opts(opts)
  local fields = { rules = load_rules(opts), today = opts.today and check_date("today", opts.today) }
  for _, k in ipairs({ "tags", "grace", "cadence" }) do
    fields[k] = opts[k]
  end
  fields.exts = opts.exts
  local o, msg = core.options(fields)
  if not o then
    usage_error("--" .. msg)
  end
  local t = today(opts) -- a bad FULOG_TODAY is a usage error here, as for --today
  return { options = o, today = t, tags = o:get().tags }
end

-- The options a query takes: the cadence next action dates are computed
-- with (flag, FULOG_CADENCE or the default), with the query's own fields.
local function query_opts(opts, q)
  local o, msg = core.options({ cadence = opts.cadence })
  if not o then
    usage_error("--" .. msg)
  end
  q.options = o
  return q
end

local function open_store(opts)
  local db, err = core.open(opts.db)
  if not db then
    die(1, err)
  end
  return db
end

-- The store's path: --db / FULOG_DB, else the default (a failure to find
-- the default is an error, not a store opened somewhere else).
local function db_path(opts)
  if opts.db then
    return opts.db
  end
  local p, err = core.default_db_path()
  if not p then
    die(1, err)
  end
  return p
end

-- Commands that only read must not create an empty store at a mistyped
-- path and report "nothing overdue".
local function open_existing_store(opts)
  local path = db_path(opts)
  -- Read-only: another program's database or an empty file named by
  -- mistake is refused untouched, and a store is never migrated or written.
  local db, err = core.open(path, { readonly = true })
  if not db then
    die(1, err)
  end
  return db
end

-- --owner NAME|me|all: whose notes (spec section 10), for the store db;
-- nil for everyone. Without --owner, the editor's rule
-- (fulog.team.owner_for): "me" when the notes that name an owner are in a
-- git work tree where an owner is known. A list filtered by default says
-- so on stderr, once.
local owner_said
local function owner_filter(opts, db)
  local team = require("fulog.team")
  local name, from, err = team.owner_for(opts.owner, db:owner_roots(), { "." })
  if err then
    usage_error("--owner me: " .. err)
  end
  if from and not owner_said then
    owner_said = true
    io.stderr:write("fulog: ", team.filtered_note(name, from, "--owner all"), "\n")
  end
  local unknown = team.unknown_owner_note(db, opts.owner, name, "--owner all")
  if unknown and not owner_said then
    owner_said = true
    io.stderr:write("fulog: ", unknown, "\n")
  end
  return name
end

-- The working folder as the kernel sees it, symlinks resolved as the store
-- names notes: a shell in a notes folder reached through a symlink still
-- sees paths relative to it.
local CWD = core.realpath(".")

-- Paths relative to the working folder when under it, as grep prints them.
local function display_path(p)
  if CWD and CWD ~= "/" and p:sub(1, #CWD + 1) == CWD .. "/" then
    p = p:sub(#CWD + 2)
  end
  -- a control or bidi byte escaped as ls -b does (core.shown_name): a
  -- newline would split a FILE:LINE:COL: line in two
  return core.shown_name(p)
end

-- The name the store gives the file: real, as the index stores it.
local function abs_path(p)
  local a, err = core.realpath(p)
  if not a then
    usage_error(p .. ": " .. tostring(err))
  end
  return a
end

-- The store for overdue and log, with the query's options: read-only,
-- unless its next action dates were computed with another cadence than this
-- run's; then it is opened for writing once, to recompute them.
local function open_chase_store(opts, q)
  local db = open_existing_store(opts)
  q = query_opts(opts, q)
  if db:cadence() ~= q.options:get().cadence then
    db:close()
    db = open_store(opts)
  end
  return db, q
end

-- Runs fn(db, q) on the store and closes it; returns fn's two results, or
-- dies with the second when the first is nil or false (fn makes it as the
-- seller reads it). mode: "write" (open_store), "read" (open_existing_store)
-- or a query table for overdue and log's store (open_chase_store; q is the
-- query with its options).
local function with_store(opts, mode, fn)
  local db, q
  if type(mode) == "table" then
    db, q = open_chase_store(opts, mode)
  elseif mode == "read" then
    db = open_existing_store(opts)
  else
    db = open_store(opts)
  end
  local a, b = fn(db, q)
  db:close()
  if not a then
    die(1, b)
  end
  return a, b
end

-- What a listed step carries besides the store's row, in every --json
-- alike: key (FILE:LINE:KEY), text the step as written (what a write-back
-- matches on), display the words the listings show (core.step_text).
local function step_json_fields(r)
  r.key = core.step_key(r.text)
  r.display = core.step_text(r.text)
  return r
end

-- JSON output, its code loaded only by a command asked for --json.
local function json(v)
  return require("fulog.cli.json")(v)
end

return {
  core = core,
  db_path = db_path,
  json = json,
  step_json_fields = step_json_fields,
  die = die,
  usage_error = usage_error,
  check_date = check_date,
  today = today,
  core_opts = core_opts,
  query_opts = query_opts,
  with_store = with_store,
  owner_filter = owner_filter,
  display_path = display_path,
  abs_path = abs_path,
  CWD = CWD,
}
