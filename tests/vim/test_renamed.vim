" A note renamed on disk, then :FuTouch on its buffer under the new name:
" the write-back indexes that one note, and the old path must leave the
" store then (:FuOverdue and :FuLog listed both, every step twice, one at
" a file that is gone). Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex
  let old = env.notes . '/acme/2026-11-20-discovery.md'
  let new = env.notes . '/acme/discovery.md'
  call T_eq(rename(old, new), 0, 'the note is renamed')
  execute 'edit' fnameescape(new)
  call cursor(T_find(getline(1, '$'), '- NEXT: send the case studies'), 1)
  FuTouch email no reply
  call T_eq(&modified, 0, ':FuTouch wrote the renamed note')
  FuOverdue
  let at_old = 0
  let at_new = 0
  for it in getqflist()
    let name = bufname(it.bufnr)
    if stridx(name, '2026-11-20-discovery.md') >= 0
      let at_old += 1
    elseif stridx(name, 'discovery.md') >= 0
      let at_new += 1
    endif
  endfor
  call T_eq(at_old, 0, ':FuOverdue lists nothing at the old path')
  call T_ok(at_new >= 1, ':FuOverdue lists the note''s steps at its new path', at_new)
  FuLog
  let text = join(getline(1, '$'), "\n")
  call T_ok(stridx(text, '2026-11-20-discovery') < 0, ':FuLog shows no step of the old path', text)
  call T_eq(count(text, 'send the case studies'), 1, ':FuLog shows the step once')
endfunction

call T_run(function('s:body'))
