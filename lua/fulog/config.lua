-- Defaults, deep merge and validation of the user's options. Pure Lua, no
-- editor calls: config.merge() returns the new config or nil and a message.

local M = {}

local CLASSES = { "firm", "soft", "non", "compliance", "unknown" }
local CHANNELS = { "email", "call", "voicemail", "meeting", "other" }
M.CLASSES = CLASSES
M.CHANNELS = CHANNELS

local function defaults()
  return {
    enabled = true,              -- live highlighting in note buffers
    notes = { "~/notes" },       -- the notes folders (:FuIndex, account by folder)
    db = nil,                    -- the store; nil: $FULOG_DB or $XDG_DATA_HOME/fulog/fulog.db
    filetypes = { "markdown", "text" },
    paths = nil,                 -- nil: any file of those filetypes; else only under these folders
    extensions = nil,            -- files :FuIndex reads; nil: the core's (fulog index's) list
    follow = false,              -- :FuIndex enters symlinked folders (each folder once)
    max_size = 10485760,         -- bytes; larger files are skipped when indexing
    tags = { "NEXT" },           -- the next-step tags (any case)
    grace = 7,                   -- days a soft commitment may wait before it is a chase
    rules = {},                  -- extra cue phrases: { hedge = {"maybe"}, client = {"Priya"} }
    max_line_len = 1048576,      -- classify only the first N bytes of a line (the indexer reads all)
    chunk_size = 2000,           -- lines classified per tick when scanning a big buffer
    header_lines = 40,           -- lines read from the top for the meeting date
    index_on_save = true,        -- :write indexes the note into the store
    index_on_open = true,        -- first store use in a session indexes the notes folders
    virtual_text = {
      enabled = true,
      classes = { firm = true, soft = true, non = true, compliance = true, unknown = false },
      why = true,                -- show the classifier's reason
      ask = true,                -- show what to ask for instead
      max_width = nil,           -- nil: what the window has left after the line; else this many characters
      prefix = "  \226\151\130 ", -- "  ◂ "
    },
    ham_bam = {
      enabled = true,
      text = "no firm next step: the meeting ended without a booked next meeting",
    },
    diagnostics = false,         -- also publish steps as vim.diagnostic entries (Neovim)
    dark = { touches = 2, days = 14 },
    cadence = { 3, 7, 14 },      -- days to the next follow-up by unanswered touches; the last repeats
    draft = {
      -- times = { "10:00", "14:00" }: the two slots a draft offers (next two
      -- working days); unset, the rules file's draft.times, else these
      templates = {},            -- { email = "...", call = "...", voicemail = "..." } with {name} {step}...
    },
    overdue = { loclist = false, open = true },
    log = { open_cmd = "botright split" },
    mappings = false,            -- true: default keys under <LocalLeader>f; or a table
    recap = {
      questions = {
        "Where do you see this going from here?",
        "What would stop this from moving forward?",
        "Who else needs to be involved?",
        "What does your decision process look like from here?",
      },
      commitments = {
        "Next meeting booked before we hang up (date, time, invite sent)",
        "Meet the other stakeholders (who, when)",
        "They share the documents we need (which, by when)",
        "Review the proposal together (date, time)",
      },
    },
  }
end
M.defaults = defaults

M.default_mappings = {
  tag = "<LocalLeader>ft",
  touch = "<LocalLeader>fo",
  done = "<LocalLeader>fd",
  explain = "<LocalLeader>fe",
  recap = "<LocalLeader>fr",
  log = "<LocalLeader>fl",
  overdue = "<LocalLeader>fq",
}

-- ------------------------------------------------------------ validation

local function is_list(t)
  if type(t) ~= "table" then
    return false
  end
  local n = 0
  for _ in pairs(t) do
    n = n + 1
  end
  for i = 1, n do
    if t[i] == nil then
      return false
    end
  end
  return true
end

local function show(v)
  if type(v) == "string" then
    return ("%q"):format(v)
  end
  return tostring(v)
end

local function list_of_strings(v)
  if not is_list(v) then
    return false
  end
  for _, s in ipairs(v) do
    if type(s) ~= "string" or s == "" then
      return false
    end
  end
  return true
