" Account names for people, in Vim (the cases of tests/nvim/test_accounts.lua):
" the heading's "Vertex Media" for the folder vertex-media, a folder
" title-cased, a root note's heading; :FuLog takes the key or the name;
" :FuOverdue and fulog log say the same.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call mkdir(env.notes . '/vertex-media', 'p')
  call writefile(['# Vertex Media - intro call 2026-12-01', '- NEXT: send the deck'], env.notes . '/vertex-media/2026-12-01.md')
  call writefile(['# Hooli 2026-12-02', '- NEXT: send pricing'], env.notes . '/hooli.md')
  call mkdir(env.notes . '/blue-sky_labs', 'p')
  call writefile(['# Weekly sync 2026-12-03', '- NEXT: call Ann'], env.notes . '/blue-sky_labs/sync.md')
  call T_setup(env, 'index_on_open = false')
  FuIndex

  FuLog
  let text = join(getline(1, '$'), "\n")
  call T_contains(text, "\nVertex Media ", 'the log names the account as the heading does')
  call T_ok(stridx(text, "\nvertex-media ") < 0, 'not the folder''s slug', text)
  call T_contains(text, "\nBlue Sky Labs ", 'a folder without a matching heading is title-cased')
  call T_contains(text, "\nHooli ", 'a note at the root takes its heading''s account')
  call T_ok(stridx(text, '(no account)') < 0, 'no note is without an account', text)
  bwipeout!

  for arg in ['vertex-media', 'Vertex Media', 'VERTEX MEDIA']
    execute 'FuLog' arg
    call T_contains(getline(1), '1 to act on', ':FuLog ' . arg . ' finds the account')
    call T_contains(join(getline(1, '$'), "\n"), "\nVertex Media ", ':FuLog ' . arg . ' shows its name')
    bwipeout!
  endfor
  call T_ok(index(getcompletion('FuLog v', 'cmdline'), 'vertex-media') >= 0, ':FuLog completes the key')

  FuOverdue
  call T_contains(join(map(getqflist(), 'v:val.text'), "\n"), '[Globex]', ':FuOverdue names the account for people')

  let out = system('cd ' . shellescape(env.dir) . ' && FULOG_TODAY=2026-12-10 FULOG_DB=' . shellescape(env.db)
        \ . ' XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog') . ' log vertex-media 2>&1')
  call T_contains(out, "\nVertex Media ", 'fulog log vertex-media shows Vertex Media')
endfunction

call T_run(function('s:body'))
