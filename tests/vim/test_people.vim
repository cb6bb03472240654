" The front matter's people reach the classifier in Vim too: attendees act
" for the client, team for the seller, and editing them re-reads the note.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:explain(buf, row) abort
  return luaeval('(function(b, r) local e = require("fulog.highlight").explain(b, r) or {} return vim.dict({class = e.class or "", due = e.due or "", why = e.why or ""}) end)(_A[1], _A[2])', [a:buf, a:row])
endfunction

function! s:body() abort
  let env = T_env('2026-12-02')
  call T_load_plugin()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  let p = env.notes . '/people/2026-12-02.md'
  call mkdir(fnamemodify(p, ':h'), 'p')
  call writefile(['---', 'date: 2026-12-02', 'attendees: Maria Lopez, Tom', 'team: Alex', '---', '# Acme - call',
        \ '- NEXT: Alex to send the security docs by Friday',
        \ '- NEXT: Maria to send the signed MSA by 12/15',
        \ '- NEXT: Jan sends the order form Friday 12/4'], p)
  execute 'edit ' . fnameescape(p)
  let buf = bufnr('%')
  call T_ok(T_idle(buf), 'idle after open')
  let a = s:explain(buf, 6)
  call T_eq(a.class, 'compliance', 'a team: name acts for the seller')
  call T_contains(a.why, '(team)', 'the why names the team')
  let m = s:explain(buf, 7)
  call T_eq(m.class, 'firm', 'an attendee to send by a date is firm')
  call T_contains(m.why, '(attendee)', 'the why names the attendee')
  let j = s:explain(buf, 8)
  call T_eq(j.class, 'firm', 'Jan is a person: firm')
  call T_eq(j.due, '2026-12-04', 'Jan sends ... Friday 12/4 is due 12/4')
  call setline(3, 'attendees: Maria Lopez, Tom, Alex')
  call setline(4, 'team: Sam')
  call T_ok(T_idle(buf), 'idle after editing the front matter')
  call T_eq(s:explain(buf, 6).class, 'firm', 'an attendee named Alex now acts for the client')
  bwipeout!
endfunction

call T_run(function('s:body'))
