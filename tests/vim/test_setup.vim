" The plugin in Vim: loaded from plugin/fulog.vim with 'loadplugins', load
" guard, commands, <Plug> mappings, nothing heavy at startup, the adapter
" offers every function of the Neovim one, :help fulog, the health report.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env()
  call T_eq(get(g:, 'loaded_fulog', 0), 1, 'plugin/fulog.vim was loaded at startup (loadplugins)')
  call T_load_plugin()
  for c in ['FuLog', 'FuOverdue', 'FuIndex', 'FuTag', 'FuTouch', 'FuDone', 'FuRecap', 'FuExplain', 'FuToggle']
    call T_eq(exists(':' . c), 2, 'command :' . c . ' exists')
  endfor
  for p in ['tag', 'touch', 'done', 'explain', 'recap', 'log', 'overdue']
    call T_ok(maparg('<Plug>(fulog-' . p . ')', 'n') !=# '', '<Plug>(fulog-' . p . ') is defined')
  endfor
  call T_ok(exists('#fulog#FileType') && exists('#fulog#BufWritePost'), 'the autocommands are set in Vim too')
  delcommand FuRecap
  runtime plugin/fulog.vim
  call T_eq(exists(':FuRecap'), 0, 'the load guard stops a second sourcing')

  " nothing heavy at startup, nor for a buffer that is not a note
  call T_ok(luaeval('package.loaded["fulog.core"] == nil'), 'startup does not load the C module')
  enew
  call T_ok(luaeval('package.loaded["fulog"] == nil'), 'an unnamed buffer without a filetype does not load fulog''s Lua')
  setlocal filetype=vim
  call T_ok(luaeval('package.loaded["fulog.core"] == nil'), 'a non-note buffer does not load the C module')
  call T_ok(luaeval('package.loaded["fulog.highlight"] == nil'), 'a non-note buffer does not load the highlighter')
  call T_eq(maparg('<LocalLeader>ft', 'n'), '', 'no default mappings are forced')

  " the adapter: picked for Vim, every function of the Neovim adapter
  call T_eq(luaeval('require("fulog.editor").name'), 'vim', 'fulog.editor picks the Vim adapter')
  let src = readfile(g:T.root . '/lua/fulog/editor/nvim.lua')
  let names = map(filter(copy(src), 'v:val =~# ''^function M\.\w\+('''), 'matchstr(v:val, ''^function M\.\zs\w\+'')')
  call T_ok(len(names) > 30, 'the Neovim adapter lists its functions', len(names))
  let missing = filter(copy(names), 'luaeval(''type(require("fulog.editor.vim")[_A]) ~= "function"'', v:val)')
  call T_eq(missing, [], 'the Vim adapter has every function of the Neovim adapter')
  call T_match(luaeval('require("fulog.editor").version()'), '^VIM v9\.\d\+\.\d\+$', 'version() names Vim')
  call T_eq(luaeval('require("fulog.editor").getenv("FULOG_TODAY")'), '2026-12-10', 'getenv() reads the environment')
  call T_eq(luaeval('require("fulog.editor").getenv("FULOG_NO_SUCH_VAR") == nil'), v:true, 'getenv() of an unset variable is nil')

  " the C module for Vim's Lua
  call T_eq(luaeval('require("fulog.core").abi'), 'lua5.2', 'the C module is the lua5.2 build')
  call T_eq(luaeval('require("fulog.core").classify("- NEXT: send the deck #compliance", "2026-12-01")'), 'compliance', 'the C module classifies from Vim')

  " setup() from a vimrc, good and bad options
  call T_capture_notify()
  lua require("fulog").setup({ virtual_text = { why = false }, dark = { days = 21 } })
  call T_eq(luaeval('require("fulog").config().virtual_text.ask'), v:true, 'setup() merges deeply in Vim')
  call T_eq(luaeval('require("fulog").config().dark.days'), 21, 'setup() sets an option')
  lua require("fulog").setup({ max_line_len = "big" })
  call T_contains(join(T_notes()), "option 'max_line_len' must be", 'a bad option is reported by name')
  call T_eq(luaeval('require("fulog").config().dark.days'), 21, 'a refused setup() changes nothing')
  lua require("fulog.config").reset()

  " :help fulog (tags built into a temporary copy of doc/)
  let hdir = env.dir . '/rtp'
  call mkdir(hdir . '/doc', 'p')
  call writefile(readfile(g:T.root . '/doc/fulog.txt'), hdir . '/doc/fulog.txt')
  execute 'helptags' fnameescape(hdir . '/doc')
  let &runtimepath = hdir . ',' . &runtimepath
  help fulog
  call T_match(expand('%:t'), '^fulog\.txt$', ':help fulog opens doc/fulog.txt')
  call T_contains(getline('.'), '*fulog*', ':help fulog lands on the *fulog* tag')
  for tag in ['fulog-vim', ':FuLog', ':FuOverdue', ':FuExplain', 'fulog-log-keys', 'fulog-ham-bam', 'g:fulog_setup']
    let ok = 1
    try
      execute 'help' tag
    catch
      let ok = 0
    endtry
    call T_ok(ok && expand('%:t') ==# 'fulog.txt', ':help ' . tag)
  endfor
  help fulog-vim
  let text = join(getline(line('.'), line('.') + 60), "\n")
  call T_contains(text, 'popup', 'the Vim section says :FuExplain is a popup')
  call T_contains(text, 'inputlist', 'the Vim section says how choices are made')
  helpclose

  " the health report prints in Vim (no :checkhealth)
  lua << EOF
  _G.T_health = {}
  local function rec(tag) return function(msg) table.insert(_G.T_health, tag .. msg) end end
  require("fulog.health").check({ start = rec("## "), ok = rec("OK: "), warn = rec("WARN: "), error = rec("ERROR: "), info = rec("INFO: ") })
EOF
  let report = luaeval('vim.list(_G.T_health)')
  call T_ok(len(filter(copy(report), 'v:val =~# "^ERROR"')) == 0, 'the health report has no errors', report)
  call T_ok(len(filter(copy(report), 'v:val =~# "^OK: VIM v9"')) == 1, 'the health report names Vim', report)
  call T_ok(len(filter(copy(report), 'v:val =~# "ABI matches: lua5.2"')) == 1, 'the health report checks the ABI', report)
  redir => g:T_msgs
  silent lua require("fulog.health").check()
  redir END
  call T_contains(g:T_msgs, 'OK: fulog.core', ':lua require("fulog.health").check() prints the report')
endfunction

call T_run(function('s:body'))
