/* lua_scan.c: the editor's highlighter asks about many buffer rows at once.
 * One call per batch of lines (not two per row) keeps a 100,000-line note
 * from paying a C call, a table and a UTF-8 clean-up for every row: rows
 * without a tag cost one scan and nothing else. */
#include "lua_bind.h"
#include "chase.h"
#include "line.h"
#include "note.h"

#include <string.h>

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
    int k, i, c, out = 0, res, flags, brief, nrows;
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
    luaL_checkstack(L, C_N + 4, "scan_rows");
    if (lua_istable(L, 6))
        lua_pushvalue(L, 6);
    else
        lua_createtable(L, 0, C_N + 1);
    res = lua_gettop(L);
    for (c = C_I; c < C_N; c++) { /* column c at res + c */
        lua_getfield(L, res, col_names[c]);
        if (!lua_istable(L, -1)) {
            lua_pop(L, 1);
            lua_createtable(L, k / 2, 0);
            lua_pushvalue(L, -1);
            lua_setfield(L, res, col_names[c]);
        }
    }
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
        out++;
        set_int(L, res + C_I, out, i);
        set_int(L, res + C_LEN, out, (lua_Integer)len);
        set_int(L, res + C_KIND, out, (lua_Integer)kind);
        set_int(L, res + C_COL, out, (lua_Integer)li.tag_off);
        set_int(L, res + C_TAGLEN, out, (lua_Integer)li.tag_len);
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

static const luaL_Reg scan_funcs[] = {
    { "scan_rows", l_scan_rows },
    { NULL, NULL }
};

void ful_register_scan(lua_State *L)
{
    ful_setfuncs(L, scan_funcs, 0);
}
