" Two editors (or an editor and the shell, a sync tool, a checkout) on
" one note. The other one wrote the note's very bytes again: the file's
" time moved, not its text, and :FuDone, :FuTouch, :FuSnooze and the log's
" keys on the unmodified buffer stopped at the editor's "changed since
" reading it (y/n)?" when they wrote it (Vim -es quit there, mid-run). It
" wrote other bytes: the write-back is refused, the buffer and the note
" are left as they were. The Vim twin of tests/nvim/test_two_editors.lua.
" Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:same_bytes_later(note) abort
  let text = readfile(a:note, 'b')
  sleep 1100m
  call writefile(text, a:note, 'b')
endfunction

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  FuIndex
  let note = 'acme/2026-11-20-discovery.md'
  execute 'edit' note
  for c in [['FuDone', 'send the case studies', '- [x] NEXT: send the case studies'],
        \ ['FuTouch email no reply', 'call Jason back', 'TOUCH: 2026-12-10 email - no reply'],
        \ ['FuSnooze +3d', 'call Jason back', 'call Jason back in two weeks due:2026-12-13']]
    call s:same_bytes_later(note)
    call cursor(T_find(getline(1, '$'), c[1]), 1)
    execute c[0]
    call T_contains(T_read(note), c[2], c[0] . ' after the note''s bytes were written again: written')
    call T_eq(&modified, 0, '... and the buffer is saved')
  endfor

  " the log's done on a step of the note open in the unmodified buffer
  call s:same_bytes_later(note)
  FuLog
  call cursor(T_find(getline(1, '$'), 'Jason brings CFO'), 1)
  lua require("fulog.log").actions.done()
  call T_contains(T_read(note), '- [x] NEXT: Jason brings CFO', 'the log''s done after the bytes were written again: written')
  execute 'buffer' bufnr(note)
  call T_eq(&modified, 0, '... and the note''s buffer is saved')

  " the other editor wrote other bytes: refused, nothing lost
  let mine = getline(1, '$')
  let theirs = substitute(T_read(note), 'PAIN: month-end', 'PAIN: quarter-end', '')
  sleep 1100m
  call writefile(split(theirs, "\n", 1), note, 'b')
  call cursor(T_find(getline(1, '$'), 'call Jason back'), 1)
  FuTouch email no reply
  call T_match(T_said(), 'changed on disk since it was read: nothing written', 'a note the other editor changed: refused')
  call T_eq(T_read(note), theirs, '... its change is kept')
  call T_eq(getline(1, '$'), mine, '... and the buffer is as it was')
endfunction

call T_run(function('s:body'))
