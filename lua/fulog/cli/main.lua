-- bin/fulog's command line: reads it and runs the command's module of
-- lua/fulog/cli/ (each command's code is compiled only when it runs:
-- compiling every command on each run was a third of the instructions of a
-- `fulog index` with nothing to do, at 1k notes). Returns the function
-- bin/fulog calls with the plugin's root and the arguments.

local function die(code, msg)
  io.stderr:write("fulog: ", msg, "\n")
  os.exit(code)
end

local ok, core = pcall(require, "fulog.core")
if not ok then
  -- the loader's message already starts with "fulog: " (the editors show it as is)
  die(1, (tostring(core):gsub("^fulog: ", "")))
end
local u = require("fulog.cli.util")
local usage_error = u.usage_error

-- Which module of lua/fulog/cli/ holds each command.
local MODULE = {
  classify = "classify", index = "index", overdue = "chase", log = "chase",
  done = "step", snooze = "step", touch = "step", draft = "step", history = "step",
  accounts = "report", stats = "report", export = "report",
  ["git-setup"] = "git", ["merge-driver"] = "git", ["git-hook"] = "git",
}

-- ---- arguments ----

local VALUE_OPTS = { db = true, today = true, date = true, grace = true, rules = true, channel = true, ext = true, owner = true,
  tags = true, exts = true, cadence = true }
for _, k in ipairs({ "since", "until", "by", "account" }) do
  VALUE_OPTS[k] = true -- stats, export
end
for _, k in ipairs({ "attendees", "team", "owner" }) do
  VALUE_OPTS[k] = true -- classify: the note's people
end
local FLAG_OPTS = { json = true, help = true, replied = true, follow = true }
VALUE_OPTS["max-size"] = true
VALUE_OPTS.key = true

-- The options each command takes (--help goes with all of them).
local COMMAND_OPTS = {
  classify = { date = true, today = true, grace = true, rules = true, attendees = true, team = true, owner = true },
  index = { db = true, today = true, grace = true, rules = true, json = true, follow = true, ["max-size"] = true,
    tags = true, exts = true, cadence = true },
  overdue = { db = true, today = true, json = true, owner = true, cadence = true },
  log = { db = true, today = true, json = true, owner = true, cadence = true, account = true },
  touch = { db = true, today = true, date = true, grace = true, rules = true, channel = true, replied = true,
    key = true, tags = true, cadence = true },
  done = { db = true, today = true, grace = true, rules = true, key = true, tags = true, cadence = true },
  draft = { db = true, today = true, channel = true, key = true, tags = true, cadence = true, rules = true },
  snooze = { db = true, today = true, grace = true, rules = true, key = true, tags = true, cadence = true },
  history = { db = true, json = true },
  accounts = { db = true, json = true },
  ["git-setup"] = { db = true, ext = true, today = true, grace = true, rules = true },
  ["merge-driver"] = {},
  ["git-hook"] = {},
  stats = { db = true, today = true, json = true, since = true, ["until"] = true, by = true, cadence = true,
    owner = true },
  export = { db = true, today = true, since = true, account = true, cadence = true, owner = true },
}

local function parse_args(argv, allowed)
  local opts, rest = {}, {}
  local i = 1
  while i <= #argv do
    local a = argv[i]
    if a == "--" then
      for j = i + 1, #argv do
        rest[#rest + 1] = argv[j]
      end
      break
    elseif a == "-h" then
      opts.help = true
    elseif a:sub(1, 2) == "--" then
      local name, value = a:match("^%-%-([%w-]+)=(.*)$")
      name = name or a:sub(3)
      if (VALUE_OPTS[name] or FLAG_OPTS[name]) and name ~= "help" and not allowed[name] then
        usage_error("--" .. name .. " does not go with this command")
      elseif VALUE_OPTS[name] then
        if value == nil then
          i = i + 1
          value = argv[i]
          if value == nil then
            usage_error("--" .. name .. " needs a value")
          end
        end
        opts[name] = value
      elseif FLAG_OPTS[name] and value == nil then
        opts[name] = true
      else
        usage_error("unknown option " .. a)
      end
    else
      rest[#rest + 1] = a
    end
    i = i + 1
  end
  return opts, rest
end

-- ---- main ----

-- The help text (one value: Lua 5.4's require also returns the file's path).
local function help()
  print((require("fulog.cli.usage")))
end

return function(ROOT, ...)
  local argv = { ... }
  local cmd = table.remove(argv, 1)
  if cmd == nil or cmd == "-h" or cmd == "--help" or cmd == "help" then
    help()
    os.exit(cmd == nil and 2 or 0)
  end
  if not MODULE[cmd] then
    usage_error("unknown command " .. cmd)
  end
  local opts, args = parse_args(argv, COMMAND_OPTS[cmd])
  if opts.help then
    help()
    os.exit(0)
  end
  if opts.today then
    u.check_date("today", opts.today)
  end
  local okm, err = pcall(function()
    return require("fulog.cli." .. MODULE[cmd])[cmd](opts, args, ROOT)
  end)
  if not okm then
    die(1, tostring(err))
  end
end
