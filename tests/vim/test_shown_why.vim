" Hostile bytes in a note's names reach what the editor draws: a step's
" explanation quotes its words, and the text property after the line and
" :FuExplain's popup drew a U+202E in them raw (the rest of the line
" reversed), and the popup named the account raw. Now they follow the
" step's rule (U+FFFD) and the account is named as every listing names it.
" The Vim twin of tests/nvim/test_shown_why.lua. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false, virtual_text = { max_width = 400, ask = false }')
  execute 'cd' fnameescape(env.notes)
  let rlo = "\u202e"
  call mkdir('evil', 'p')
  call writefile(['---', 'account: Ev' . rlo . 'il', 'date: 2026-12-01', 'attendees: Tom' . rlo, '---',
        \ '- NEXT: Tom' . rlo . ' signs the PO Fri 12/11', "- NEXT: send \e[2Jthe deck"], 'evil/e.md')
  edit evil/e.md
  let buf = bufnr('%')
  for row in [5, 6]
    let vt = T_virt(buf, row)
    call T_ok(stridx(vt, rlo) < 0 && stridx(vt, "\e") < 0 && stridx(vt, "'") >= 0,
          \ 'the virtual text of step ' . row . ' quotes it without its control or bidi bytes', vt)
  endfor
  call T_contains(T_virt(buf, 5), "Tom\ufffd signs", '... a bidi override shown as U+FFFD')
  let text = join(luaeval('vim.list(require("fulog.explain").explain_lines(require("fulog.highlight").explain(_A, 5)))', buf), "\n")
  call T_ok(stridx(text, rlo) < 0 && stridx(text, "\e") < 0, ':FuExplain''s lines hold no control or bidi bytes', text)
  call T_contains(text, "why: client acts: 'Tom\ufffd signs the PO'", '... its why quotes the step as the listings show it')
  call T_contains(text, 'account Ev\342\200\256il', '... and names the account as the listings do')

  " a note whose file name holds an ESC: the write-backs' messages name it
  " as the listings do (they gave the buffer's name raw, absolute)
  let name = "evil/a\e[31mb.md"
  call writefile(['---', 'account: Ev', 'date: 2026-12-01', '---', '- NEXT: send the deck', '- NEXT: send the SOW'], name)
  FuIndex
  execute 'edit' fnameescape(name)
  let nb = bufnr('%')
  call append(4, 'notes typed, not saved')
  call cursor(7, 1)
  call T_clear_notes()
  FuDone
  call T_ok(stridx(T_said(), "\e") < 0, ':FuDone''s buffer-only warning names the note without its ESC', T_said())
  call T_contains(T_said(), 'in the buffer only: evil/a\033[31mb.md has unsaved changes', '... as ls -b writes it')
  call setline(6, '- NEXT: send the deck v2')
  FuLog
  call cursor(T_find(getline(1, '$'), 'send the deck'), 1)
  lua require("fulog.log").actions.done()
  call T_ok(stridx(T_said(), "\e") < 0, 'the log''s refusal for a step gone from its buffer names the note without its ESC', T_said())
  call T_contains(T_said(), 'that next step is no longer there: "send the deck" (evil/a\033[31mb.md)', '... as ls -b writes it')
endfunction

call T_run(function('s:body'))