end

local function int_min(min)
  return function(v)
    return type(v) == "number" and v == math.floor(v) and v >= min
  end
end

local bool = function(v) return type(v) == "boolean" end
local str = function(v) return type(v) == "string" end

-- Each entry: a check and the phrase for the message.
local schema = {
  enabled = { bool, "true or false" },
  notes = { function(v) return list_of_strings(v) end, "a list of folder paths, e.g. { \"~/notes\" }" },
  db = { function(v) return v == nil or (type(v) == "string" and v ~= "") end, "a file path or nil" },
  -- whose notes :FuLog and :FuOverdue show; nil: "me" in a git work tree
  owner = { function(v) return v == nil or (type(v) == "string" and v:match("%S") ~= nil) end,
    "\"me\", \"all\" or a seller's name" },
  filetypes = { list_of_strings, "a list of filetypes, e.g. { \"markdown\", \"text\" }" },
  paths = { function(v) return v == nil or v == false or list_of_strings(v) end, "nil or a list of folders" },
  extensions = { function(v) return v == nil or list_of_strings(v) end,
    "nil or a list of file extensions without the dot, e.g. { \"md\", \"txt\" }" },
  follow = { bool, "true or false" },
  max_size = { int_min(1), "a whole number of bytes >= 1" },
  tags = { function(v)
    if not list_of_strings(v) or #v == 0 then return false end
    for _, s in ipairs(v) do
      if not s:match("^[%w_%-]+$") then return false end
    end
    return true
  end, "a non-empty list of words such as { \"NEXT\", \"TODO\" } (letters, digits, _ and -; no colon)" },
  grace = { int_min(0), "a whole number of days >= 0" },
  rules = { function(v)
    if type(v) ~= "table" then return false end
    for k, l in pairs(v) do
      if type(k) ~= "string" or not list_of_strings(l) then return false end
    end
    return true
  end, "a table of category = { \"phrase\", ... }, e.g. { hedge = { \"maybe\" } }" },
  max_line_len = { int_min(16), "a whole number of bytes >= 16" },
  chunk_size = { int_min(50), "a whole number of lines >= 50" },
  header_lines = { int_min(1), "a whole number of lines >= 1" },
  index_on_save = { bool, "true or false" },
  index_on_open = { bool, "true or false" },
  ["virtual_text.enabled"] = { bool, "true or false" },
  ["virtual_text.classes"] = { "table" },
  ["virtual_text.classes.*"] = { bool, "true or false" },
  ["virtual_text.why"] = { bool, "true or false" },
  ["virtual_text.ask"] = { bool, "true or false" },
  ["virtual_text.max_width"] = { function(v) return v == nil or int_min(10)(v) end, "nil or a whole number >= 10" },
  ["virtual_text.prefix"] = { str, "a string" },
  ["ham_bam.enabled"] = { bool, "true or false" },
  ["ham_bam.text"] = { function(v) return type(v) == "string" and v ~= "" end, "a non-empty string" },
  diagnostics = { bool, "true or false" },
  ["dark.touches"] = { int_min(1), "a whole number >= 1" },
  ["dark.days"] = { int_min(0), "a whole number of days >= 0" },
  cadence = { function(v)
    if not is_list(v) or #v < 1 or #v > 8 then return false end
    for _, d in ipairs(v) do
      if not int_min(1)(d) or d > 365 then return false end
    end
    return true
  end, "a list of 1 to 8 whole numbers of days (1-365), e.g. { 3, 7, 14 }" },
  ["draft.times"] = { function(v) return require("fulog.rulesfile").valid_times(v) end,
    "two clock times, e.g. { \"10:00\", \"14:00\" }" },
  ["draft.templates"] = { function(v)
    if type(v) ~= "table" then return false end
    for k, t in pairs(v) do
      if (k ~= "email" and k ~= "call" and k ~= "voicemail") or type(t) ~= "string" then return false end
    end
    return true
  end, "a table like { email = \"Hi {name}, ...\" } (keys email, call, voicemail)" },
  ["overdue.loclist"] = { bool, "true or false" },
  ["overdue.open"] = { bool, "true or false" },
  ["log.open_cmd"] = { str, "an Ex command such as \"botright split\"" },
  mappings = { function(v)
    if type(v) == "boolean" then return true end
    if type(v) ~= "table" then return false end
    for k, lhs in pairs(v) do
      if M.default_mappings[k] == nil or not (lhs == false or type(lhs) == "string") then return false end
    end
    return true
  end, "false, true, or a table like { tag = \"<Leader>nt\", done = false } with keys tag, touch, done, explain, recap, log, overdue" },
  ["recap.questions"] = { list_of_strings, "a list of strings" },
  ["recap.commitments"] = { list_of_strings, "a list of strings" },
}

