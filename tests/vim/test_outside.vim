" A seller has a note open with unsaved edits and runs fulog done / touch
" / snooze on it in a shell. On :checktime Vim sees the file changed:
" fulog's own write-backs go into the buffer by step key (the seller's
" edit above them moved every step a line down), the buffer stays
" modified, and writing it keeps both, so the note and the store agree. A
" change that is not fulog's gets Vim's own prompt. Same fixtures as
" Neovim; today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex
  execute 'cd' fnameescape(env.notes)
  let acme = env.notes . '/acme/2026-11-20-discovery.md'
  execute 'edit' fnameescape(acme)
  let buf = bufnr('%')
  let disk = readfile(acme)
  let send = T_find(disk, 'NEXT: send the case studies')
  let chase = T_find(disk, 'NEXT: call Jason back')
  let review = T_find(disk, 'NEXT: Jason brings CFO')
  " the seller's own edits, not saved: a line under the heading, a step
  call append(5, 'Budget signed off by the CFO in Q1.')
  call append('$', '- NEXT: book the pilot kickoff with Jason Tue 12/15')
  call T_eq(&modified, 1, 'the buffer has unsaved edits')

  let q = shellescape(acme)
  let r1 = T_shell(printf('done %s:%d', q, send))
  let r2 = T_shell(printf('touch %s:%d call left a voicemail', q, chase))
  let r3 = T_shell(printf('snooze %s:%d 2026-12-18', q, review))
  call T_eq([r1[1], r2[1], r3[1]], [0, 0, 0], "the shell's done, touch and snooze wrote the note")

  checktime
  let lines = getbufline(buf, 1, '$')
  call T_eq(bufnr('%'), buf, 'the buffer is still the one shown')
  call T_eq(getbufvar(buf, '&modified'), 1, "the buffer stays modified: the seller's edits are not written for them")
  call T_ok(T_find(lines, 'Budget signed off by the CFO in Q1.') > 0, "the seller's line is kept", lines)
  call T_ok(T_find(lines, 'book the pilot kickoff') > 0, "the seller's new step is kept", lines)
  call T_ok(T_find(lines, '- [x] NEXT: send the case studies') > 0, "the shell's done mark is in the buffer", lines)
  let c = T_find(lines, 'NEXT: call Jason back')
  call T_ok(c > 0 && get(lines, c + 1, '') =~# 'TOUCH: 2026-12-10 call - left a voicemail',
        \ "the shell's touch is in the buffer, under the step's earlier touch", lines)
  call T_ok(T_find(lines, 'proposal review Tue 12/15 10am due:2026-12-18') > 0, "the shell's snooze is in the buffer", lines)
  let said = T_said()
  call T_contains(said, "kept your edits and applied acme/2026-11-20-discovery.md's change from outside", 'said in one line')
  call T_contains(said, 'marked done: send the case studies', '... naming the step done')
  call T_contains(said, 'due 2026-12-18', '... the snooze')
  call T_contains(said, 'left a voicemail', '... and the touch')

  " the seller writes (Vim asks first: the file is newer than the
  " buffer's read; y): the note has both, and the store agrees
  call feedkeys('y', 'L')
  silent write
  let text = T_read(acme)
  call T_contains(text, '- [x] NEXT: send the case studies', 'the written note keeps the done mark')
  call T_contains(text, 'Budget signed off by the CFO in Q1.', "... and the seller's edit")
  call T_contains(text, 'TOUCH: 2026-12-10 call - left a voicemail', '... and the touch')
  let overdue = T_shell('overdue')[0]
  call T_ok(stridx(overdue, 'send the case studies') < 0, 'the step stays done in the store: not overdue again', overdue)

  " a change from outside that is not fulog's: Vim's own prompt
  call append(5, 'another unsaved line')
  let before = getbufline(buf, 1, '$')
  call writefile(readfile(acme) + ['a line added in another program'], acme)
  call T_eq(luaeval('require("fulog").on_outside(_A)', buf . ':conflict'), 'ask',
        \ "another program's edit: left to Vim's prompt")
  call T_eq(getbufline(buf, 1, '$'), before, '... and the buffer untouched')
  let n = len(T_notes())
  let d = readfile(acme)
  let k = T_find(d, 'NEXT: book the pilot kickoff')
  let d[k - 1] = luaeval('require("fulog.core").done_line(_A)', d[k - 1])
  call writefile(d, acme)
  call T_eq(luaeval('require("fulog").on_outside(_A)', buf . ':conflict'), 'ask',
        \ "a done mark with another edit: Vim's prompt")
  call T_eq(len(T_notes()), n, '... and nothing said')
  silent edit!
  call T_eq(luaeval('require("fulog").on_outside(_A)', buf . ':changed'), 'ask',
        \ "an unmodified buffer: Vim's own prompt")
endfunction

call T_run(function('s:body'))
