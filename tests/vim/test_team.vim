" The owner filter in :FuOverdue and :FuLog, in Vim (the same cases as
" tests/nvim/test_team.lua).
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:accounts() abort
  FuOverdue
  let names = {'ann.md': 'Acme', 'bob.md': 'Globex', 'none.md': 'Initech'}
  let got = []
  for it in getqflist()
    call add(got, get(names, fnamemodify(bufname(it.bufnr), ':t'), '?'))
  endfor
  return join(sort(got), ',')
endfunction

" bin/fulog in the notes folder, in the same environment: the accounts it
" lists by default (one rule for both, fulog.team.owner_for).
function! s:shell(notes, args) abort
  let out = system('cd ' . shellescape(a:notes) . ' && lua5.4 ' . shellescape(g:T.root . '/bin/fulog')
        \ . ' ' . a:args . ' --json 2>/dev/null')
  let got = []
  call substitute(out, '"account":"\([^"]*\)"', '\=add(got, submatch(1))', 'g')
  return join(sort(got), ',')
endfunction

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  let $GIT_CONFIG_GLOBAL = '/dev/null'
  let $GIT_CONFIG_NOSYSTEM = '1'
  unlet! $FULOG_OWNER
  let notes = env.dir . '/team'
  call mkdir(notes, 'p')
  for [name, owner, account] in [['ann.md', 'Ann Lee', 'Acme'], ['bob.md', 'Bob Roy', 'Globex'], ['none.md', '', 'Initech']]
    call writefile(['---', 'account: ' . account, 'date: 2026-11-20']
          \ + (owner ==# '' ? [] : ['owner: ' . owner])
          \ + ['---', '# call', '- NEXT: send the deck #compliance'], notes . '/' . name)
  endfor
  let env.notes = notes
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  FuIndex
  call T_eq(s:accounts(), 'Acme,Globex,Initech', 'no git: everyone''s overdue steps')
  call T_eq(s:shell(notes, 'overdue'), 'Acme,Globex,Initech', 'no git: fulog overdue lists everyone''s too')

  " owner = "me" with no name known: said, not everyone's list shown as mine
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = "me"')
  call setqflist([], 'r', {'title': 'before'})
  call T_clear_notes()
  FuOverdue
  call T_eq(getqflist({'title': 1}).title, 'before', 'owner = me, no name: no list made')
  call T_contains(join(T_notes(), "\n"), 'setup owner = "me": set FULOG_OWNER or git config user.name',
        \ 'owner = me, no name: the editor''s own words for the fix')
  call T_setup(env, 'index_on_open = false, index_on_save = false')

  call system('git -C ' . shellescape(notes) . ' init -q')
  call system('git -C ' . shellescape(notes) . ' config user.name "Ann Lee"')
  call T_eq(s:accounts(), 'Acme,Initech', 'a git work tree: my notes and the notes no one owns')
  call T_contains(getqflist({'title': 1}).title, 'owner Ann Lee', 'the quickfix title names the owner')
  " the same clone, the same environment: the shell gives the same list
  call T_eq(s:shell(notes, 'overdue'), 'Acme,Initech', 'fulog overdue in the clone: the list :FuOverdue gives')
  call T_eq(s:shell(notes, 'log'), 'Acme,Initech', 'fulog log in the clone: the accounts :FuLog shows')
  call T_eq(s:shell(notes, 'overdue --owner all'), 'Acme,Globex,Initech', 'fulog overdue --owner all: everyone''s')

  " the answer is remembered, until what git reads changes
  call system('git -C ' . shellescape(notes) . ' config user.name "Bob Roy"')
  call T_eq(s:accounts(), 'Globex,Initech', 'user.name changed in the session: the next list follows it')
  call system('git -C ' . shellescape(notes) . ' config user.name "Ann Lee"')
  call T_eq(s:accounts(), 'Acme,Initech', 'and back')

  " a user.name in a file the global config includes is followed too (the
  " memo watched the config files, not what they include: QA round 40)
  let home = env.dir . '/home'
  let saved_home = $HOME
  call mkdir(home, 'p')
  call writefile(['[include]', "\tpath = ~/.gitinc"], home . '/.gitconfig')
  call writefile(['[user]', "\tname = Bob Roy"], home . '/.gitinc')
  let $HOME = home
  unlet $GIT_CONFIG_GLOBAL
  call system('git -C ' . shellescape(notes) . ' config --unset user.name')
  call T_eq(s:accounts(), 'Globex,Initech', 'user.name from a file ~/.gitconfig includes')
  call writefile(['[user]', "\tname = Ann Lee"], home . '/.gitinc')
  call T_eq(s:accounts(), 'Acme,Initech', 'the included file changed in the session: the next list follows it')
  call T_eq(s:shell(notes, 'overdue'), 'Acme,Initech', 'fulog overdue in the same environment: the same list')
  let $HOME = saved_home
  let $GIT_CONFIG_GLOBAL = '/dev/null'
  call system('git -C ' . shellescape(notes) . ' config user.name "Ann Lee"')

  let $FULOG_OWNER = 'Bob Roy'
  call T_eq(s:accounts(), 'Globex,Initech', 'FULOG_OWNER wins over git''s user.name')
  unlet $FULOG_OWNER

  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = "all"')
  call T_eq(s:accounts(), 'Acme,Globex,Initech', 'owner = all')
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = "bob ROY"')
  call T_eq(s:accounts(), 'Globex,Initech', 'owner = a name, any case')
  " the title names the owner as the notes spell it, as :FuLog's header does
  call T_eq(getqflist({'title': 1}).title, 'fulog: overdue follow-ups (today 2026-12-10, owner Bob Roy)',
        \ 'the quickfix title names the owner as the notes write it')
  " an owner no note names ('bob': the notes say Bob Roy) is said, once:
  " the list holds only the notes no one owns (QA round 48)
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = "bob"')
  call T_clear_notes()
  call T_eq(s:accounts(), 'Initech', 'owner = bob: the notes no one owns')
  call T_eq(T_notes(), ['warn: fulog: no note names the owner bob (owner: in its front matter): only the notes'
        \ . ' no one owns are shown; setup owner = "all" shows everyone''s'], 'an owner no note names is said')
  call s:accounts()
  call T_eq(len(T_notes()), 1, '... once a session')
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = "bob roy"')
  call s:accounts()
  call T_eq(len(T_notes()), 1, 'a name a note has: nothing said')
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = " ALL "')
  call T_eq(s:accounts(), 'Acme,Globex,Initech', 'owner = ALL, blanks around it: all')
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = " Bob Roy "')
  call T_eq(s:accounts(), 'Globex,Initech', 'owner = a name with blanks around it')

  " an owner with a bidi override, ESC and NEL (from git config or the
  " notes): the title named it raw; now escaped as every name (QA round 43)
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  call system('git -C ' . shellescape(notes) . ' config user.name ' . shellescape("Bo\u202eb\e[31m\u0085x"))
  call s:accounts()
  call T_eq(getqflist({'title': 1}).title,
        \ 'fulog: overdue follow-ups (today 2026-12-10, owner Bo\342\200\256b\033[31m\302\205x)',
        \ 'the quickfix title escapes the owner''s control and bidi bytes')
  call system('git -C ' . shellescape(notes) . ' config user.name "Ann Lee"')

  call T_setup(env, 'index_on_open = false, index_on_save = false')
  FuLog
  let text = join(getline(1, '$'), "\n")
  call T_contains(text, 'owner Ann Lee', 'the log header names the owner')
  call T_contains(text, 'Initech', 'the log lists an account no one owns')
  call T_ok(stridx(text, 'Globex') < 0, 'the log leaves out a colleague''s account', text)
  " the owner as typed ('bob ROY'), the header as the notes spell it
  call T_setup(env, 'index_on_open = false, index_on_save = false, owner = "bob ROY"')
  FuLog
  call T_contains(join(getline(1, '$'), "\n"), 'owner Bob Roy:', 'the log header names the owner as the notes write it')
  close

  " :FuStats counts an account dark by everyone's touches and meetings with
  " it (the client's silence), as :FuLog's account line does: Acme answered
  " Bob, so it is not dark in Ann's report (QA round 48)
  call writefile(['---', 'account: Acme', 'date: 2026-11-16', 'owner: Ann Lee', '---', '# call',
        \ '- NEXT: f/u next week #non', '  TOUCH: 2026-11-23 email - no reply', '  TOUCH: 2026-11-26 call - no reply'],
        \ notes . '/dark-ann.md')
  call writefile(['---', 'account: Acme', 'date: 2026-12-01', 'owner: Bob Roy', '---', '# call',
        \ '- NEXT: send the SOC2 report #compliance', '  TOUCH: 2026-12-03 email - replied: thanks'],
        \ notes . '/dark-bob.md')
  call writefile(['---', 'account: Umbrella', 'date: 2026-11-16', 'owner: Ann Lee', '---', '# call',
        \ '- NEXT: f/u next week #non', '  TOUCH: 2026-11-23 email - no reply', '  TOUCH: 2026-11-26 call - no reply'],
        \ notes . '/dark-umb.md')
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  FuIndex
  FuStats month 2026-11-01
  let stats = join(getline(1, '$'), "\n")
  call T_contains(stats, 'by month, owner Ann Lee', 'FuStats is Ann''s')
  " the follow-up table's total: opened closed touches replies per-reply reply-days dark pushed
  let dark = matchstr(stats, '\n  total \+\d\+ \+\d\+ \+\d\+ \+\d\+ \+\S\+ \+\S\+ \+\zs\d\+\ze \+\d\+\n')
  call T_eq(dark, '1', 'one dark account of Ann''s: Umbrella, not Acme')
  close
  FuLog
  let log = join(getline(1, '$'), "\n")
  call T_contains(log, '1 dark account', 'the log counts the same dark accounts')
  call T_contains(log, 'Acme  last touch 2026-12-03, last reply 2026-12-03', 'Acme answered')
endfunction

call T_run(function('s:body'))
