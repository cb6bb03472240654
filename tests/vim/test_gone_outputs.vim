" A note gone from disk since the last index, beyond the chases of
" :FuOverdue and :FuLog: :FuLog's dark status and last touch leave out the
" gone note's touches, the log's D on a step of it refuses as fulog draft
" does, and :FuDraft does not quote its PAIN/WANT lines. The Vim twin of
" tests/nvim/test_gone_outputs.lua. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  let old = 'acme/2026-11-10-intro.md'
  call writefile(['---', 'account: Acme Corp', 'date: 2026-11-10', '---', 'WANT: SSO by January',
        \ '- NEXT: send the security questionnaire', '  TOUCH: 2026-12-01 email - no reply',
        \ '  TOUCH: 2026-12-03 call - no reply'], old)
  FuIndex
  FuLog
  let logbuf = bufnr('%')
  let acme = T_find(getline(1, '$'), 'Acme Corp')
  call T_match(getline(acme), '^Acme Corp  DARK', ':FuLog: Acme is dark with the old note''s touches')
  call T_match(getline(1), ', 2 dark accounts$', ':FuLog''s header: Acme and Globex')
  let row = T_find(getline(1, '$'), 'security questionnaire')
  call T_ok(row > 0, ':FuLog lists the old note''s step')
  call delete(old)

  " the log's D on the gone note's chase (a log drawn before it went)
  call cursor(row, 1)
  call T_clear_notes()
  lua require("fulog.log").actions.draft("email")
  let want = old . ':6: the note is gone (no such file: deleted, or renamed or moved since it was indexed); nothing written'
  call T_eq(T_said(), want, 'the log''s D on a gone note''s step refuses')
  call T_eq(T_shell('draft ' . old . ':6'), [want, 1], 'as fulog draft does')

  " the log again: not dark, last touch not the gone note's
  execute 'buffer' logbuf
  lua require("fulog.log").refresh()
  let acme = T_find(getline(1, '$'), 'Acme Corp')
  call T_ok(acme > 0 && getline(acme) !~# 'DARK', ':FuLog: Acme is no longer dark', getline(acme))
  call T_ok(acme > 0 && getline(acme) =~# '2026-12-04' && getline(acme) !~# '2026-12-03',
        \ ':FuLog: Acme''s last touch is the note''s there', getline(acme))
  call T_match(getline(1), ', 1 dark account$', ':FuLog''s header counts Globex alone dark')

  " :FuDraft on the discovery note: the gone note's WANT not quoted
  edit acme/2026-11-20-discovery.md
  call cursor(T_find(getline(1, '$'), 'call Jason back'), 1)
  FuDraft
  let text = join(getline(1, '$'), "\n")
  call T_ok(stridx(text, 'one dashboard the CFO trusts') >= 0, ':FuDraft quotes the note''s WANT', text)
  call T_ok(stridx(text, 'SSO by January') < 0, ':FuDraft leaves out the gone note''s WANT', text)
endfunction

call T_run(function('s:body'))
