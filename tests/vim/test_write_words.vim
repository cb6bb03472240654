" One act, one line, one answer (tests/nvim/test_write_words.lua in Vim 9):
" a touch with no outcome is written as the same TOUCH: line by fulog touch
" and by :FuTouch with an empty prompt, and a snooze date refused says the
" same words in the shell and the editor (QA round 40). Today 2026-12-04.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

" the editor's last word on cmd run at lnum of file, without 'fulog: '
function! s:editor(file, lnum, cmd) abort
  execute 'edit' a:file
  call cursor(a:lnum, 1)
  execute a:cmd
  return T_said()
endfunction

function! s:body() abort
  let env = T_env('2026-12-04')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  call mkdir(env.notes . '/acme', 'p')
  execute 'cd' fnameescape(env.notes)
  let note = ['---', 'date: 2026-11-20', '---', '# Acme - discovery', '- NEXT: call Jason back in two weeks',
        \ '- NEXT: send the case studies']
  " a bare touch, as fulog touch wrote one before
  let old = ['---', 'date: 2026-11-20', '---', '# Acme', '- NEXT: call Jason back in two weeks',
        \ '  - TOUCH: 2026-12-04 email']
  for [f, text] in [['sh', note], ['ed', note], ['old', old], ['old2', old]]
    call writefile(text, 'acme/' . f . '.md')
  endfor
  call T_stub_ui('email', '')

  " a touch with no outcome: the same line from both, in the same words
  call T_eq(T_shell('touch acme/sh.md:5 email'),
        \ ['acme/sh.md:6: touch recorded: email - no reply (call Jason back in two weeks)', 0],
        \ 'fulog touch with no outcome writes, and says what')
  call T_eq(s:editor('acme/ed.md', 5, 'FuTouch email'),
        \ 'acme/ed.md:6: touch recorded: email - no reply (call Jason back in two weeks)',
        \ ':FuTouch with an empty outcome says the same words')
  silent write
  call T_eq(T_read('acme/ed.md'), T_read('acme/sh.md'), 'and both notes hold the same line')
  call T_eq(readfile('acme/sh.md')[5], '  - TOUCH: 2026-12-04 email - no reply', 'the spec''s form')

  " the bare touch reads as that same touch: a repeat is refused by both
  let again = 'acme/%s.md:6: this touch is already there (same date, channel and outcome): not written again'
  call T_eq(T_shell('touch acme/old.md:5 email'), [printf(again, 'old'), 1],
        \ 'fulog touch refuses the touch a bare line already records')
  call T_eq(s:editor('acme/old2.md', 5, 'FuTouch email'), printf(again, 'old2'), ':FuTouch refuses it in the same words')
  call T_eq(getline(1, '$'), old, 'the buffer is as it was')
  call T_eq(readfile('acme/old.md'), old, 'the note is as it was')

  " a snooze date refused: one wording, from the core, in both
  for c in [
        \ ['2026-11-30', 'snooze: 2026-11-30 is before today (2026-12-04): a snooze pushes a step to a later date'],
        \ ['soon', 'snooze: want a date (YYYY-MM-DD) or +Nd / +Nw (days or weeks from today), got "soon"'],
        \ ]
    let before = T_read('acme/sh.md')
    call T_eq(T_shell('snooze acme/sh.md:7 ' . c[0]), [c[1], 2], 'fulog snooze ' . c[0] . ' is refused (usage, 2)')
    call T_eq(s:editor('acme/sh.md', 7, 'FuSnooze ' . c[0]), c[1], ':FuSnooze ' . c[0] . ' is refused in the same words')
    call T_eq(T_read('acme/sh.md'), before, '... and the note is as it was')
    call T_eq(&modified, 0, '... and the buffer too')
  endfor
  " a done step: named by file and line in both (the buffer said it bare)
  call writefile(['# Acme - 2026-11-20', '- [x] NEXT: send the deck'], 'acme/done.md')
  let want = 'acme/done.md:2: the step is done: nothing to snooze (a done step is never listed)'
  call T_eq(T_shell('snooze acme/done.md:2 +3d'), [want, 1], 'fulog snooze on a done step is refused')
  call T_eq(s:editor('acme/done.md', 2, 'FuSnooze +3d'), want, ':FuSnooze on a done step is refused in the same words')
endfunction

call T_run(function('s:body'))
