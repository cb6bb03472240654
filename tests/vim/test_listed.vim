" A stale line number must not mark the wrong step (tests/nvim/test_listed.lua
" in Vim 9, QA round 43): what :FuOverdue's quickfix list and :FuLog
" showed is recorded, as fulog overdue and log record it (fulog.listed), so
" a plain FILE:LINE typed from them into the shell after the note changed is
" refused; the line the refusal gives acts. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('listed', 'p')
  let head = ['---', 'account: Listed', 'date: 2026-11-20', '---', '# Listed']
  let note = head + ['- NEXT: send the pricing sheet #compliance', '- NEXT: send the case studies #compliance']
  let edited = head + ['- NEXT: send the contract #compliance', '- NEXT: send the pricing sheet #compliance',
        \ '- NEXT: send the case studies #compliance']
  let key = luaeval('require("fulog.core").step_key("send the pricing sheet")')
  let refusal = 'listed/a.md:6 now holds "send the contract"; your last listing showed "send the pricing sheet" there,'
        \ . ' now listed/a.md:7: use listed/a.md:7 or listed/a.md:6:' . key . '; nothing written'
  for listing in ['FuOverdue', 'FuLog']
    call writefile(note, 'listed/a.md')
    FuIndex
    execute listing
    if listing ==# 'FuOverdue'
      let seen = []
      for it in getqflist()
        if bufname(it.bufnr) =~# 'listed/a.md$'
          call add(seen, it.lnum)
        endif
      endfor
      call T_eq(seen, [6, 7], ':FuOverdue lists the note''s steps on lines 6 and 7')
      cclose
    else
      call T_ok(T_find(getline(1, '$'), 'listed/a.md:6:' . key) > 0, ':FuLog shows FILE:LINE:KEY', join(getline(1, '$'), "\n"))
      bwipeout!
    endif
    " a step inserted above, the note re-indexed
    call writefile(edited, 'listed/a.md')
    FuIndex
    for cmd in ['done listed/a.md:6', 'snooze listed/a.md:6 +3d', 'touch listed/a.md:6 email sent']
      call T_eq(T_shell(cmd), [refusal, 1], 'after ' . listing . ': fulog ' . cmd . ' is refused')
    endfor
    call T_eq(readfile('listed/a.md'), edited, 'after ' . listing . ': nothing written')
    call T_eq(T_shell('done listed/a.md:7'), ['listed/a.md:7: marked done: send the pricing sheet', 0],
          \ 'after ' . listing . ': the line the refusal gives acts')
  endfor
endfunction

call T_run(function('s:body'))
