" Bad input through the write-backs, the shell beside Vim
" (tests/nvim/test_bad_input.lua in Vim 9, QA round 40): a NUL, a stray
" invalid byte and CRLF line ends get the same bytes written by :FuDone /
" :FuTouch / :FuSnooze as by fulog done / touch / snooze (Vim cut a line at
" its NUL: "send the<NUL> deck" became "send the"); a store that cannot be
" written refuses every write-back before the note is touched, in the
" shell's words. Today 2026-12-08.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

lua << EOF
-- a file's bytes, NULs included (a Vim string ends at a NUL)
function _G.T_bytes(p)
  local f = io.open(p, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end
function _G.T_write_bytes(p, s)
  local f = assert(io.open(p, "wb"))
  f:write(s)
  f:close()
end
EOF

function! s:same(a, b) abort
  return luaeval('_G.T_bytes(_A[1]) == _G.T_bytes(_A[2])', [a:a, a:b])
endfunction

let s:ops = [['done', 'FuDone', ''], ['touch', 'FuTouch email', ' email'], ['snooze', 'FuSnooze +3d', ' +3d']]

function! s:body() abort
  let env = T_env('2026-12-08')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('bad', 'p')
  lua << EOF
  local head = "---\naccount: Bad\ndate: 2026-11-20\n---\n# Bad\n"
  _G.T_HEAD = head
  _G.T_BAD = {
    nul = head .. "- NEXT: send the\0 deck\n- NEXT: call Ann back\n",
    utf8 = head .. "- NEXT: send the pric\255ing sheet\n- NEXT: call Tom back\n",
    crlf = (head:gsub("\n", "\r\n")) .. "- NEXT: send the contract\r\n- NEXT: call Cy back\r\n",
  }
EOF
  call T_stub_ui('email', '')
  for name in ['nul', 'utf8', 'crlf']
    for op in s:ops
      let sh = printf('bad/%s-%s-sh.md', name, op[0])
      let mine = printf('bad/%s-%s-ed.md', name, op[0])
      call luaeval('_G.T_write_bytes(_A[1], _G.T_BAD[_A[3]]) or _G.T_write_bytes(_A[2], _G.T_BAD[_A[3]])', [sh, mine, name])
      let [msg, code] = T_shell(op[0] . ' ' . sh . ':6' . op[2])
      call T_eq(code, 0, printf('fulog %s on the %s note', op[0], name))
      execute 'edit' mine
      call cursor(6, 1)
      execute op[1]
      call T_ok(s:same(mine, sh), printf('%s on the %s note writes the bytes fulog %s writes', op[1], name, op[0]),
            \ string(readfile(mine, 'b')) . ' vs ' . string(readfile(sh, 'b')))
      " the same words after the note's name: a stray byte is U+FFFD in
      " both, from the file's bytes (Vim had shown it as it decoded it)
      call T_eq(substitute(T_said(), '^[^:]*', '', ''), substitute(split(msg, "\n")[-1], '^[^:]*', '', ''),
            \ printf('%s on the %s note says the same words', op[1], name))
      bwipeout!
    endfor
  endfor

  " a store another process holds locked past the busy timeout: the note
  " is written, and the warning is the one fulog done gives (it was an
  " error, 'indexing ... failed')
  call luaeval('_G.T_write_bytes("bad/busy.md", _G.T_HEAD .. "- NEXT: send the busy deck\n")')
  call T_shell('index bad/busy.md')
  " a space first: Vim puts the command in ( ), and (( is arithmetic to bash
  call system(printf(" (printf 'BEGIN EXCLUSIVE;\\nSELECT 1;\\n.shell touch %s\\n.shell sleep 7\\nCOMMIT;\\n' | sqlite3 %s >/dev/null 2>&1 &)",
        \ env.dir . '/held', env.db))
  for i in range(100)
    if filereadable(env.dir . '/held') | break | endif
    sleep 50m
  endfor
  call T_clear_notes()
  call luaeval('require("fulog.actions").done_chase({ path = _A, line = 6, text = "send the busy deck" }) and nil',
        \ env.notes . '/bad/busy.md')
  call T_match(get(T_notes(), 0, ''), '^warn: fulog: the note is written, but the store is busy (.*locked); it catches up on the next index$',
        \ 'the log''s done while the store is locked: the note is written, said as fulog says it, as a warning')
  call T_contains(T_read('bad/busy.md'), '- [x] NEXT: send the busy deck', '... and the note has it')
  for i in range(16)
    if T_shell('index bad/busy.md')[1] == 0 | break | endif
    sleep 500m
  endfor

  " a store that cannot be written: immutable (root writes past a mode)
  call luaeval('_G.T_write_bytes("bad/ro.md", _G.T_HEAD .. "- NEXT: send the deck\n- NEXT: call Eve back\n")')
  call luaeval('_G.T_write_bytes("bad/ro-log.md", _G.T_HEAD .. "- NEXT: send the deck\n- NEXT: call Eve back\n")')
  call T_eq(T_shell('index .')[1], 0, 'the notes are indexed')
  " read-only from the session's start
  lua require("fulog").close_store()
  call system('chattr +i ' . shellescape(env.db))
  let locked = v:shell_error == 0
  if !locked && trim(system('id -u')) !=# '0'
    call setfperm(env.db, 'r--------')
    let locked = 1
  endif
  if !locked
    call T_ok(1, 'a read-only store # SKIP root without chattr: a read-only store cannot be made')
    return
  endif
  try
    let want = env.db . ': the store is read-only; fulog needs to write it (check its permissions)'
    let logged = T_read('bad/ro-log.md')
    for op in s:ops
      let before = T_read('bad/ro.md')
      call T_eq(T_shell(op[0] . ' bad/ro.md:6' . op[2]), [want, 1], 'fulog ' . op[0] . ' with a read-only store is refused (1)')
      edit bad/ro.md
      call cursor(6, 1)
      execute op[1]
      call T_eq(T_said(), want, op[1] . ' with a read-only store is refused in the same words')
      call T_eq(&modified, 0, '... the buffer is left as it was')
      call T_eq(T_read('bad/ro.md'), before, '... and the note')
      bwipeout!
    endfor
    call luaeval('(function(p) _G.T_CHASE = { path = p, line = 6, text = "send the deck" } end)(_A)', env.notes . '/bad/ro-log.md')
    lua require("fulog.actions").done_chase(_G.T_CHASE)
    call T_eq(T_said(), want, 'the log''s done with a read-only store is refused in the same words')
    lua require("fulog.actions").touch_chase(_G.T_CHASE, "email", "sent")
    call T_eq(T_said(), want, 'the log''s touch too')
    lua require("fulog.snooze").chase(_G.T_CHASE, "+3d")
    call T_eq(T_said(), want, 'the log''s snooze too')
    call T_eq(T_read('bad/ro-log.md'), logged, 'and the note is as it was')
  finally
    call system('chattr -i ' . shellescape(env.db))
  endtry
endfunction

call T_run(function('s:body'))
