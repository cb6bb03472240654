" fulog: next steps from your meeting notes, classified as you type.
" Works in Neovim 0.7+ and Vim 9 with +lua. Startup only defines commands,
" <Plug> mappings and autocommands; the C module loads on first use.

if exists('g:loaded_fulog')
  finish
endif
let g:loaded_fulog = 1

if !has('nvim-0.7') && !(v:version >= 900 && has('lua'))
  echohl WarningMsg
  echomsg 'fulog: needs Neovim 0.7+ or Vim 9 with +lua'
  echohl None
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" (`and nil`: Vim's luaeval() cannot convert the Lua tables run() may return.)
function! s:run(cmd, args, bang, line1, line2, range) abort
  call luaeval('require("fulog.commands").run(_A) and nil', {'cmd': a:cmd, 'args': a:args,
        \ 'bang': a:bang, 'line1': a:line1, 'line2': a:line2, 'range': a:range})
endfunction

function! s:complete(cmd, lead, line, pos) abort
  return split(luaeval('require("fulog.commands").complete(_A[1], _A[2], _A[3])',
        \ [a:cmd, a:lead, a:line]), "\n")
endfunction

function! s:complete_log(lead, line, pos) abort
  return s:complete('log', a:lead, a:line, a:pos)
endfunction

function! s:complete_touch(lead, line, pos) abort
  return s:complete('touch', a:lead, a:line, a:pos)
endfunction

command! -nargs=* -complete=customlist,s:complete_log FuLog
      \ call s:run('log', <q-args>, <bang>0, <line1>, <line2>, <range>)
function! s:complete_stats(lead, line, pos) abort
  return filter(['week', 'month'], 'v:val =~# "^" . a:lead')
endfunction

command! -nargs=* -complete=customlist,s:complete_stats FuStats
      \ call s:run('stats', <q-args>, <bang>0, <line1>, <line2>, <range>)
command! -bang -nargs=0 FuOverdue call s:run('overdue', '', <bang>0, <line1>, <line2>, <range>)
command! -nargs=* -complete=dir FuIndex call s:run('index', <q-args>, <bang>0, <line1>, <line2>, <range>)
command! -bang -range -nargs=0 FuTag call s:run('tag', '', <bang>0, <line1>, <line2>, <range>)
command! -nargs=* -complete=customlist,s:complete_touch FuTouch
      \ call s:run('touch', <q-args>, <bang>0, <line1>, <line2>, <range>)
command! -range -nargs=0 FuDone call s:run('done', '', <bang>0, <line1>, <line2>, <range>)
command! -nargs=? FuSnooze call s:run('snooze', <q-args>, <bang>0, <line1>, <line2>, <range>)
command! -nargs=? FuDraft call s:run('draft', <q-args>, <bang>0, <line1>, <line2>, <range>)
command! -nargs=0 FuRecap call s:run('recap', '', <bang>0, <line1>, <line2>, <range>)
command! -nargs=0 FuExplain call s:run('explain', '', <bang>0, <line1>, <line2>, <range>)
command! -nargs=0 FuToggle call s:run('toggle', '', <bang>0, <line1>, <line2>, <range>)

nnoremap <silent> <Plug>(fulog-tag) :<C-u>FuTag<CR>
xnoremap <silent> <Plug>(fulog-tag) :FuTag<CR>
nnoremap <silent> <Plug>(fulog-touch) :<C-u>FuTouch<CR>
nnoremap <silent> <Plug>(fulog-done) :<C-u>FuDone<CR>
xnoremap <silent> <Plug>(fulog-done) :FuDone<CR>
nnoremap <silent> <Plug>(fulog-explain) :<C-u>FuExplain<CR>
nnoremap <silent> <Plug>(fulog-recap) :<C-u>FuRecap<CR>
nnoremap <silent> <Plug>(fulog-log) :<C-u>FuLog<CR>
nnoremap <silent> <Plug>(fulog-overdue) :<C-u>FuOverdue<CR>

" Cheap: each event runs a few lines of Lua that check filetype and config.
if !has('nvim') && empty(globpath(&runtimepath, 'lua/fulog/editor/vim.lua'))
  let &cpo = s:cpo_save
  unlet s:cpo_save
  finish
endif
" A Vim value as Lua source. Not through luaeval(): Vim's Lua gets v:false
" as 0 and a Dict as a vim.dict, and setup() wants true Lua values.
function! s:lua(v) abort
  let t = type(a:v)
  if t == v:t_dict
    return '{' . join(map(items(a:v), '"[" . s:lua(v:val[0]) . "] = " . s:lua(v:val[1])'), ', ') . '}'
  elseif t == v:t_list
    return '{' . join(map(copy(a:v), 's:lua(v:val)'), ', ') . '}'
  elseif t == v:t_bool
    return a:v ? 'true' : 'false'
  elseif t == v:t_number || t == v:t_float
    return string(a:v)
  elseif t == v:t_string
    return '"' . substitute(escape(a:v, '\"'), '[\n\r]', '\=submatch(0) ==# "\n" ? "\\n" : "\\r"', 'g') . '"'
  endif
  return 'nil'
endfunction

" A vimrc runs before Vim loads its packages (pack/*/start), so there
" require("fulog") fails; the setup() table as a Dict in g:fulog_setup is
" applied here instead, before any buffer is read.
if type(get(g:, 'fulog_setup', 0)) == v:t_dict
  execute 'lua require("fulog").setup(' . s:lua(g:fulog_setup) . ')'
endif
augroup fulog
  autocmd!
  autocmd FileType * call luaeval('require("fulog").on_buf(_A)', str2nr(expand('<abuf>')))
  " Without filetype detection no FileType event comes: a note is known by its
  " ending. A buffer without one (the empty buffer of a bare `nvim`) is no
  " note while fulog is unloaded (default filetypes, nothing attached), so
  " it does not load fulog at startup: that was 3 ms of a 3.1 ms startup.
  autocmd BufWinEnter * if &filetype ==# '' && (bufname(str2nr(expand('<abuf>'))) =~# '\.[^./]\+$'
        \ || luaeval('package.loaded.fulog ~= nil'))
        \ | call luaeval('require("fulog").on_buf(_A)', str2nr(expand('<abuf>'))) | endif
  autocmd BufWritePost * call luaeval('require("fulog").on_write(_A)', str2nr(expand('<abuf>')))
  autocmd ColorScheme * call luaeval('require("fulog").on_colorscheme()')
  " A shell's fulog touch/done/snooze leaves the log and the quickfix list
  " stale: re-read them when the store changed (a cheap check, and none
  " while fulog is not loaded).
  " A note written from outside (fulog done in a shell) while its buffer has
  " unsaved edits: fulog's own write-backs go into the buffer, any other
  " change gets the editor's own prompt ('ask'), as without fulog.
  autocmd FileChangedShell * let v:fcs_choice = luaeval('package.loaded.fulog ~= nil')
        \ ? luaeval('require("fulog").on_outside(_A)', expand('<abuf>') . ':' . v:fcs_reason) : 'ask'
  autocmd FocusGained,BufEnter,CursorHold * if luaeval('package.loaded.fulog ~= nil')
        \ | call luaeval('require("fulog").on_store_check() and nil') | endif
augroup END

let &cpo = s:cpo_save
unlet s:cpo_save
