" A seller's week in Vim (the cases of tests/nvim/test_week.lua): what
" :FuLog says must be what the shell says.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex

  " an account the store does not know: said, not an empty log
  FuLog Acme
  let text = join(getline(1, '$'), "\n")
  call T_contains(text, "no account named 'Acme' in the store (did you mean Acme Corp?)", ':FuLog with an unknown account says so')
  call T_ok(stridx(text, 'No open next steps') < 0, '... and shows no empty log', text)
  bwipeout!
  let out = system(shellescape(g:T.root . '/bin/fulog') . ' log Acme')
  call T_contains(out, "no account named 'Acme' in the store (did you mean Acme Corp?)", 'fulog log says the same')
  FuLog acme corp
  call T_contains(getline(1), 'account acme corp:', ':FuLog with a known account in another case shows it')
  bwipeout!
endfunction

call T_run(function('s:body'))
