-- fulog classify: next steps on stdin, a verdict a line on stdout.

local u = require("fulog.cli.util")
local core, die, usage_error, check_date, core_opts = u.core, u.die, u.usage_error, u.check_date, u.core_opts

local M = {}

function M.classify(opts, args)
  if #args > 0 then
    usage_error("classify reads standard input; unexpected " .. args[1])
  end
  local o = core_opts(opts)
  local date = opts.date and check_date("date", opts.date) or o.today
  -- the people a note's front matter would name: who acts for whom
  o.attendees, o.team, o.owner = opts.attendees, opts.team, opts.owner
  io.stdout:flush()
  local okc, err = core.classify_fd(0, 1, date, o)
  if not okc then
    die(1, err)
  end
end

return M
