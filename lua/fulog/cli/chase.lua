-- fulog overdue and fulog log: the chases due, as a list or by account.

local u = require("fulog.cli.util")
local core, usage_error, today, with_store, owner_filter, display_path, CWD = u.core, u.usage_error, u.today, u.with_store, u.owner_filter, u.display_path, u.CWD
local json = u.json

local M = {}

-- Records what a listing showed (fulog.listed), so that a plain FILE:LINE
-- typed from it is checked; a failure to record is said, the list stands.
local function record(opts, rows)
  local ok, err = require("fulog.listed").record(core, u.db_path(opts), rows)
  if not ok then
    io.stderr:write("fulog: warning: this listing is not on record (", display_path(tostring(err)),
      "): use FILE:LINE:KEY from it\n")
  end
end

-- The steps of notes gone from disk are not listed (fulog.gone): said in
-- one line on stderr, so the list on stdout stays one line per step.
local function say_gone(out)
  local msg = require("fulog.gone").message(out, display_path, "fulog index")
  if msg then
    io.stderr:write("fulog: ", msg, "\n")
  end
end

function M.overdue(opts, args)
  if #args > 0 then
    usage_error("overdue takes no arguments")
  end
  local t = today(opts)
  local rows = with_store(opts, { today = t }, function(db, q)
    q.owner = owner_filter(opts, db)
    return db:overdue(q)
  end)
  local gone
  rows, gone = require("fulog.gone").drop(core, rows)
  say_gone(gone)
  local out = {}
  for _, r in ipairs(rows) do
    u.step_json_fields(r)
  end
  record(opts, rows)
  if opts.json then
    print(json(rows))
    return
  end
  for i, r in ipairs(rows) do
    -- {key}: `fulog done FILE:LINE:KEY` then acts on this step, or refuses.
    out[i] = ("%s:%d:%d: %s {%s}"):format(display_path(r.path), r.line, r.col, core.overdue_message(r, t), r.key)
  end
  if #out > 0 then
    io.stdout:write(table.concat(out, "\n"), "\n")
  end
end

function M.log(opts, args)
  -- the account as an argument or as --account (as export takes it)
  if #args + (opts.account and 1 or 0) > 1 then
    usage_error("log takes at most one ACCOUNT")
  end
  local account = opts.account or args[1]
  local t = today(opts)
  -- shown: the account and the owner as the store names them, for the header;
  -- an unknown account: the core's message, with the shell's way to list them
  local accounts, shown = with_store(opts, { today = t, account = account, accounts_cmd = "fulog accounts" },
    function(db, q)
      q.owner = owner_filter(opts, db)
      -- the chases of notes gone from disk left out, and their touches
      -- from the accounts' dark and last touch (fulog.gone)
      local acc, acc_shown, owner_shown, gone = require("fulog.gone").log(core, db, q)
      if not acc then
        return nil, acc_shown
      end
      return acc, { account = acc_shown, owner = owner_shown, gone = gone }
    end)
  say_gone(shown.gone)
  local shown_rows = {}
  for _, a in ipairs(accounts) do
    for _, c in ipairs(a.chases) do
      u.step_json_fields(c)
      shown_rows[#shown_rows + 1] = c
    end
  end
  record(opts, shown_rows)
  if opts.json then
    print(json(accounts))
    return
  end
  -- the same text as :FuLog, from the one formatter in the core
  io.stdout:write((core.log_text(accounts, { today = t, account = shown.account, owner = shown.owner, base = CWD })))
end

return M
