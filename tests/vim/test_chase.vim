" The chase loop in Vim: :FuSnooze on the step under the cursor, the log's
" snooze key on a note that is not open, the log's states and the overdue
" messages. Same fixtures as Neovim, today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

" :FuDraft on the step at line 6 of the note zeta offers these slots, as
" fulog draft does.
function! s:draft_slots(zeta, want, name) abort
  call cursor(6, 1)
  FuDraft
  let d = join(getline(1, '$'), "\n")
  call T_contains(d, a:want, a:name)
  call T_eq(d . "\n", system(shellescape(g:T.root . '/bin/fulog') . ' draft ' . shellescape(a:zeta . ':6')),
        \ '... the same slots as fulog draft')
  bwipeout!
endfunction

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
  call T_match(get(lines, T_find(lines, 'call Jason back') - 1, ''), 'call Jason back in two weeks$', 'the log shows a snoozed step without its due: token')
  call T_stub_ui('', '+2w')
  call cursor(T_find(lines, 'Send pricing by Friday'), 1)
  normal s
  call T_contains(T_read(env.notes . '/globex/notes.md'), "- NEXT: Send pricing by Friday due:2026-12-24\r\n", 's writes due: into the note file, CRLF kept')
  let lines = getline(1, '$')
  call T_match(get(lines, T_find(lines, 'Send pricing by Friday') - 1, ''), '^       todo\s\+2026-12-24', 'the log refreshes with the new next action date')
  call T_contains(join(lines, "\n"), 'Coming up', 'booked meetings are grouped under Coming up')

  " the log's D key: a draft in a scratch buffer
  call cursor(T_find(lines, 'call Jason back'), 1)
  normal D
  call T_eq(bufname('%'), 'fulog://draft', 'D opens the draft buffer')
  let d = join(getline(1, '$'), "\n")
  call T_contains(d, '"month-end reporting takes two people three days"', 'it quotes the client''s PAIN')
  call T_contains(d, 'Fri Dec 11 at 10:00 or Mon Dec 14 at 14:00', 'two slots on the next two working days')
  call T_contains(d, 'Circling back', 'the second attempt''s tone')
  call T_contains(d, 'Hi Jason,', 'no attendees in this note: the name the step gives')
  bwipeout!
  execute 'edit' fnameescape(acme)
  call cursor(T_find(getline(1, '$'), 'send the case studies'), 1)
  FuDraft voicemail
  call T_contains(getline(1), 'Voicemail, Acme Corp, attempt 1:', ':FuDraft voicemail writes a spoken script')
  bwipeout!
  " templates from the rules file's draft entry
  let rules = tempname() . '.lua'
  call writefile(['return { draft = { email = "From the rules file: {account}" } }'], rules)
  let $FULOG_RULES = rules
  execute 'edit' fnameescape(acme)
  call cursor(T_find(getline(1, '$'), 'send the case studies'), 1)
  FuDraft
  call T_contains(join(getline(1, '$'), "\n"), 'From the rules file: Acme Corp', 'the rules file''s draft template')
  bwipeout!
  unlet $FULOG_RULES
  call delete(rules)

  " the contact is whoever acts in the step (the core's actors), not the first attendee
  let zeta = env.notes . '/zeta/2026-12-08.md'
  call mkdir(env.notes . '/zeta', 'p')
  call writefile(['---', 'attendees: Jason Park, Maria Lopez', '---', '# Zeta - 2026-12-08',
        \ '- NEXT: Will sends the redlines #soft due:2026-12-20', '- NEXT: send the deck'], zeta)
  call luaeval('require("fulog").index_file(_A) and nil', zeta)
  execute 'edit' fnameescape(zeta)
  call cursor(5, 1)
  FuDraft
  let d = join(getline(1, '$'), "\n")
  call T_contains(d, 'Hi Will,', ':FuDraft writes to whoever acts in the step')
  call T_contains(d, "next step on Will sends the redlines\n", 'the draft leaves out the seller''s due: and #soft')
  bwipeout!
  call cursor(6, 1)
  FuDraft
  call T_contains(join(getline(1, '$'), "\n"), 'Hi Jason,', 'nobody named in the step: the first attendee')
  bwipeout!
  " no PAIN:/WANT: lines: no "You told us: (no PAIN/WANT noted)" read aloud
  for ch in ['call', 'voicemail']
    call cursor(6, 1)
    execute 'FuDraft' ch
    let d = join(getline(1, '$'), "\n")
    call T_contains(d, 'NOTE: no PAIN:/WANT: lines for Zeta', ':FuDraft ' . ch . ' with no PAIN/WANT says so first')
    call T_ok(stridx(d, 'You told us') < 0 && stridx(d, 'noted') < 0, '... and reads no empty reason aloud', d)
    call T_eq(d . "\n", system(shellescape(g:T.root . '/bin/fulog') . ' draft --channel ' . ch . ' ' . shellescape(zeta . ':6')),
          \ '... the same text as fulog draft --channel ' . ch)
    bwipeout!
  endfor

  " QA round 38: a demo booked Fri 12/11 10am, and the draft offered Fri 10:00
  let booked = env.notes . '/zeta/2026-12-09.md'
  call writefile(['---', 'account: Zeta', 'date: 2026-12-09', '---', '# Zeta - call',
        \ '- NEXT: Demo with Hank booked Fri 12/11 10am'], booked)
  call luaeval('require("fulog").index_file(_A) and nil', booked)
  call s:draft_slots(zeta, 'Fri Dec 11 at 14:00 or Mon Dec 14 at 14:00', ':FuDraft offers no slot at a meeting''s time')

  " QA round 39: the demo noted in the client's zone, a review noted as a
  " range: the seller in New York is taken Fri 10:00-11:00 and Mon 13-15
  call writefile(['---', 'account: Zeta', 'date: 2026-12-09', '---', '# Zeta - call',
        \ '- NEXT: Demo with Hank booked Fri 12/11 4pm CET', '- NEXT: Review booked Mon 12/14 1-3pm'], booked)
  call luaeval('require("fulog").index_file(_A) and nil', booked)
  let $TZ = 'EST5EDT,M3.2.0,M11.1.0'
  call s:draft_slots(zeta, 'Fri Dec 11 at 14:00 or Mon Dec 14 at 10:00', ':FuDraft: 4pm CET is 10:00 in New York, 1-3pm holds 14:00')
  unlet $TZ
  call writefile(['---', 'account: Zeta', 'date: 2026-12-09', '---', '# Zeta - call',
        \ '- NEXT: Demo with Hank booked Fri 12/11 10am'], booked)
  call luaeval('require("fulog").index_file(_A) and nil', booked)

  " QA round 38b: a step snoozed to a day now past read "... due:2026-12-07"
  " in the overdue list and "..." in the log: one text everywhere
  let snoozed = env.notes . '/zeta/2026-12-01.md'
  call writefile(['---', 'account: Zeta', 'date: 2026-12-01', '---', '# Zeta - call',
        \ '- NEXT: send the case studies due:2026-12-07 #compliance'], snoozed)
  call luaeval('require("fulog").index_file(_A) and nil', snoozed)
  FuOverdue
  let qf = map(filter(getqflist(), 'fnamemodify(bufname(v:val.bufnr), ":p") ==# snoozed'), 'v:val.text')
  call T_eq(qf, ['compliance [Zeta] send the case studies (due 2026-12-07, 3 days overdue)'],
        \ ':FuOverdue shows the step without its due: and #class')
  cclose
  let shell = filter(split(system(shellescape(g:T.root . '/bin/fulog') . ' overdue'), "\n"), 'stridx(v:val, snoozed) >= 0')
  call T_eq(qf, map(shell, 'substitute(substitute(v:val, ''^.\{-}:\d\+:\d\+: '', "", ""), '' {\w\+}$'', "", "")'),
        \ '... the same message as fulog overdue')
  FuLog
  let lines = getline(1, '$')
  call T_match(get(lines, T_find(lines, 'send the case studies') - 1, ''), 'compliance  send the case studies$', ':FuLog shows the same words')
  bwipeout!

  " QA round 38b: setup()'s draft.times reached only the editor; the rules
  " file's draft.times is read by both, and setup()'s own still wins
  let rules = tempname() . '.lua'
  call writefile(['return { draft = { times = { "08:30", "15:00" } } }'], rules)
  let $FULOG_RULES = rules
  call T_setup(env, 'index_on_open = false')
  execute 'edit' fnameescape(zeta)
  call cursor(6, 1)
  FuDraft
  let d = join(getline(1, '$'), "\n")
  call T_contains(d, 'Fri Dec 11 at 08:30 or Mon Dec 14 at 15:00', ':FuDraft offers the rules file''s draft.times')
  call T_eq(d . "\n", system(shellescape(g:T.root . '/bin/fulog') . ' draft ' . shellescape(zeta . ':6')),
        \ '... the same slots as fulog draft')
  bwipeout!
  call T_setup(env, 'index_on_open = false, draft = { times = { "09:30", "16:00" } }')
  call cursor(6, 1)
  FuDraft
  call T_contains(join(getline(1, '$'), "\n"), 'Fri Dec 11 at 09:30 or Mon Dec 14 at 16:00', 'setup()''s draft.times win over the rules file''s')
  bwipeout!
  unlet $FULOG_RULES
  call delete(rules)
endfunction

call T_run(function('s:body'))
