-- A note gone from disk since the last index, beyond the chases of
-- :FuOverdue and :FuLog: :FuLog's dark status and last touch counted the
-- gone note's touches; the log's D drafted a follow-up for a step of it;
-- :FuDraft quoted its PAIN/WANT lines. Now they leave it out, as fulog log
-- and fulog draft do. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  local old = "acme/2026-11-10-intro.md"
  H.write_file(old, "---\naccount: Acme Corp\ndate: 2026-11-10\n---\nWANT: SSO by January\n"
    .. "- NEXT: send the security questionnaire\n  TOUCH: 2026-12-01 email - no reply\n"
    .. "  TOUCH: 2026-12-03 call - no reply\n")
  vim.cmd("FuIndex")
  vim.cmd("FuLog")
  local logbuf = vim.api.nvim_get_current_buf()
  local acme = H.find_row(H.buf_lines(logbuf), "Acme Corp")
  H.match(H.buf_lines(logbuf)[acme], "^Acme Corp  DARK", ":FuLog: Acme is dark with the old note's touches")
  H.match(H.buf_lines(logbuf)[1], ", 2 dark accounts$", ":FuLog's header: Acme and Globex")
  local row = H.find_row(H.buf_lines(logbuf), "security questionnaire")
  H.ok(row, ":FuLog lists the old note's step")
  os.remove(old)

  -- the log's D on the gone note's chase (a log drawn before it went)
  vim.api.nvim_win_set_cursor(0, { row, 0 })
  local log = require("fulog.log")
  log.actions.draft("email")
  local want = old .. ":6: the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written"
  H.eq(H.said(notified), want, "the log's D on a gone note's step refuses")
  H.eq({ H.shell("draft " .. old .. ":6") }, { want, 1 }, "as fulog draft does")

  -- the log again: not dark, last touch not the gone note's
  vim.cmd("buffer " .. logbuf)
  log.refresh()
  local lines = H.buf_lines(logbuf)
  acme = H.find_row(lines, "Acme Corp")
  H.ok(acme and not lines[acme]:find("DARK", 1, true), ":FuLog: Acme is no longer dark", lines[acme or 1])
  H.ok(acme and lines[acme]:find("2026-12-04", 1, true) and not lines[acme]:find("2026-12-03", 1, true),
    ":FuLog: Acme's last touch is the note's there", lines[acme or 1])
  H.match(lines[1], ", 1 dark account$", ":FuLog's header counts Globex alone dark")

  -- :FuDraft on the discovery note: the gone note's WANT not quoted
  vim.cmd("edit acme/2026-11-20-discovery.md")
  vim.api.nvim_win_set_cursor(0, { H.find_row(H.buf_lines(0), "call Jason back"), 0 })
  vim.cmd("FuDraft")
  local text = table.concat(H.buf_lines(0), "\n")
  H.ok(text:find("one dashboard the CFO trusts", 1, true), ":FuDraft quotes the note's WANT", text)
  H.ok(not text:find("SSO by January", 1, true), ":FuDraft leaves out the gone note's WANT", text)
end)
