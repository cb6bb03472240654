#!/usr/bin/env lua5.4
-- bench/gen.lua: a deterministic generator of realistic meeting-notes trees
-- for `make bench`. Same arguments, same bytes, on any platform: its own
-- PRNG (splitmix64 on Lua 5.4 integers), its own calendar (no os.time, no
-- time zone), no math.random.
--
--   lua5.4 bench/gen.lua --notes N --out DIR [--seed S] [--today YYYY-MM-DD]
--                        [--lines FILE] [--bignote FILE --biglines N]
--
-- The tree: accounts in folders (most notes), some notes at the root with
-- the account in the front matter or the first heading; the meeting date in
-- the front matter, a dated file name, the first heading, or nowhere (mtime);
-- 5 to 60 lines per note, one to six next steps per meeting across every
-- class and date form the spec names, TOUCH: lines under steps and for the
-- account, PAIN:/WANT: lines, list markers and checkboxes, #class overrides,
-- due: tags, some CRLF notes, and junk (binary files, editor backups, empty
-- notes, hidden folders).
--
-- The history grows with N but the open work does not: notes span N/25 days
-- (a team of a few sellers, 25 meetings a day, at least 60 days); steps of
-- meetings in the last 45 days before --today are open 70% of the time, older
-- ones are done except about 20 forgotten notes in the whole tree. That is
-- how a real store ages, and it keeps the overdue list about the same size
-- at 1k and 100k notes, so a query that grows is the query's fault.
--
-- --lines FILE also writes every next-step line (as written in the notes) to
-- FILE: the input of the classification benchmark. --bignote FILE writes one
-- --biglines-line note (default 100,000): the editor benchmark.
-- Prints one summary line: notes, files, lines, bytes, steps, accounts.

local args = { ... }
local opt = { notes = 1000, seed = 20261215, today = "2026-12-15", biglines = 100000 }
do
  local i = 1
  while i <= #args do
    local a = args[i]
    local k = a:match("^%-%-([%w]+)$")
    if not k or args[i + 1] == nil then
      io.stderr:write("gen.lua: bad argument ", a, "\n")
      os.exit(2)
    end
    opt[k] = args[i + 1]
    i = i + 2
  end
end
local N = math.tointeger(tonumber(opt.notes))
local SEED = math.tointeger(tonumber(opt.seed))
if not N or N < 0 or not SEED then
  io.stderr:write("gen.lua: --notes and --seed want whole numbers\n")
  os.exit(2)
end
if not opt.out and not opt.bignote then
  io.stderr:write("usage: lua5.4 bench/gen.lua --notes N --out DIR [--seed S] [--today D] [--lines FILE]\n")
  os.exit(2)
end

-- ---------------------------------------------------------------- PRNG

local state = SEED
local function next64()
  state = state + 0x9E3779B97F4A7C15
  local z = state
  z = (z ~ (z >> 30)) * 0xBF58476D1CE4E5B9
  z = (z ~ (z >> 27)) * 0x94D049BB133111EB
  return z ~ (z >> 31)
end
-- 0 .. n-1
local function rand(n)
  return (next64() >> 11) % n
end
-- lo .. hi
local function between(lo, hi)
  return lo + rand(hi - lo + 1)
end
local function pick(t)
  return t[rand(#t) + 1]
end
-- true with probability p/1000
local function chance(p)
  return rand(1000) < p
end

-- ---------------------------------------------------------------- calendar

local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end
local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return m <= 2 and y + 1 or y, m, d
end
local function iso(z)
  local y, m, d = civil_from_days(z)
  return ("%04d-%02d-%02d"):format(y, m, d)
end
local ty, tm, td = opt.today:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
if not ty then
  io.stderr:write("gen.lua: --today wants YYYY-MM-DD\n")
  os.exit(2)
end
local TODAY = days_from_civil(tonumber(ty), tonumber(tm), tonumber(td))
local MON = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }
local MONTH = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December" }
local WD = { "Mon", "Tue", "Wed", "Thu", "Fri" }
local WEEKDAY = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }
local function ordinal(d)
  local s = (d % 10 == 1 and d ~= 11) and "st" or (d % 10 == 2 and d ~= 12) and "nd" or
      (d % 10 == 3 and d ~= 13) and "rd" or "th"
  return d .. s
