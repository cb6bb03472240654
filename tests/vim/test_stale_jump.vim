" The log and :FuOverdue name a step by the line the store saw; a note open
" with unsaved edits has it elsewhere. <CR> in the log and the quickfix
" entries go to the step's line in the buffer. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  FuIndex
  let acme = env.notes . '/acme/2026-11-20-discovery.md'
  execute 'edit' fnameescape(acme)
  let b = bufnr('')
  call append(5, ['Talked about the budget.', '- NEXT: Tom signs the MSA 12/20'])
  call T_eq(&modified, 1, 'the note has unsaved edits')
  FuLog
  call cursor(T_find(getline(1, '$'), 'send the case studies'), 1)
  lua require("fulog.log").actions.jump()
  call T_eq(bufnr(''), b, '<CR> in the log goes to the note''s buffer')
  call T_eq(getline('.'), '- NEXT: send the case studies', '... on the step''s line in the buffer')
  FuOverdue
  let n = 0
  for it in getqflist()
    if it.bufnr == b
      let n += 1
      let want = matchstr(it.text, '\] \zs.\{-}\ze (due')
      call T_contains(get(getbufline(b, it.lnum), 0, ''), want, 'the quickfix entry of ''' . want . ''' is on its line in the buffer')
    endif
  endfor
  call T_ok(n >= 2, 'the note''s overdue steps are listed', n)
endfunction

call T_run(function('s:body'))
