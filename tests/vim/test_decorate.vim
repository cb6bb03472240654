" The editor adapter's decoration contract in Vim (text properties), as
" highlight.lua and the log use it: decorate(b, ns, s, e, rows) replaces
" the decorations of rows [s, e) in namespace ns and leaves every other row
" and namespace alone.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

" By row (0-based, as strings): {'spans': ['group c0-c1', ...], 'after':
" [groups of virtual text after the line, sorted], 'below': [groups of
" virtual lines]} for the properties of namespace ns (their types are fulog_<ns>_...).
function! s:seen(buf, ns) abort
  let out = {}
  for p in prop_list(1, {'bufnr': a:buf, 'end_lnum': -1})
    if p.type !~# '^fulog_' . a:ns . '_'
      continue
    endif
    let r = get(out, string(p.lnum - 1), {'spans': [], 'after': [], 'below': []})
    let out[string(p.lnum - 1)] = r
    let hl = get(prop_type_get(p.type), 'highlight', '')
    if p.type =~# '_v$'
      call add(r.after, hl)
    elseif p.type =~# '_b$'
      call add(r.below, hl)
    else
      call add(r.spans, printf('%s %d-%d', hl, p.col - 1, p.col - 1 + p.length))
    endif
  endfor
  for r in values(out)
    call sort(r.spans)
    call sort(r.after)
  endfor
  return out
endfunction

function! s:decorate(buf, ns, s, e, rows) abort
  call luaeval('require("fulog.editor").decorate(_A[1], _A[2], _A[3], _A[4], _G.T_ROWS)', [a:buf, a:ns, a:s, a:e])
endfunction

