/* lua_scan.c: the editor's highlighter asks about many buffer rows at once.
 * One call per batch of lines (not two per row) keeps a 100,000-line note
 * from paying a C call, a table and a UTF-8 clean-up for every row: rows
 * without a tag cost one scan and nothing else. */
#include "lua_bind.h"
#include "line.h"

#include <string.h>

/* The columns of the result, in stack order after it (see l_scan_rows). */
enum { C_I = 1, C_KIND, C_COL, C_TAGLEN, C_CLASS, C_DUE, C_WHY, C_ASK, C_FLAGS, C_LATE, C_N };
static const char *const col_names[] = {
    NULL, "i", "kind", "col", "tag_len", "class", "due", "why", "ask", "flags", "overdue_days"
};

/* core.scan_rows(lines, meeting, opts [, max_len [, explain]]) -> rows | nil, msg
 *
 * lines: a list of strings (a buffer's rows); meeting: the note's meeting
 * date (nil: today); opts: as core.classify's (an options object and the
 * note's people); max_len: bytes of a line read (the rest is ignored);
 * explain: false leaves why and ask "" (the classifier skips that work:
 * rows nobody is looking at).
 *
 * rows: columns, one entry per tagged line, in order (n of them):
 *   i        its index in lines
 *   kind     "step", "touch", "pain" or "want"
 *   col      0-based byte offset of the tag; tag_len: the tag and colon
 *   class, due, why, ask   a step's verdict (false for other kinds; due
 *            false when there is none)
 *   flags    1: a #class tag decided, 2: done ([x])
 *   overdue_days  days past due against opts' today (0: not late or done)
 * Columns, not a table per row: no key hashing per row, and Lua builds
 * only what it keeps. */
static int l_scan_rows(lua_State *L)
{
    ful_lopts o;
    ful_names nm;
    ful_day meeting;
    size_t max_len;
    int k, i, c, out = 0, res, flags;
    luaL_checktype(L, 1, LUA_TTABLE);
    max_len = (size_t)luaL_optinteger(L, 4, 0);
    flags = (lua_isnoneornil(L, 5) || lua_toboolean(L, 5)) ? FUL_CLS_EXPLAIN : 0;
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    ful_l_names(L, 3, &nm);
    if (ful_l_date(L, 2, o.today, &meeting) != 0)
        return 2;
    k = (int)ful_rawlen(L, 1);
    lua_createtable(L, 0, C_N);
    res = lua_gettop(L);
    luaL_checkstack(L, C_N + 4, "scan_rows");
    for (c = C_I; c < C_N; c++)
        lua_createtable(L, k / 2, 0); /* column c at res + c */
    for (i = 1; i <= k; i++) {
        size_t n;
        const char *s;
        ful_line li;
        ful_line_kind kind;
        lua_rawgeti(L, 1, i);
        s = lua_tolstring(L, -1, &n);
        if (!s)
            return luaL_error(L, "lines: want a list of strings (item %d is a %s)", i, luaL_typename(L, -1));
        if (max_len && n > max_len)
            n = max_len;
        /* most rows of a note are talk: no colon, no tag */
        if (!memchr(s, ':', n) || (kind = ful_line_scan(s, n, &o.tags, &li)) == FUL_LINE_NONE) {
            lua_pop(L, 1);
            continue;
        }
        out++;
        lua_pushinteger(L, i);
        lua_rawseti(L, res + C_I, out);
        lua_pushstring(L, kind == FUL_LINE_STEP ? "step" : kind == FUL_LINE_TOUCH ? "touch"
                          : kind == FUL_LINE_PAIN ? "pain" : "want");
        lua_rawseti(L, res + C_KIND, out);
        lua_pushinteger(L, (lua_Integer)li.tag_off);
        lua_rawseti(L, res + C_COL, out);
        lua_pushinteger(L, (lua_Integer)li.tag_len);
        lua_rawseti(L, res + C_TAGLEN, out);
        if (kind == FUL_LINE_STEP) {
            ful_verdict v;
            int late = 0;
            ful_classify_names(o.rules, &nm, s, n, meeting, o.grace, flags, &v);
            if (!flags)
                v.why[0] = v.ask[0] = '\0';
            lua_pushstring(L, ful_class_name(v.cls));
            if (v.due == FUL_NODATE)
                lua_pushboolean(L, 0);
            else
                ful_l_pushday(L, v.due);
            lua_pushstring(L, v.why);
            lua_pushstring(L, v.ask);
            if (!li.done && v.due != FUL_NODATE && o.today != FUL_NODATE && o.today > v.due)
                late = (int)(o.today - v.due);
            lua_pushinteger(L, (v.overridden ? 1 : 0) | (li.done ? 2 : 0));
            lua_pushinteger(L, late);
            for (c = C_LATE; c >= C_CLASS; c--)
                lua_rawseti(L, res + c, out);
        } else {
            for (c = C_CLASS; c <= C_ASK; c++) {
                lua_pushboolean(L, 0);
                lua_rawseti(L, res + c, out);
            }
            lua_pushinteger(L, 0);
            lua_rawseti(L, res + C_FLAGS, out);
            lua_pushinteger(L, 0);
            lua_rawseti(L, res + C_LATE, out);
        }
        lua_pop(L, 1); /* the line */
    }
    for (c = C_N - 1; c >= C_I; c--)
        lua_setfield(L, res, col_names[c]);
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
