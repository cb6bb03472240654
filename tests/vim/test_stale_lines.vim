" A write-back from a list names a step by the line the store saw
" (tests/nvim/test_stale_lines.lua in Vim 9, QA round 40): lines added above
" it since, in the buffer or the file, must not make it hit its twin with
" the same words; deleted or reworded since: refused, nothing written.
" Today 2026-12-08.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

" the log's write-back (done, touch or snooze) of the second twin of
" twins/F.md as the store listed it: line 9
function! s:chase(env, f, what) abort
  call luaeval('(function(p) _G.T_CHASE = { path = p, line = 9, text = "call Tom back" } end)(_A)',
        \ a:env.notes . '/twins/' . a:f . '.md')
  if a:what ==# 'done'
    lua require("fulog.actions").done_chase(_G.T_CHASE)
  elseif a:what ==# 'touch'
    lua require("fulog.actions").touch_chase(_G.T_CHASE, "email", "sent")
  else
    lua require("fulog.snooze").chase(_G.T_CHASE, "+3d")
  endif
endfunction

function! s:body() abort
  let env = T_env('2026-12-08')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('twins', 'p')
  let note = ['---', 'account: Twins', 'date: 2026-12-01', '---', '# Twins', '',
        \ '- NEXT: call Tom back', '- NEXT: send the deck', '- NEXT: call Tom back']
  let shifted = note[0:4] + ['Tom is away until the 10th.', 'Budget is approved.'] + note[5:]
  for f in ['buf', 'file', 'snooze', 'sh', 'gone', 'words']
    call writefile(note, 'twins/' . f . '.md')
  endfor
  FuIndex

  " in a buffer with unsaved edits: the twin on line 11 now, not line 9
  edit twins/buf.md
  call append(5, ['Tom is away until the 10th.', 'Budget is approved.'])
  call T_eq(getline(1, '$'), shifted, 'two lines added above, unsaved')
  call s:chase(env, 'buf', 'done')
  let want = copy(shifted)
  let want[10] = '- [x] NEXT: call Tom back'
  call T_eq(getline(1, '$'), want, 'the log''s done marks the listed twin in the buffer')
  bwipeout!

  " in the file (no buffer), changed on disk since the index
  call writefile(shifted, 'twins/file.md')
  call s:chase(env, 'file', 'touch')
  call T_eq(readfile('twins/file.md'), shifted + ['  - TOUCH: 2026-12-08 email - sent'], 'the log''s touch goes under the listed twin')
  call writefile(shifted, 'twins/snooze.md')
  call s:chase(env, 'snooze', 'snooze')
  let want = copy(shifted)
  let want[10] = '- NEXT: call Tom back due:2026-12-11'
  call T_eq(readfile('twins/snooze.md'), want, 'the log''s snooze sets due: on the listed twin')
  call writefile(shifted, 'twins/sh.md')
  call T_eq(T_shell('snooze twins/sh.md:9 +3d')[1], 0, 'fulog snooze FILE:LINE after the shift')
  call T_eq(readfile('twins/sh.md'), want, 'fulog snooze writes what the log''s snooze writes')

  " the listed twin deleted since: the other one is not taken for it
  call writefile(note[0:7], 'twins/gone.md')
  call s:chase(env, 'gone', 'done')
  call T_contains(T_said(), 'a step with these words was added or removed', 'the log''s done on a deleted twin is refused')
  call T_eq(readfile('twins/gone.md'), note[0:7], '... and the note is as it was')
  let [msg, code] = T_shell('done twins/gone.md:9')
  call T_eq(code, 1, 'fulog done refuses it too')
  call T_contains(msg, 'a step with these words was added or removed', '... in the same words')

  " reworded in the buffer since the listing: refused, the buffer kept
  edit twins/words.md
  call setline(9, '- NEXT: call Tom back on Monday')
  let before = getline(1, '$')
  call s:chase(env, 'words', 'done')
  call T_contains(T_said(), 'added or removed', 'the log''s done on a reworded twin is refused')
  call T_eq(getline(1, '$'), before, '... and the buffer is as it was')
  bwipeout!
endfunction

call T_run(function('s:body'))
