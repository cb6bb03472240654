-- Bad input through the write-backs, the shell beside the editor (QA round
-- 40): a NUL, a stray invalid byte and CRLF line ends in a step's note get
-- the same bytes written by :FuDone / :FuTouch / :FuSnooze as by fulog
-- done / touch / snooze (Vim cut a line at its NUL); and a store that
-- cannot be written refuses every write-back before the note is touched,
-- in the shell's words (the editors wrote the note, then failed to index
-- it). Today 2026-12-08.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-08", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("bad", "p")
  local head = "---\naccount: Bad\ndate: 2026-11-20\n---\n# Bad\n"
  local notes = {
    nul = head .. "- NEXT: send the\0 deck\n- NEXT: call Ann back\n",
    utf8 = head .. "- NEXT: send the pric\255ing sheet\n- NEXT: call Tom back\n",
    crlf = (head:gsub("\n", "\r\n")) .. "- NEXT: send the contract\r\n- NEXT: call Cy back\r\n",
  }
  local function write(path, text)
    local f = assert(io.open(path, "wb"))
    f:write(text)
    f:close()
  end
  local ed = require("fulog.editor")
  ed.input = function(_, cb) cb("") end
  local ops = { { "done", "FuDone" }, { "touch", "FuTouch email" }, { "snooze", "FuSnooze +3d" } }
  for name, text in pairs(notes) do
    for _, op in ipairs(ops) do
      local sh, mine = ("bad/%s-%s-sh.md"):format(name, op[1]), ("bad/%s-%s-ed.md"):format(name, op[1])
      write(sh, text)
      write(mine, text)
      local msg, code = H.shell(("%s %s:6%s"):format(op[1], sh, op[1] == "done" and "" or op[1] == "touch" and " email" or " +3d"))
      H.eq(code, 0, ("fulog %s on the %s note"):format(op[1], name), msg)
      vim.cmd("edit " .. mine)
      vim.api.nvim_win_set_cursor(0, { 6, 0 })
      vim.cmd(op[2])
      H.eq(H.read_file(mine), H.read_file(sh), ("%s on the %s note writes the bytes fulog %s writes"):format(op[2], name, op[1]))
      -- the same words after the note's name: a stray byte is U+FFFD in
      -- both, from the file's bytes (the editor had shown it as it decoded it)
      H.eq(H.said(notified):gsub("^[^:]*", ""), msg:match("[^\n]*$"):gsub("^[^:]*", ""),
        ("%s on the %s note says the same words"):format(op[2], name))
      vim.cmd("bwipeout!")
    end
  end

  -- a store another process holds locked past the busy timeout: the note
  -- is written, and the warning is the one fulog done gives (it was an
  -- error, "indexing ... failed")
  write("bad/busy.md", head .. "- NEXT: send the busy deck\n")
  H.shell("index bad/busy.md")
  vim.fn.system(("(printf 'BEGIN EXCLUSIVE;\\nSELECT 1;\\n.shell touch %s\\n.shell sleep 7\\nCOMMIT;\\n' | sqlite3 %s >/dev/null 2>&1 &)")
    :format(env.dir .. "/held", env.db))
  vim.wait(5000, function() return vim.loop.fs_stat(env.dir .. "/held") ~= nil end, 50)
  local n0 = #notified
  require("fulog.actions").done_chase({ path = env.notes .. "/bad/busy.md", line = 6, text = "send the busy deck" })
  local busy = notified[n0 + 1] or {}
  H.match(busy.msg, "^fulog: the note is written, but the store is busy %(.*locked%); it catches up on the next index$",
    "the log's done while the store is locked: the note is written, said as fulog says it")
  H.eq(busy.level, vim.log.levels.WARN, "... as a warning")
  H.contains(H.read_file("bad/busy.md"), "- [x] NEXT: send the busy deck", "... and the note has it")
  vim.wait(8000, function() return select(2, H.shell("index bad/busy.md")) == 0 end, 500)

  -- a store that cannot be written: immutable (root writes past a mode)
  local d1 = "- NEXT: send the deck\n- NEXT: call Eve back\n"
  write("bad/ro.md", head .. d1)
  write("bad/ro-log.md", head .. d1)
  local _, icode = H.shell("index .")
  H.eq(icode, 0, "the notes are indexed")
  require("fulog").close_store() -- read-only from the session's start
  if not H.read_only_store(env.db) then
    H.ok(true, "a read-only store # SKIP root without chattr: a read-only store cannot be made")
    return
  end
  local ok, e = pcall(function()
    local want = env.db .. ": the store is read-only; fulog needs to write it (check its permissions)"
    for _, op in ipairs(ops) do
      local before = H.read_file("bad/ro.md")
      H.eq({ H.shell(("%s bad/ro.md:6%s"):format(op[1], op[1] == "done" and "" or op[1] == "touch" and " email" or " +3d")) },
        { want, 1 }, "fulog " .. op[1] .. " with a read-only store is refused (1)")
      vim.cmd("edit bad/ro.md")
      vim.api.nvim_win_set_cursor(0, { 6, 0 })
      vim.cmd(op[2])
      H.eq(H.said(notified), want, op[2] .. " with a read-only store is refused in the same words")
      H.eq(vim.bo.modified, false, "... the buffer is left as it was")
      H.eq(H.read_file("bad/ro.md"), before, "... and the note")
      vim.cmd("bwipeout!")
    end
    -- from the log, on a note no buffer holds
    local actions = require("fulog.actions")
    local chase = { path = env.notes .. "/bad/ro-log.md", line = 6, text = "send the deck" }
    actions.done_chase(chase)
    H.eq(H.said(notified), want, "the log's done with a read-only store is refused in the same words")
    actions.touch_chase(chase, "email", "sent")
    H.eq(H.said(notified), want, "the log's touch too")
    require("fulog.snooze").chase(chase, "+3d")
    H.eq(H.said(notified), want, "the log's snooze too")
    H.eq(H.read_file("bad/ro-log.md"), head .. d1, "and the note is as it was")
  end)
  H.writable_store(env.db)
  H.ok(ok, "the read-only store part ran", e)
end)
