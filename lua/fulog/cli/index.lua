-- fulog index: brings the store up to date with the notes under PATHs.

local u = require("fulog.cli.util")
local usage_error, core_opts, with_store, display_path = u.usage_error, u.core_opts, u.with_store, u.display_path
local json = u.json

local M = {}

function M.index(opts, args)
  if #args == 0 then
    usage_error("index needs at least one PATH")
  end
  local o = core_opts(opts)
  o.follow = opts.follow
  if opts["max-size"] then
    local n, unit = opts["max-size"]:match("^(%d+)([kKmMgG]?)$")
    local mult = ({ [""] = 1, k = 1024, m = 1024 * 1024, g = 1024 * 1024 * 1024 })[(unit or ""):lower()]
    if not n or #n > 12 or tonumber(n) < 1 then
      usage_error("--max-size wants a size like 10M, 500k or 2000000")
    end
    o.max_size = tonumber(n) * mult
  end
  local stats = with_store(opts, "write", function(db) return db:index(args, o) end)
  for _, e in ipairs(stats.errors) do
    io.stderr:write("fulog: ", display_path(e), "\n")
  end
  if opts.json then
    print(json(stats))
  else
    print(("%d note%s: %d indexed, %d unchanged, %d removed; %d other file%s skipped"):format(
      stats.files, stats.files == 1 and "" or "s", stats.indexed, stats.unchanged, stats.removed,
      stats.skipped, stats.skipped == 1 and "" or "s"))
  end
  if stats.missing > 0 then
    os.exit(1) -- a path that does not exist was named: said above, and not a success
  end
end

return M
