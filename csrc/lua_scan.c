/* lua_scan.c: the editor's highlighter asks about many buffer rows at once.
 * One call per batch of lines (not two per row) keeps a 100,000-line note
 * from paying a C call, a table and a UTF-8 clean-up for every row: rows
 * without a tag cost one scan and nothing else. */
#include "lua_bind.h"
#include "chase.h"
#include "line.h"
#include "note.h"

#include <stdio.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>

/* The columns of the result, in stack order after it (see l_scan_rows). */
enum { C_I = 1, C_LEN, C_KIND, C_COL, C_TAGLEN, C_CLASS, C_DUE, C_FLAGS, C_LATE, C_WHY, C_ASK, C_N };
static const char *const col_names[] = {
    NULL, "i", "len", "kind", "col", "tag_len", "class", "due", "flags", "overdue_days", "why", "ask"
};

static void set_int(lua_State *L, int col, int at, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_rawseti(L, col, at);
}

/* The result table (reused from argument idx when a table, so a batch
 * appends to the one before) and its column tables after it on the stack:
 * column c at the returned index + c. */
static int push_columns(lua_State *L, int idx, int presize, const char *who)
{
    int c, res;
    luaL_checkstack(L, C_N + 4, who);
    if (lua_istable(L, idx))
        lua_pushvalue(L, idx);
    else
        lua_createtable(L, 0, C_N + 1);
    res = lua_gettop(L);
    for (c = C_I; c < C_N; c++) {
        lua_getfield(L, res, col_names[c]);
        if (!lua_istable(L, -1)) {
            lua_pop(L, 1);
            lua_createtable(L, presize, 0);
            lua_pushvalue(L, -1);
            lua_setfield(L, res, col_names[c]);
        }
    }
    return res;
}

/* Row out of the result: the buffer row i, its length, kind and tag. */
static void set_row(lua_State *L, int res, int out, lua_Integer i, size_t len, ful_line_kind kind, const ful_line *li)
{
    set_int(L, res + C_I, out, i);
    set_int(L, res + C_LEN, out, (lua_Integer)len);
    set_int(L, res + C_KIND, out, (lua_Integer)kind);
    set_int(L, res + C_COL, out, (lua_Integer)li->tag_off);
    set_int(L, res + C_TAGLEN, out, (lua_Integer)li->tag_len);
}

/* The open step of a scan and the touches under it: its lateness is its
 * next action date's (spec 7), as the store and `fulog overdue` have it,
 * not its due date's. More touches than this under one step count the
 * first ones only. */
#define SCAN_TOUCHES 64
typedef struct {
    int at;             /* its row in the result, 0: no step open */
    int indent, cls, done;
    ful_day due;
    int due_set;        /* a due: on the line decided it */
    int nt;
    ful_chase_touch t[SCAN_TOUCHES];
} scan_step;

static void add_touch(scan_step *sp, const char *text, size_t n)
{
    ful_touch_info ti;
    if (sp->nt == SCAN_TOUCHES)
        return;
    ful_touch_parse(text, n, &ti);
    sp->t[sp->nt].day = ti.day;
    sp->t[sp->nt].channel = ti.channel;
    sp->t[sp->nt++].replied = ti.replied;
}

/* Closes the open step: its overdue_days from its class, due and touches. */
static void close_step(lua_State *L, int col, scan_step *sp, const ful_lopts *o)
{
    int late = 0;
    if (!sp->at)
        return;
    if (!sp->done && o->today != FUL_NODATE) {
        ful_chase ch;
        ful_chase_eval(sp->cls, sp->due, sp->due_set, sp->t, sp->nt, &o->cadence, &ch);
        if (ful_chase_overdue(ch.state, ch.next, o->today))
            late = (int)(o->today - ch.next);
    }
    set_int(L, col, sp->at, late);
    sp->at = 0;
}

