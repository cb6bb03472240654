" Live highlighting in Vim (text properties): each class, incremental
" updates, the Ham Bam warning (virtual text below the heading), long
" lines, :FuExplain (a popup), highlight groups, a big note.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

" Text properties by row (0-based, as strings): the class property, from
" prop_list() and prop_type_get(), and its end-of-line virtual text (from
" the highlighter's steps: prop_list() does not return the text). Virtual
" text properties have negative ids and types ending in _v (after the
" line) or _b (below it).
function! s:marks(buf) abort
  let out = {}
  for p in prop_list(1, {'bufnr': a:buf, 'end_lnum': -1})
    let hl = get(prop_type_get(p.type), 'highlight', '')
    let row = string(p.lnum - 1)
    if p.type =~# '_[vb]$'
      if p.type =~# '_v$' && p.id < 0
        let out['virt' . row] = get(out, 'virt' . row, 0) + 1
      endif
    elseif hl ==# 'FuLogTag'
      let out['tag' . row] = 1
    elseif index(['FuLogTouch', 'FuLogNeed'], hl) < 0
      let out[row] = {'hl': hl, 'col': p.col - 1, 'end_col': p.col - 1 + p.length, 'virt': ''}
    endif
  endfor
  " a class property of zero width (an empty step) is an anchor without a
  " highlight: take its group from the highlighter
  for s in luaeval('vim.list((function(b) local l = {} for _, s in ipairs(require("fulog.highlight").steps(b)) do local vt = "" for _, c in ipairs(s.virt or {}) do vt = vt .. c[1] end l[#l + 1] = vim.dict({row = s.row, class = s.class, done = s.done and 1 or 0, virt = vt}) end return l end)(_A))', a:buf)
    if has_key(out, string(s.row))
      let out[string(s.row)].virt = s.virt
      if out[string(s.row)].hl ==# ''
        let out[string(s.row)].hl = s.done ? 'FuLogDone' : luaeval('require("fulog.highlight").class_group[_A]', s.class)
      endif
    endif
  endfor
  return out
endfunction

" The Ham Bam warnings: [{'row': 0-based, 'text': ...}] (virtual text below a line).
function! s:warnings(buf) abort
  let out = []
  for p in prop_list(1, {'bufnr': a:buf, 'end_lnum': -1})
    if p.id < 0 && get(prop_type_get(p.type), 'highlight', '') ==# 'FuLogWarn'
      call add(out, {'row': p.lnum - 1})
    endif
  endfor
  if len(out) == 1
    call T_eq(out[0].row, luaeval('require("fulog.highlight").warning_row(_A)', a:buf), 'the highlighter knows where its warning is')
    let out[0].text = luaeval('require("fulog.highlight").warning_text()')
  endif
  return out
endfunction

function! s:write(path, lines) abort
  call mkdir(fnamemodify(a:path, ':h'), 'p')
  call writefile(a:lines, a:path)
endfunction

