-- Notes shared through git: the merge driver, git-setup and the hooks it
-- installs.

local u = require("fulog.cli.util")
local core, die, usage_error, core_opts, with_store, abs_path = u.core, u.die, u.usage_error, u.core_opts, u.with_store, u.abs_path

local M = {}

local function run_status(cmd)
  local p = io.popen(cmd)
  local out = p:read("a")
  local _, how, code = p:close()
  return out, how == "exit" and code or 128 + (code or 0)
end

-- git calls this with %O %A %B %P %L: git's own three-way merge, then the
-- conflicts notes make every day resolved; the result goes into OURS.
M["merge-driver"] = function(_, args)
  if #args < 3 or #args > 5 then
    usage_error("merge-driver wants BASE OURS THEIRS [PATH [MARKER_SIZE]]")
  end
  local team = require("fulog.team")
  local base, ours, theirs = args[1], args[2], args[3]
  -- git's %P as fulog names any path (ls -b): a control or bidi byte in a
  -- file name reaches neither the terminal nor the conflict markers, where
  -- a newline split the marker line in two
  local path = core.shown_name(args[4] or args[2])
  local size = tonumber(args[5] or "7")
  if not size or size < 1 or size > 100 or size ~= math.floor(size) then
    usage_error("merge-driver: MARKER_SIZE wants a whole number")
  end
  local q = team.quote
  local out, code = run_status(("git merge-file -p --diff3 --marker-size=%d -L %s -L %s -L %s %s %s %s 2>/dev/null"):format(
    size, q("ours: " .. path), q("base"), q("theirs: " .. path), q(ours), q(base), q(theirs)))
  if code > 127 then
    die(1, path .. ": git merge-file failed (exit " .. code .. ")")
  end
  local left = code
  if code > 0 then
    local style = team.git(".", "config --get merge.conflictStyle") or ""
    local text, resolved, n, narrowed = core.merge_resolve(out, { keep_base = style:match("diff3") ~= nil,
      marker_size = size })
    if text and resolved + n == 0 then
      -- a conflict count without one conflict in the text: git failed
      -- (newer gits cap errors into the count); OURS stays as it was
      die(1, path .. ": git merge-file reported " .. code .. " conflicts and wrote none")
    elseif text then
      out, left = text, n
      if resolved > 0 then
        io.stderr:write(("fulog: %s: %d conflict%s resolved (touches, done, due)\n"):format(
          path, resolved, resolved == 1 and "" or "s"))
      end
      if narrowed > 0 then
        io.stderr:write(("fulog: %s: %d conflict%s left to you on the lines both sides changed; "
          .. "the touches, done and due: around %s merged\n"):format(path, narrowed, narrowed == 1 and "" or "s",
          narrowed == 1 and "it" or "them"))
      end
    else
      io.stderr:write("fulog: ", path, ": ", resolved, "\n")
    end
  end
  local f, err = io.open(ours, "wb")
  if not f then
    die(1, err)
  end
  local okw, werr = f:write(out)
  local okc, cerr = f:close()
  if not okw or not okc then
    die(1, ours .. ": " .. tostring(werr or cerr))
  end
  os.exit(left > 0 and 1 or 0)
end

-- root: the clone bin/fulog runs from (the hooks call its bin/fulog).
M["git-setup"] = function(opts, args, root)
  if #args > 1 then
    usage_error("git-setup takes at most one DIR")
  end
  local team = require("fulog.team")
  local dir = abs_path(args[1] or ".")
  local db = u.db_path(opts)
  local exts, seen = {}, {}
  for _, list in ipairs({ core.default_exts, { opts.ext or "" } }) do
    for _, item in ipairs(list) do
      for e in item:gmatch("[^,%s]+") do
        e = e:gsub("^%.", "")
        if not e:match("^[%w_-]+$") then
          usage_error("--ext wants file name endings like md,org; got " .. e)
        end
        if not seen[e:lower()] then
          seen[e:lower()] = true
          exts[#exts + 1] = e
        end
      end
    end
  end
  -- The driver and the store by the names given (a clone reached through
  -- a symlink keeps it); the notes folder real, as the store names notes.
  local function given(p)
    local a, e = core.abspath(p)
    if not a then
      usage_error(p .. ": " .. tostring(e))
    end
    return a
  end
  local report, err = team.setup(dir, { fulog = given(root .. "/bin/fulog"), db = given(db), exts = exts })
  if not report then
    die(1, err)
  end
  -- The store starts from the clone as it is; from here the hooks keep it.
  local o = core_opts(opts)
  o.root, o.exts = dir, exts
  local stats = with_store({ db = given(db) }, "write", function(store) return store:index({ dir }, o) end)
  report[#report + 1] = ("%s: %d note%s indexed"):format(given(db), stats.files, stats.files == 1 and "" or "s")
  print(table.concat(report, "\n"))
end

-- Run by the hooks git-setup installs: re-indexes the notes the git
-- operation changed. Never fails the git command; says what went wrong.
M["git-hook"] = function(_, args)
  local team = require("fulog.team")
  local name = table.remove(args, 1)
  local function warn(msg)
    io.stderr:write("fulog (", tostring(name), " hook): ", msg, "\n")
    os.exit(0)
  end
  local top = team.git(".", "rev-parse --show-toplevel")
  if not top then
    warn("not in a git work tree")
  end
  local set, err = team.settings(top)
  if not set then
    warn(err)
  end
  local input = name == "post-rewrite" and io.read("a") or nil
  local changed = team.changed(top, name, args, input)
  local paths = changed and team.notes_under(changed, set.root, set.exts or core.default_exts) or { set.root }
  if #paths == 0 then
    return
  end
  local okc, o = pcall(core_opts, {})
  if not okc then
    warn(tostring(o))
  end
  o.root, o.exts = set.root, set.exts
  -- what git changed: a moved note's old path is gone once its new path
  -- is indexed (that sweep removes it), and that is no error
  o.gone_ok = changed ~= nil
  local db, oerr = core.open(set.db)
  if not db then
    warn(oerr)
  end
  local stats, ierr = db:index(paths, o)
  db:close()
  if not stats then
    warn(ierr)
  end
  for _, e in ipairs(stats.errors) do
    io.stderr:write("fulog: ", e, "\n")
  end
  if stats.indexed + stats.removed > 0 then
    io.stderr:write(("fulog: %d note%s re-indexed, %d removed\n"):format(stats.indexed,
      stats.indexed == 1 and "" or "s", stats.removed))
  end
end

return M
