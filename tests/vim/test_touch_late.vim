" A step's "overdue Nd" in a Vim buffer is the shell's verdict: it follows
" the touches under the step (its next action date, spec 7), not its due
" date alone, and moves when a touch is written or removed. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  let p = env.notes . '/zeta/2026-11-30.md'
  call mkdir(env.notes . '/zeta', 'p')
  call writefile(['# Zeta - call 2026-11-30', '- NEXT: call Tom back next week',
        \ '- NEXT: call Ann back next week', '  - TOUCH: 2026-12-09 email - no reply'], p)
  execute 'edit' fnameescape(p)
  let b = bufnr('')
  call T_contains(T_virt(b, 1), 'overdue 3d', 'an untouched step past its due date is overdue')
  call T_ok(stridx(T_virt(b, 2), 'overdue') < 0, 'a step touched yesterday is not overdue', T_virt(b, 2))
  call cursor(2, 1)
  FuTouch email no reply
  call T_eq(getline(3), '  - TOUCH: 2026-12-10 email - no reply', ':FuTouch wrote the touch')
  call T_ok(stridx(T_virt(b, 1), 'overdue') < 0, 'touched today, the step is no longer overdue', T_virt(b, 1))
  3delete
  call T_contains(T_virt(b, 1), 'overdue 3d', 'the touch deleted, it is overdue again')
endfunction

call T_run(function('s:body'))