function! s:body() abort
  call T_load_plugin()
  call T_eq(luaeval('require("fulog.editor").name'), 'vim', 'the Vim adapter is picked')
  enew
  setlocal buftype=nofile
  call setline(1, ['row zero', 'row one', 'row two', 'row three', 'row four', 'row five'])
  let b = bufnr('%')
  let ns = luaeval('require("fulog.editor").namespace("fulog_test")')
  let other = luaeval('require("fulog.editor").namespace("fulog_test_other")')
  call T_eq(luaeval('require("fulog.editor").namespace("fulog_test")'), ns, 'a namespace is found again by name')

  lua << EOL
  local rows = {}
  for r = 0, 5 do
    rows[#rows + 1] = { row = r, 0, 3, "Comment", 105 }
  end
  rows[3][5], rows[3][6], rows[3][7], rows[3][8] = 4, 7, "Title", 110
  rows[3].virt = { { "  after", "Comment" }, { " two", "Title" } }
  rows[5].below = { { "under four", "WarningMsg" } }
  _G.T_ROWS = rows
EOL
  call s:decorate(b, ns, 0, -1, 0)
  lua _G.T_ROWS = { { row = 2, 0, 8, "ErrorMsg" } }
  call s:decorate(b, other, 0, -1, 0)
  let m = s:seen(b, ns)
  call T_eq(len(m), 6, 'every row is decorated')
  call T_eq(join(m['2'].spans, ','), 'Comment 0-3,Title 4-7', 'a row can carry several spans')
  call T_eq(m['2'].after, ['Comment', 'Title'], 'virtual text after the line, a property per chunk')
  call T_eq(m['4'].below, ['WarningMsg'], 'a virtual line under a row')

  " replacing rows [2, 4) leaves the others as they were
  lua _G.T_ROWS = { { row = 2, 0, 1, "ErrorMsg" } }
  call s:decorate(b, ns, 2, 4, 0)
  let m = s:seen(b, ns)
  call T_eq(get(get(m, '2', {}), 'spans', []), ['ErrorMsg 0-1'], 'row 2 has only its new decoration')
  call T_eq(get(get(m, '2', {}), 'after', []), [], 'its old virtual text went')
  call T_ok(!has_key(m, '3'), 'row 3, given nothing, has nothing')
  for r in ['0', '1', '5']
    call T_eq(get(get(m, r, {}), 'spans', []), ['Comment 0-3'], 'row ' . r . ' outside [2, 4) is untouched')
  endfor
  call T_eq(get(get(m, '4', {}), 'below', []), ['WarningMsg'], 'row 4''s virtual line is untouched')
  call T_eq(get(get(s:seen(b, other), '2', {}), 'spans', []), ['ErrorMsg 0-8'], 'another namespace is untouched')

  " e = -1: to the end of the buffer
  lua _G.T_ROWS = {}
  call s:decorate(b, ns, 4, -1, 0)
  let m = s:seen(b, ns)
  call T_ok(!has_key(m, '4') && !has_key(m, '5'), 'rows [4, end) cleared')
  call T_ok(has_key(m, '0') && has_key(m, '1') && has_key(m, '2'), 'rows before 4 kept')

  " a zero-width span (an empty step) is an anchor without a highlight
  lua _G.T_ROWS = { { row = 1, 7, 7, "Comment", 105, virt = { { "  empty", "Comment" } } } }
  call s:decorate(b, ns, 1, 2, 0)
  let m = s:seen(b, ns)
  call T_eq(get(get(m, '1', {}), 'spans', []), [' 7-7'], 'a zero-width span colours nothing')
  call T_eq(get(get(m, '1', {}), 'after', []), ['Comment'], '... and its virtual text is there')

  " flat spans (rows.spans: row, c0, c1, group, priority, ...) beside the rows
  lua << EOL
  _G.T_ROWS = { { row = 5, 0, 3, "Title", 110, virt = { { "  five", "Comment" } } } }
  _G.T_ROWS.spans = { 4, 0, 3, "Comment", 105, 4, 4, 8, "Title", 110, 5, 4, 8, "ErrorMsg", 105 }
EOL
  call s:decorate(b, ns, 4, -1, 0)
  let m = s:seen(b, ns)
  call T_eq(get(get(m, '4', {}), 'spans', []), ['Comment 0-3', 'Title 4-8'], 'flat spans: several on a row')
  call T_eq(get(get(m, '5', {}), 'spans', []), ['ErrorMsg 4-8', 'Title 0-3'], 'flat spans and a row''s spans together')
  call T_eq(get(get(m, '5', {}), 'after', []), ['Comment'], 'the row''s virtual text too')
  " marks(): the same properties in the Neovim adapter's shape, rows [s, e)
  let mk = luaeval('vim.list((function(b, ns) local l = {} for _, m in ipairs(require("fulog.editor").marks(b, ns, 4, 6)) do if not m[4].virt then l[#l + 1] = ("%d:%s %d-%d/%d"):format(m[2], m[4].hl_group, m[3], m[4].end_col, m[4].priority) end end table.sort(l) return l end)(_A[1], _A[2]))', [b, ns])
  call T_eq(mk, ['4:Comment 0-3/105', '4:Title 4-8/110', '5:ErrorMsg 4-8/105', '5:Title 0-3/110'], 'marks() lists the spans of rows [4, 6)')
  call T_eq(luaeval('#require("fulog.editor").marks(_A[1], _A[2], 0, 4)', [b, ns]), 4, 'marks() of rows [0, 4): theirs only')
  lua _G.T_ROWS = {}
  call s:decorate(b, ns, 4, -1, 0)

  " decorations move with the text
  call append(0, 'new first line')
  let m = s:seen(b, ns)
  call T_eq(get(get(m, '3', {}), 'spans', []), ['ErrorMsg 0-1'], 'an inserted line moves the rows below down')
  lua _G.T_ROWS = {}
  call s:decorate(b, ns, 0, -1, 0)
  call T_eq(len(s:seen(b, ns)), 0, 'no rows: everything cleared')
  call T_eq(len(s:seen(b, other)), 1, '... in that namespace only')
endfunction

call T_run(function('s:body'))
