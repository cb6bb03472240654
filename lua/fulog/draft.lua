-- Follow-up drafts (spec section 8), shared by `fulog draft` and :FuDraft:
-- gathers the step, its chase state, the account's PAIN/WANT lines and the
-- contact from the store and the note, and hands them to core.draft (the
-- text is the core's). No editor calls here; nothing is ever sent.

local M = {}

local read = require("fulog.fileread")

-- The contact, first name only: the client's person who acts in the step
-- (core.actors, the classifier's reading: an attendee, "Priya will send",
-- "per Linda,"), else the one the step addresses ("call Jason back"), else
-- the note's first attendee.
local function contact(core, text, note, options)
  local people = { options = options }
  if note then
    people.attendees, people.team, people.owner = note.attendees, note.team, note.owner
  end
  local actors, addressee = core.actors(text, people)
  for _, a in ipairs(actors or {}) do
    if a.side == "client" and (a.who == "attendee" or a.who == "name" or a.who == "reported") then
      return a.name
    end
  end
  if addressee then
    return addressee
  end
  local first = note and note.attendees and note.attendees[1]
  return first and first:match("^(%S+)") or nil
end

-- opts: {channel=, today=, template=, slots=, options=}. Returns the draft's
-- text, or nil, msg.
function M.build(core, db, path, line, opts)
  opts = opts or {}
  -- a note gone from disk (deleted, renamed) is not listed: no follow-up
  -- for its steps either (fulog.gone's refusal, as done and touch say it)
  local gone = require("fulog.gone")
  local refused = gone.refusal(core, path, line, path)
  if refused then
    return nil, refused
  end
  local st = db:step_at(path, line)
  if not st then
    -- why, from the core: not a next step (what the line is), or not in
    -- the store / changed since (only then: index)
    local why = db:why_no_step(path, line, opts.options)
    return nil, ("%s:%d: %s"):format(path, line, why or "no next step known at this line")
  end
  if st.done then
    -- as snooze says it: a done step is never chased
    return nil, ("%s:%d: the step is done: nothing to follow up (a done step is never listed)"):format(path, line)
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
    -- a gone note's PAIN/WANT lines are left out, as its steps are from
    -- the listings: a few more asked for, to keep three
    local rows = gone.drop(core, db:needs(st.account, 12) or {})
    for i = 1, math.min(3, #rows) do
      needs[#needs + 1] = rows[i].text -- in the client's words
    end
  end
  local note
  local text = read(path)
  if text then
    note = core.parse_note(text, path)
  end
  -- the times the seller is already taken (a meeting booked, a call at a
  -- time): the slots keep clear of them. Theirs and the notes no one owns;
  -- everyone's when who "me" is cannot be told (a colleague's meeting
  -- blocks a slot rather than one of mine being offered away).
  local me = require("fulog.team").owner_for("me", db:owner_roots())
  local busy = db:busy(opts.today, me)
  local template = opts.template
  if type(template) == "table" then
    template = template[opts.channel or "email"]
  end
  -- core.draft leaves out the seller's due: and #class
  return core.draft({
    name = contact(core, st.text or "", note, opts.options), account = st.account, step = st.text or "",
    channel = opts.channel,
    template = template, needs = needs, attempt = attempt, today = opts.today, meeting = meeting,
    slots = opts.slots, busy = busy,
  })
end

return M