function! s:body() abort
  let env = T_env()
  call T_load_plugin()
  set hidden
  call T_eq(luaeval('require("fulog.editor").name'), 'vim', 'the Vim adapter is picked')
  call T_eq(luaeval('require("fulog.core").abi'), 'lua5.2', 'the C module built for Vim''s Lua 5.2 loads')
  " Ex mode keeps windows 80 columns wide: a fixed width, as a seller may set it
  call T_setup(env, 'index_on_open = false, index_on_save = false, virtual_text = { max_width = 120 }')

  " 1. each class, by override tag, and an empty tag
  let p = env.dir . '/notes/testco/2026-12-01-call.md'
  call s:write(p, [
        \ '---', 'account: Test Co', 'date: 2026-12-01', '---',
        \ '# Test Co - call',
        \ 'PAIN: too many spreadsheets',
        \ '- NEXT: review with the CFO #firm',
        \ '- NEXT: they will think about it #soft',
        \ '- NEXT: check in with Maria #non',
        \ '- NEXT: send the deck #compliance',
        \ '- NEXT:',
        \ '- [x] NEXT: they send the contract by Friday #firm',
        \ 'just a line: not a step',
        \ ])
  execute 'edit' fnameescape(p)
  let buf = bufnr('%')
  call T_eq(&filetype, 'markdown', 'a .md note gets filetype markdown')
  call T_ok(luaeval('require("fulog.highlight").is_attached(_A)', buf), 'the note buffer is attached')
  call T_ok(T_idle(buf), 'the first scan finishes')
  let m = s:marks(buf)
  call T_eq(get(get(m, '6', {}), 'hl', ''), 'FuLogFirm', '#firm line: text property FuLogFirm')
  call T_eq(get(get(m, '7', {}), 'hl', ''), 'FuLogSoft', '#soft line: text property FuLogSoft')
  call T_eq(get(get(m, '8', {}), 'hl', ''), 'FuLogNon', '#non line: text property FuLogNon')
  call T_eq(get(get(m, '9', {}), 'hl', ''), 'FuLogCompliance', '#compliance line: text property FuLogCompliance')
  call T_eq(get(get(m, '10', {}), 'hl', ''), 'FuLogUnknown', 'an empty tag is FuLogUnknown')
  call T_eq(get(get(m, '11', {}), 'hl', ''), 'FuLogDone', 'a done step is FuLogDone')
  call T_ok(!has_key(m, '12'), 'a line that is no step has no property')
  call T_ok(has_key(m, 'tag6') && has_key(m, 'tag7'), 'the NEXT: tag has its own FuLogTag property')
  call T_eq(get(get(m, '6', {}), 'col', -1), 7, 'the class property starts after the tag')
  call T_eq(get(get(m, '6', {}), 'end_col', -1), len(getline(7)), 'the class property runs to the end of the line')
  call T_contains(get(get(m, '7', {}), 'virt', ''), 'soft', 'virtual text after the line names the class')
  call T_ok(get(m, 'virt7', 0) >= 2, 'the virtual text is text properties after the line', get(m, 'virt7', 0))
  call T_eq(get(get(m, '11', {}), 'virt', 'x'), '', 'a done step has no virtual text')
  call T_ok(!has_key(m, 'virt11'), 'a done step has no virtual-text property')
  call T_eq(len(s:warnings(buf)), 0, 'no Ham Bam warning on a note with a firm step')

  " 2. natural language agrees with the classifier
  let lines = [
        \ '- NEXT: Jason brings his CFO to the proposal review Tue 12/8 10am',
        \ '- NEXT: They''ll get back to us',
        \ '- NEXT: Call me back in two weeks',
        \ '- NEXT: Send proposal',
        \ ]
  call appendbufline(buf, 12, lines)
  call T_ok(T_idle(buf), 'idle after an insert')
  let m = s:marks(buf)
  let i = 0
  for l in lines
    let i += 1
    let [cls, ask] = luaeval('(function(l) local c, _, _, a = require("fulog.core").classify(l, "2026-12-01") return vim.list({c, a or ""}) end)(_A)', l)
    call T_eq(get(get(m, string(11 + i), {}), 'hl', ''), luaeval('require("fulog.highlight").class_group[_A]', cls),
          \ 'inserted line ' . i . ' highlighted as core.classify says (' . cls . ')')
    if ask !=# ''
      call T_contains(get(get(m, string(11 + i), {}), 'virt', ''), 'ask: ' . ask[:19], 'inserted line ' . i . ': virtual text says what to ask for')
    endif
  endfor

  " 3. incremental updates: an edited line, lines inserted and deleted above
  call setline(8, '- NEXT: they said call me next month #non')
  call T_ok(T_idle(buf), 'idle after an edit')
  let m = s:marks(buf)
  call T_eq(get(get(m, '7', {}), 'hl', ''), 'FuLogNon', 'an edited line is re-classified')
  call append(5, ['', ''])
  call T_ok(T_idle(buf), 'idle after inserting lines above')
  let m = s:marks(buf)
  call T_eq(get(get(m, '8', {}), 'hl', ''), 'FuLogFirm', 'properties move down with inserted lines')
  call T_eq(get(get(m, '9', {}), 'hl', ''), 'FuLogNon', 'the next property moved too')
  silent 6,7delete _
  call T_ok(T_idle(buf), 'idle after deleting lines')
  let m = s:marks(buf)
  call T_eq(get(get(m, '6', {}), 'hl', ''), 'FuLogFirm', 'properties move up with deleted lines')
  let n = len(filter(keys(m), 'v:val =~# ''^\d\+$'''))
  call T_eq(n, 10, 'no stale properties after deletions')
  call T_eq(luaeval('#require("fulog.highlight").steps(_A)', buf), 10, 'the highlighter tracks 10 steps')
  " typing in Insert mode keeps the properties and re-classifies
  call cursor(9, 1)
  execute "normal! $bcwsoft\<Esc>"
  call T_ok(T_idle(buf), 'idle after typing')
  let m = s:marks(buf)
  call T_eq(get(get(m, '8', {}), 'hl', ''), 'FuLogSoft', 'a line typed into is re-classified')
  call T_eq(get(get(m, '8', {}), 'end_col', -1), len(getline(9)), 'its property covers the typed text')
  execute "normal! $bcwnon\<Esc>"
  call T_ok(T_idle(buf), 'idle after typing again')
  call T_eq(get(get(s:marks(buf), '8', {}), 'hl', ''), 'FuLogNon', 'typing back re-classifies the line')
  " deleting a firm step drops it from the highlighter
  let before = luaeval('#require("fulog.highlight").steps(_A)', buf)
  let saved = getline(7)
  call cursor(7, 1)
  silent delete _
  call T_ok(T_idle(buf), 'idle after deleting a step line')
  call T_eq(luaeval('#require("fulog.highlight").steps(_A)', buf), before - 1, 'a deleted step line leaves no step behind')
  call append(6, saved)
  call T_ok(T_idle(buf), 'idle after putting the line back')
  call T_eq(get(get(s:marks(buf), '6', {}), 'hl', ''), 'FuLogFirm', 'the restored line is highlighted again')

  " 4. Ham Bam: a warning below the heading without a firm step
  let p2 = env.dir . '/notes/hooli/2026-12-02.md'
  call s:write(p2, ['# Hooli - 2026-12-02 demo', '', '- NEXT: they will think about it #soft', '- NEXT: send the deck #compliance'])
  execute 'edit' fnameescape(p2)
  let b2 = bufnr('%')
  call T_ok(T_idle(b2), 'second note scanned')
  let w = s:warnings(b2)
  call T_eq(len(w), 1, 'a note without a firm step gets one warning (virtual text below a line)')
  call T_eq(get(get(w, 0, {}), 'row', -1), 0, 'the warning hangs under the first heading')
  call T_contains(get(get(w, 0, {}), 'text', ''), 'no firm next step', 'the warning says why')
  call appendbufline(b2, 4, ['- NEXT: next meeting booked #firm'])
  call T_ok(T_idle(b2), 'idle after writing a firm step')
  call T_eq(len(s:warnings(b2)), 0, 'the warning goes when a firm step is written')
  call setbufline(b2, 5, '- [x] NEXT: next meeting booked #firm')
  call T_ok(T_idle(b2), 'idle after marking it done')
  " done, the booked meeting happened: still how this meeting ended (fulog
  " stats counts it so); the warning came back and said it ended without one
  call T_eq(len(s:warnings(b2)), 0, 'a done firm step still counts: no warning')
  call deletebufline(b2, 5)
  call T_ok(T_idle(b2), 'idle after deleting the firm step')
  call T_eq(len(s:warnings(b2)), 1, 'without it the warning is back')
  call setbufline(b2, 1, '')
  call T_ok(T_idle(b2), 'idle after removing the heading')
  call T_eq(get(get(s:warnings(b2), 0, {}), 'row', -1), 0, 'without a heading the warning is at line 1')

  let readme = env.dir . '/README.md'
  call s:write(readme, [''])
  execute 'edit' fnameescape(readme)
  let b3 = bufnr('%')
  call T_ok(T_idle(b3), 'README scanned')
  call T_eq(len(s:warnings(b3)), 0, 'no warning on an empty README')
  call setline(1, ['# Project', '', 'Some text.'])
  call T_ok(T_idle(b3), 'README edited')
  call T_eq(len(s:warnings(b3)), 0, 'no warning on a README with an undated heading')

  " 5. a long line is classified whole, as the indexer reads it (up to
  " max_line_len, 1 MB)
  execute 'buffer' buf
  let long = '- NEXT: they will ' . repeat('x', 100000) . ' #firm'
  call setline(6, long)
  call T_ok(T_idle(buf), 'idle after a 100 KB line')
  let m = s:marks(buf)
  call T_eq(get(get(m, '5', {}), 'hl', ''), 'FuLogFirm', 'an override after 100 KB is read, as the store reads it')
  call T_eq(get(get(m, '5', {}), 'end_col', -1), len(long), 'the highlight still spans the whole line')
  call setline(6, '- NEXT: review with the CFO #firm')
  call T_ok(T_idle(buf), 'idle after restoring the line')

  " 6. :FuExplain opens a popup at the cursor (Vim has no floating windows)
  call cursor(8, 1)
  call popup_clear()
  FuExplain
  let pops = popup_list()
  call T_eq(len(pops), 1, 'FuExplain opens a popup')
  if len(pops) == 1
    let text = join(getbufline(winbufnr(pops[0]), 1, '$'), "\n")
    call T_contains(text, 'non-commitment', 'the popup names the class')
    call T_contains(text, 'meeting 2026-12-01 (front matter)', 'the popup names the meeting date and its source')
    call T_contains(text, 'set by #tag', 'the popup says an override decided')
    call T_ok(!empty(get(popup_getoptions(pops[0]), 'moved', [])), 'the popup closes when the cursor moves')
    call popup_close(pops[0])
  endif
  call cursor(1, 1)
  call T_capture_notify()
  FuExplain
  call T_contains(join(T_notes()), 'no next step under the cursor', 'FuExplain off a step says so')
  call T_eq(len(popup_list()), 0, '... and opens no popup')

  " 7. diagnostics are Neovim-only: the option is accepted and does nothing
  call T_setup(env, 'index_on_open = false, index_on_save = false, diagnostics = true')
  call T_ok(T_idle(buf), 'idle after setup(diagnostics = true)')
  call T_eq(get(get(s:marks(buf), '7', {}), 'hl', ''), 'FuLogNon', 'highlighting still works with diagnostics = true')
  call T_setup(env, 'index_on_open = false, index_on_save = false')
  call T_ok(T_idle(buf), 'idle after setup() again')

  " 8. highlight groups link to standard groups, default, again on ColorScheme
  for g in ['FuLogFirm', 'FuLogSoft', 'FuLogNon', 'FuLogCompliance', 'FuLogUnknown', 'FuLogOverdue', 'FuLogDone', 'FuLogTag', 'FuLogWarn']
    call T_ok(hlexists(g) && synIDtrans(hlID(g)) != hlID(g), g . ' is linked')
  endfor
  highlight clear
  doautocmd ColorScheme
  call T_ok(synIDtrans(hlID('FuLogSoft')) != hlID('FuLogSoft'), 'links are back after a ColorScheme')
  highlight FuLogSoft ctermfg=1
  lua require("fulog.highlight").define()
  call T_eq(synIDattr(synIDtrans(hlID('FuLogSoft')), 'fg', 'cterm'), '1', 'a user''s own colour wins (default link)')

  " 9. :FuToggle removes and restores the properties
  execute 'buffer' buf
  FuToggle
  call T_eq(len(prop_list(1, {'bufnr': buf, 'end_lnum': -1})), 0, 'FuToggle off removes every property')
  FuToggle
  call T_ok(T_idle(buf), 'idle after FuToggle on')
  call T_eq(get(get(s:marks(buf), '6', {}), 'hl', ''), 'FuLogFirm', 'FuToggle on highlights again')

  " 10. a 100,000-line note stays responsive
  let big = []
  for i in range(1, 100000)
    call add(big, i % 10 == 0 ? '- NEXT: they will think about it #soft ' . i : 'line ' . i . ' of talk')
  endfor
  let big[0] = '# Bigco - 2026-12-01'
  let pb = env.dir . '/notes/bigco/big.md'
  call s:write(pb, big)
  let t0 = reltime()
  execute 'edit' fnameescape(pb)
  let bb = bufnr('%')
  let open_ms = reltimefloat(reltime(t0)) * 1000
  call T_ok(open_ms < 1000, printf('opening a 100,000-line note does not block (%d ms)', float2nr(open_ms)))
  call T_ok(T_idle(bb, 120000), 'the background scan of 100,000 lines finishes')
  call T_eq(luaeval('#require("fulog.highlight").steps(_A)', bb), 10000, 'all 10,000 steps are marked')
  " a big note's reasons after the line: the rows in view now, the others
  " when they come into view
  let far = 90010
  let kinds = map(prop_list(far, {'bufnr': bb}), 'v:val.type =~# "_v$" ? "virt" : get(prop_type_get(v:val.type), "highlight", "")')
  call T_ok(index(kinds, 'FuLogSoft') >= 0 && index(kinds, 'virt') < 0, 'a row far from view has its class property, no virtual text yet', kinds)
  call cursor(far, 1)
  execute 'doautocmd <nomodeline> WinScrolled' win_getid()
  call T_ok(T_idle(bb), 'idle after scrolling to it')
  let kinds = map(prop_list(far, {'bufnr': bb}), 'v:val.type =~# "_v$" ? "virt" : ""')
  call T_ok(index(kinds, 'virt') >= 0, 'scrolled into view, the row shows its virtual text', kinds)
  call cursor(50000, 1)
  let t0 = reltime()
  call setline(50000, '- NEXT: send the deck #compliance')
  call listener_flush()
  let cb_ms = reltimefloat(reltime(t0)) * 1000
  call T_ok(T_idle(bb), 'idle after an edit in the big note')
  let edit_ms = reltimefloat(reltime(t0)) * 1000
  call T_ok(cb_ms < 50, printf('the change callback returns at once (%.2f ms)', cb_ms))
  call T_ok(edit_ms < 300, printf('one edit is re-classified fast (%.1f ms)', edit_ms))
  let props = prop_list(50000, {'bufnr': bb})
  let hls = map(filter(copy(props), 'v:val.type !~# "_v$"'), 'get(prop_type_get(v:val.type), "highlight", "")')
  call T_ok(index(hls, 'FuLogCompliance') >= 0, 'the edited line in the big note is re-classified', hls)
endfunction

call T_run(function('s:body'))