/* core.scan_rows(lines, meeting, opts [, max_len [, explain [, into [, brief [, nrows]]]]]) -> rows | nil, msg
 *
 * lines: a list of strings (a buffer's rows); meeting: the note's meeting
 * date (nil: today); opts: as core.classify's (an options object and the
 * note's people); max_len: bytes of a line read (the rest is ignored);
 * explain: false leaves out why and ask (the classifier skips that work:
 * rows nobody is looking at); into: the rows of an earlier call, filled
 * again (its column tables are reused: a batch makes no tables); brief:
 * true leaves out due and overdue_days too (their entries stay as they
 * were): what colours a row far from view is its class and done flag, and
 * a date string a step was a third of the columns' cost. nrows: only
 * lines[1..nrows] give rows; the lines after them are read for the touches
 * of the last step only (its block going on past the batch).
 *
 * rows: columns, one entry per tagged line, in order (n of them; a reused
 * column may hold stale entries past n):
 *   i        its index in lines
 *   len      the line's length in bytes (all of it, past max_len too)
 *   kind     1 step, 2 touch, 3 pain, 4 want
 *   col      0-based byte offset of the tag; tag_len: the tag and colon
 * and for steps only (the entries of other rows are left as they were):
 *   class    "firm", "soft", ...; due: "YYYY-MM-DD", false when none
 *   flags    1: a #class tag decided, 2: done ([x])
 *   overdue_days  days its next action date (due, or the cadence after
 *                 the touches under it) is past opts' today (0: not late
 *                 or done), as `fulog overdue` counts them
 *   why, ask      the classifier's reason and what to ask for (explain only)
 * Columns of numbers, not a table per row: no key hashing per row, and Lua
 * builds only what it keeps. */
static int l_scan_rows(lua_State *L)
{
    ful_lopts o;
    ful_names nm;
    ful_day meeting;
    size_t max_len;
    int k, i, out = 0, res, flags, brief, nrows;
    scan_step sp;
    luaL_checktype(L, 1, LUA_TTABLE);
    max_len = (size_t)luaL_optinteger(L, 4, 0);
    flags = (lua_isnoneornil(L, 5) || lua_toboolean(L, 5)) ? FUL_CLS_EXPLAIN : 0;
    if (!lua_isnoneornil(L, 6))
        luaL_checktype(L, 6, LUA_TTABLE);
    brief = lua_toboolean(L, 7);
    nrows = (int)luaL_optinteger(L, 8, -1);
    if (brief)
        flags = 0;
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    ful_l_names(L, 3, &nm);
    if (ful_l_date(L, 2, o.today, &meeting) != 0)
        return 2;
    k = (int)ful_rawlen(L, 1);
    if (nrows < 0 || nrows > k)
        nrows = k;
    sp.at = 0;
    res = push_columns(L, 6, k / 2, "scan_rows");
    for (i = 1; i <= k; i++) {
        size_t n, len;
        const char *s;
        ful_line li;
        ful_line_kind kind;
        lua_rawgeti(L, 1, i);
        s = lua_tolstring(L, -1, &n);
        if (!s)
            return luaL_error(L, "lines: want a list of strings (item %d is a %s)", i, luaL_typename(L, -1));
        len = n;
        if (max_len && n > max_len)
            n = max_len;
        /* most rows of a note are talk: no colon, no tag */
        if (!memchr(s, ':', n) || (kind = ful_line_scan(s, n, &o.tags, &li)) == FUL_LINE_NONE) {
            /* a non-blank line at or left of the step's indent ends its
             * block (the parser's rule, note.c) */
            if (sp.at && !ful_line_blank(s, n) && ful_line_indent(s, n, NULL) <= sp.indent)
                close_step(L, res + C_LATE, &sp, &o);
            lua_pop(L, 1);
            if (i >= nrows && !sp.at)
                break;
            continue;
        }
        if (sp.at && (kind == FUL_LINE_STEP || li.indent <= sp.indent))
            close_step(L, res + C_LATE, &sp, &o);
        if (i > nrows) {
            /* past the batch: only the last step's touches */
            if (sp.at && kind == FUL_LINE_TOUCH)
                add_touch(&sp, s + li.text_off, li.text_len);
            lua_pop(L, 1);
            if (!sp.at)
                break;
            continue;
        }
        set_row(L, res, ++out, i, len, kind, &li);
        if (kind == FUL_LINE_STEP) {
            ful_verdict v;
            ful_classify_names(o.rules, &nm, s, n, meeting, o.grace, flags, &v);
            lua_pushstring(L, ful_class_name(v.cls));
            lua_rawseti(L, res + C_CLASS, out);
            set_int(L, res + C_FLAGS, out, (v.overridden ? 1 : 0) | (li.done ? 2 : 0));
            if (!brief) {
                if (v.due == FUL_NODATE)
                    lua_pushboolean(L, 0);
                else
                    ful_l_pushday(L, v.due);
                lua_rawseti(L, res + C_DUE, out);
                /* 0 until its block ends and close_step sets it */
                set_int(L, res + C_LATE, out, 0);
                sp.at = out;
                sp.indent = li.indent;
                sp.cls = v.cls;
                sp.done = li.done;
                sp.due = v.due;
                sp.due_set = v.due_explicit;
                sp.nt = 0;
            }
            if (flags) {
                lua_pushstring(L, v.why);
                lua_rawseti(L, res + C_WHY, out);
                lua_pushstring(L, v.ask);
                lua_rawseti(L, res + C_ASK, out);
            }
        } else if (sp.at && kind == FUL_LINE_TOUCH) {
            add_touch(&sp, s + li.text_off, li.text_len);
        }
        lua_pop(L, 1); /* the line */
    }
    close_step(L, res + C_LATE, &sp, &o);
    lua_settop(L, res);
    lua_pushinteger(L, out);
    lua_setfield(L, res, "n");
    return 1;
}

