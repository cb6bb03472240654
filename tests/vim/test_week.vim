" A seller's week in Vim (the cases of tests/nvim/test_week.lua): what
" :FuLog says must be what the shell says.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex

  " an account the store does not know: said, not an empty log
  FuLog Acme
  let text = join(getline(1, '$'), "\n")
  call T_contains(text, "no account named 'Acme' in the store (did you mean Acme Corp?)", ':FuLog with an unknown account says so')
  call T_ok(stridx(text, 'No open next steps') < 0, '... and shows no empty log', text)
  bwipeout!
  let out = system(shellescape(g:T.root . '/bin/fulog') . ' log Acme')
  call T_contains(out, "no account named 'Acme' in the store (did you mean Acme Corp?)", 'fulog log says the same')
  " a name near none: each front-end names its own way to list the accounts
  FuLog nosuch
  let text = join(getline(1, '$'), "\n")
  call T_match(text, '^fulog: no account named ''nosuch'' in the store (it has \d\+; :FuLog <Tab> lists them)$',
        \ ':FuLog nosuch names the editor''s way to list the accounts')
  call T_ok(stridx(text, 'fulog accounts') < 0, '... not the shell''s', text)
  bwipeout!
  call T_match(system(shellescape(g:T.root . '/bin/fulog') . ' log nosuch'),
        \ 'no account named ''nosuch'' in the store (it has \d\+; fulog accounts lists them)', 'fulog log nosuch names the shell''s')
  FuLog acme corp
  call T_contains(getline(1), 'account Acme Corp:', ':FuLog with a known account in another case shows it as the store names it')
  call T_contains(system(shellescape(g:T.root . '/bin/fulog') . ' log "ACME corp"'), 'account Acme Corp:', '... as fulog log does')
  bwipeout!

  " :FuOverdue, then t from the log on a note that is not open: the
  " quickfix list kept the old line of the step below the new TOUCH:, so
  " :cc went to that TOUCH: line and :FuDone marked the step above done
  let p = env.notes . '/week/a.md'
  call mkdir(env.notes . '/week', 'p')
  call writefile(['# Week - 2026-11-30', '- NEXT: they will get back to us', '- NEXT: send the deck'], p)
  FuIndex
  FuOverdue
  call T_ok(s:qf_index('[Week] they will get back to us') > 0, 'the soft step is in the quickfix list')
  FuLog Week
  call cursor(T_find(getline(1, '$'), 'they will get back to us'), 1)
  call T_stub_ui('email', 'no reply')
  normal t
  call T_contains(T_read(p), "  - TOUCH: 2026-12-10 email - no reply\n- NEXT: send the deck", 't from the log wrote the note')
  bwipeout!
  let i = s:qf_index('[Week] send the deck')
  call T_eq(i > 0 ? getqflist()[i - 1].lnum : 0, 4, 'the quickfix entry follows its step to its line')
  call T_eq(s:qf_index('[Week] they will get back to us'), 0, 'the step touched leaves the quickfix list')
  execute 'cc' max([i, 1])
  call T_eq(getline('.'), '- NEXT: send the deck', ':cc goes to the step it lists')
  FuDone
  call T_contains(T_read(p), '- [x] NEXT: send the deck', ':FuDone there marks that step')
  call T_ok(stridx(T_read(p), '[x] NEXT: they will') < 0, '... and not the one above')

  " :FuSnooze on a done step wrote due: into it and said 'due 2026-12-17'
  let d = env.notes . '/week/done.md'
  call writefile(['# Week - 2026-11-30', '- [x] NEXT: send the deck'], d)
  execute 'edit' fnameescape(d)
  call cursor(2, 1)
  call T_clear_notes()
  FuSnooze +7d
  call T_contains(join(T_notes(), ' | '), 'the step is done: nothing to snooze', ':FuSnooze on a done step says so')
  call T_eq(getline(1, '$'), ['# Week - 2026-11-30', '- [x] NEXT: send the deck'], '... and leaves the line as it was')
  call T_eq(&modified, 0, '... and the buffer unmodified')
  bwipeout!

  " :FuTouch, :FuSnooze and :FuDone in the note's own buffer (and a plain
  " :w) indexed the note, but the :FuOverdue list kept the steps they had
  " just taken care of
  let q = env.notes . '/week/qf.md'
  call writefile(['# Week - 2026-11-30', '- NEXT: call Jason back next week', '- NEXT: send the deck',
        \ '- NEXT: send pricing'], q)
  FuIndex
  FuOverdue
  call T_ok(s:qf_index('[Week] call Jason back') && s:qf_index('[Week] send the deck') && s:qf_index('send pricing'),
        \ 'buffer: three overdue steps listed', getqflist())
  execute 'edit' fnameescape(q)
  call cursor(2, 1)
  FuTouch email no reply
  call T_ok(!s:qf_index('[Week] call Jason back'), ':FuTouch in the buffer takes the chase off the list', getqflist())
  call cursor(4, 1)
  FuSnooze +3d
  call T_ok(!s:qf_index('[Week] send the deck'), ':FuSnooze in the buffer takes the step off the list')
  call setline(5, '- [x] NEXT: send pricing')
  silent write
  call T_ok(!s:qf_index('send pricing'), 'a step marked [x] by hand and saved leaves the list')
  call T_ok(stridx(system(shellescape(g:T.root . '/bin/fulog') . ' overdue'), '[Week] send') < 0, '... as fulog overdue says')
  bwipeout!
endfunction

function! s:qf_index(text) abort
  let i = 0
  for e in getqflist()
    let i += 1
    if stridx(e.text, a:text) >= 0
      return i
    endif
  endfor
  return 0
endfunction

call T_run(function('s:body'))
