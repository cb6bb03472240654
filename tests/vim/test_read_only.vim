" What a seller reads when a step or the store is out of the ordinary, in
" Vim 9 (tests/nvim/test_read_only.lua, QA round 41): a 1 MB step line is
" shown cut with an ellipsis in the quickfix list, :FuLog and :FuDone's
" message, as fulog overdue shows it; a note that cannot be read is said
" so by :FuDone / :FuTouch / :FuSnooze; a store that can be read but not
" written (chattr +i) is listed by :FuOverdue and :FuLog, and a write-back
" is refused in the shell's words (:FuTouch before it asks for the
" outcome). Today 2026-12-08.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

lua << EOF
function _G.T_write_bytes(p, s)
  local f = assert(io.open(p, "wb"))
  f:write(s)
  f:close()
end
_G.T_HEAD = "---\naccount: Ro\ndate: 2026-11-20\n---\n# Ro\n"
EOF

function! s:last(lines, text) abort
  let found = ''
  for l in a:lines
    if stridx(l, a:text) >= 0
      let found = l
    endif
  endfor
  return found
endfunction

function! s:body() abort
  let env = T_env('2026-12-08')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('ro', 'p')
  lua _G.T_write_bytes("ro/long.md", _G.T_HEAD .. "- NEXT: send the " .. ("x"):rep(1000000) .. "\n")
  lua _G.T_write_bytes("ro/a.md", _G.T_HEAD .. "- NEXT: send the deck\n")
  call T_eq(T_shell('index .')[1], 0, 'the notes are indexed')
  let ell = "\u2026"

  " a 1 MB step: the shell's line, the quickfix text, the log and a message
  let sh = substitute(matchstr(T_shell('overdue')[0], 'ro/long\.md:6:3: \zs[^\n]*'), ' {\w\+}$', '', '')
  call T_ok(len(sh) > 0 && len(sh) < 600, 'fulog overdue shows the 1 MB step cut', len(sh))
  call T_contains(sh, 'x' . ell . ' (due ', '... with an ellipsis')
  FuOverdue
  let qtext = s:last(map(getqflist(), 'v:val.text'), 'send the xxx')
  call T_eq(qtext, sh, 'the quickfix list shows it as fulog overdue does')
  FuLog
  let logline = s:last(getline(1, '$'), 'send the xxx')
  call T_ok(len(logline) > 0 && len(logline) < 600 && logline =~# 'x' . ell . '$', ':FuLog shows it cut', len(logline))
  bwipeout!
  edit ro/long.md
  call cursor(6, 1)
  FuDone
  call T_ok(len(T_said()) < 600 && T_said() =~# 'x' . ell . '$', ":FuDone's message is cut too", len(T_said()))
  call T_ok(luaeval('io.open("ro/long.md", "rb"):read("*a"):find("- [x] NEXT: send the " .. ("x"):rep(1000000) .. "\n", 1, true) ~= nil'),
        \ '... and the note keeps the whole line')
  bwipeout!

  " a note that cannot be read opens as an empty buffer: the commands say
  " so in fulog's words, not 'no next step under the cursor'
  call system('ln -s loop.md ro/loop.md')
  let sh_loop = T_shell('done ro/loop.md:1')[0]
  call T_eq(sh_loop, 'ro/loop.md:1: cannot open: Too many levels of symbolic links', 'fulog done on a note it cannot open')
  for cmd in ['FuDone', 'FuTouch email', 'FuSnooze +3d']
    silent! edit ro/loop.md
    execute cmd
    call T_eq(T_said(), substitute(sh_loop, ':1:', ':', ''), cmd . ' on a note it cannot open says so, as fulog does')
    bwipeout!
  endfor

  " a store made read-only after the session opened it: SQLite keeps its
  " descriptor, and :FuDone wrote the note, then failed to index it
  FuOverdue
  lua _G.T_write_bytes("ro/late.md", _G.T_HEAD .. "- NEXT: send the late deck\n")
  call T_shell('index ro/late.md')
  let late = "---\naccount: Ro\ndate: 2026-11-20\n---\n# Ro\n- NEXT: send the late deck\n"
  call system('chattr +i ' . shellescape(env.db))
  if v:shell_error == 0
    let want = env.db . ': the store is read-only; fulog needs to write it (check its permissions)'
    edit ro/late.md
    call cursor(6, 1)
    FuDone
    call T_eq(T_said(), want, 'a store made read-only since it was opened: :FuDone is refused')
    call T_eq([&modified, T_read('ro/late.md')], [0, late], '... the buffer and the note are as they were')
    bwipeout!
    call luaeval('require("fulog.actions").done_chase(_A) and nil', {'path': env.notes . '/ro/late.md', 'line': 6, 'text': 'send the late deck'})
    call T_eq(T_said(), want, "... the log's done too (the note in no buffer)")
    call T_eq(T_read('ro/late.md'), late, '... and the note is as it was')
    call system('chattr -i ' . shellescape(env.db))
  endif

  " a store that cannot be written, from the session's start
  lua require("fulog").close_store()
  call system('chattr +i ' . shellescape(env.db))
  if v:shell_error != 0
    call T_ok(1, 'a read-only store # SKIP no chattr: a read-only store cannot be made')
    return
  endif
  try
    call T_clear_notes()
    call setqflist([])
    FuOverdue
    call T_ok(s:last(map(getqflist(), 'v:val.text'), '[Ro] send the deck') !=# '', ':FuOverdue lists a read-only store', T_notes())
    call T_eq(T_notes(), [], '... without an error')
    FuLog
    call T_ok(s:last(getline(1, '$'), 'send the deck') !=# '', ':FuLog lists it too')
    bwipeout!
    let want = env.db . ': the store is read-only; fulog needs to write it (check its permissions)'
    call T_eq(T_shell('done ro/a.md:6'), [want, 1], 'fulog done is refused')
    edit ro/a.md
    call cursor(6, 1)
    FuDone
    call T_eq(T_said(), want, ':FuDone is refused in the same words')
    let before = "---\naccount: Ro\ndate: 2026-11-20\n---\n# Ro\n- NEXT: send the deck\n"
    call T_eq(T_read('ro/a.md'), before, '... and the note is as it was')
    " :FuTouch asked for the channel and outcome, then refused
    call T_stub_ui('email', '')
    FuTouch
    call T_eq([T_said(), T_asked()], [want, {}], ':FuTouch is refused in the same words, before it asks for anything')
    FuTouch email
    call T_eq([T_said(), T_asked()], [want, {}], '... with a channel too')
    let chase = {'path': env.notes . '/ro/a.md', 'line': 6, 'text': 'send the deck'}
    call luaeval('require("fulog.actions").touch_chase(_A) and nil', chase)
    call T_eq([T_said(), T_asked()], [want, {}], "the log's touch too (the note in a buffer)")
    bwipeout!
    call luaeval('require("fulog.actions").touch_chase(_A) and nil', chase)
    call T_eq([T_said(), T_asked()], [want, {}], '... and in the file')
    call T_eq(T_read('ro/a.md'), before, '... and the note is as it was')
    " writable again: the next write-back opens it for writing
    call system('chattr -i ' . shellescape(env.db))
    edit ro/a.md
    call cursor(6, 1)
    FuDone
    call T_match(T_said(), 'marked done: send the deck$', 'writable again: :FuDone writes')
    call T_contains(T_read('ro/a.md'), '- [x] NEXT: send the deck', '... and the note has it')
  finally
    call system('chattr -i ' . shellescape(env.db))
  endtry
endfunction

call T_run(function('s:body'))
