" Issue 13 in Vim. Write-back from the log into notes that are not open:
" a read-only note is refused and left alone, a hard-linked note is edited
" in place, a BOM on line 1 stays. A rules file that loops ends with a
" message instead of hanging the editor. Fixed today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  let dir = env.notes . '/trust'
  call mkdir(dir, 'p')
  let ro = dir . '/ro.md'
  let hl = dir . '/hl.md'
  let bom = dir . '/bom.md'
  let text = ['# Trust - 2026-11-20', '- NEXT: send pricing sheet', '']
  call writefile(text, ro, 'b')
  call writefile(text, hl, 'b')
  call writefile(["\xef\xbb\xbf- NEXT: send the deck", ''], bom, 'b')
  call system('ln ' . shellescape(hl) . ' ' . shellescape(env.dir . '/elsewhere.md'))
  FuIndex
  call setfperm(ro, 'r--r--r--')
  call luaeval('(function(a) _G.T_RO, _G.T_HL, _G.T_BOM = a[1], a[2], a[3] end)(_A)', [ro, hl, bom])

  call T_clear_notes()
  call T_contains(luaeval('select(2, require("fulog.actions").done_chase({ path = _G.T_RO, line = 2, text = "send pricing sheet" }))'),
        \ 'read-only', 'done on a read-only note is refused, saying why')
  call T_contains(join(T_notes(), "\n"), 'ro.md:2: the note is read-only', 'the seller is told, naming the note and the line')
  lua require("fulog.actions").touch_chase({ path = _G.T_RO, line = 2, text = "send pricing sheet" }, "email", "no reply")
  call T_eq(T_read(ro), join(text, "\n"), 'the read-only note is left as it was')
  call T_eq(getfperm(ro), 'r--r--r--', 'and keeps its mode')

  call T_eq(luaeval('require("fulog.actions").done_chase({ path = _G.T_HL, line = 2, text = "send pricing sheet" })'),
        \ v:true, 'done on a hard-linked note')
  call T_contains(T_read(env.dir . '/elsewhere.md'), '[x] NEXT: send pricing sheet', 'the other name of a hard-linked note sees the edit')
  call T_eq(trim(system('stat -c %h ' . shellescape(hl))), '2', 'the hard link is kept')

  call T_eq(luaeval('require("fulog.actions").done_chase({ path = _G.T_BOM, line = 1, text = "send the deck" })'),
        \ v:true, 'done on line 1 after a BOM')
  call T_eq(T_read(bom), "\xef\xbb\xbf- [x] NEXT: send the deck\n", 'the BOM stays')

  " a note opened read-only (:view): refused in one message, the buffer
  " left as it was (the touch went into it behind W10, then E45)
  let rv = dir . '/view.md'
  call writefile(text, rv, 'b')
  execute 'view ' . fnameescape(rv)
  for c in ['FuTouch email sent', 'FuDone', 'FuSnooze +3d']
    call T_clear_notes()
    call cursor(2, 1)
    execute c
    call T_contains(join(T_notes(), "\n"), 'view.md: the note is read-only: nothing written',
          \ c . ' on a read-only buffer says why')
    call T_eq(getline(1, '$'), text[0:1], c . ' leaves the buffer as it was')
    call T_eq(&modified, 0, c . ' leaves the buffer unmodified')
  endfor
  call T_eq(readfile(rv, 'b'), text, "the read-only buffer's note is left as it was")
  bwipeout!

  call writefile(['while true do end'], env.dir . '/loop.lua')
  let $FULOG_RULES = env.dir . '/loop.lua'
  call T_clear_notes()
  call T_setup(env, 'index_on_open = false, rules = { hedge = { "perhaps" } }')
  lua require("fulog").rules()
  unlet $FULOG_RULES
  call T_contains(join(T_notes(), "\n"), 'loop.lua: the rules file ran past 10000000 instructions',
        \ 'a rules file that loops is stopped, with a message')
endfunction

call T_run(function('s:body'))