end

-- A concrete date some days after the meeting, in one of the spec's forms.
local function concrete_date(meet)
  local z = meet + between(1, 20)
  local y, m, d = civil_from_days(z)
  local f = rand(12)
  if f == 0 then return ("%04d-%02d-%02d"):format(y, m, d)
  elseif f == 1 then return ("%d/%d"):format(m, d)
  elseif f == 2 then return ("%d/%d/%d"):format(m, d, y)
  elseif f == 3 then return MON[m] .. " " .. d
  elseif f == 4 then return MONTH[m] .. " " .. ordinal(d)
  elseif f == 5 then return d .. " " .. MON[m]
  elseif f == 6 then return "the " .. ordinal(d)
  elseif f == 7 then return pick(WD)
  elseif f == 8 then return "on " .. pick(WEEKDAY)
  elseif f == 9 then return "by " .. pick(WEEKDAY)
  elseif f == 10 then return "next " .. pick(WEEKDAY)
  else return pick({ "tomorrow", "today", "EOD", "EOW", "end of week", "EOM", "end of month" })
  end
end
local VAGUE = { "soon", "in two weeks", "in 3 days", "in 2 weeks", "in a couple of weeks", "in a few weeks",
  "next week", "next month", "in January", "in March", "Q1", "Q2", "after the holidays", "at some point", "TBD",
  "in 6 weeks", "in a month" }
local TIMES = { "9am", "10am", "10:30", "11am", "2pm", "3pm", "4:30pm", "noon" }

-- ---------------------------------------------------------------- words

local SYL = { "ac", "me", "glo", "bex", "nor", "tha", "vi", "ra", "qui", "zen", "lum", "or", "pa", "tri", "co",
  "sol", "dyn", "ex", "ka", "mo", "ver", "ti", "an", "bri", "cel", "da", "fen", "gra", "hal", "ion" }
local SUFFIX = { "Corp", "Inc", "GmbH", "Ltd", "Labs", "Systems", "Logistics", "Health", "Foods", "Bank",
  "Group", "Partners", "AG", "SA", "Analytics" }
local FIRST = { "Jason", "Maria", "Tom", "Priya", "Chen", "Fatima", "Lukas", "Sofia", "Ahmed", "Olga", "Kenji",
  "Ana", "Dave", "Ines", "Marek", "Zoe", "Raj", "Helga", "Pierre", "Aisha" }
local ROLE = { "their CFO", "the CTO", "the COO", "their head of IT", "procurement", "the VP of sales", "legal",
  "their CISO", "the ops lead", "the board", "finance", "the project sponsor" }
local KIND = { "discovery call", "demo", "proposal review", "follow-up", "kickoff", "QBR", "pricing call",
  "technical deep dive", "negotiation", "check-in" }
local PAIN = { "month-end reporting takes two people three days", "they lose deals in handoffs between teams",
  "invoices get re-keyed by hand", "no one owns the renewal calendar", "their current vendor raised prices 30%",
  "audits take weeks to prepare", "support tickets sit for days", "forecasts are built in spreadsheets" }
local WANT = { "single sign-on", "a pilot for one region", "pricing per seat", "an on-prem option",
  "references in their industry", "a 12-month term", "API access", "a security review" }
local PROSE = { "Went through the current process end to end.", "They use spreadsheets and email today.",
  "Budget is approved for this fiscal year.", "Competitor in the deal: incumbent vendor.",
  "Decision expected this quarter, maybe next.", "IT has concerns about data residency.",
  "Good energy on the call, lots of questions.", "Champion is {who}, economic buyer is {role}.",
  "Asked about integrations with their ERP.", "Timeline: go-live before the summer.",
  "Pricing came up twice; they think we are expensive.", "{who} joined late and asked about security.",
  "Walked through the roadmap slide.", "They run 40 stores in 3 countries.",
  "Current contract ends in {month}.", "Mentioned a reorg in the sales team.",
  "Demo went well apart from the reporting module.", "Need to loop in {role} before any commitment." }

local function prose()
  return (pick(PROSE):gsub("{(%a+)}", function(k)
    return k == "who" and pick(FIRST) or k == "role" and pick(ROLE) or pick(MONTH)
  end))
