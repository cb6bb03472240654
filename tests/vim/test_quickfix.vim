" The store from Vim: :FuIndex, index on save, :FuOverdue into the quickfix
" list (and :FuOverdue! into the location list). Fixed today 2026-12-10,
" the same fixtures as the Neovim tests.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  set hidden
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  call T_eq(luaeval('require("fulog.core").today()'), '2026-12-10', 'FULOG_TODAY fixes today')

  " :FuIndex
  FuIndex
  let notes = T_notes()
  call T_match(get(notes, -1, ''), 'indexed 3 of 3 files', 'FuIndex indexes the notes folder')
  call T_eq(getfperm(env.db), 'rw-------', 'the store file is private (0600)')
  let accounts = luaeval('vim.list(require("fulog").store():accounts())')
  call T_ok(index(accounts, 'Acme Corp') >= 0, 'account from front matter', accounts)
  call T_ok(index(accounts, 'globex') >= 0, 'account from the folder name', accounts)

  " :FuOverdue
  FuOverdue
  let qf = getqflist({'title': 1, 'items': 1})
  call T_eq(qf.title, 'fulog: overdue follow-ups (today 2026-12-10)', 'the quickfix list is titled')
  call T_ok(len(qf.items) >= 3, 'overdue steps fill the quickfix list', len(qf.items))
  call T_ok(getwininfo(win_getid())[0].quickfix, 'the quickfix window opens')
  let first = get(get(qf.items, 0, {}), 'text', '')
  call T_contains(first, 'send the case studies', 'the oldest (due 2026-11-22) comes first')
  call T_contains(first, 'compliance [Acme Corp] send the case studies', 'the entry names class and account')
  call T_eq(first, luaeval('require("fulog.core").overdue_message(require("fulog").store():overdue({today = "2026-12-10"})[1], "2026-12-10")'), 'the entry is the core''s message, the same as fulog overdue')
  let prev = ''
  let sorted = 1
  let all = []
  for it in qf.items
    let due = matchstr(it.text, 'next \zs\d\{4}-\d\d-\d\d')
    if due ==# ''
      let due = matchstr(it.text, 'due \zs\d\{4}-\d\d-\d\d')
    endif
    if due ==# '' || due <# prev
      let sorted = 0
    endif
    let prev = due
    call add(all, it.text)
    let words = matchstr(it.text, '\] \zs.\{-}\ze (due')
    if words !=# ''
      let lines = readfile(bufname(it.bufnr))
      call T_contains(get(lines, it.lnum - 1, ''), words[:11], 'entry points at its line: ' . words[:23])
    endif
  endfor
  call T_ok(sorted, 'entries are by next action date', join(all, ' | '))
  let joined = join(all, "\n")
  call T_ok(stridx(joined, 'vendor contract') < 0, 'a done step is not overdue')
  call T_ok(stridx(joined, 'proposal review') < 0, 'a step due later is not overdue')
  " touched 12-01 and 12-03, both unanswered: next action 12-03 + 7 = 12-10, today
  call T_ok(stridx(joined, 'They''ll get back to us') < 0, 'a soft step touched twice waits for its next action date')
  call T_contains(joined, 'chase, 2nd follow-up (1 unanswered since 2026-12-04 call) - non [Acme Corp] call Jason back', 'a chase names its state, follow-up and what went unanswered')
  call T_contains(joined, '(due 2026-12-04, next 2026-12-07, 3 days overdue)', 'a touched chase is late from its next action date')
  " :cfirst goes to the note line
  silent cfirst
  call T_contains(expand('%:p'), 'acme/2026-11-20-discovery.md', ':cfirst opens the note')
  call T_contains(getline('.'), 'send the case studies', ':cfirst lands on the step')
  cclose

  " index on save, and :FuOverdue! (the location list of this note)
  let pn = env.notes . '/newco/2026-12-01-intro.md'
  call mkdir(env.notes . '/newco', 'p')
  execute 'edit' fnameescape(pn)
  call setline(1, ['# Newco - 2026-12-01 intro', '- NEXT: send the one-pager'])
  silent write
  FuOverdue
  call T_contains(join(map(getqflist(), 'v:val.text'), "\n"), 'one-pager', 'saving a note indexes it')
  cclose
  FuOverdue!
  let ll = getloclist(0, {'title': 1, 'items': 1})
  call T_eq(len(ll.items), 1, 'FuOverdue! lists this note only, in the location list')
  call T_contains(ll.title, '2026-12-01-intro.md', 'the location list title names the note')
  lclose

  " nothing overdue: says so, the list is emptied
  let $FULOG_TODAY = '2026-11-01'
  call T_clear_notes()
  FuOverdue
  call T_eq(len(getqflist()), 0, 'nothing overdue: the quickfix list is empty')
  call T_contains(join(T_notes()), 'nothing overdue', 'nothing overdue: says so')
  let $FULOG_TODAY = '2026-12-10'
endfunction

call T_run(function('s:body'))
