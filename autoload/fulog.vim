" fulog: Vim-script glue for the Vim adapter (lua/fulog/editor/vim.lua).
" Vim calls these for listeners, timers, autocommands and mappings; each
" hands over to Lua at once. Neovim never loads this file.

let s:ed = 'require("fulog.editor.vim")'

" listener_add() callback: only line numbers travel to Lua.
function! fulog#listener(bufnr, start, end, added, changes) abort
  call luaeval(s:ed . '._on_lines(_A[1], _A[2]) and nil',
        \ [a:bufnr, map(copy(a:changes), '[v:val.lnum, v:val.end, v:val.added]')])
endfunction

" timer_start() callback.
function! fulog#timer(id) abort
  call luaeval(s:ed . '._on_timer(_A) and nil', a:id)
endfunction

" A mapping set up through the adapter's buf_map().
function! fulog#map(id) abort
  call luaeval(s:ed . '._on_map(_A) and nil', a:id)
endfunction

" BufUnload / BufReadPost of a buffer the adapter tracks.
function! fulog#unload(buf) abort
  call luaeval(s:ed . '._on_unload(_A) and nil', a:buf)
endfunction

function! fulog#reload(buf) abort
  call luaeval(s:ed . '._on_reload(_A) and nil', a:buf)
endfunction

" BufWinEnter / WinScrolled: a window shows the buffer or scrolled.
function! fulog#view(buf) abort
  if a:buf > 0
    call luaeval(s:ed . '._on_view(_A) and nil', a:buf)
  endif
endfunction
