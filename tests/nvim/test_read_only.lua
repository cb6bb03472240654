-- What a seller reads when a step or the store is out of the ordinary (QA
-- round 41): a 1 MB step line is shown cut to the core's width with an
-- ellipsis in the quickfix list, :FuLog and :FuDone's message, as fulog
-- overdue shows it (all were whole); a note that cannot be read is said
-- so by :FuDone / :FuTouch / :FuSnooze (not "no next step"); a store made
-- read-only after it was opened refuses a write-back before the note is
-- written (it was written, then not indexed); and a store that can be read but not
-- written (chattr +i, from the session's start) is listed by :FuOverdue
-- and :FuLog as fulog lists it (the editor refused to open it), while a
-- write-back is refused in the shell's words (:FuTouch before it asks for
-- the outcome). Today 2026-12-08.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  local env, core, notified = H.start("2026-12-08", { index_on_save = false })
  if not core then
    return
  end
  vim.cmd("cd " .. vim.fn.fnameescape(env.notes))
  vim.fn.mkdir("ro", "p")
  local write = H.write_file
  local head = "---\naccount: Ro\ndate: 2026-11-20\n---\n# Ro\n"
  write("ro/long.md", head .. "- NEXT: send the " .. ("x"):rep(1000000) .. "\n")
  write("ro/a.md", head .. "- NEXT: send the deck\n")
  local _, icode = H.shell("index .")
  H.eq(icode, 0, "the notes are indexed")

  -- a 1 MB step: the shell's line, the quickfix text, the log and a message
  local sh = H.shell("overdue")
  local shline = (sh:match("ro/long%.md:6:3: ([^\n]*)") or ""):gsub(" {%w+}$", "")
  H.ok(#shline > 0 and #shline < 600, "fulog overdue shows the 1 MB step cut", #shline)
  H.contains(shline, "x\226\128\166 (due ", "... with an ellipsis")
  vim.cmd("FuOverdue")
  local qtext
  for _, it in ipairs(vim.fn.getqflist()) do
    if it.text:find("send the xxx", 1, true) then
      qtext = it.text
    end
  end
  H.eq(qtext, shline, "the quickfix list shows it as fulog overdue does")
  vim.cmd("FuLog")
  local logline
  for _, l in ipairs(H.buf_lines(0)) do
    if l:find("send the xxx", 1, true) then
      logline = l
    end
  end
  H.ok(logline and #logline < 600 and logline:find("x\226\128\166$"), ":FuLog shows it cut", logline and #logline)
  vim.cmd("bwipeout!")
  vim.cmd("edit ro/long.md")
  vim.api.nvim_win_set_cursor(0, { 6, 0 })
  vim.cmd("FuDone")
  H.ok(#H.said(notified) < 600 and H.said(notified):find("x\226\128\166$"), ":FuDone's message is cut too", #H.said(notified))
  H.contains(H.read_file("ro/long.md"), "- [x] NEXT: send the " .. ("x"):rep(1000000) .. "\n", "... and the note keeps the whole line")
  vim.cmd("bwipeout!")

  -- a note that cannot be read opens as an empty buffer: the commands say
  -- so in fulog's words, not "no next step under the cursor"
  vim.loop.fs_symlink("loop.md", "ro/loop.md")
  local sh_loop = H.shell("done ro/loop.md:1")
  H.eq(sh_loop, "ro/loop.md:1: cannot open: Too many levels of symbolic links", "fulog done on a note it cannot open")
  for _, cmd in ipairs({ "FuDone", "FuTouch email", "FuSnooze +3d" }) do
    vim.cmd("silent! edit ro/loop.md")
    vim.cmd(cmd)
    H.eq(H.said(notified), sh_loop:gsub(":1:", ":", 1), cmd .. " on a note it cannot open says so, as fulog does")
    vim.cmd("bwipeout!")
  end

  -- a store made read-only after the session opened it: SQLite keeps its
  -- descriptor, and :FuDone wrote the note, then failed to index it
  vim.cmd("FuOverdue") -- the store is open
  H.write_file("ro/late.md", head .. "- NEXT: send the late deck\n")
  H.shell("index ro/late.md")
  if H.read_only_store(env.db) then
    local want = env.db .. ": the store is read-only; fulog needs to write it (check its permissions)"
    vim.cmd("edit ro/late.md")
    vim.api.nvim_win_set_cursor(0, { 6, 0 })
    vim.cmd("FuDone")
    H.eq(H.said(notified), want, "a store made read-only since it was opened: :FuDone is refused")
    H.eq({ vim.bo.modified, H.read_file("ro/late.md") }, { false, head .. "- NEXT: send the late deck\n" },
      "... the buffer and the note are as they were")
    vim.cmd("bwipeout!")
    require("fulog.actions").done_chase({ path = env.notes .. "/ro/late.md", line = 6, text = "send the late deck" })
    H.eq(H.said(notified), want, "... the log's done too (the note in no buffer)")
    H.eq(H.read_file("ro/late.md"), head .. "- NEXT: send the late deck\n", "... and the note is as it was")
    -- the seller's own :w is written; the store's refusal is said
    vim.cmd("edit ro/late.md")
    vim.api.nvim_buf_set_lines(0, 6, 6, false, { "- NEXT: call Eve back" })
    require("fulog").index_file(env.notes .. "/ro/late.md")
    H.eq(H.said(notified), want, "indexing a saved note says the store is read-only")
    vim.cmd("bwipeout!")
    H.writable_store(env.db)
  end

  -- a store that cannot be written, from the session's start
  require("fulog").close_store()
  if not H.read_only_store(env.db) then
    H.ok(true, "a read-only store # SKIP root without chattr: a read-only store cannot be made")
    return
  end
  local ok, e = pcall(function()
    local n0 = #notified
    vim.fn.setqflist({}) -- the list before must not pass for this one
    vim.cmd("FuOverdue")
    local found = false
    for _, it in ipairs(vim.fn.getqflist()) do
      found = found or it.text:find("[Ro] send the deck", 1, true) ~= nil
    end
    H.ok(found, ":FuOverdue lists a read-only store", notified[n0 + 1])
    H.eq(#notified, n0, "... without an error")
    vim.cmd("FuLog")
    H.contains(table.concat(H.buf_lines(0), "\n"), "send the deck", ":FuLog lists it too")
    vim.cmd("bwipeout!")
    local want = env.db .. ": the store is read-only; fulog needs to write it (check its permissions)"
    H.eq({ H.shell("done ro/a.md:6") }, { want, 1 }, "fulog done is refused")
    vim.cmd("edit ro/a.md")
    vim.api.nvim_win_set_cursor(0, { 6, 0 })
    vim.cmd("FuDone")
    H.eq(H.said(notified), want, ":FuDone is refused in the same words")
    H.eq(H.read_file("ro/a.md"), head .. "- NEXT: send the deck\n", "... and the note is as it was")
    -- :FuTouch asked for the channel and outcome, then refused
    local ed, asked = require("fulog.editor"), {}
    ed.select = function(_, _, cb) asked[#asked + 1] = "select" cb("email") end
    ed.input = function(_, cb) asked[#asked + 1] = "input" cb("") end
    vim.cmd("FuTouch")
    H.eq(H.said(notified), want, ":FuTouch is refused in the same words")
    vim.cmd("FuTouch email")
    H.eq({ H.said(notified), asked }, { want, {} }, "... before it asks for anything, with or without a channel")
    require("fulog.actions").touch_chase({ path = env.notes .. "/ro/a.md", line = 6, text = "send the deck" })
    H.eq({ H.said(notified), asked }, { want, {} }, "the log's touch too (the note in a buffer)")
    vim.cmd("bwipeout!")
    require("fulog.actions").touch_chase({ path = env.notes .. "/ro/a.md", line = 6, text = "send the deck" })
    H.eq({ H.said(notified), asked }, { want, {} }, "... and in the file")
    H.eq(H.read_file("ro/a.md"), head .. "- NEXT: send the deck\n", "... and the note is as it was")
    -- writable again: the next write-back opens it for writing
    H.writable_store(env.db)
    vim.cmd("edit ro/a.md")
    vim.api.nvim_win_set_cursor(0, { 6, 0 })
    vim.cmd("FuDone")
    H.match(H.said(notified), "marked done: send the deck$", "writable again: :FuDone writes")
    H.eq(H.read_file("ro/a.md"), head .. "- [x] NEXT: send the deck\n", "... and the note has it")
  end)
  H.writable_store(env.db)
  H.ok(ok, "the read-only store part ran", e)
end)