/* A file's bytes as core.read_file keeps them: a userdata, len bytes after
 * the header. Not a string: a Lua string is a copy of a buffer the read
 * went to, and fresh memory is most of what keeping a big note costs (on
 * a virtual machine, a 4.4 MB note's pages were 20 ms each time). */
#define FUL_BYTES_MT "fulog.bytes"
typedef struct {
    size_t len;
    char b[1];
} ful_bytes;

/* The text argument at idx: a string or read_file's bytes. */
static const char *text_arg(lua_State *L, int idx, size_t *len)
{
    ful_bytes *by;
    if (lua_type(L, idx) == LUA_TSTRING)
        return lua_tolstring(L, idx, len);
    by = luaL_checkudata(L, idx, FUL_BYTES_MT);
    *len = by->len;
    return by->b;
}

/* core.scan_text(text, pos, skip, nrows, meeting, opts [, max_len [, into]]) -> rows, next_pos
 *
 * scan_rows' brief form (no reasons, no dates) over a note's bytes as the
 * editor read them, not over line strings: the lines start at byte pos
 * (0-based) of text (a string or read_file's bytes), split at each newline; the first skip of them are
 * passed over, the next nrows give the rows (i: 1 for the first of those).
 * next_pos: the byte where the line after them starts. A big note's first
 * marking reads its far rows so, from the file's bytes the editor layer
 * keeps anyway (outside.remember): fetching 100,000 line strings from the
 * buffer was a sixth of marking a 100,000-line note. */
