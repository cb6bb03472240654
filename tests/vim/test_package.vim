" Vim's native packages: fulog in pack/x/start/fulog of a temporary
" 'packpath', started by a vimrc as a user's Vim would start it (no
" -u NONE, no filetype detection). A vimrc runs before the packages load:
" g:fulog_setup configures fulog from there, require("fulog") only works
" after packloadall, and a note is highlighted without `filetype on`.
execute 'source' fnameescape(expand('<sfile>:p:h') . '/helpers.vim')

" Runs a Vim with vimrc lines and ex commands; returns the lines it wrote to
" the file named by $FULOG_T_OUT (or the exit code when it wrote none).
function! s:vim(env, vimrc, cmds) abort
  let pp = a:env.dir . '/pp'
  if !isdirectory(pp . '/pack/x/start')
    call mkdir(pp . '/pack/x/start', 'p')
    call system('ln -s ' . shellescape(g:T.root) . ' ' . shellescape(pp . '/pack/x/start/fulog'))
  endif
  let rc = a:env.dir . '/vimrc'
  let out = a:env.dir . '/out'
  call writefile(['set nocompatible', 'let &packpath = ' . string(pp)] + a:vimrc, rc)
  call delete(out)
  let $FULOG_T_OUT = out
  let args = join(map(copy(a:cmds), '"-c " . shellescape(v:val)'))
  let res = system('timeout 120 vim -N -u ' . shellescape(rc) . ' -i NONE -n -es ' . args
        \ . ' -c ' . shellescape('qall!') . ' </dev/null 2>&1')
  return filereadable(out) ? readfile(out) : ['exit ' . v:shell_error . ': ' . res]
endfunction

let s:put = 'call writefile([%s], $FULOG_T_OUT, "a")'

function! s:body() abort
  let env = T_env()
  call mkdir(env.notes . '/zeta', 'p')
  let note = env.notes . '/zeta/2026-12-08.md'
  call writefile(['# Zeta - 2026-12-08', '- TODO: send the deck'], note)

  " g:fulog_setup in the vimrc, no packloadall: applied when the package loads
  let got = s:vim(env, [
        \ 'let g:fulog_setup = {"notes": [' . string(env.notes) . '], "tags": ["NEXT", "TODO"],',
        \ '  \ "dark": {"days": 21}, "index_on_open": v:false, "ham_bam": {"text": "a \"b\" \\ c\nd"}}'],
        \ [printf(s:put, 'exists(":FuLog")'),
        \  printf(s:put, 'luaeval("require(''fulog'').did_setup()") ? "setup" : "no setup"'),
        \  printf(s:put, 'luaeval("require(''fulog'').config().dark.days")'),
        \  printf(s:put, 'luaeval("table.concat(require(''fulog'').config().tags, '','')")'),
        \  printf(s:put, 'luaeval("require(''fulog'').config().index_on_open") ? "on" : "off"'),
        \  printf(s:put, 'luaeval("require(''fulog'').config().ham_bam.text") ==# "a \"b\" \\ c\nd" ? "text kept" : "text changed"'),
        \  'edit ' . fnameescape(note),
        \  printf(s:put, '&filetype ==# "" ? "no filetype" : &filetype'),
        \  printf(s:put, 'luaeval("require(''fulog.highlight'').is_attached(_A)", bufnr("%")) ? "attached" : "not attached"')])
  call T_eq(get(got, 0, ''), '2', 'the package loads the plugin: :FuLog exists')
  call T_eq(get(got, 1, ''), 'setup', 'g:fulog_setup set before the packages load runs setup()')
  call T_eq(get(got, 2, ''), '21', 'g:fulog_setup sets an option')
  call T_eq(get(got, 3, ''), 'NEXT,TODO', 'a List in g:fulog_setup is a Lua list')
  call T_eq(get(got, 4, ''), 'off', 'v:false in g:fulog_setup is false')
  call T_eq(get(got, 5, ''), 'text kept', 'quotes, a backslash and a newline in a String survive')
  call T_eq(get(got, 6, ''), 'no filetype', 'the vimrc has no filetype detection')
  call T_eq(get(got, 7, ''), 'attached', 'a note is highlighted without filetype detection')

  " a bad g:fulog_setup is reported, as setup() would
  let got = s:vim(env, ['let g:fulog_setup = {"max_line_len": "big"}'],
        \ ['redir => g:msgs', 'silent messages', 'redir END', printf(s:put, 'g:msgs')])
  call T_contains(join(got), "option 'max_line_len' must be", 'a bad g:fulog_setup names the option')

  " require("fulog") in the vimrc: after packloadall it works
  let got = s:vim(env, ['packloadall',
        \ 'lua require("fulog").setup({ dark = { days = 30 }, index_on_open = false })'],
        \ [printf(s:put, 'luaeval("require(''fulog'').config().dark.days")'),
        \  printf(s:put, 'exists(":FuLog")')])
  call T_eq(got, ['30', '2'], 'lua require("fulog").setup() after packloadall in a vimrc')
endfunction

call T_run(function('s:body'))
