-- The front matter's people reach the classifier: attendees act for the
-- client, team and owner for the seller, and editing them re-reads the note.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env = H.env("2026-12-02")
  H.load_plugin()
  local core = H.need_core()
  if not core then
    return
  end
  local fulog = require("fulog")
  local hl = require("fulog.highlight")
  fulog.setup({ notes = { env.notes }, index_on_open = false, index_on_save = false })
  local p = env.notes .. "/people/2026-12-02.md"
  vim.fn.mkdir(vim.fn.fnamemodify(p, ":h"), "p")
  vim.fn.writefile({
    "---", "date: 2026-12-02", "attendees: Maria Lopez, Tom", "team: Alex", "---", "# Acme - call",
    "- NEXT: Alex to send the security docs by Friday",
    "- NEXT: Maria to send the signed MSA by 12/15",
    "- NEXT: Jan sends the order form Friday 12/4",
  }, p)
  vim.cmd("edit " .. vim.fn.fnameescape(p))
  local buf = vim.api.nvim_get_current_buf()
  H.ok(H.idle(buf), "idle after open")
  local a = hl.explain(buf, 6) or {}
  H.eq(a.class, "compliance", "a team: name acts for the seller")
  H.contains(a.why or "", "(team)", "the why names the team")
  local m = hl.explain(buf, 7) or {}
  H.eq(m.class, "firm", "an attendee to send by a date is firm")
  H.contains(m.why or "", "(attendee)", "the why names the attendee")
  local j = hl.explain(buf, 8) or {}
  H.eq(j.class, "firm", "Jan is a person: firm")
  H.eq(j.due, "2026-12-04", "Jan sends ... Friday 12/4 is due 12/4, not January")

  -- Alex moves to the client's side: the step is read again.
  vim.api.nvim_buf_set_lines(buf, 2, 4, false, { "attendees: Maria Lopez, Tom, Alex", "team: Sam" })
  H.ok(H.idle(buf), "idle after editing the front matter")
  local a2 = hl.explain(buf, 6) or {}
  H.eq(a2.class, "firm", "an attendee named Alex now acts for the client")
  vim.cmd("bwipeout!")
end)
