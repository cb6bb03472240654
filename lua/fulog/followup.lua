-- :FuDraft [email|call|voicemail] and the log's D key: a follow-up draft for
-- a step in a scratch buffer (text from core.draft through fulog.draft, the
-- same as `fulog draft`). Nothing is sent.

local config = require("fulog.config")
local fulog = require("fulog")
local bufstep = require("fulog.bufstep")
local say = require("fulog.say")

local M = {}

local ed = fulog.editor

M.BUFNAME = "fulog://draft"

-- Opens the draft for the step at path:line. Returns the buffer, or nil.
function M.open(path, line, channel)
  local core = fulog.need_core()
  local db, msg = fulog.store()
  if not core or not db then
    return say.err(msg or "no core")
  end
  local cfg = config.get()
  -- setup()'s draft table over the rules file's, as bin/fulog reads it
  local d, derr = require("fulog.rulesfile").draft_options(cfg.draft)
  if not d then
    return say.err(derr)
  end
  local text, err = require("fulog.draft").build(core, db, path, line, {
    channel = channel, today = fulog.today(), options = fulog.options(),
    slots = d.times, template = d.templates,
  })
  if not text then
    -- the note named as fulog draft names it
    return say.err(bufstep.display_path(tostring(err)))
  end
  local lines = {}
  for l in (text .. "\n"):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = l
  end
  if lines[#lines] == "" then
    lines[#lines] = nil
  end
  local b = ed().scratch(M.BUFNAME, "mail", cfg.log.open_cmd)
  ed().set_scratch_lines(b, lines)
  return b
end

local CHANNELS = { email = true, call = true, voicemail = true }

-- :FuDraft [channel] on the step under the cursor (the note must be saved,
-- so the store knows the step).
function M.draft(a)
  local channel = (a.args or ""):match("^%s*(%S*)")
  if channel == "" then
    channel = "email"
  end
  if not CHANNELS[channel] then
    return say.err("FuDraft wants email, call or voicemail, got " .. channel)
  end
  local core, buf, row = bufstep.cursor_step("no next step under the cursor to draft a follow-up for")
  if not core then
    return
  end
  local path = ed().fullpath(ed().buf_name(buf))
  if ed().modified(buf) then
    return say.err("save the note first: the draft reads the step from the store")
  end
  fulog.index_file(path)
  return M.open(path, row + 1, channel)
end

return M
