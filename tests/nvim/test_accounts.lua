-- Account names for people (issue 12): a folder's account reads as the
-- note's heading names it ("Vertex Media" for vertex-media), else the folder
-- title-cased; a note at the notes root takes its heading's account. The
-- key stays the folder's: :FuLog takes either form. The log, :FuOverdue and
-- the shell (fulog log) agree. The same cases are in tests/vim/test_accounts.vim.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10")
  if not core then
    return
  end
  vim.fn.mkdir(env.notes .. "/vertex-media", "p")
  vim.fn.writefile({ "# Vertex Media - intro call 2026-12-01", "- NEXT: send the deck" },
    env.notes .. "/vertex-media/2026-12-01.md")
  vim.fn.writefile({ "# Hooli 2026-12-02", "- NEXT: send pricing" }, env.notes .. "/hooli.md")
  vim.fn.mkdir(env.notes .. "/blue-sky_labs", "p")
  vim.fn.writefile({ "# Weekly sync 2026-12-03", "- NEXT: call Ann" }, env.notes .. "/blue-sky_labs/sync.md")
  vim.cmd("FuIndex")

  vim.cmd("FuLog")
  local text = table.concat(H.buf_lines(0), "\n")
  H.ok(text:find("\nVertex Media ", 1, true), "the log names the account as the heading does", text)
  H.ok(not text:find("\nvertex%-media "), "not the folder's slug", text)
  H.ok(text:find("\nBlue Sky Labs ", 1, true), "a folder without a matching heading is title-cased", text)
  H.ok(text:find("\nHooli ", 1, true), "a note at the root takes its heading's account", text)
  H.ok(not text:find("(no account)", 1, true), "no note is without an account", text)
  vim.cmd("bwipeout!")

  for _, arg in ipairs({ "vertex-media", "Vertex Media", "VERTEX MEDIA" }) do
    vim.cmd("FuLog " .. arg)
    local lines = H.buf_lines(0)
    H.contains(lines[1], "1 to act on", ":FuLog " .. arg .. " finds the account")
    H.ok(table.concat(lines, "\n"):find("\nVertex Media ", 1, true), ":FuLog " .. arg .. " shows its name", lines)
    vim.cmd("bwipeout!")
  end
  H.ok(vim.tbl_contains(vim.fn.getcompletion("FuLog v", "cmdline"), "vertex-media"), ":FuLog completes the key")

  vim.cmd("FuOverdue")
  local qf = {}
  for _, it in ipairs(vim.fn.getqflist()) do
    qf[#qf + 1] = it.text
  end
  H.ok(table.concat(qf, "\n"):find("[Globex]", 1, true), ":FuOverdue names the account for people", qf)

  -- the shell says the same
  local out = vim.fn.system(("cd %s && FULOG_TODAY=2026-12-10 FULOG_DB=%s XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog log vertex-media 2>&1"):format(
    vim.fn.shellescape(env.dir), vim.fn.shellescape(env.db), vim.fn.shellescape(H.root)))
  H.ok(out:find("\nVertex Media ", 1, true), "fulog log vertex-media shows Vertex Media", out)
end)