-- Tables that are merged key by key (the rest are replaced whole).
local nested = { virtual_text = true, ham_bam = true, dark = true, overdue = true, log = true,
                 recap = true, draft = true, ["virtual_text.classes"] = true }

local function suggest(key, known)
  local best
  for k in pairs(known) do
    if k:sub(1, 3) == key:sub(1, 3) then
      best = k
      break
    end
  end
  return best and (" (did you mean '" .. best .. "'?)") or ""
end

-- Validates a user table against the defaults; returns a list of messages.
local function check(user, base, prefix, errs)
  for k, v in pairs(user) do
    local key = prefix .. tostring(k)
    if type(k) ~= "string" or (base[k] == nil and schema[key] == nil and not schema[prefix .. "*"]) then
      errs[#errs + 1] = ("unknown option '%s'%s"):format(key, suggest(tostring(k), base))
    elseif nested[key] then
      if type(v) ~= "table" or is_list(v) and next(v) ~= nil then
        errs[#errs + 1] = ("option '%s' must be a table of options, got %s"):format(key, show(v))
      else
        if key == "virtual_text.classes" then
          for c, b in pairs(v) do
            local ok = false
            for _, name in ipairs(CLASSES) do
              if c == name then ok = true end
            end
            if not ok then
              errs[#errs + 1] = ("unknown class '%s' in virtual_text.classes (classes: %s)"):format(tostring(c), table.concat(CLASSES, ", "))
            elseif type(b) ~= "boolean" then
              errs[#errs + 1] = ("option 'virtual_text.classes.%s' must be true or false, got %s"):format(c, show(b))
            end
          end
        else
          check(v, base[k] or {}, key .. ".", errs)
        end
      end
    else
      local rule = schema[key] or schema[prefix .. "*"]
      if rule and type(rule[1]) == "function" and not rule[1](v) then
        errs[#errs + 1] = ("option '%s' must be %s, got %s"):format(key, rule[2], show(v))
      end
    end
  end
  return errs
end

local function copy(v)
  if type(v) ~= "table" then
    return v
  end
  local t = {}
  for k, x in pairs(v) do
    t[k] = copy(x)
  end
  return t
end

local function merge(base, user, prefix)
  local out = copy(base)
  for k, v in pairs(user) do
    local key = prefix .. k
    if nested[key] and type(v) == "table" and type(out[k]) == "table" then
      out[k] = merge(out[k], v, key .. ".")
    else
      out[k] = copy(v)
    end
  end
  return out
end

-- Returns true, or false and a list of messages.
function M.validate(user)
  if user == nil then
    return true
  end
  if type(user) ~= "table" then
    return false, { "setup() takes a table of options, got " .. show(user) }
  end
  local errs = check(user, defaults(), "", {})
  if #errs > 0 then
    table.sort(errs)
    return false, errs
  end
  return true
end

-- The current config (defaults until setup() succeeds).
local current = defaults()

function M.get()
  return current
end

-- Merges user options over the defaults. Returns the config, or nil and a
-- message naming every bad option.
function M.set(user)
  local ok, errs = M.validate(user)
  if not ok then
    return nil, "fulog: bad setup() options:\n  " .. table.concat(errs, "\n  ")
  end
  current = merge(defaults(), user or {}, "")
  if current.paths == false then
    current.paths = nil
  end
  return current
end

function M.reset()
  current = defaults()
  return current
end

return M
