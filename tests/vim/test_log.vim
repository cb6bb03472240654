" :FuLog in Vim: contents, highlights (text properties) and keys (<CR>
" jump, t touch, d/x done, f filter, r refresh, q quit), write-back into
" notes that are open and notes that are not. Same fixtures as Neovim.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex

  " :FuLog
  FuLog
  let lb = bufnr('%')
  call T_eq(bufname(lb), 'fulog://log', 'FuLog opens the log buffer')
  call T_eq(&filetype, 'fulog', 'the log buffer has filetype fulog')
  call T_eq(&modifiable, 0, 'the log buffer is read-only')
  call T_eq(&buftype, 'nofile', 'the log buffer is a scratch buffer')
  call T_eq(winnr('$'), 2, 'the log opens in a split window')
  let lines = getline(1, '$')
  call T_contains(lines[0], 'today 2026-12-10', 'the header names today')
  for k in ['<CR> jump', 't touch', 'd/x done', 'r refresh', 'R re-index', 'f filter', 'q quit']
    call T_contains(lines[1], k, 'the header shows the key ' . k)
  endfor
  let text = join(lines, "\n")
  call T_ok(T_find(lines, 'Acme Corp') > 0, 'the log lists Acme Corp')
  let r = T_find(lines, 'send the case studies')
  call T_match(get(lines, r - 1, ''), 'LATE todo\s\+2026-11-22\s\+compliance', 'a step shows late, state, next action date, class')
  call T_contains(get(lines, r, ''), 'you owe it: waiting 20 days since the meeting · met 2026-11-20', 'its second line says what it waits on and when the meeting was')
  let r = T_find(lines, 'They''ll get back to us')
  call T_match(get(lines, r - 1, ''), '^       chase\s\+2026-12-10\s\+soft', 'a chase due today is not late')
  call T_contains(get(lines, r, ''), '3rd follow-up: waiting 7 days since the 2026-12-03 voicemail, 2 unanswered since 2026-12-01', 'waiting is explained: days since which touch')
  call T_contains(get(lines, r, ''), '2 touches', 'touches under a step are counted')
  let r = T_find(lines, 'Coming up')
  call T_ok(r > 0 && T_find(lines, 'proposal review') > r, 'a booked meeting is under Coming up, apart from the chases')
  lua << EOF
    _G.fulog_test_accs = require("fulog").store():log({ today = "2026-12-10" })
    for _, a in ipairs(_G.fulog_test_accs) do
      for _, c in ipairs(a.chases) do
        c.key = require("fulog.core").step_key(c.text) -- as bin/fulog does
      end
    end