end

local function company(i)
  local n = between(2, 3)
  local s = {}
  for k = 1, n do
    s[k] = pick(SYL)
  end
  local name = table.concat(s)
  name = name:sub(1, 1):upper() .. name:sub(2)
  return name .. " " .. pick(SUFFIX) .. (i % 7 == 0 and (" " .. (i % 97)) or "")
end
local function slug(s)
  return (s:lower():gsub("[^%w]+", "-"):gsub("^%-+", ""):gsub("%-+$", ""))
end

-- ---------------------------------------------------------------- next steps

-- One next-step text of a class; meet is the meeting's day number.
local function step_text(cls, meet)
  local who, role = pick(FIRST), pick(ROLE)
  local r = rand(6)
  if cls == "firm" then
    if r == 0 then return ("%s brings %s to the proposal review %s %s"):format(who, role, concrete_date(meet), pick(TIMES))
    elseif r == 1 then return ("Next meeting booked: %s %s"):format(concrete_date(meet), pick(TIMES))
    elseif r == 2 then return ("They send last year's contract %s"):format(concrete_date(meet))
    elseif r == 3 then return ("Demo for %s scheduled %s %s, invite accepted"):format(role, concrete_date(meet), pick(TIMES))
    elseif r == 4 then return ("Send proposal, walk through it together with %s %s %s"):format(role, concrete_date(meet), pick(TIMES))
    else return ("%s shares the security questionnaire answers %s"):format(who, concrete_date(meet))
    end
  elseif cls == "soft" then
    if r == 0 then return "They'll get back to us " .. pick(VAGUE)
    elseif r == 1 then return ("%s will introduce us to %s"):format(who, role)
    elseif r == 2 then return ("Tentatively %s, no invite yet"):format(concrete_date(meet))
    elseif r == 3 then return ("%s will try to send the usage data %s"):format(who, concrete_date(meet))
    elseif r == 4 then return ("Send the deck, she'll pass it on to %s"):format(role)
    else return ("\"I'll call you %s after I meet my team\" - %s"):format(pick(VAGUE), who)
    end
  elseif cls == "non" then
    if r == 0 then return ("Call %s back %s"):format(who, pick(VAGUE))
    elseif r == 1 then return "f/u " .. pick(VAGUE)
    elseif r == 2 then return ("Email %s %s to ask if she talked to IT"):format(who, concrete_date(meet))
    elseif r == 3 then return ("\"call me %s\" - %s"):format(pick(VAGUE), who)
    elseif r == 4 then return ("Check in with %s %s"):format(who, concrete_date(meet))
    else return ("Chase %s about the sign-off from %s"):format(who, role)
    end
  elseif cls == "compliance" then
    if r == 0 then return "Send proposal"
    elseif r == 1 then return "Send pricing " .. concrete_date(meet)
    elseif r == 2 then return "Email the case studies"
    elseif r == 3 then return ("Give them free access for %d days"):format(pick({ 14, 30, 45 }))
    elseif r == 4 then return "Follow up with the pricing sheet they asked for"
    else return ("Write up an outline of the rollout for %s"):format(who)
    end
  end
  -- unknown: noise
  return pick({ "", "???", "see above", "tbd", "--" })
end
local CLASSES = { "firm", "firm", "soft", "soft", "non", "non", "compliance", "compliance", "unknown" }
local OVERRIDE = { "#firm", "#soft", "#non", "#compliance" }
local CHANNEL = { "email", "call", "voicemail", "meeting", "other" }
local OUTCOME = { "no reply", "no reply", "left a message", "replied: wants pricing first",
  "replied: back after the holidays", "replied: booked a call", "out of office" }

local function prefix(done)
  local r = rand(10)
  local box = done and pick({ "[x] ", "[X] " }) or (rand(3) == 0 and "[ ] " or "")
  if r < 6 then return "- " .. box
  elseif r < 8 then return "* " .. box
  elseif r < 9 then return "1. " .. box
  end
  return done and "- [x] " or ""
end

