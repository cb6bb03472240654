" A step cut to 160 columns is within 160 on Vim's screen too
" (tests/nvim/test_widths.lua in Vim 9, QA round 43): flags and emoji such
" as U+23ED counted one column and Vim draws them two (a cut step 300
" columns wide), and the ellipsis, East Asian Ambiguous, made 161 columns
" with 'ambiwidth' double. Each step is fulog overdue's text, and :FuLog
" shows the same words. Today 2026-12-10.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  execute 'cd' fnameescape(env.notes)
  call mkdir('widths', 'p')
  let kinds = [['latin', 'a'], ['cjk', "\u5951"], ['emoji', "\U1F600"], ['flag', "\U1F1FA"],
        \ ['text emoji', "\u23ED"], ['thermometer', "\U1F321"], ['jamo', "\u1100\u1161"], ['unassigned', "\u0378"]]
  let lines = ['---', 'account: Widths', 'date: 2026-11-20', '---', '# Widths']
  let i = 0
  for k in kinds
    let i += 1
    call add(lines, printf('- NEXT: w%d %s #compliance', i, repeat(k[1], 200)))
  endfor
  call writefile(lines, 'widths/a.md')
  FuIndex
  let sh = {}
  for l in systemlist('XDG_CONFIG_HOME=/nonexistent lua5.4 ' . shellescape(g:T.root . '/bin/fulog') . ' overdue')
    let m = matchlist(l, '^widths/a\.md:\d\+:\d\+: \S\+ \[Widths\] \(w\(\d\+\) .\{-}\) (due')
    if !empty(m)
      let sh[m[2]] = m[1]
    endif
  endfor
  FuOverdue
  let qf = {}
  for it in getqflist()
    let m = matchlist(it.text, '\[Widths\] \(w\(\d\+\) .\{-}\) (due')
    if !empty(m)
      let qf[m[2]] = m[1]
    endif
  endfor
  cclose
  FuLog Widths
  let log = getline(1, '$')
  bwipeout!
  for amb in ['single', 'double']
    let &ambiwidth = amb
    let i = 0
    for k in kinds
      let i += 1
      let step = get(qf, i, '(none)')
      let w = strdisplaywidth(step)
      call T_ok(w <= 160 && w >= 158, printf('%s, ambiwidth %s: the cut step is %d columns in the quickfix list', k[0], amb, w), step)
      call T_ok(T_find(log, step) > 0, k[0] . ': :FuLog shows the same words', join(log, "\n"))
    endfor
  endfor
  set ambiwidth=single
  let i = 0
  for k in kinds
    let i += 1
    call T_eq(get(qf, i, '(none)'), get(sh, i, '(no line)'), k[0] . ': the quickfix text is fulog overdue''s')
  endfor
endfunction

call T_run(function('s:body'))
