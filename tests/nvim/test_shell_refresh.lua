-- fulog touch / done from a shell while Neovim shows the quickfix list and
-- :FuLog: on FocusGained (or BufEnter, CursorHold) the editor sees that the
-- store changed (db:data_version()) and reads both again, so the step the
-- shell closed leaves them and the rest keep their lines. Today 2026-12-10.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10")
  if not core then
    return
  end
  vim.cmd("FuIndex")
  local acme = env.notes .. "/acme/2026-11-20-discovery.md"
  local function qf_has(text)
    for _, it in ipairs(vim.fn.getqflist()) do
      if it.text:find(text, 1, true) then
        return it
      end
    end
  end
  vim.cmd("FuOverdue")
  H.ok(qf_has("send the case studies") ~= nil, "the quickfix list has the step before")
  H.ok(qf_has("call Jason back") ~= nil, "... and the chase")
  vim.cmd("FuLog")
  local logbuf = vim.api.nvim_get_current_buf()
  H.ok(H.find_row(H.buf_lines(logbuf), "send the case studies") ~= nil, "the log has the step before")
  H.eq(require("fulog").on_store_check(), false, "nothing changed: no refresh")

  -- The shell, on the same store: done on one step, a touch on another.
  local lines = vim.fn.readfile(acme)
  local done_line, chase_line
  for i, l in ipairs(lines) do
    if l:find("NEXT: send the case studies", 1, true) then
      done_line = i
    elseif l:find("NEXT: call Jason back", 1, true) then
      chase_line = i
    end
  end
  local root = vim.fn.getcwd()
  local function sh(args)
    local out = vim.fn.system(("cd %s && FULOG_DB=%s FULOG_TODAY=2026-12-10 lua5.4 %s/bin/fulog %s"):format(
      vim.fn.shellescape(env.dir), vim.fn.shellescape(env.db), vim.fn.shellescape(root), args))
    H.eq(vim.v.shell_error, 0, "fulog " .. args, out)
  end
  sh(("touch %s:%d call no answer"):format(vim.fn.shellescape(acme), chase_line))
  sh(("done %s:%d"):format(vim.fn.shellescape(acme), done_line))

  vim.cmd("doautocmd FocusGained")
  H.ok(qf_has("send the case studies") == nil, "after FocusGained the done step left the quickfix list")
  H.ok(qf_has("call Jason back") == nil, "the touched chase left it too: its next follow-up is ahead")
  H.ok(H.find_row(H.buf_lines(logbuf), "send the case studies") == nil, "... and the log")
  H.eq(require("fulog").on_store_check(), false, "seen once: no second refresh")
end)
