-- Reports from the store: accounts, stats, export.

local u = require("fulog.cli.util")
local usage_error, check_date, today, query_opts, with_store, owner_filter = u.usage_error, u.check_date, u.today, u.query_opts, u.with_store, u.owner_filter
local json = u.json
local core = u.core

local M = {}

function M.accounts(opts, args)
  if #args > 0 then
    usage_error("accounts takes no arguments")
  end
  -- named as the log and overdue name them; commands take either name
  -- an account whose every note is gone is left out (fulog.gone), said on stderr
  local gone = require("fulog.gone")
  local out
  local _, rows = with_store(opts, "read", function(db)
    local keys, shown
    keys, shown, out = gone.accounts(core, db)
    return keys, shown
  end)
  local said = gone.accounts_message(out, "fulog index")
  if said then
    io.stderr:write("fulog: ", said, "\n")
  end
  table.sort(rows, function(a, b) return a:lower() < b:lower() end)
  if opts.json then
    print(json(rows))
  elseif #rows > 0 then
    -- a name's control and bidi bytes escaped, as the log names it
    for i, r in ipairs(rows) do
      rows[i] = core.shown_name(r)
    end
    print(table.concat(rows, "\n"))
  end
end

function M.stats(opts, args)
  if #args > 0 then
    usage_error("stats takes no arguments")
  end
  if opts.by and opts.by ~= "week" and opts.by ~= "month" then
    usage_error("--by wants week or month, got " .. opts.by)
  end
  local since, till = check_date("since", opts.since), check_date("until", opts["until"])
  -- a range that holds no day is a mistake in the flags: said before the store is opened
  if since and since > (till or today(opts)) then
    usage_error(till and ("--since %s is after --until %s"):format(since, till)
      or ("--since %s is after today (%s)"):format(since, today(opts)))
  end
  -- the notes gone from disk are not counted (a stat per note counted, in
  -- the core), said in one line on stderr
  local out
  local report, text = with_store(opts, "read", function(db)
    local r, t
    r, t, out = db:stats(query_opts(opts, {
      today = today(opts), since = since, ["until"] = till, by = opts.by, owner = owner_filter(opts, db),
    }))
    return r, t
  end)
  local said = require("fulog.gone").message(out, u.display_path, "fulog index")
  if said then
    io.stderr:write("fulog: ", said, "\n")
  end
  if opts.json then
    print(json({ periods = report.periods, total = report.total }))
  else
    io.stdout:write(text)
  end
end

function M.export(opts, args)
  local fmt = args[1]
  if #args ~= 1 or (fmt ~= "ics" and fmt ~= "csv" and fmt ~= "json") then
    usage_error("export wants one format: ics, csv or json")
  end
  -- the steps of notes gone from disk are left out (a stat per note, in
  -- the core), said in one line on stderr so the file stays the file
  local text, gone = with_store(opts, { today = today(opts), since = check_date("since", opts.since),
    account = opts.account, accounts_cmd = "fulog accounts" }, function(db, q)
      q.owner = owner_filter(opts, db)
      return db:export(fmt, q)
    end)
  local said = require("fulog.gone").message(gone, u.display_path, "fulog index", "exported")
  if said then
    io.stderr:write("fulog: ", said, "\n")
  end
  io.stdout:write(text)
end

return M
