" A note gone from disk since the last index, in what :FuStats counts and
" the accounts :FuLog offers (its f key, its completion): they leave them
" out and say so, as fulog stats and fulog accounts do. Same fixtures as
" Neovim; today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:stats() abort
  FuStats month 2026-11-01
  return getline(1, '$')
endfunction

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call writefile(['---', 'account: Acme Corp', 'date: 2026-11-10', '---',
        \ '- NEXT: send the security questionnaire'], 'acme/2026-11-10-intro.md')
  FuIndex
  let before = s:stats()
  let total = before[T_find(before, '  total ') - 1]

  call delete('acme/2026-11-10-intro.md')
  let lines = s:stats()
  call T_eq(lines[1], '1 note that is gone is not counted (acme/2026-11-10-intro.md): :FuIndex removes it',
        \ ':FuStats says under its title what it left out')
  let now = lines[T_find(lines, '  total ') - 1]
  call T_ok(now !=# total, ':FuStats no longer counts the gone note', now)
  let [shell, rc] = T_shell('stats --by month --since 2026-11-01')
  call T_eq(rc, 0, 'fulog stats runs')
  call T_contains(shell, "1 note that is gone is not counted (acme/2026-11-10-intro.md): fulog index removes it\n",
        \ 'fulog stats says the same on stderr')
  call T_contains(shell, now . "\n", ':FuStats counts what fulog stats counts')

  " every note of Initech gone: the log's f and :FuLog's completion leave it out
  call T_ok(index(getcompletion('FuLog ', 'cmdline'), 'initech') >= 0, ':FuLog completes initech while its note is there')
  call delete('initech/2026-12-01.md')
  let accounts = getcompletion('FuLog ', 'cmdline')
  call T_ok(index(accounts, 'initech') < 0, ':FuLog no longer completes it', accounts)
  call T_ok(index(accounts, 'Acme Corp') >= 0, '... an account with a note left is still completed', accounts)
  FuLog
  call T_stub_ui('(none)', v:null)
  lua require("fulog.log").actions.filter()
  let offered = get(T_asked(), 'items', [])
  call T_ok(index(offered, 'initech') < 0, "the log's f does not offer it", offered)
  call T_ok(index(offered, 'globex') >= 0, '... and offers the others', offered)
  call T_eq(T_said(), '1 account whose notes are all gone is not listed (Initech): :FuIndex removes it', '... and says so')
  let [out, src] = T_shell('accounts')
  call T_eq(src, 0, 'fulog accounts runs')
  call T_ok(out =~# "\nGlobex$" && out !~# "\nInitech", 'as fulog accounts leaves it out', out)
endfunction

call T_run(function('s:body'))
