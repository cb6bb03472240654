" :FuStats in Vim: a read-only scratch buffer with the core's report text
" (bar chart in Unicode blocks, tables), arguments, keys, completion.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

function! s:body() abort
  let env = T_env('2026-12-10')
  call T_load_plugin()
  call T_capture_notify()
  call T_setup(env, 'index_on_open = false')
  FuIndex

  FuStats
  let sb = bufnr('%')
  call T_eq(bufname(sb), 'fulog://stats', 'FuStats opens the stats buffer')
  call T_eq(&buftype, 'nofile', 'a scratch buffer')
  call T_eq(&modifiable, 0, 'read-only')
  call T_eq(winnr('$'), 2, 'in a split window')
  let lines = getline(1, '$')
  call T_eq(lines[0], 'fulog stats 2026-10-19 .. 2026-12-10, by week', '8 weeks up to today by default')
  let want = luaeval('select(2, require("fulog.core").open(_A):stats({ today = "2026-12-10" }))', env.db)
  call T_eq(join(lines[: len(split(want, "\n", 1)) - 2], "\n") . "\n", want, 'the buffer shows the core''s text')
  let text = join(lines, "\n")
  call T_ok(stridx(text, '  2026-11-16 ' . nr2char(0x2588) . nr2char(0x2588) . ' ') >= 0, 'a firm meeting is a full block', text)
  call T_ok(stridx(text, '  2026-11-23 ' . nr2char(0x2591) . nr2char(0x2591) . ' ') >= 0, 'a meeting without a firm step is shaded', text)
  call T_contains(text, '3 meetings,   2 firm  67%  (the Ham Bam rate)', 'the total Ham Bam rate')
  let hls = {}
  for p in prop_list(1, {'bufnr': sb, 'end_lnum': -1})
    let hls[get(prop_type_get(p.type), 'highlight', '')] = 1
  endfor
  call T_ok(has_key(hls, 'FuLogHeader'), 'headings are highlighted', keys(hls))

  FuStats month 2026-11-01 2026-12-31
  call T_eq(bufnr('%'), sb, 'FuStats again reuses the buffer')
  call T_eq(getline(1), 'fulog stats 2026-11-01 .. 2026-12-31, by month', 'FuStats month SINCE UNTIL')
  call T_ok(T_find(getline(1, '$'), '  2026-12     ') > 0, 'months are labelled YYYY-MM')

  FuStats year
  call T_ok(match(T_notes(), 'FuStats wants \[week|month\]') >= 0, 'a bad argument is told', T_notes())
  call T_eq(getbufvar(sb, '&modifiable'), 0, 'the buffer stays')

  FuStats week 2026-11-16 2026-12-06
  call writefile(['# Hooli - 2026-12-02 call', '- NEXT: Next meeting booked Dec 9 at 10am #firm'], env.notes . '/hooli.md')
  FuIndex
  normal r
  call T_contains(join(getline(1, '$'), "\n"), '4 meetings,   3 firm  75%', 'r re-reads the store')
  normal q
  call T_eq(bufwinid('fulog://stats'), -1, 'q closes the stats window')
  call T_eq(getcompletion('FuStats m', 'cmdline'), ['month'], 'FuStats completes week/month')
endfunction

call T_run(function('s:body'))
