" What the editor shows of text from the notes, beside the shell
" (tests/nvim/test_shown.lua in Vim 9, QA round 42): a step's bidi controls,
" line breaks and C1 controls, a step wider than 160 columns in CJK, and a
" file name with a bidi byte, in :FuOverdue's quickfix list, the :FuLog
" buffer and :FuDone's message; a long step whole in :FuDraft's script, as
" in fulog draft's; hostile names from front matter in :FuLog and
" :FuDraft. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('shown', 'p')
  let [rlo, pdf, nel, ls, csi] = ["\u202e", "\u202c", "\u0085", "\u2028", "\u009b"]
  let fffd = "\ufffd"
  let head = ['---', 'account: Shown', 'date: 2026-11-20', '---', '# Shown']
  let bidi = 'send the ' . rlo . 'ecnirp' . pdf . ' sheet' . nel . 'now' . ls . 'then' . csi . '31m'
  let shown = 'send the ' . fffd . 'ecnirp' . fffd . ' sheet now then 31m'
  let wide = 'Tom signs ' . repeat("\u5951", 100)
  let cut = 'Tom signs ' . repeat("\u5951", 74) . "\u2026"
  let note = head + ['- NEXT: ' . bidi . ' #compliance', '- NEXT: ' . wide . ' #compliance']
  call writefile(note, 'shown/a.md')
  call writefile(note, 'shown/sh.md')
  call writefile(head + ['- NEXT: send the named deck #compliance'], 'shown/q' . rlo . 'dm.a.md')
  FuIndex

  " the quickfix list: the shell's messages, none obeying a control
  let want = []
  for l in systemlist('XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog') . ' overdue')
    if l =~# '^shown/'
      call add(want, substitute(substitute(l, '^.\{-}:\d\+:\d\+: ', '', ''), ' {\l\+}$', '', ''))
    endif
  endfor
  FuOverdue
  let got = []
  for it in getqflist()
    if stridx(bufname(it.bufnr), 'shown/') >= 0
      call add(got, it.text)
    endif
  endfor
  call T_eq(sort(got), sort(want), ':FuOverdue''s messages are fulog overdue''s')
  let all = join(got, "\n")
  call T_contains(all, '[Shown] ' . shown . ' (due', 'a bidi override shows as U+FFFD, NEL, LS and a C1 control as blanks')
  call T_contains(all, '[Shown] ' . cut . ' (due', 'a CJK step is cut at 160 columns, not 160 characters')
  call T_ok(stridx(all, rlo) < 0 && stridx(all, nel) < 0 && stridx(all, csi) < 0,
        \ 'no override, NEL or C1 control reaches the list', all)
  cclose

  " the log buffer
  FuLog Shown
  let lines = getline(1, '$')
  let log = join(lines, "\n")
  call T_ok(T_find(lines, shown) > 0, ':FuLog shows the step as the shell does', log)
  call T_ok(T_find(lines, cut) > 0, ':FuLog cuts the CJK step at 160 columns', log)
  call T_ok(T_find(lines, ' · shown/q\342\200\256dm.a.md:6:') > 0, ':FuLog names the file with its bidi bytes escaped', log)
  call T_ok(stridx(log, rlo) < 0 && stridx(log, nel) < 0, 'no override or NEL in the log buffer', log)
  let sh = systemlist('XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog') . ' log Shown')
  " (the buffer has the key help on its second line)
  call T_eq(lines[3:5], sh[2:4], 'its first rows are fulog log''s')
  bwipeout!

  " :FuDone's words are fulog done's
  call T_eq(T_shell('done shown/sh.md:6'), ['shown/sh.md:6: marked done: ' . shown, 0], 'fulog done shows the step as listed')
  edit shown/a.md
  call cursor(6, 1)
  FuDone
  call T_eq(T_said(), 'shown/a.md:6: marked done: ' . shown, ':FuDone says the same words')
  silent write
  call T_eq(T_read('shown/a.md'), T_read('shown/sh.md'), 'and the note keeps the bytes, as fulog done writes them')
  bwipeout!

  " a long step is whole in a call script (it was cut at 160 characters)
  let long = substitute(repeat('they sign the order form once legal reviews the redlines; ', 5), ' $', '', '')
  call writefile(head + ['PAIN: month-end takes three days', '- NEXT: ' . long], 'shown/long.md')
  FuIndex
  edit shown/long.md
  call cursor(7, 1)
  FuDraft call
  let d = join(getline(1, '$'), "\n")
  call T_contains(d, 'following up on ' . long . '.', ':FuDraft call has the whole step')
  call T_eq(d . "\n", system('XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog')
        \ . ' draft shown/long.md:7 --channel call'), '... as fulog draft has it')
  bwipeout!

  " hostile names from front matter: escaped in :FuLog and its <Tab>, not
  " obeyed in :FuDraft (the draft had them as written)
  call mkdir('hostile', 'p')
  call writefile(['---', 'account: Ho' . rlo . 'st Corp', 'attendees: Jo' . rlo . 'an Lee', 'date: 2026-11-20', '---',
        \ '# Host', 'PAIN: month-end ' . rlo . 'wols' . nel . 'now', '- NEXT: send the host deck #compliance'], 'hostile/h.md')
  FuIndex
  let esc = 'Ho\342\200\256st Corp'
  call T_eq(luaeval('require("fulog.commands").complete("log", "Ho", "FuLog Ho")'), esc,
        \ ':FuLog <Tab> offers the name as the log names it')
  execute 'FuLog' esc
  let lines = getline(1, '$')
  call T_contains(lines[0], 'account ' . esc . ':', ':FuLog takes that name, and its header shows it escaped')
  call T_ok(stridx(join(lines, "\n"), rlo) < 0, 'no override in the log buffer', join(lines, "\n"))
  bwipeout!
  edit hostile/h.md
  call cursor(8, 1)
  FuDraft
  let d = join(getline(1, '$'), "\n")
  call T_ok(stridx(d, rlo) < 0 && stridx(d, nel) < 0, ':FuDraft obeys no override or NEL from the notes', d)
  call T_contains(d, 'Hi Jo' . fffd . 'an,', '... the name shows it as U+FFFD')
  call T_eq(d . "\n", system('XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog')
        \ . ' draft hostile/h.md:8'), '... as fulog draft does')
endfunction

call T_run(function('s:body'))
