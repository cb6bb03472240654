" fulog touch / done from a shell while Vim shows :FuLog and the quickfix
" list: on FocusGained (or BufEnter, CursorHold) the store's change is seen
" (db:data_version()) and both are read again. Same fixtures as Neovim.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:qf_has(text) abort
  for it in getqflist()
    if stridx(it.text, a:text) >= 0
      return 1
    endif
  endfor
  return 0
endfunction

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex
  let acme = env.notes . '/acme/2026-11-20-discovery.md'
  FuOverdue
  call T_ok(s:qf_has('send the case studies'), 'the quickfix list has the step before')
  FuLog
  let lb = bufnr('%')
  call T_ok(T_find(getbufline(lb, 1, '$'), 'send the case studies') > 0, 'the log has the step before')
  let line = index(readfile(acme), '- NEXT: send the case studies') + 1
  let out = system(printf('cd %s && FULOG_DB=%s FULOG_TODAY=2026-12-10 lua5.4 %s/bin/fulog done %s:%d',
        \ shellescape(env.dir), shellescape(env.db), shellescape(g:T.root), shellescape(acme), line))
  call T_eq(v:shell_error, 0, 'fulog done in a shell: ' . out)
  doautocmd FocusGained
  call T_ok(!s:qf_has('send the case studies'), 'after FocusGained the done step left the quickfix list')
  call T_ok(T_find(getbufline(lb, 1, '$'), 'send the case studies') == 0, '... and the log')
  call T_eq(luaeval('require("fulog").on_store_check()'), v:false, 'seen once: no second refresh')
endfunction

call T_run(function('s:body'))
