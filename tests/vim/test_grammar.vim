" One grammar, one contract (issue 12), in Vim: the cases of
" tests/nvim/test_grammar.lua (custom tags, tab-indented touch placement as
" fulog touch does it, a bad FULOG_TODAY, a note changed on disk, Enter at
" the outcome prompt, a message on success, no filetype detection).
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:said(text) abort
  return len(filter(copy(T_notes()), 'stridx(v:val, a:text) >= 0')) > 0
endfunction

" The last message, without fulog: and the note's folder.
function! s:last_said() abort
  return substitute(substitute(T_notes()[-1], '^\w\+: fulog: ', '', ''), '^.*/', '', '')
endfunction

function! s:zeta_cli(env, args) abort
  return system('cd ' . shellescape(a:env.notes . '/zeta') . ' && FULOG_TODAY=2026-12-10 FULOG_DB=' . shellescape(a:env.db)
        \ . ' XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog') . ' ' . a:args . ' 2>&1')
endfunction

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false, tags = { "TODO" }')

  " custom tags: :FuDone on a TODO: line
  let p = env.notes . '/zeta/2026-12-08.md'
  call mkdir(env.notes . '/zeta', 'p')
  call writefile(['# Zeta - 2026-12-08', '- TODO: call Tom', '  - NEXT: not a step here'], p)
  execute 'edit' fnameescape(p)
  call cursor(2, 1)
  FuDone
  call T_eq(getline(2), '- [x] TODO: call Tom', 'setup tags reach :FuDone')
  call T_ok(s:said('marked done'), ':FuDone says it worked', T_notes())

  " a touch under a step with a tab-indented block: buffer and shell agree
  let text = ['# Zeta - 2026-12-08', '  - TODO: send pricing', "\t- TOUCH: 2026-12-01 email", '', "\t  more about it", '- TODO: other']
  let p2 = env.notes . '/zeta/a.md'
  let p3 = env.notes . '/zeta/b.md'
  call writefile(text, p2)
  call writefile(text, p3)
  call writefile(text, env.notes . '/zeta/c.md')
  execute 'edit' fnameescape(p2)
  call cursor(2, 1)
  FuTouch call replied: yes
  let out = system('cd ' . shellescape(env.dir) . ' && FULOG_TODAY=2026-12-10 FULOG_DB=' . shellescape(env.db)
        \ . ' XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog')
        \ . ' touch --tags TODO ' . shellescape(p3 . ':2') . ' call replied: yes 2>&1')
  call T_eq(v:shell_error, 0, 'fulog touch works')
  call T_eq(T_read(p2), T_read(p3), ':FuTouch and fulog touch write the same note')
  call T_contains(getline(6), 'TOUCH: 2026-12-10 call', 'the touch goes after the block, blank line included')
  " the same words as fulog touch: one message (fulog.written), each
  " front-end naming the note relative to its working folder
  call T_eq(s:last_said(), 'a.md:6: touch recorded: call - replied: yes (send pricing)', ':FuTouch says where it wrote, and what')
  call T_eq(s:zeta_cli(env, 'touch --tags TODO c.md:2 CALL replied: yes'),
        \ "c.md:6: touch recorded: call - replied: yes (send pricing)\n", 'fulog touch says it in the same words')
  call T_eq(T_read(env.notes . '/zeta/c.md'), T_read(p2), 'the channel typed CALL: the line :FuTouch writes')
  " done and snooze: the same words in the shell and the editor
  let words = ['# Zeta - 2026-12-08', '- TODO: send the deck #compliance due:2026-12-09', '- TODO: call Tom back']
  call writefile(words, env.notes . '/zeta/s.md')
  call writefile(words, env.notes . '/zeta/t.md')
  execute 'edit' fnameescape(env.notes . '/zeta/s.md')
  call cursor(2, 1)
  FuSnooze 2026-12-20
  call T_eq(s:last_said(), 's.md:2: due 2026-12-20: send the deck', ':FuSnooze: what and to when')
  call T_eq(s:zeta_cli(env, 'snooze --tags TODO t.md:2 2026-12-20'), "t.md:2: due 2026-12-20: send the deck\n",
        \ 'fulog snooze: the same words')
  call cursor(3, 1)
  FuDone
  call T_eq(s:last_said(), 's.md:3: marked done: call Tom back', ':FuDone: what was marked')
  call T_eq(s:zeta_cli(env, 'done --tags TODO t.md:3'), "t.md:3: marked done: call Tom back\n", 'fulog done: the same words')
  silent write
  call T_eq(T_read(env.notes . '/zeta/s.md'), T_read(env.notes . '/zeta/t.md'), 'and the same notes')
  execute 'edit' fnameescape(p2)

  " Enter at the outcome prompt: "no reply"
  call T_stub_ui('email', '')
  call cursor(2, 1)
  FuTouch
  call T_contains(getline(7), 'TOUCH: 2026-12-10 email - no reply', 'Enter alone is no reply')

  " the file changed on disk under an unmodified buffer: refused, kept
  execute 'edit' fnameescape(p)
  sleep 10m
  call writefile(['# Zeta - 2026-12-08', '- [x] TODO: call Tom', '- TODO: added elsewhere'], p)
  call T_clear_notes()
  call cursor(2, 1)
  FuTouch email sent
  call T_ok(s:said('changed on disk'), 'a note changed on disk is refused with a message', T_notes())
  call T_contains(T_read(p), 'added elsewhere', 'the other change is kept')
  call T_ok(stridx(T_read(p), 'TOUCH') < 0, 'nothing was written over it')
  edit!

  " a note with a stray invalid byte (read as latin1) and a NUL: not taken
  " as changed on disk; written as fulog done and fulog touch write it
  let bad = env.notes . '/zeta/bad.md'
  let bad2 = env.notes . '/zeta/bad2.md'
  lua for _, f in ipairs({ vim.eval("bad"), vim.eval("bad2") }) do local fh = io.open(f, "wb"); fh:write("# Zeta - 2026-12-08\n- TODO: send \255\254 pricing\n- TODO: call Bob\0 back\n- TODO: send deck\r\n"); fh:close() end
  execute 'edit' fnameescape(bad)
  call T_clear_notes()
  call cursor(2, 1)
  FuDone
  call cursor(3, 1)
  FuTouch email no reply
  call T_ok(!s:said('changed on disk'), 'a note with a bad byte and a NUL is not taken as changed on disk', T_notes())
  let want = luaeval('"# Zeta - 2026-12-08\n- [x] TODO: send \255\254 pricing\n- TODO: call Bob\0 back\n  - TOUCH: 2026-12-10 email - no reply\n- TODO: send deck\r\n"')
  let got = luaeval('(function(f) local fh = io.open(f, "rb"); local t = fh:read("*a"); fh:close(); return t end)(_A)', bad)
  call T_eq(got, want, ':FuDone and :FuTouch wrote it, every other byte kept')
  call system(shellescape(g:T.root . '/bin/fulog') . ' done --tags TODO ' . shellescape(bad2 . ':2'))
  call system(shellescape(g:T.root . '/bin/fulog') . ' touch --tags TODO ' . shellescape(bad2 . ':3') . ' email no reply')
  call T_eq(luaeval('(function(f) local fh = io.open(f, "rb"); local t = fh:read("*a"); fh:close(); return t end)(_A)', bad2), want,
        \ '... as fulog done and fulog touch write it')
  bwipeout!
  execute 'edit' fnameescape(p)

  " a bad FULOG_TODAY: one warning, the clock, and classes still shown
  let $FULOG_TODAY = '2026-13-45'
  call T_clear_notes()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  call T_eq(luaeval('require("fulog").today()'), strftime('%Y-%m-%d'), 'a bad FULOG_TODAY: the clock')
  call T_ok(s:said('FULOG_TODAY=2026-13-45 ignored'), 'a bad FULOG_TODAY is said once', T_notes())
  let p4 = env.notes . '/zeta/c.md'
  call writefile(['# Zeta - 2026-12-08', '- NEXT: we meet on 2026-12-14 at 10:00 to review the pilot'], p4)
  execute 'edit' fnameescape(p4)
  call T_idle(bufnr('%'))
  call T_eq(luaeval('(require("fulog.highlight").explain(_A, 1) or {}).class', bufnr('%')), 'firm',
        \ 'highlighting still classifies with a bad FULOG_TODAY')
  let $FULOG_TODAY = '2026-12-10'

  " virtual text fits what the window has left, not a fixed 80 columns
  let w50 = luaeval('(function(n) local t = 0 for _, c in ipairs(require("fulog.highlight").virt_text({ class = "soft", due = "2026-12-08", ask = string.rep("a", 300) }, n)) do t = t + #c[1] end return t end)(_A)', 50)
  call T_ok(w50 <= 60, 'virtual text fits the room left in the window', w50)
  let w150 = luaeval('(function(n) local t = 0 for _, c in ipairs(require("fulog.highlight").virt_text({ class = "soft", due = "2026-12-08", ask = string.rep("a", 300) }, n)) do t = t + #c[1] end return t end)(_A)', 150)
  call T_ok(w150 > 100, 'a wide window shows more than 80 columns', w150)

  " no filetype detection: a note is known by its ending
  filetype off
  let p5 = env.notes . '/zeta/d.md'
  call writefile(['# Zeta - 2026-12-08', '- NEXT: send it'], p5)
  execute 'edit' fnameescape(p5)
  call T_eq(&filetype, '', 'no filetype was set')
  call T_ok(luaeval('require("fulog.highlight").is_attached(_A)', bufnr('%')), 'the note is highlighted anyway')
endfunction

call T_run(function('s:body'))
