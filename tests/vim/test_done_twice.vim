" A step already done: the log's d from a view drawn before the shell
" marked it done, and :FuDone on a done line, refuse in fulog done's words
" with the day the store saw it done; a touch under a done step (the log's
" t, :FuTouch) is refused as fulog touch and snooze refuse it. The Vim
" twin of tests/nvim/test_done_twice.lua. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  FuIndex
  let note = 'acme/2026-11-20-discovery.md'
  let want = note . ':9: the step is already done (since 2026-12-10): nothing written'
  let touch_done = note . ':9: the step is done: no touch to record (a done step is never listed); nothing written'

  " the log drawn while the step was open, then done from the shell
  FuLog
  let row = T_find(getline(1, '$'), 'send the case studies')
  call T_ok(row > 0, ':FuLog lists the step')
  call T_eq(T_shell('done ' . note . ':9'), [note . ':9: marked done: send the case studies', 0], 'fulog done marks it')
  let text = T_read(note)
  call T_eq(T_shell('done ' . note . ':9'), [want, 1], 'fulog done again refuses, with the day')
  call cursor(row, 1)
  call T_clear_notes()
  lua require("fulog.log").actions.done()
  call T_eq(T_said(), want, "the log's d on it (stale view) says fulog done's words")
  call T_clear_notes()
  lua require("fulog.log").actions.touch("email", "no reply")
  call T_eq(T_said(), touch_done, "the log's t on it refuses as fulog touch does")
  " refused before a channel or an outcome is asked for
  call T_stub_ui('email', 'no reply')
  call T_clear_notes()
  lua require("fulog.log").actions.touch()
  call T_eq([T_said(), T_asked()], [touch_done, {}], 'the log''s t asks nothing before it refuses')
  call T_eq(T_shell('touch ' . note . ':9 email no reply'), [touch_done, 1], 'fulog touch: the same words')
  call T_eq(T_read(note), text, '... and nothing is written')

  " in the note's buffer
  execute 'edit' note
  let lines = getline(1, '$')
  for [lnum, cmd, said] in [[9, 'FuDone', want],
        \ [10, 'FuDone', note . ':10: the step is already done: nothing written'],
        \ [9, 'FuTouch email no reply', touch_done], [9, 'FuTouch', touch_done]]
    call cursor(lnum, 1)
    call T_clear_notes()
    execute cmd
    call T_eq(T_said(), said, ':' . cmd . ' on line ' . lnum . ' (done) refuses')
  endfor
  call T_clear_notes()
  9,10FuDone
  call T_eq(T_said(), note . ': the 2 next steps are already done: nothing written', ':FuDone over two done steps')
  call T_eq(getline(1, '$'), lines, '... the buffer is as it was')
  call T_eq(&modified, 0, '... and not modified')
  call T_eq(T_read(note), text, '... nor the note')

  " an open step in the range is still marked, and only it is counted
  call T_clear_notes()
  9,11FuDone
  call T_eq(T_said(), note . ':11: marked done: call Jason back in two weeks', ':FuDone over a range marks the open step')
endfunction

call T_run(function('s:body'))