EOF
  let body = luaeval('require("fulog.core").log_text(_G.fulog_test_accs, {today = "2026-12-10", base = _A})', env.notes)
  call T_eq(join(lines[0:0] + lines[2:], "\n") . "\n", body, 'the log buffer is the core''s text plus the key help line')
  call T_ok(stridx(text, 'vendor contract') < 0, 'done steps are not in the log')
  call T_ok(line('.') > 3, 'the cursor starts on the first chase', line('.'))
  " highlights are text properties
  let hls = {}
  for p in prop_list(1, {'bufnr': lb, 'end_lnum': -1})
    let hls[get(prop_type_get(p.type), 'highlight', '')] = 1
  endfor
  for g in ['FuLogHeader', 'FuLogAccount', 'FuLogCompliance', 'FuLogOverdue']
    call T_ok(has_key(hls, g), 'the log highlights with ' . g, keys(hls))
  endfor

  " <CR> jumps to the note line
  call cursor(T_find(lines, 'send the case studies'), 1)
  execute "normal \<CR>"
  call T_contains(expand('%:p'), 'acme/2026-11-20-discovery.md', '<CR> opens the note')
  call T_contains(getline('.'), 'send the case studies', '<CR> puts the cursor on the step')
  call T_eq(winnr('$'), 2, '<CR> reuses the window above the log')
  let acme_buf = bufnr('%')

  " d on a note that is open: the buffer is edited and written
  FuLog
  call T_eq(bufnr('%'), lb, 'FuLog again goes back to the same log buffer')
  let lines = getline(1, '$')
  call cursor(T_find(lines, 'send the case studies'), 1)
  normal d
  let acme_lines = getbufline(acme_buf, 1, '$')
  call T_contains(get(acme_lines, T_find(acme_lines, 'case studies') - 1, ''), '[x] NEXT: send the case studies', 'd marks the step done in the open buffer')
  call T_eq(getbufvar(acme_buf, '&modified'), 0, 'the unmodified buffer was written')
  call T_contains(T_read(env.notes . '/acme/2026-11-20-discovery.md'), '[x] NEXT: send the case studies', 'the note file has the change')
  call T_eq(T_find(getline(1, '$'), 'send the case studies'), 0, 'the log no longer shows the done step')

  " t on a note that is not open: core.add_touch writes the file
  call T_stub_ui('email', 'no reply')
  call T_eq(bufloaded(env.notes . '/globex/notes.md'), 0, 'the globex note is not loaded')
  let lines = getline(1, '$')
  let r = T_find(lines, 'Send pricing by Friday')
  call cursor(r, 1)
  normal t
  call T_eq(get(T_asked(), 'items', []), ['email', 'call', 'voicemail', 'meeting', 'other'], 't asks for the channel')
  call T_eq(get(T_asked(), 'default', 'x'), '', 'the outcome prompt starts empty')
  let g = T_read(env.notes . '/globex/notes.md')
  call T_contains(g, 'TOUCH: 2026-12-10 email - no reply', 't writes a TOUCH line into the note file')
  call T_ok(g =~# "Send pricing by Friday\r\n\\s\\+[-*]\\=\\s*TOUCH: 2026-12-10 email - no reply\r", 'the TOUCH line goes under its step, CRLF kept', g)
  let lines = getline(1, '$')
  let r = T_find(lines, 'Send pricing by Friday')
  call T_match(get(lines, r, ''), '1 touch ', 'the log refreshes with the new touch')

  " x on a note that is not open: core.mark_done writes the file
  call cursor(r, 1)
  normal x
  call T_contains(T_read(env.notes . '/globex/notes.md'), '[x] NEXT: Send pricing by Friday', 'x marks done in the note file')
  call T_eq(T_find(getline(1, '$'), 'Send pricing by Friday'), 0, 'the log drops it')

  " t on a note that is open with unsaved changes: edited, not written
  call appendbufline(acme_buf, 5, ['unsaved line'])
  let lines = getline(1, '$')
  let r = T_find(lines, 'call Jason back')
  if T_ok(r > 0, 'the log lists the non-commitment')
    call cursor(r, 1)
    call T_stub_ui('call', 'replied: wants pricing first')
    normal t
    let acme_lines = getbufline(acme_buf, 1, '$')
    let i = T_find(acme_lines, 'call Jason back')
    call T_contains(get(acme_lines, i, ''), 'TOUCH: 2026-12-04 call - no reply', 'the older touch stays first')
    call T_contains(get(acme_lines, i + 1, ''), 'TOUCH: 2026-12-10 call - replied: wants pricing first', 'the new touch goes after the older ones')
    call T_eq(getbufvar(acme_buf, '&modified'), 1, 'a buffer with unsaved changes is not written')
    " the seller's edits are never written for them; so the touch is in
    " the buffer only, and the message says so (a warning, not "recorded")
    call T_ok(stridx(T_read(env.notes . '/acme/2026-11-20-discovery.md'), 'wants pricing first') < 0, 'the note file has neither the unsaved line nor the touch')
    call T_contains(join(T_notes()), '2026-11-20-discovery.md:14: touch recorded: call - replied: wants pricing first (call Jason back in two weeks) - in the buffer only: ', 'a warning says the touch is in the buffer only')
    call T_contains(join(T_notes()), ':w it to keep the change', 'and how to keep it')
  endif

  " t cancelled at the outcome prompt: nothing is written
  let before = getbufline(acme_buf, 1, '$')
  call T_stub_ui('call', v:null)
  call cursor(T_find(getline(1, '$'), 'call Jason back'), 1)
  normal t
  call T_eq(getbufline(acme_buf, 1, '$'), before, 'a cancelled prompt writes no touch')

  " f filters by account, r refreshes, q quits
  call T_stub_ui('globex', '')
  normal f
  let lines = getline(1, '$')
  call T_contains(lines[0], 'account Globex', 'f filters the log to one account')
  call T_eq(T_find(lines, 'Acme Corp'), 0, 'other accounts are hidden')
  normal r
  call T_contains(getline(1), 'account Globex', 'r refreshes and keeps the filter')
  call T_stub_ui('(all)', '')
  normal f
  call T_ok(stridx(getline(1), 'account Globex') < 0, 'f then (all) drops the filter', getline(1))
  call T_ok(T_find(getline(1, '$'), 'Acme Corp') > 0, '(all) shows every account again')
  call T_stub_ui('globex', '')
  normal f
  normal q
  call T_eq(bufwinid('fulog://log'), -1, 'q closes the log window')
  FuLog Acme Corp
  call T_contains(getline(1), 'account Acme Corp', ':FuLog {account} opens one account')
  bwipeout!

  " completion of account names and channels
  call T_ok(index(getcompletion('FuLog A', 'cmdline'), 'Acme Corp') >= 0, 'FuLog completes account names', getcompletion('FuLog A', 'cmdline'))
  call T_eq(getcompletion('FuLog Acme C', 'cmdline'), ['Corp'], 'completion continues a name with a space')
  call T_ok(index(getcompletion('FuTouch v', 'cmdline'), 'voicemail') >= 0, 'FuTouch completes channels')
endfunction

call T_run(function('s:body'))