local function step_line(meet, done)
  local cls = pick(CLASSES)
  local t = step_text(cls, meet)
  if chance(50) then
    t = t .. " " .. pick(OVERRIDE)
  end
  if chance(80) then
    t = t .. " due:" .. iso(meet + between(1, 30))
  end
  local tag = rand(20) == 0 and "next:" or (rand(30) == 0 and "Next:" or "NEXT:")
  local line = prefix(done) .. tag .. (t ~= "" and (" " .. t) or "")
  return line
end

local function touch_line(meet, indent)
  local span = TODAY - meet
  local day = meet + (span > 1 and between(1, math.min(span - 1, 40)) or 0)
  return ("%sTOUCH: %s %s - %s"):format(indent, iso(day), pick(CHANNEL), pick(OUTCOME))
end

-- ---------------------------------------------------------------- one note

local lines_out -- optional file of step lines
local nsteps_total = 0

-- Returns the note's lines (no newline) for an account and meeting day.
local function note_lines(acc, meet, style, open_p, forgotten)
  local L = {}
  local function add(s) L[#L + 1] = s end
  local kind = pick(KIND)
  local want_len = between(5, 60)
  local fm = style.fm_account or style.date == "fm"
  if fm then
    add("---")
    if style.fm_account then add("account: " .. acc) end
    if style.date == "fm" then add("date: " .. iso(meet)) end
    if rand(2) == 0 then add("attendees: " .. pick(FIRST) .. ", " .. pick(FIRST)) end
    add("---")
  end
  if style.date == "heading" then
    add(("# %s - %s %s"):format(style.head_account and acc or kind, kind, iso(meet)))
  elseif style.head_account then
    add(("# %s - %s"):format(acc, kind))
  else
    add(("# %s"):format(kind:sub(1, 1):upper() .. kind:sub(2)))
  end
  local nsteps = between(1, 6)
  local nprose = math.max(0, want_len - #L - nsteps - 3)
  local need_at = rand(nprose + 1)
  for k = 1, nprose do
    if k == need_at + 1 then
      add("PAIN: " .. pick(PAIN))
      if rand(3) == 0 then add("WANT: " .. pick(WANT)) end
    end
    add((rand(3) == 0 and "- " or "") .. prose())
  end
  add("")
  add("## Next steps")
  for _ = 1, nsteps do
    local done
    if forgotten then
      done = false
    elseif open_p > 0 then
      done = not chance(open_p)
    else
      done = true
    end
    local s = step_line(meet, done)
    add(s)
    nsteps_total = nsteps_total + 1
    if lines_out then lines_out[#lines_out + 1] = s end
    if rand(4) == 0 and meet < TODAY - 1 then
      add(touch_line(meet, "  "))
      if rand(3) == 0 then add(touch_line(meet, "    ")) end
    end
  end
  if rand(8) == 0 and meet < TODAY - 1 then
    add(touch_line(meet, ""))
  end
  return L
end

-- ---------------------------------------------------------------- the tree

local out_f = {}
local function write_file(path, data)
  local f, err = io.open(path, "wb")
  if not f then
    io.stderr:write("gen.lua: ", err, "\n")
    os.exit(1)
  end
  f:write(data)
  f:close()
end

local function shq(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local stats = { notes = 0, files = 0, lines = 0, bytes = 0 }

local function gen_tree(root)
  local nacc = math.max(5, N // 20)
  local accounts, folders = {}, {}
  for i = 1, nacc do
    accounts[i] = company(i)
    folders[i] = slug(accounts[i]) .. "-" .. i
  end
  local span = math.max(60, N // 25)
  local recent = 45
  -- about 20 forgotten old notes in the whole tree, whatever N
  local old_notes = math.max(1, N - math.min(N, N * recent // span))
  local dirs = { root, root .. "/.obsidian" }
  for i = 1, nacc do
    dirs[#dirs + 1] = root .. "/" .. folders[i]
  end
  dirs[#dirs + 1] = root .. "/attachments"
  -- one mkdir for all folders
  local p = assert(io.popen("xargs -0 mkdir -p", "w"))
  p:write(table.concat(dirs, "\0"), "\0")
  p:close()
  write_file(root .. "/.obsidian/workspace.json", '{"main":{"type":"split"}}\n')
  write_file(root .. "/README.md", "# Notes\n\nMeeting notes, one file per meeting.\n")
  stats.files = stats.files + 1
  local used = {}
  for i = 1, N do
    -- notes in date order, a little jitter
    local meet = TODAY - span + (i - 1) * span // math.max(N, 1) + rand(3)
    if meet >= TODAY then meet = TODAY - 1 end
    local ai = rand(nacc) + 1
    local acc = accounts[ai]
    local r = rand(100)
    local style = {}
    local dir
    if r < 85 then
      dir = root .. "/" .. folders[ai]
    elseif r < 95 then
      dir = root
      style.fm_account = true
    else
      dir = root
      style.head_account = true
    end
    local d = rand(100)
    if d < 50 then style.date = "fm"
    elseif d < 80 then style.date = "name"
    elseif d < 95 then style.date = "heading"
    else style.date = "none" end
    local ext = rand(20) == 0 and "txt" or (rand(40) == 0 and "markdown" or "md")
    local base
    if style.date == "name" then
      base = iso(meet) .. "-" .. slug(pick(KIND))
    else
      base = slug(pick(KIND)) .. "-" .. slug(pick(FIRST))
    end
    local name = base .. "." .. ext
    local key = dir .. "/" .. name
    if used[key] then
      name = base .. "-" .. i .. "." .. ext
      key = dir .. "/" .. name
    end
    used[key] = true
    local open_p = (meet >= TODAY - recent) and 700 or 0
    local forgotten = open_p == 0 and rand(old_notes) < 20
    local L = note_lines(acc, meet, style, open_p, forgotten)
    local nl = rand(33) == 0 and "\r\n" or "\n"
    local data = table.concat(L, nl) .. nl
    write_file(key, data)
    stats.notes = stats.notes + 1
    stats.files = stats.files + 1
    stats.lines = stats.lines + #L
    stats.bytes = stats.bytes + #data
    -- junk, about one file in 40 notes
    if rand(40) == 0 then
      local j = rand(6)
      local jd = dir
      if j == 0 then
        local b = {}
        for k = 1, 2048 do b[k] = string.char(rand(256)) end
        write_file(root .. "/attachments/deck-" .. i .. ".pdf", "%PDF-1.4\n" .. table.concat(b))
      elseif j == 1 then
        write_file(jd .. "/scratch-" .. i .. ".txt", "copied from the CRM\0\0\1\2binary\0" .. ("\255"):rep(64))
      elseif j == 2 then
        write_file(jd .. "/empty-" .. i .. ".md", "")
      elseif j == 3 then
        write_file(key .. "~", data)
      elseif j == 4 then
        write_file(jd .. "/.~lock." .. name .. "#", "lock\n")
      else
        write_file(jd .. "/photo-" .. i .. ".png", "\137PNG\r\n\26\n" .. ("\0"):rep(256))
      end
      stats.files = stats.files + 1
    end
  end
end

-- A single big note for the editor benchmark: front matter, then blocks of
-- prose, PAIN lines, next steps and touches, N lines in all.
local function gen_bignote(path, n)
  local meet = TODAY - 10
  local L = { "---", "account: Bigco Holdings", "date: " .. iso(meet), "---", "# Bigco Holdings - account plan" }
  while #L < n do
    local r = rand(10)
    if r < 3 then
      L[#L + 1] = step_line(meet, rand(4) == 0)
    elseif r < 4 then
      L[#L + 1] = touch_line(meet, rand(2) == 0 and "  " or "")
    elseif r < 5 then
      L[#L + 1] = "PAIN: " .. pick(PAIN)
    else
      L[#L + 1] = prose()
    end
  end
  write_file(path, table.concat(L, "\n") .. "\n")
end

if opt.lines then
  lines_out = {}
end
if opt.out then
  gen_tree(opt.out)
end
if opt.lines then
  write_file(opt.lines, table.concat(lines_out, "\n") .. "\n")
end
if opt.bignote then
  gen_bignote(opt.bignote, math.tointeger(tonumber(opt.biglines)) or 100000)
end
print(("notes=%d files=%d lines=%d bytes=%d steps=%d accounts=%d"):format(stats.notes, stats.files, stats.lines,
  stats.bytes, nsteps_total, opt.out and math.max(5, N // 20) or 0))
