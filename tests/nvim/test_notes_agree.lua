-- The editor and the shell read every labelled note alike: the notes of
-- tests/fixtures/notes-labelled are indexed with bin/fulog, then opened in
-- Neovim, and every row's step (what :FuExplain shows: class, due, done)
-- must be the store's, no more and no fewer. Front matter keys, a first
-- heading after a pasted agenda and a 2,600-byte step line once read
-- otherwise in the editor.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core = H.start("2026-12-10", { index_on_save = false })
  if not core then
    return
  end
  local notes = env.dir .. "/labelled"
  vim.fn.system({ "cp", "-R", H.root .. "/tests/fixtures/notes-labelled", notes })
  -- mtimes as tests/lua/notes_labelled_spec.lua sets them
  vim.fn.system(("find %s -exec touch -h -d '2026-12-09 12:00' {} +"):format(vim.fn.shellescape(notes)))
  for _, m in ipairs({ { "globex/notes.txt", "2026-11-16" }, { "massive-dynamic.md", "2026-11-27" },
    { "initrode/2026-02-30-follow-up.md", "2026-11-30" } }) do
    vim.fn.system({ "touch", "-d", m[2] .. " 12:00", notes .. "/" .. m[1] })
  end
  local out = vim.fn.system(("cd %s && FULOG_TODAY=2026-12-10 XDG_CONFIG_HOME=/nonexistent lua5.4 %s/bin/fulog index --db %s labelled 2>&1")
    :format(vim.fn.shellescape(env.dir), vim.fn.shellescape(H.root), vim.fn.shellescape(env.db)))
  H.eq(vim.v.shell_error, 0, "fulog index reads the labelled notes (" .. out:gsub("\n", " ") .. ")")

  -- The store's steps, by note.
  local sql = "SELECT n.path, s.line, s.class, coalesce(s.due, '-'), s.done FROM step s JOIN note n ON n.id = s.note_id"
  local rows = vim.fn.systemlist({ "sqlite3", "-separator", "\t", env.db, sql })
  local store, paths = {}, {}
  for _, r in ipairs(rows) do
    local path, line, class, due, done = r:match("^(.-)\t(%d+)\t(%a+)\t([%d%-]+)\t(%d)$")
    if not store[path] then
      store[path] = {}
      paths[#paths + 1] = path
    end
    store[path][tonumber(line)] = { class = class, due = due, done = done == "1" }
  end
  table.sort(paths)
  H.ok(#paths >= 40, "the store holds the labelled notes", #paths)

  local hl = require("fulog.highlight")
  for _, path in ipairs(paths) do
    vim.cmd("edit " .. vim.fn.fnameescape(path))
    local b = vim.api.nvim_get_current_buf()
    H.idle(b, 10000)
    local diffs = {}
    local want = store[path]
    for row = 0, vim.api.nvim_buf_line_count(b) - 1 do
      local s = hl.explain(b, row)
      local w = want[row + 1]
      if s and not w then
        diffs[#diffs + 1] = ("%d: a step in the editor, none in the store"):format(row + 1)
      elseif w and not s then
        diffs[#diffs + 1] = ("%d: a step in the store, none in the editor"):format(row + 1)
      elseif s then
        local got = { class = s.class, due = s.due or "-", done = s.done and true or false }
        if not vim.deep_equal(got, w) then
          diffs[#diffs + 1] = ("%d: editor %s, store %s"):format(row + 1, H.show(got), H.show(w))
        end
      end
    end
    H.ok(#diffs == 0, "the editor reads " .. path:sub(#notes + 2) .. " as the store holds it", table.concat(diffs, "; "))
    vim.cmd("bwipeout!")
  end
end)