static int l_scan_text(lua_State *L)
{
    ful_lopts o;
    ful_names nm;
    ful_day meeting;
    size_t tlen, pos, max_len;
    const char *text = text_arg(L, 1, &tlen);
    lua_Integer skip, nrows, i;
    int out = 0, res;
    pos = (size_t)luaL_checkinteger(L, 2);
    skip = luaL_checkinteger(L, 3);
    nrows = luaL_checkinteger(L, 4);
    max_len = (size_t)luaL_optinteger(L, 7, 0);
    if (!lua_isnoneornil(L, 8))
        luaL_checktype(L, 8, LUA_TTABLE);
    if (ful_l_opts(L, 6, &o) != 0)
        return 2;
    ful_l_names(L, 6, &nm);
    if (ful_l_date(L, 5, o.today, &meeting) != 0)
        return 2;
    if (pos > tlen)
        pos = tlen;
    for (; skip > 0 && pos < tlen; skip--) {
        const char *nl = memchr(text + pos, '\n', tlen - pos);
        pos = nl ? (size_t)(nl - text) + 1 : tlen;
    }
    res = push_columns(L, 8, 0, "scan_text");
    for (i = 1; i <= nrows && pos < tlen; i++) {
        const char *s = text + pos, *nl = memchr(s, '\n', tlen - pos);
        size_t len = nl ? (size_t)(nl - s) : tlen - pos, n = len;
        ful_line li;
        ful_line_kind kind;
        pos += len + (nl ? 1 : 0);
        if (max_len && n > max_len)
            n = max_len;
        if (!memchr(s, ':', n) || (kind = ful_line_scan(s, n, &o.tags, &li)) == FUL_LINE_NONE)
            continue;
        set_row(L, res, ++out, i, len, kind, &li);
        if (kind == FUL_LINE_STEP) {
            ful_verdict v;
            ful_classify_names(o.rules, &nm, s, n, meeting, o.grace, 0, &v);
            lua_pushstring(L, ful_class_name(v.cls));
            lua_rawseti(L, res + C_CLASS, out);
            set_int(L, res + C_FLAGS, out, (v.overridden ? 1 : 0) | (li.done ? 2 : 0));
        }
    }
    lua_settop(L, res);
    lua_pushinteger(L, out);
    lua_setfield(L, res, "n");
    lua_pushinteger(L, (lua_Integer)pos);
    return 2;
}

/* core.text_rows(text) -> the number of lines the editor makes of text, a
 * string or read_file's bytes (a last line without a newline counts; an
 * empty text has none). */
static int l_text_rows(lua_State *L)
{
    size_t n, j, k = 0;
    const char *s = text_arg(L, 1, &n);
    /* a plain count, not memchr per line: the compiler makes it vector
     * code (memchr's calls were 10 ms over a 100,000-line note) */
    for (j = 0; j < n; j++)
        k += s[j] == '\n';
    lua_pushinteger(L, (lua_Integer)(k + (n > 0 && s[n - 1] != '\n')));
    return 1;
}

/* core.read_file(path) -> its bytes (a userdata: #b their count,
 * b:string() as a string), or nil (unreadable, not a file, or growing
 * while read). One read into memory sized by the file: Lua's reads in
 * 64 KB pieces were 17 ms of opening a 4.4 MB note (outside.remember). */
static int l_read_file(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    FILE *f;
    struct stat st;
    ful_bytes *by;
    size_t size;
    int bad;
    f = fopen(path, "rb");
    if (!f)
        return 0;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return 0;
    }
    size = (size_t)st.st_size;
    /* (a raise here leaves f open: only when Lua is out of memory) */
    by = lua_newuserdata(L, offsetof(ful_bytes, b) + size + 1);
    luaL_getmetatable(L, FUL_BYTES_MT);
    lua_setmetatable(L, -2);
    by->len = fread(by->b, 1, size, f);
    bad = ferror(f) || by->len != size || fgetc(f) != EOF;
    fclose(f);
    if (bad)
        return 0;
    by->b[size] = '\0';
    return 1;
}

static int l_bytes_len(lua_State *L)
{
    ful_bytes *by = luaL_checkudata(L, 1, FUL_BYTES_MT);
    lua_pushinteger(L, (lua_Integer)by->len);
    return 1;
}

static int l_bytes_string(lua_State *L)
{
    ful_bytes *by = luaL_checkudata(L, 1, FUL_BYTES_MT);
    lua_pushlstring(L, by->b, by->len);
    return 1;
}

static const luaL_Reg scan_funcs[] = {
    { "scan_rows", l_scan_rows },
    { "scan_text", l_scan_text },
    { "text_rows", l_text_rows },
    { "read_file", l_read_file },
    { NULL, NULL }
};

void ful_register_scan(lua_State *L)
{
    static const luaL_Reg bytes_methods[] = {
        { "string", l_bytes_string },
        { NULL, NULL }
    };
    luaL_newmetatable(L, FUL_BYTES_MT);
    lua_pushcfunction(L, l_bytes_len);
    lua_setfield(L, -2, "__len");
    lua_newtable(L);
    ful_setfuncs(L, bytes_methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    ful_setfuncs(L, scan_funcs, 0);
}
