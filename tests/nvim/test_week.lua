-- A seller's week in Neovim (the QA pass of round 33): what :FuLog says
-- must be what the shell says. The same cases are in tests/vim/test_week.vim
-- and tests/lua/week_spec.lua.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10")
  if not core then
    return
  end
  vim.cmd("FuIndex")

  -- :FuLog with a name the store does not know showed an empty log, "No
  -- open next steps.", as if the account had nothing to chase
  vim.cmd("FuLog Acme")
  local text = table.concat(H.buf_lines(0), "\n")
  H.contains(text, "no account named 'Acme' in the store (did you mean Acme Corp?)", ":FuLog with an unknown account says so")
  H.ok(not text:find("No open next steps", 1, true), "... and shows no empty log", text)
  vim.cmd("bwipeout!")
  local out = vim.fn.system({ H.root .. "/bin/fulog", "log", "Acme" })
  H.contains(out, "no account named 'Acme' in the store (did you mean Acme Corp?)", "fulog log says the same")
  vim.cmd("FuLog acme corp")
  H.contains(H.buf_lines(0)[1], "account acme corp:", ":FuLog with a known account in another case shows it")
  H.ok(not table.concat(H.buf_lines(0), "\n"):find("no account named", 1, true), "... without the message")
  vim.cmd("bwipeout!")
end)
