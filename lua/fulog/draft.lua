-- Follow-up drafts (spec section 8), shared by `fulog draft` and :FuDraft:
-- gathers the step, its chase state, the account's PAIN/WANT lines and the
-- contact from the store and the note, and hands them to core.draft (the
-- text is the core's). No editor calls here; nothing is ever sent.

local M = {}

local function read(path)
  local f = io.open(path, "rb")
  if not f then
    return nil
  end
  local s = f:read("*a")
  f:close()
  return s
end

-- Capitalised words that are not a person in a step's text.
local NOT_NAMES = {}
for w in ([[I We They He She You It The A An Send Call Email Ping Check Follow Book Get Give Share Review
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec EOW EOD EOM CFO CEO CTO COO IT Q1 Q2 Q3 Q4]]):gmatch("%S+") do
  NOT_NAMES[w] = true
end

-- The contact: an attendee the step names, else the first attendee, else
-- a name in the step (its actor: "call Jason back", "Priya will send");
-- first names only.
local function contact(attendees, text)
  local first
  for _, full in ipairs(attendees or {}) do
    local given = full:match("^(%S+)")
    if given and text:find(given, 1, true) then
      return given
    end
    first = first or given
  end
  if first then
    return first
  end
  for w in text:gmatch("[%a']+") do
    if w:match("^%u%l+$") and not NOT_NAMES[w] then
      return w
    end
  end
  return nil
end

-- opts: {channel=, today=, template=, slots=, options=}. Returns the draft's
-- text, or nil, msg.
function M.build(core, db, path, line, opts)
  opts = opts or {}
  local st = db:step_at(path, line)
  if not st then
    return nil, ("%s:%d: no next step known at this line (index the note first)"):format(path, line)
  end
  local attempt, meeting = 1, st.meeting
  local accounts = db:log({ today = opts.today, account = st.account ~= "" and st.account or nil,
    options = opts.options })
  for _, a in ipairs(accounts or {}) do
    for _, c in ipairs(a.chases) do
      if c.path == path and c.line == line then
        attempt = (c.unanswered or 0) + 1
        meeting = c.meeting
      end
    end
  end
  local needs = {}
  if st.account and st.account ~= "" then
    for _, n in ipairs(db:needs(st.account, 3) or {}) do
      needs[#needs + 1] = n.text -- in the client's words
    end
  end
  local attendees
  local text = read(path)
  if text then
    local note = core.parse_note(text, path)
    attendees = note and note.attendees
  end
  local template = opts.template
  if type(template) == "table" then
    template = template[opts.channel or "email"]
  end
  -- the step as the client would read it: without the seller's due: and #class
  local step = (st.text or ""):gsub("%s*[Dd][Uu][Ee]:%s*%d%d%d%d%-%d%d%-%d%d", ""):gsub("%s*#%a+", "")
  return core.draft({
    name = contact(attendees, st.text or ""), account = st.account, step = step, channel = opts.channel,
    template = template, needs = needs, attempt = attempt, today = opts.today, meeting = meeting,
    slots = opts.slots,
  })
end

return M
