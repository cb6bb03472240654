" The chase loop in Vim: :FuSnooze on the step under the cursor, the log's
" snooze key on a note that is not open, the log's states and the overdue
" messages. Same fixtures as Neovim, today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex
  let acme = env.notes . '/acme/2026-11-20-discovery.md'

  FuOverdue
  let joined = join(map(getqflist(), 'v:val.text'), "\n")
  call T_contains(joined, 'chase, 2nd follow-up (1 unanswered since 2026-12-04 call) - non [Acme Corp] call Jason back', 'the overdue message names the state')
  cclose

  execute 'edit' fnameescape(acme)
  let r = T_find(getline(1, '$'), 'call Jason back')
  call cursor(r + 1, 1)
  FuSnooze +7d
  call T_eq(getline(r), '- NEXT: call Jason back in two weeks due:2026-12-17', ':FuSnooze +7d writes due: on the step''s line')
  call T_eq(&modified, 0, 'the unmodified buffer was written')
  call T_contains(T_read(acme), "call Jason back in two weeks due:2026-12-17\n  TOUCH: 2026-12-04 call", 'the file has it, the rest as it was')
  FuSnooze 2026-12-20
  call T_eq(getline(r), '- NEXT: call Jason back in two weeks due:2026-12-20', 'a second snooze replaces the due:')

  FuLog
  let lines = getline(1, '$')
  call T_contains(lines[1], 's snooze', 'the log''s key help shows s snooze')
  call T_contains(join(lines, "\n"), 'pushed 2x', 'the log shows how often a step was pushed')
  call T_stub_ui('', '+2w')
  call cursor(T_find(lines, 'Send pricing by Friday'), 1)
  normal s
  call T_contains(T_read(env.notes . '/globex/notes.md'), "- NEXT: Send pricing by Friday due:2026-12-24\r\n", 's writes due: into the note file, CRLF kept')
  let lines = getline(1, '$')
  call T_match(get(lines, T_find(lines, 'Send pricing by Friday') - 1, ''), '^       todo\s\+2026-12-24', 'the log refreshes with the new next action date')
  call T_contains(join(lines, "\n"), 'Coming up', 'booked meetings are grouped under Coming up')
  bwipeout!
endfunction

call T_run(function('s:body'))
