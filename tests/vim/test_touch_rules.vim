" A touch is checked by one core function (ful_touch_plan) whether it is
" written by :FuTouch in the note's own buffer or by fulog touch: the same
" input is refused by both, in the same words (tests/nvim/test_touch_rules.lua
" in Vim 9). Today 2026-12-04.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:shell(env, args) abort
  return T_shell('touch ' . a:args)
endfunction

function! s:editor(file, lnum, args) abort
  execute 'edit' fnameescape(a:file)
  call cursor(a:lnum, 1)
  call T_clear_notes()
  let before = getline(1, '$')
  execute 'FuTouch' a:args
  call T_eq(getline(1, '$'), before, ':FuTouch ' . a:args . ' in ' . a:file . ' wrote nothing')
  let n = T_notes()
  return empty(n) ? '(no message)' : substitute(n[0], '^\a\+: fulog: ', '', '')
endfunction

function! s:body() abort
  let env = T_env('2026-12-04')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  call mkdir(env.notes . '/acme', 'p')
  call writefile(['---', 'date: 2026-12-08', '---', '# Acme - proposal review',
        \ '- NEXT: Jason brings the CFO to the review'], env.notes . '/acme/2026-12-08-review.md')
  call writefile(['---', 'date: 2026-11-20', '---', '# Acme - discovery',
        \ '- NEXT: call Jason back in two weeks', '  - TOUCH: 2026-12-04 call - no answer'],
        \ env.notes . '/acme/2026-11-20-call.md')
  execute 'cd' fnameescape(env.notes)
  for c in [
        \ ['acme/2026-12-08-review.md', 5, 'call no answer',
        \  'acme/2026-12-08-review.md:5: a touch on 2026-12-04 is before the meeting (2026-12-08): a touch follows the meeting; nothing written', 1],
        \ ['acme/2026-11-20-call.md', 5, 'call no answer',
        \  'acme/2026-11-20-call.md:6: this touch is already there (same date, channel and outcome): not written again', 1],
        \ ['acme/2026-11-20-call.md', 5, 'fax sent',
        \  'acme/2026-11-20-call.md:5: unknown channel "fax": want email, call, voicemail, meeting or other; nothing written', 2],
        \ ]
    let before = T_read(c[0])
    let [msg, code] = s:shell(env, c[0] . ':' . c[1] . ' ' . c[2])
    call T_eq(msg, c[3], 'fulog touch ' . c[0] . ' ' . c[2] . ' is refused')
    call T_eq(code, c[4], '... exit ' . c[4])
    call T_eq(s:editor(c[0], c[1], c[2]), c[3], ':FuTouch ' . c[2] . ' is refused in the same words')
    call T_eq(T_read(c[0]), before, '... and the note is as it was')
  endfor
  " the meeting's own day is fine, as in fulog touch
  let $FULOG_TODAY = '2026-12-08'
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  edit acme/2026-12-08-review.md
  call cursor(5, 1)
  FuTouch call no answer
  call T_eq(getline(6), '  - TOUCH: 2026-12-08 call - no answer', 'a touch on the meeting''s day is written')
  " the ' - ' typed as the line shows it is written once (QA round 48)
  call cursor(5, 1)
  call T_clear_notes()
  FuTouch email - no reply
  call T_eq(getline(7), '  - TOUCH: 2026-12-08 email - no reply', 'FuTouch email - no reply: one '' - ''')
  call T_contains(T_said(), 'touch recorded: email - no reply (Jason brings', '... and says what it wrote')
endfunction

call T_run(function('s:body'))
