" TAP-ish helpers for the headless Vim tests (vim -N -u NONE -es ... -S).
" Each test file:
"   execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')
"   function! s:body() abort ... call T_ok(cond, 'name', 'detail') ... endfunction
"   call T_run(function('s:body'))
" Prints "ok - name" / "not ok - name: detail" per assertion and
" "# N passed, M failed" at the end, then qall! (all passed) or cquit 1.
" Output goes through Lua's io.stdout: it appends to the process's stdout
" (writefile('/dev/stdout') would truncate a redirected file).

let g:T = {'passed': 0, 'failed': 0,
      \ 'root': fnamemodify(expand('<sfile>:p'), ':h:h:h')}

function! T_out(line) abort
  call luaeval('io.stdout:write(_A .. "\n") and io.stdout:flush() and nil', a:line)
endfunction

function! T_ok(cond, name, ...) abort
  if a:cond
    let g:T.passed += 1
    call T_out('ok - ' . a:name)
  else
    let g:T.failed += 1
    let detail = a:0 ? (type(a:1) == v:t_string ? a:1 : string(a:1)) : 'false'
    call T_out('not ok - ' . a:name . ': ' . substitute(detail, '\n', ' | ', 'g'))
  endif
  return a:cond
endfunction

function! T_eq(got, want, name) abort
  return T_ok(type(a:got) == type(a:want) && a:got ==# a:want, a:name,
        \ 'got ' . string(a:got) . ', want ' . string(a:want))
endfunction

function! T_contains(s, sub, name) abort
  return T_ok(type(a:s) == v:t_string && stridx(a:s, a:sub) >= 0, a:name,
        \ 'got ' . string(a:s) . ', want it to contain ' . string(a:sub))
endfunction

function! T_match(s, pat, name) abort
  return T_ok(type(a:s) == v:t_string && a:s =~# a:pat, a:name,
        \ 'got ' . string(a:s) . ', want a match for ' . string(a:pat))
endfunction

" A fresh temp dir with a copy of the Neovim tests' fixtures
" (tests/fixtures/notes-nvim), FULOG_DB and FULOG_TODAY set.
function! T_env(...) abort
  let dir = tempname()
  call mkdir(dir, 'p')
  let notes = dir . '/notes'
  call system('cp -R ' . shellescape(g:T.root . '/tests/fixtures/notes-nvim') . ' ' . shellescape(notes))
  let db = dir . '/data/fulog.db'
  let $FULOG_DB = db
  let $FULOG_TODAY = a:0 ? a:1 : '2026-12-10'
  let $XDG_DATA_HOME = dir . '/xdg'
  " what the last listing showed (fulog.listed)
  let $XDG_STATE_HOME = dir . '/state'
  return {'dir': dir, 'notes': notes, 'db': db}
endfunction

" setup() with the env's notes folder and more options in Lua syntax, as a
" vimrc would call it (a Vim dict through luaeval() is no Lua table).
function! T_setup(env, extra) abort
  call luaeval('(function(n) _G.T_NOTES = n end)(_A)', a:env.notes)
  execute 'lua require("fulog").setup({ notes = { _G.T_NOTES }, ' . a:extra . ' })'
endfunction

" Loads the plugin as a user's Vim would (the tests run with -u NONE and
" 'loadplugins' set, so plugin/fulog.vim is already sourced).
function! T_load_plugin() abort
  filetype on
  runtime plugin/fulog.vim
endfunction

" Waits (running timers and listeners) until the highlighter is idle.
function! T_idle(buf, ...) abort
  return luaeval('require("fulog.editor").wait(_A[2], function() return require("fulog.highlight").idle(_A[1]) end)',
        \ [a:buf, a:0 ? a:1 : 3000])
endfunction

" Records notify() calls instead of showing them; T_notes() returns them
" as 'level: message' strings.
function! T_capture_notify() abort
  lua << EOF
  _G.fulog_test_notes = {}
  require("fulog.editor").notify = function(msg, level)
    table.insert(_G.fulog_test_notes, (level or "info") .. ": " .. tostring(msg))
  end
EOF
endfunction

function! T_notes() abort
  return luaeval('vim.list(_G.fulog_test_notes or {})')
endfunction

" The last message the editor gave, without its level and 'fulog: '.
function! T_said() abort
  let n = T_notes()
  return empty(n) ? '(no message)' : substitute(n[-1], '^\a\+: fulog: ', '', '')
endfunction

function! T_clear_notes() abort
  lua _G.fulog_test_notes = {}
endfunction

" Answers the adapter's select() with the item named a:choice (or the
" first) and input() with a:text (v:null: cancelled); T_asked() tells what
" was asked.
lua << EOF
_G.fulog_test_asked = {}
function _G.fulog_test_stub(choice, text)
  local ed = require("fulog.editor")
  local asked = {}
  _G.fulog_test_asked = asked
  ed.select = function(items, o, cb)
    asked.items, asked.prompt = items, o and o.prompt
    local pick = items[1]
    for _, it in ipairs(items) do
      if it == choice then pick = it end
    end
    cb(pick)
  end
  ed.input = function(o, cb)
    asked.default, asked.input_prompt = o and o.default, o and o.prompt
    cb(text)
  end
end
function _G.fulog_test_asked_vim()
  local a = _G.fulog_test_asked
  local d = vim.dict()
  if a.items then d.items = vim.list(a.items) end
  d.prompt, d.default, d.input_prompt = a.prompt, a.default, a.input_prompt
  return d
end
EOF

function! T_stub_ui(choice, text) abort
  call luaeval('_G.fulog_test_stub(_A[1], _A[2]) and nil', [a:choice, a:text])
endfunction

function! T_asked() abort
  return luaeval('_G.fulog_test_asked_vim()')
endfunction

function! T_read(path) abort
  return filereadable(a:path) ? join(readfile(a:path, 'b'), "\n") : ''
endfunction

" bin/fulog ARGS run from the current folder in the editor's environment
" (T_env's store and today, no config folder): [its one line of output or
" refusal without 'fulog: ' and the newline, its exit status], to set
" beside what the editor says for the same act.
function! T_shell(args) abort
  let out = system('XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog') . ' ' . a:args . ' 2>&1')
  return [substitute(substitute(out, '^fulog: ', '', ''), '\n$', '', ''), v:shell_error]
endfunction

" Row (1-based) of the first line containing text, or 0.
function! T_find(lines, text) abort
  let i = 0
  for l in a:lines
    let i += 1
    if stridx(l, a:text) >= 0
      return i
    endif
  endfor
  return 0
endfunction

function! T_finish() abort
  call T_out('')
  call T_out(printf('# %d passed, %d failed', g:T.passed, g:T.failed))
  if g:T.failed == 0
    qall!
  else
    cquit 1
  endif
endfunction

" Runs the test body; an error counts as a failure and still ends Vim.
function! T_run(Body) abort
  try
    call a:Body()
  catch
    call T_ok(0, 'test body ran to the end', v:exception . ' @ ' . v:throwpoint)
  endtry
  call T_finish()
endfunction

" The virtual text of the step on row (0-based), once the highlighter is idle.
function! T_virt(buf, row) abort
  call T_idle(a:buf)
  return luaeval('(function(b, r) for _, s in ipairs(require("fulog.highlight").steps(b)) do if s.row == r then local vt = "" for _, c in ipairs(s.virt or {}) do vt = vt .. c[1] end return vt end end return "(no step)" end)(_A[1], _A[2])', [a:buf, a:row])
endfunction
