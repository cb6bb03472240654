" Note-taking commands in a note buffer, in Vim: :FuTag, :FuTouch, :FuDone,
" :FuRecap (the same cases as tests/nvim/test_commands.lua).
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  let p = env.notes . '/zeta/2026-12-08.md'
  call mkdir(env.notes . '/zeta', 'p')
  call writefile([
        \ '# Zeta - 2026-12-08 call',
        \ 'Priya will loop in legal',
        \ '- they send the MSA redlines',
        \ '- [ ] book the security review',
        \ '1. tom wants a demo',
        \ '- NEXT: They''ll get back to us',
        \ '',
        \ ], p)
  execute 'edit' fnameescape(p)
  let b = bufnr('%')

  " :FuTag
  call cursor(2, 1)
  FuTag
  call T_eq(getline(2), 'NEXT: Priya will loop in legal', 'FuTag tags a plain line')
  3,5FuTag
  call T_eq(getline(3), '- NEXT: they send the MSA redlines', 'the tag goes after the list marker')
  call T_eq(getline(4), '- [ ] NEXT: book the security review', 'the tag goes after the checkbox')
  call T_eq(getline(5), '1. NEXT: tom wants a demo', 'the tag goes after a numbered marker')
  call cursor(6, 1)
  FuTag
  call T_eq(getline(6), '- NEXT: They''ll get back to us', 'a line already tagged is left alone')
  call cursor(7, 1)
  FuTag
  stopinsert
  call T_eq(getline(7), '- NEXT: ', 'FuTag on a blank line opens a step there')
  call setline(7, '')
  call cursor(3, 1)
  FuTag!
  stopinsert
  call T_eq(getline(4), '- NEXT: ', 'FuTag! opens a new step below')
  call T_eq(line('.'), 4, 'the cursor is on the new step')
  call deletebufline(b, 4)
  silent write
  " the <Plug> mapping, in Visual mode
  call setline(7, 'plain line')
  execute "normal 7GV\<Plug>(fulog-tag)"
  call T_eq(getline(7), 'NEXT: plain line', '<Plug>(fulog-tag) tags the Visual lines')
  call setline(7, '')
  silent write

  " :FuTouch with arguments, on the step line
  call cursor(6, 1)
  FuTouch email no reply
  let want = luaeval('require("fulog.core").touch_line(_A, "2026-12-10", "email", "no reply")', '- NEXT: They''ll get back to us')
  call T_eq(getline(7), want, 'FuTouch inserts core.touch_line under the step')
  call T_contains(getline(7), 'TOUCH: 2026-12-10 email - no reply', 'the touch is dated today')
  call T_eq(&modified, 0, 'an unmodified note is written after the touch')
  call T_contains(T_read(p), 'TOUCH: 2026-12-10 email - no reply', 'the note file has the touch')
  " on the TOUCH line: its step, after the older touch
  call cursor(7, 1)
  FuTouch call replied: wants pricing first
  call T_contains(getline(8), 'TOUCH: 2026-12-10 call - replied: wants pricing first', 'a touch from a TOUCH line goes to its step, after the older touch')
  " prompted channel and outcome
  call T_stub_ui('voicemail', 'left a message')
  call cursor(6, 1)
  FuTouch
  call T_eq(get(T_asked(), 'items', []), ['email', 'call', 'voicemail', 'meeting', 'other'], 'FuTouch asks for the channel')
  call T_eq(get(T_asked(), 'default', 'x'), '', 'the outcome prompt starts empty (nothing prepended to what is typed)')
  call T_contains(getline(9), 'TOUCH: 2026-12-10 voicemail - left a message', 'the prompted touch is written')
  call cursor(1, 1)
  call T_clear_notes()
  FuTouch email no reply
  call T_contains(join(T_notes()), 'no next step under the cursor', 'FuTouch off a step says so')
  call cursor(6, 1)
  call T_clear_notes()
  FuTouch fax sent
  call T_contains(join(T_notes()), 'unknown channel', 'an unknown channel is refused')
  " the very same touch again (a retry): refused, as fulog touch refuses it
  call T_clear_notes()
  let before = getline(1, '$')
  FuTouch email no reply
  call T_contains(join(T_notes()), ':7: this touch is already there (same date, channel and outcome): not written again', 'the same touch again is refused, naming the line')
  call T_eq(getline(1, '$'), before, 'nothing is added')

  " :FuDone
  call cursor(6, 1)
  FuDone
  call T_eq(getline(6), luaeval('require("fulog.core").done_line(_A)', '- NEXT: They''ll get back to us'), 'FuDone uses core.done_line')
  call T_contains(getline(6), '[x]', 'the step is marked [x]')
  call cursor(4, 1)
  FuDone
  call T_eq(getline(4), '- [x] NEXT: book the security review', 'FuDone ticks an existing checkbox')
  call T_eq(&modified, 0, 'FuDone writes an unmodified note')
  call append(1, 'typed, not saved')
  call cursor(4, 1)
  FuDone
  call T_eq(getline(4), '- [x] NEXT: they send the MSA redlines', 'FuDone on a modified note')
  call T_eq(&modified, 1, 'a note with unsaved changes is not written')
  call deletebufline(b, 2)
  silent write

  " :FuRecap
  let n = line('$')
  call cursor(n, 1)
  FuRecap
  let added = getline(n + 1, '$')
  let text = join(added, "\n")
  for q in ['Where do you see this going from here?', 'What would stop this from moving forward?', 'Who else needs to be involved?']
    call T_contains(text, q, 'FuRecap asks: ' . q)
  endfor
  call T_contains(text, 'Next meeting booked', 'FuRecap lists the commitments to ask for')
  call T_contains(text, 'stakeholders', '... stakeholders')
  call T_contains(text, 'documents', '... documents')
  call T_contains(text, 'Review the proposal together', '... review together')
  let steps = 0
  for l in added
    if luaeval('(function(l) local li = require("fulog.core").line_info(l) return li ~= nil and li.kind == "step" end)(_A)', l)
      let steps += 1
    endif
  endfor
  call T_eq(steps, 0, 'the recap adds no next steps by itself')

  " index on save (index_on_save = true)
  call T_setup(env, 'index_on_open = false')
  call append(line('$'), '- NEXT: send the security whitepaper')
  silent write
  let rows = luaeval('#require("fulog").store():overdue({ today = "2027-01-31", path = _A })', expand('%:p'))
  call T_ok(rows >= 1, 'saving the note indexed it into the store', rows)
endfunction

call T_run(function('s:body'))
