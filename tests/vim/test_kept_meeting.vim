" A note with no date written in it is dated by its file's time when fulog
" first reads it. :FuTouch writes the note again: the buffer's meeting date
" and its "overdue Nd" stay the store's, not the day of the write.
" Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:meeting(buf) abort
  call T_idle(a:buf)
  return luaeval('require("fulog.highlight").meeting(_A).date', a:buf)
endfunction

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  let p = env.notes . '/zeta/n.md'
  call mkdir(env.notes . '/zeta', 'p')
  call writefile(['# Zeta call', '- NEXT: send pricing', '- NEXT: they will get back to us'], p)
  call system('touch -d 2026-11-20T12:00 ' . shellescape(p))
  FuIndex
  execute 'edit' fnameescape(p)
  let b = bufnr('')
  call T_eq(s:meeting(b), '2026-11-20', 'the meeting is the day the file was written')
  call T_contains(T_virt(b, 2), 'overdue 13d', 'a soft step a week past the meeting is overdue')
  call cursor(2, 1)
  FuTouch email no reply
  call T_eq(getline(3), '  - TOUCH: 2026-12-10 email - no reply', ':FuTouch wrote the touch')
  call T_ok(!&modified, '... and the note', &modified)
  call T_eq(s:meeting(b), '2026-11-20', 'the write leaves the meeting date as the store keeps it')
  call T_contains(T_virt(b, 3), 'overdue 13d', '... and the other step overdue')
endfunction

call T_run(function('s:body'))
