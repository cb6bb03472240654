-- A note gone from disk since the last index, in what :FuStats counts
-- and the accounts :FuLog offers (its f key, its completion): :FuStats
-- counted the gone note's meeting and steps, and the log's f offered an
-- account whose every note was gone (picking it showed an empty log). Now
-- they leave them out and say so, as fulog stats and fulog accounts do.
-- Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  H.write_file("acme/2026-11-10-intro.md", "---\naccount: Acme Corp\ndate: 2026-11-10\n---\n"
    .. "- NEXT: send the security questionnaire\n")
  vim.cmd("FuIndex")
  local function stats()
    vim.cmd("FuStats month 2026-11-01")
    return H.buf_lines(0)
  end
  local before = stats()
  local total = before[H.find_row(before, "  total ") or 1]

  os.remove("acme/2026-11-10-intro.md")
  local lines = stats()
  H.eq(lines[2], "1 note that is gone is not counted (acme/2026-11-10-intro.md): :FuIndex removes it",
    ":FuStats says under its title what it left out")
  local now = lines[H.find_row(lines, "  total ") or 1]
  H.ok(now ~= total, ":FuStats no longer counts the gone note", now)
  local shell, rc = H.shell("stats --by month --since 2026-11-01")
  H.eq(rc, 0, "fulog stats runs")
  H.contains(shell, "1 note that is gone is not counted (acme/2026-11-10-intro.md): fulog index removes it\n",
    "fulog stats says the same on stderr")
  H.contains(shell, now .. "\n", ":FuStats counts what fulog stats counts")

  -- every note of Initech gone: the log's f and :FuLog's completion leave it out
  local accounts = vim.fn.getcompletion("FuLog ", "cmdline")
  H.ok(vim.tbl_contains(accounts, "initech"), ":FuLog completes Initech while its note is there", H.show(accounts))
  os.remove("initech/2026-12-01.md")
  accounts = vim.fn.getcompletion("FuLog ", "cmdline")
  H.ok(not vim.tbl_contains(accounts, "initech"), ":FuLog no longer completes it", accounts)
  H.ok(vim.tbl_contains(accounts, "Acme Corp"), "... an account with a note left is still completed", accounts)
  vim.cmd("FuLog")
  local offered
  require("fulog.editor").select = function(items, _, cb)
    offered = items
    cb(nil)
  end
  require("fulog.log").actions.filter()
  H.ok(offered and not vim.tbl_contains(offered, "initech"), "the log's f does not offer it", offered)
  H.ok(offered and vim.tbl_contains(offered, "globex"), "... and offers the others", H.show(offered))
  H.eq(H.said(notified), "1 account whose notes are all gone is not listed (Initech): :FuIndex removes it",
    "... and says so")
  local out, src = H.shell("accounts")
  H.eq(src, 0, "fulog accounts runs")
  H.ok(out:find("\nGlobex$") and not out:find("\nInitech"), "as fulog accounts leaves it out", out)
end)
