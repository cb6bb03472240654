" A note gone from disk since the last index (deleted, or renamed with no
" write-back or save since): :FuOverdue and :FuLog leave its steps out and
" say so in one line, as fulog overdue does; the log's d, t and s on one of
" them (a log drawn before the note went) and :FuDone / :FuTouch /
" :FuSnooze in a buffer still open on it refuse in the shell's words and
" write nothing (the buffer's write brought the deleted note back). The
" Vim twin of tests/nvim/test_gone.lua. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  FuIndex
  let gone = 'globex/notes.md'
  let want = gone . ':7: the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written'

  " a log drawn while the note was there, then the note deleted
  FuLog
  let logbuf = bufnr('%')
  let row = T_find(getline(1, '$'), 'Send pricing by Friday')
  call T_ok(row > 0, ':FuLog shows the step before the note is deleted')
  call delete(gone)
  call T_eq(T_shell('done ' . gone . ':7'), [want, 1], 'fulog done on a step of a deleted note refuses in one line')
  for act in ['done', 'snooze', 'touch']
    call cursor(row, 1)
    call T_clear_notes()
    if act ==# 'snooze'
      lua require("fulog.log").actions.snooze("+3d")
    elseif act ==# 'touch'
      lua require("fulog.log").actions.touch("email", "no reply")
    else
      lua require("fulog.log").actions.done()
    endif
    call T_eq(T_said(), want, "the log's " . act . ' on it refuses as fulog done does')
    call T_eq(filereadable(gone), 0, '... and does not bring the note back')
  endfor

  " the lists leave it out and say so
  call T_clear_notes()
  FuOverdue
  let names = join(map(getqflist(), 'bufname(v:val.bufnr)'), "\n")
  call T_ok(stridx(names, 'globex') < 0, ':FuOverdue lists no step of the deleted note', names)
  call T_ok(len(getqflist()) >= 1, ':FuOverdue still lists the other notes'' steps', len(getqflist()))
  call T_eq(filter(T_notes(), 'v:val =~# "that is gone"'),
        \ ['warn: fulog: 1 step in 1 note that is gone is not listed (' . gone . '): :FuIndex removes them'],
        \ ':FuOverdue says what it left out')
  execute 'buffer' logbuf
  lua require("fulog.log").refresh()
  let text = join(getbufline(logbuf, 1, '$'), "\n")
  call T_ok(stridx(text, 'Send pricing') < 0 && stridx(text, 'get back to us') < 0,
        \ ':FuLog shows no step of the deleted note', text)
  call T_eq(getbufline(logbuf, 3), ['2 steps in 1 note that is gone are not listed (' . gone . '): :FuIndex removes them'],
        \ ':FuLog says what it left out under its header')
  let first = T_find(getbufline(logbuf, 1, '$'), 'send the case studies')
  call T_ok(first > 0 && luaeval('(require("fulog.log").item(_A) or {}).text', first - 1) =~# 'send the case studies',
        \ 'the log''s keys still act on the step under the cursor', first)
  FuIndex
  lua require("fulog.log").refresh()
  call T_ok(getbufline(logbuf, 3)[0] !~# 'gone', 'after :FuIndex nothing is left out', getbufline(logbuf, 3))

  " a buffer still open on a note deleted under it: the write-backs
  " refuse (writing the buffer brought the note back)
  let note = 'acme/2026-11-20-discovery.md'
  execute 'edit' note
  let lines = getline(1, '$')
  let step = T_find(lines, '- NEXT: send the case studies')
  call delete(note)
  for cmd in ['FuDone', 'FuTouch email no reply', 'FuSnooze +3d']
    call cursor(step, 1)
    execute cmd
    call T_eq(T_said(), note . ': the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written',
          \ cmd . ' in a buffer whose note was deleted refuses')
    call T_eq(filereadable(note), 0, '... and does not write the note back')
    call T_eq(getline(1, '$'), lines, '... and leaves the buffer as it was')
  endfor
endfunction

call T_run(function('s:body'))
