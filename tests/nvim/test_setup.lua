-- setup(): defaults, deep merge, validation messages; the plugin/ file: load
-- guard, commands, <Plug> mappings, and nothing heavy at startup.
local H = dofile("tests/nvim/helpers.lua")

H.run(function()
  H.env()
  local notes = H.capture_notify()
  H.load_plugin()
  H.eq(vim.g.loaded_fulog, 1, "plugin/fulog.vim sets the load guard")
  for _, c in ipairs({ "FuLog", "FuOverdue", "FuIndex", "FuTag", "FuTouch", "FuDone", "FuRecap", "FuExplain", "FuToggle" }) do
    H.eq(vim.fn.exists(":" .. c), 2, "command :" .. c .. " exists")
  end
  for _, p in ipairs({ "tag", "touch", "done", "explain", "recap", "log", "overdue" }) do
    H.ok(vim.fn.maparg("<Plug>(fulog-" .. p .. ")", "n") ~= "", "<Plug>(fulog-" .. p .. ") is defined")
  end
  -- sourcing again is a no-op
  vim.cmd("delcommand FuRecap")
  vim.cmd("runtime plugin/fulog.vim")
  H.eq(vim.fn.exists(":FuRecap"), 0, "the load guard stops a second sourcing")

  -- no C module at startup, nor for a buffer that is not a note
  H.eq(package.loaded["fulog.core"], nil, "startup does not load the C module")
  -- a bare `nvim`'s empty buffer: no name, no filetype, so no note
  vim.cmd("enew")
  H.eq(package.loaded["fulog"], nil, "an unnamed buffer without a filetype does not load fulog's Lua")
  vim.cmd("setlocal filetype=lua")
  H.eq(package.loaded["fulog.core"], nil, "a non-note buffer does not load the C module")
  H.eq(package.loaded["fulog.highlight"], nil, "a non-note buffer does not load the highlighter")
  H.eq(vim.fn.maparg("<LocalLeader>ft", "n"), "", "no default mappings are forced")

  -- works with no setup(): defaults
  local fulog = require("fulog")
  local cfg = fulog.config()
  H.eq(cfg.filetypes, { "markdown", "text" }, "default filetypes")
  H.eq(cfg.max_line_len, 1048576, "default max_line_len")
  H.eq(cfg.mappings, false, "mappings off by default")

  -- deep merge
  local got = fulog.setup({ virtual_text = { why = false }, notes = { "~/x" }, dark = { days = 21 } })
  H.ok(got ~= nil, "setup() accepts good options")
  cfg = fulog.config()
  H.eq(cfg.virtual_text.why, false, "a nested option is set")
  H.eq(cfg.virtual_text.ask, true, "its siblings keep their defaults (deep merge)")
  H.eq(cfg.virtual_text.classes.soft, true, "deeper defaults kept")
  H.eq(cfg.dark.touches, 2, "dark.touches default kept")
  H.eq(cfg.dark.days, 21, "dark.days set")
  H.eq(cfg.notes, { "~/x" }, "lists are replaced, not merged")

  -- validation
  for i = #notes, 1, -1 do notes[i] = nil end
  local res, err = fulog.setup({ max_line_len = "big" })
  H.eq(res, nil, "a bad type is refused")
  H.contains(err, "option 'max_line_len' must be a whole number of bytes >= 16, got \"big\"", "the message names the option, the rule and the value")
  H.ok(#notes == 1 and notes[1].level == vim.log.levels.ERROR, "the error is notified", H.show(notes))
  H.eq(fulog.config().dark.days, 21, "a refused setup() changes nothing")
  res, err = fulog.setup({ virtual_txt = {} })
  H.contains(err, "unknown option 'virtual_txt' (did you mean 'virtual_text'?)", "an unknown option is named with a suggestion")
  res, err = fulog.setup({ virtual_text = { classes = { firmm = true } } })
  H.contains(err, "unknown class 'firmm'", "an unknown class is named")
  res, err = fulog.setup({ tags = { "NEXT:" } })
  H.contains(err, "option 'tags' must be", "a tag with a colon is refused")
  res, err = fulog.setup({ mappings = { tagg = "x" } })
  H.contains(err, "option 'mappings' must be", "an unknown mapping name is refused")
  res, err = fulog.setup({ grace = -1, notes = "~/notes" })
  H.ok(err and err:find("grace", 1, true) and err:find("notes", 1, true), "every bad option is reported at once", err)
  res, err = fulog.setup("x")
  H.contains(err, "setup() takes a table", "a non-table is refused")

  -- mappings = true maps the defaults onto the <Plug> mappings
  fulog.setup({ mappings = { tag = "<Leader>nt", done = false } })
  H.eq(vim.fn.maparg("<Leader>nt", "n"), "<Plug>(fulog-tag)", "mappings table maps onto <Plug>")
  H.eq(vim.fn.maparg("<LocalLeader>fd", "n"), "", "a mapping set to false is not mapped")
  H.eq(vim.fn.maparg("<LocalLeader>fo", "n"), "<Plug>(fulog-touch)", "other mappings take their defaults")
  H.eq(package.loaded["fulog.core"], nil, "setup() does not load the C module")
  H.eq(package.loaded["fulog.highlight"], nil, "setup() with no note open does not load the highlighter")

  -- g:fulog_setup: the setup() table as a Dict, applied when the plugin loads
  vim.g.fulog_setup = { dark = { days = 33 }, index_on_open = false, ham_bam = { text = 'a "b" \\ c\nd' } }
  vim.g.loaded_fulog = nil
  vim.cmd("runtime plugin/fulog.vim")
  H.eq(fulog.config().dark.days, 33, "g:fulog_setup is applied when plugin/fulog.vim loads")
  H.eq(fulog.config().index_on_open, false, "v:false in g:fulog_setup is false")
  H.eq(fulog.config().ham_bam.text, 'a "b" \\ c\nd', "a String in g:fulog_setup keeps quotes, backslashes, newlines")
  vim.g.fulog_setup = nil
end)
