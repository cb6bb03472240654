" :FuSnooze to a day sooner than the cadence (QA round 47): three
" unanswered touches put the next chase 14 days out; a snooze to 12-07 said
" "due 2026-12-07" and the step came back only on 12-17.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-03')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  let note = env.notes . '/massive.md'
  call writefile(['---', 'account: Massive', 'date: 2026-11-30', '---', '- NEXT: ping Nina end of month',
        \ '  - TOUCH: 2026-12-01 call - no reply', '  - TOUCH: 2026-12-02 call - no reply',
        \ '  - TOUCH: 2026-12-03 email - no reply'], note)
  FuIndex
  execute 'edit' fnameescape(note)
  call cursor(5, 1)
  FuSnooze 2026-12-07
  call T_eq(getline(5), '- NEXT: ping Nina end of month due:2026-12-07', ':FuSnooze writes the due:')
  FuLog Massive
  call T_contains(join(getline(1, '$'), "\n"), 'chase    2026-12-07  non         ping Nina end of month',
        \ 'the log''s next action date is the snoozed day, not the cadence''s 12-17')
  bwipeout!
  " on 12-08 it is back, in :FuOverdue
  let $FULOG_TODAY = '2026-12-08'
  call T_setup(env, 'index_on_open = false')
  FuOverdue
  call T_contains(join(map(getqflist(), 'v:val.text'), "\n"), 'ping Nina end of month (due 2026-12-07, 1 day overdue, pushed 1x)',
        \ ':FuOverdue lists it the day after the snoozed day')
endfunction

call T_run(function('s:body'))
