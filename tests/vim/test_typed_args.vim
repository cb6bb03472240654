" What a seller types into :FuTouch and :FuSnooze (tests/nvim/test_typed_args.lua
" in Vim 9, QA round 43): controls in a touch's outcome reached the message
" raw and NEL and U+2028 the note; a bad channel or snooze date was echoed
" with its controls. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('typed', 'p')
  let note = ['---', 'account: Typed', 'date: 2026-11-20', '---', '# Typed', '- NEXT: send the pricing sheet #compliance']
  call writefile(note, 'typed/ed.md')
  call writefile(note, 'typed/sh.md')
  FuIndex
  let outcome = "sent\u0085two\u2028three \e[31mred \u202eevil"
  let [msg, code] = T_shell('touch typed/sh.md:6 email ' . shellescape(outcome))
  call T_eq(code, 0, 'fulog touch with controls in the outcome')
  edit typed/ed.md
  call cursor(6, 1)
  execute 'FuTouch email ' . outcome
  let said = T_said()
  call T_eq(said, "typed/ed.md:7: touch recorded: email - sent two three  [31mred \ufffdevil (send the pricing sheet)",
        \ ':FuTouch shows the outcome as a step''s words are shown')
  call T_eq(substitute(said, '^[^:]*', '', ''), substitute(msg, '^[^:]*', '', ''), ':FuTouch says what fulog touch says')
  silent write
  call T_eq(readfile('typed/ed.md', 'b'), readfile('typed/sh.md', 'b'), 'and writes the bytes fulog touch writes')
  call T_eq(len(readfile('typed/ed.md')), 7, 'one TOUCH: line: no NEL or U+2028 in it splits it')
  execute "FuTouch \e[31mmail"
  call T_contains(T_said(), 'unknown channel "\033[31mmail"', ':FuTouch names a bad channel with its ESC escaped')
  execute "FuSnooze +3d\e[31m"
  call T_contains(T_said(), 'got "+3d\033[31m"', ':FuSnooze names a bad date with its ESC escaped')
  call T_eq(len(readfile('typed/ed.md')), 7, 'nothing written for either')
  bwipeout!
endfunction

call T_run(function('s:body'))
