-- Notes shared through git (spec section 10): who "me" is, a clone's setup
-- (fulog git-setup) and what the hooks re-index. It runs git as a command
-- and is plain Lua 5.1-5.4, so the shell command and both editors share it.

local M = {}

local function q(s)
  return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end
M.quote = q

-- git's output without its final newline, or nil when git failed or said
-- nothing (the exit status is not portable across the editors' Luas).
local function git(dir, args)
  local p = io.popen("git -C " .. q(dir) .. " " .. args .. " 2>/dev/null")
  if not p then
    return nil
  end
  local out = p:read("*a") or ""
  p:close()
  out = out:gsub("\n$", "")
  return out ~= "" and out or nil
end
M.git = git

local read = require("fulog.fileread")

-- The files a config text pulls in with [include] or [includeIf "..."]
-- path = FILE, as git finds them: ~/ from HOME, a relative path from the
-- including file's folder (from: its path; nil: none is followed). Every
-- includeIf's file counts, whatever its condition: one watched for
-- nothing costs a git run when it changes, one missed a stale name.
local function includes(text, from)
  local out, section = {}, nil
  for line in text:gmatch("[^\n]+") do
    local head, rest = line:match("^%s*%[([^%]]*)%](.*)$")
    if head then
      section = (head:match("^%s*([%w.-]+)") or ""):lower()
      line = rest
    end
    local v = (section == "include" or section == "includeif") and line:match("^%s*[Pp][Aa][Tt][Hh]%s*=%s*(.-)%s*$")
    if v and v ~= "" then
      v = v:match('^"([^"]*)"') or v:gsub("%s*[#;].*$", "")
      local home = os.getenv("HOME")
      if v:sub(1, 2) == "~/" and home then
        v = home .. v:sub(2)
      elseif v:sub(1, 1) ~= "/" then
        v = from and v ~= "" and (from:match("^(.*)/[^/]*$") or ".") .. "/" .. v or nil
      end
      out[#out + 1] = v
    end
  end
  return out
end

-- The text git reads to answer "is dir in a work tree" and "user.name
-- there", read with no process: the nearest .git above dir (its config; a
-- linked work tree's "gitdir:" file, its git dir's commondir and config),
-- the global and system config, the files any of these include, and the
-- environment that moves them. The same text gives the same answer.
local function git_state(dir)
  local parts, seen = {}, {}
  -- a config file's text, then the files it includes (git stops at 10 deep)
  local function config(path, depth)
    local text = path and not seen[path] and read(path)
    parts[#parts + 1] = text or "-"
    if not text then
      return
    end
    seen[path] = true
    for _, inc in ipairs(depth < 10 and includes(text, path) or {}) do
      config(inc, depth + 1)
    end
  end
  for _, v in ipairs({ "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_CONFIG",
    "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
    "HOME", "XDG_CONFIG_HOME" }) do
    parts[#parts + 1] = os.getenv(v) or "-"
  end
  -- an include.path (or includeIf.*.path) given on git's command line:
  -- absolute or from ~/ (git refuses a relative one there)
  local function included(k, v)
    k = k:lower()
    local home = os.getenv("HOME")
    if v:sub(1, 2) == "~/" and home then
      v = home .. v:sub(2)
    end
    if k:match("^include") and k:match("%.path$") and v:sub(1, 1) == "/" then
      config(v, 1)
    end
  end
  -- GIT_CONFIG_COUNT's pairs
  for i = 0, (tonumber(os.getenv("GIT_CONFIG_COUNT") or "") or 0) - 1 do
    local k, v = os.getenv("GIT_CONFIG_KEY_" .. i) or "-", os.getenv("GIT_CONFIG_VALUE_" .. i) or "-"
    parts[#parts + 1] = k .. "=" .. v
    included(k, v)
  end
  -- git -c KEY=VALUE, as git passes it on to its children: 'KEY'='VALUE'
  -- (or the older 'KEY=VALUE'), space separated, a quote inside as '\''
  local params = (os.getenv("GIT_CONFIG_PARAMETERS") or ""):gsub("'\\''", "\2")
  local at = 1
  while true do
    local _, e, k = params:find("^%s*'([^']*)'", at)
    if not e then
      break
    end
    local _, e2, v = params:find("^='([^']*)'", e + 1)
    if not e2 then
      k, v = k:match("^([^=]*)=(.*)$")
    end
    at = (e2 or e) + 1
    if k then
      included(k, (v:gsub("\2", "'")))
    end
  end
  local d = dir
  while d and d ~= "" do
    local cfg = read(d .. "/.git/config") or read(d .. "/.git/HEAD")
    local link = not cfg and read(d .. "/.git")
    if cfg or link then
      parts[#parts + 1] = d .. "\0" .. (cfg or link)
      if cfg then
        for _, inc in ipairs(includes(cfg, d .. "/.git/config")) do
          config(inc, 1)
        end
        config(d .. "/.git/config.worktree", 0)
      end
      local gd = link and link:match("gitdir:%s*([^\n]-)%s*$")
      if gd then
        gd = gd:sub(1, 1) == "/" and gd or d .. "/" .. gd
        local common = (read(gd .. "/commondir") or ""):gsub("%s+$", "")
        common = common == "" and gd or (common:sub(1, 1) == "/" and common or gd .. "/" .. common)
        config(common .. "/config", 0)
        config(gd .. "/config.worktree", 0)
      end
      break
    end
    d = d:match("^(.*)/[^/]*$")
  end
  local home, xdg = os.getenv("HOME") or "", os.getenv("XDG_CONFIG_HOME")
  config(os.getenv("GIT_CONFIG_GLOBAL") or home .. "/.gitconfig", 0)
  config((xdg or home .. "/.config") .. "/git/config", 0)
  config(os.getenv("GIT_CONFIG_SYSTEM") or "/etc/gitconfig", 0)
  return table.concat(parts, "\1")
end

-- git's answer in dir, run again only when what git reads changed: every
-- listing asks who "me" is (two git processes a root, 4-9 ms), and an
-- editor session asks it again and again.
local answers = {}
local function git_known(dir, args)
  local key = dir .. "\0" .. args
  local state = git_state(dir)
  local a = answers[key]
  if not a or a.state ~= state then
    a = { state = state, out = git(dir, args) }
    answers[key] = a
  end
  return a.out
end

-- A path made absolute against base and folded (./ and ../), as the store keys notes.
local function absolute(p, base)
  if p:sub(1, 1) ~= "/" then
    p = base .. "/" .. p
  end
  local parts = {}
  for seg in p:gmatch("[^/]+") do
    if seg == ".." then
      parts[#parts] = nil
    elseif seg ~= "." then
      parts[#parts + 1] = seg
    end
  end
  return "/" .. table.concat(parts, "/")
end
M.absolute = absolute

function M.in_work_tree(dir)
  return git_known(dir, "rev-parse --is-inside-work-tree") == "true"
end

-- The seller "me" means: $FULOG_OWNER, else git's user.name in the notes
-- folder. Returns the name and where it came from (for the note that says
-- why a list is filtered), or nil.
function M.me(dir)
  local o = os.getenv("FULOG_OWNER")
  if o and o:match("%S") then
    return (o:gsub("^%s+", ""):gsub("%s+$", "")), "FULOG_OWNER"
  end
  local name = dir and git_known(dir, "config --get user.name") or nil
  if name then
    return name, "git config user.name"
  end
  return nil
end

-- An owner filter as written (--owner, setup's owner): "all", "me" (in
-- any case: ' All ' was taken for a seller named so, who owned nothing),
-- else the name without the blanks around it; nil for none.
function M.owner_word(value)
  value = value and value:gsub("^%s+", ""):gsub("%s+$", "")
  if value == nil or value == "" then
    return nil
  end
  local word = value:lower()
  return (word == "all" or word == "me") and word or value
end

-- The git work tree a notes root is in (a root indexed as one file: its
-- folder's), or nil.
local function tree_of(root)
  local f = io.open(root .. "/.", "rb")   -- opens for a folder only
  if f then
    f:close()
  else
    root = root:match("^(.+)/[^/]+$") or root
  end
  return M.in_work_tree(root) and root or nil
end

-- Whose notes the lists show (spec section 10): ONE rule for bin/fulog and
-- both editors, so that one store gives one list wherever it is read.
-- value: --owner or setup's owner as written (nil: the default). roots:
-- db:owner_roots(), the folders of the notes that name an owner. here: the
-- front-end's own folders, where an explicit "me" is looked up last (the
-- editor's notes, the shell's working folder). The default is "me" when
-- such a root is in a git work tree and an owner is known there, else
-- everyone's (no note names an owner: no list is anyone's alone).
-- Returns the name for the store (nil: everyone's) and, when the default
-- chose it, where the name came from (the front-ends say so: a step left
-- out must never look lost); or nil, nil, message when "me" names nobody
-- (the front-end puts its own words first).
function M.owner_for(value, roots, here)
  value = M.owner_word(value)
  if value == "all" then
    return nil
  elseif value ~= nil and value ~= "me" then
    return value
  end
  for _, r in ipairs(roots or {}) do
    local tree = tree_of(r)
    local name, from = M.me(tree)
    if name and (tree or value == "me") then
      return name, value == nil and from or nil
    end
  end
  if value == nil then
    return nil
  end
  for _, d in ipairs(here or {}) do
    local name = M.me(d)
    if name then
      return name
    end
  end
  local name = M.me(nil)
  if name then
    return name
  end
  return nil, nil, "set FULOG_OWNER or git config user.name in the notes folder"
end

-- The line that says an owner named (--owner, setup's owner, "me") is
-- on no note, so the list holds only the notes no one owns: an empty log
-- read as a seller with nothing to chase. nil when a note names it, or
-- when the default chose the name (filtered_note says whose list it is).
-- value: as written; name: owner_for's; db: the store. all: the
-- front-end's words, "--owner all".
function M.unknown_owner_note(db, value, name, all)
  if not name or M.owner_word(value) == nil or db:owner_shown(name) then
    return nil
  end
  return ("no note names the owner %s (owner: in its front matter): only the notes no one owns are shown; "
    .. "%s shows everyone's"):format(require("fulog.core").shown_name(name), all)
end

-- The line that says a list is one seller's by default, and how to see
-- everyone's (all: the front-end's words, "--owner all"). The name comes
-- from git config or $FULOG_OWNER: escaped as every name is
-- (core.shown_name), so an ESC or a bidi override cannot reach the screen.
function M.filtered_note(name, from, all)
  return ("only %s's notes and the notes no one owns (%s, in a git work tree); %s shows everyone's"):format(
    require("fulog.core").shown_name(name), from, all)
end

-- ---- git-setup ----

-- post-commit: a merge whose conflicts the seller resolved ends in a
-- commit, and git runs no post-merge for it.
local HOOKS = { "post-merge", "post-checkout", "post-rewrite", "post-commit" }
M.HOOKS = HOOKS
local MARK = "# fulog git-setup hook"

local function write(path, text)
  local f, err = io.open(path, "wb")
  if not f then
    return nil, err
  end
  local ok, werr = f:write(text)
  f:close()
  if not ok then
    return nil, werr
  end
  return true
end

-- The hook script: a hook that was there before runs first (and its status
-- is the hook's), then fulog re-indexes; post-rewrite's standard input goes
-- to both.
local function hook_script(name, fulog)
  local lines = {
    "#!/bin/sh",
    MARK .. ": re-indexes the notes this " .. name .. " changed into the",
    "# store named by `git config fulog.db`. A " .. name .. " hook that was here",
    "# before runs first, from " .. name .. ".pre-fulog.",
    'prev="$(dirname "$0")/' .. name .. '.pre-fulog"',
    "status=0",
  }
  if name == "post-rewrite" then
    lines[#lines + 1] = 'input=$(mktemp "${TMPDIR:-/tmp}/fulog-hook.XXXXXX") || exit 0'
    lines[#lines + 1] = 'cat >"$input"'
    lines[#lines + 1] = 'if [ -x "$prev" ]; then "$prev" "$@" <"$input" || status=$?; fi'
    lines[#lines + 1] = q(fulog) .. ' git-hook ' .. name .. ' "$@" <"$input" || true'
    lines[#lines + 1] = 'rm -f "$input"'
  else
    lines[#lines + 1] = 'if [ -x "$prev" ]; then "$prev" "$@" || status=$?; fi'
    lines[#lines + 1] = q(fulog) .. ' git-hook ' .. name .. ' "$@" </dev/null || true'
  end
  lines[#lines + 1] = "exit $status"
  return table.concat(lines, "\n") .. "\n"
end

-- Installs one hook; a foreign hook is kept as NAME.pre-fulog and chained.
local function install_hook(hooks, name, fulog)
  local path = hooks .. "/" .. name
  local old = read(path)
  local said
  if old and not old:find(MARK, 1, true) then
    local keep = path .. ".pre-fulog"
    if read(keep) then
      return nil, path .. ": exists, and so does " .. keep .. "; merge them by hand"
    end
    local ok, err = os.rename(path, keep)
    if not ok then
      return nil, err
    end
    said = name .. ": the existing hook now runs from " .. name .. ".pre-fulog, then fulog"
  end
  local ok, err = write(path, hook_script(name, fulog))
  if not ok then
    return nil, err
  end
  os.execute("chmod 755 " .. q(path))
  return said or (name .. (old and ": updated" or ": installed"))
end

-- The .gitattributes lines for note files: appended when missing.
local function attributes(dir, exts)
  local path = dir .. "/.gitattributes"
  local text = read(path) or ""
  local have = {}
  for l in text:gmatch("[^\n]+") do
    have[l:gsub("%s+$", "")] = true
  end
  local add = {}
  for _, e in ipairs(exts) do
    local l = "*." .. e .. " merge=fulog"
    if not have[l] then
      add[#add + 1] = l
      have[l] = true
    end
  end
  if #add == 0 then
    return path .. ": up to date"
  end
  if text ~= "" and text:sub(-1) ~= "\n" then
    text = text .. "\n"
  end
  if not text:find("# fulog: notes merge", 1, true) then
    add[1] = "# fulog: notes merge with fulog's merge driver (fulog git-setup)\n" .. add[1]
  end
  local ok, err = write(path, text .. table.concat(add, "\n") .. "\n")
  if not ok then
    return nil, err
  end
  return path .. ": " .. #add .. " line" .. (#add == 1 and "" or "s") .. " added (commit it, so every clone merges notes the same way)"
end

-- Configures the clone holding dir. o: {fulog=<absolute bin/fulog>,
-- db=<absolute store path>, exts={...}}. Returns the lines to print, or
-- nil, message.
function M.setup(dir, o)
  local top = git(dir, "rev-parse --show-toplevel")
  if not top then
    return nil, dir .. ": not in a git work tree (clone the notes first)"
  end
  local hooks = git(dir, "rev-parse --git-path hooks")
  if not hooks then
    return nil, dir .. ": git has no hooks folder here"
  end
  hooks = absolute(hooks, dir)
  -- The store is private (spec section 6): inside the clone, one `git add -A`
  -- would share it.
  if (o.db .. "/"):sub(1, #top + 1) == top .. "/" then
    return nil, o.db .. ": the store is inside the clone " .. top .. "; keep it outside (--db), it is private"
  end
  os.execute("mkdir -p " .. q(hooks))
  local report = {}
  local said, err = attributes(dir, o.exts)
  if not said then
    return nil, err
  end
  report[#report + 1] = said
  local config = {
    { "merge.fulog.name", "fulog: keeps every TOUCH, done wins, a moved due: wins" },
    { "merge.fulog.driver", q(o.fulog) .. " merge-driver %O %A %B %P %L" },
    { "fulog.db", o.db },
    { "fulog.root", dir },
    { "fulog.exts", table.concat(o.exts, ",") },
  }
  for _, kv in ipairs(config) do
    local r = os.execute("git -C " .. q(dir) .. " config --local " .. q(kv[1]) .. " " .. q(kv[2]))
    if r ~= true and r ~= 0 then
      return nil, "git config " .. kv[1] .. " failed"
    end
  end
  report[#report + 1] = "git config: merge driver fulog, store " .. o.db
  for _, name in ipairs(HOOKS) do
    local r, herr = install_hook(hooks, name, o.fulog)
    if not r then
      return nil, herr
    end
    report[#report + 1] = hooks .. "/" .. r
  end
  return report
end

-- ---- the hooks ----

-- What the clone was set up with: {db=, root=, exts=} or nil, message.
function M.settings(dir)
  local db = git(dir, "config --get fulog.db")
  local root = git(dir, "config --get fulog.root")
  if not db or not root then
    return nil, "this clone has no fulog.db/fulog.root; run fulog git-setup"
  end
  local exts = {}
  for e in (git(dir, "config --get fulog.exts") or ""):gmatch("[^,%s]+") do
    exts[#exts + 1] = e
  end
  return { db = db, root = root, exts = #exts > 0 and exts or nil }
end

local NULL_SHA = "^0+$"

-- The files a hook's operation changed, as absolute paths under top; nil
-- when they cannot be told (a file checkout), meaning "the whole root".
-- input: post-rewrite's standard input ("old new" per line).
function M.changed(top, name, args, input)
  local ranges = {}
  if name == "post-merge" then
    -- against the work tree: a squash merge leaves HEAD where it was
    if not git(top, "rev-parse -q --verify ORIG_HEAD") then
      return nil
    end
    ranges[1] = "ORIG_HEAD"
  elseif name == "post-checkout" then
    if args[3] ~= "1" or not args[1] or args[1]:match(NULL_SHA) then
      return nil
    end
    ranges[1] = q(args[1]) .. " " .. q(args[2])
  elseif name == "post-commit" then
    -- what the commit brought in from its first parent: a resolved
    -- conflict, a cherry-pick; for a plain commit, notes the editor
    -- already indexed (unchanged, so cheap). A first commit: nothing.
    if not git(top, "rev-parse -q --verify HEAD^1") then
      return {}
    end
    ranges[1] = "HEAD^1 HEAD"
  elseif name == "post-rewrite" then
    for old, new in (input or ""):gmatch("(%x+) (%x+)") do
      ranges[#ranges + 1] = q(old) .. " " .. q(new)
    end
    if args[1] == "rebase" then
      ranges[#ranges + 1] = "ORIG_HEAD HEAD"
    end
  else
    return nil
  end
  local seen, out = {}, {}
  for _, r in ipairs(ranges) do
    -- --no-renames: a renamed note is a removed path and an added one
    local names = git(top, "diff --name-only --no-renames -z " .. r .. " --") or ""
    for n in names:gmatch("[^%z]+") do
      local p = top .. "/" .. n
      if not seen[p] then
        seen[p] = true
        out[#out + 1] = p
      end
    end
  end
  return out
end

-- Of paths, the notes under root with one of exts.
function M.notes_under(paths, root, exts)
  local out = {}
  local prefix = root:gsub("/$", "") .. "/"
  for _, p in ipairs(paths) do
    local ext = p:match("%.([^./]+)$")
    local ok = false
    for _, e in ipairs(exts) do
      ok = ok or (ext and ext:lower() == e:lower())
    end
    if ok and p:sub(1, #prefix) == prefix then
      out[#out + 1] = p
    end
  end
  return out
end

return M
