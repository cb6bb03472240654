/* lua_line.c: the line grammar (line.c) for the editor, which edits
 * buffers: it passes a buffer's lines and gets rows back, so it keeps no
 * copy of the grammar. Line numbers are 1-based, as in the editors. */
#include "lua_bind.h"
#include "line.h"
#include "writeback.h"

#include <string.h>

/* The list of strings at idx as spans in a userdata (collected with it;
 * the strings stay alive in the caller's table). */
static ful_lspan *check_lines(lua_State *L, int idx, int *n)
{
    ful_lspan *ls;
    int i, k;
    luaL_checktype(L, idx, LUA_TTABLE);
    k = (int)ful_rawlen(L, idx);
    ls = (ful_lspan *)lua_newuserdata(L, (size_t)(k > 0 ? k : 1) * sizeof *ls);
    for (i = 0; i < k; i++) {
        lua_rawgeti(L, idx, i + 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "lines: want a list of strings (item %d is a %s)", i + 1, luaL_typename(L, -1));
        ls[i].s = lua_tolstring(L, -1, &ls[i].n);
        lua_pop(L, 1);
    }
    *n = k;
    return ls;
}

/* core.done_line(line [, opts]) -> line | nil, msg */
static int l_done_line(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_tagset tags;
    ful_buf *b;
    int rc;
    ful_l_tags(L, 2, &tags);
    b = ful_l_newbuf(L);
    rc = ful_done_line(s, n, &tags, b);
    if (rc == -1)
        return ful_l_fail(L, "not a next-step line");
    if (rc < -1)
        return luaL_error(L, "out of memory");
    lua_pushlstring(L, b->p, b->len);
    return 1;
}

/* core.touch_line(step_line, date, channel, outcome) */
static int l_touch_line(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *channel = luaL_optstring(L, 3, "other");
    const char *outcome = luaL_optstring(L, 4, NULL);
    ful_day day;
    ful_buf *b;
    if (ful_l_date(L, 2, FUL_NODATE, &day) != 0)
        return 2;
    if (day == FUL_NODATE)
        return ful_l_fail(L, "a touch needs a date");
    if (ful_channel_parse(channel, strlen(channel)) < 0)
        return ful_l_fail(L, "channel: want email, call, voicemail, meeting or other");
    b = ful_l_newbuf(L);
    if (ful_touch_line(s, n, day, channel, outcome, b) != 0)
        return luaL_error(L, "out of memory");
    lua_pushlstring(L, b->p, b->len);
    return 1;
}

/* core.tag_line(line, tag) -> the line tagged (a blank line: a new step
 * line); core.new_step_line(line, tag) -> a step line to open below it. */
static int tag_edit(lua_State *L, int (*edit)(const char *, size_t, const char *, ful_buf *))
{
    size_t n, tl;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *tag = luaL_checklstring(L, 2, &tl);
    ful_tagset probe;
    ful_buf *b;
    probe.n = 0;
    luaL_argcheck(L, ful_tagset_add(&probe, tag) == 0, 2, "want a tag word without ':' or spaces");
    b = ful_l_newbuf(L);
    if (edit(s, n, tag, b) != 0)
        return luaL_error(L, "out of memory");
    lua_pushlstring(L, b->p, b->len);
    return 1;
}

static int l_tag_line(lua_State *L)
{
    return tag_edit(L, ful_line_add_tag);
}

static int l_new_step_line(lua_State *L)
{
    return tag_edit(L, ful_line_new_step);
}

/* core.step_at(lines, lnum [, opts]) -> the line number of the step whose
 * line or block holds lnum, or nil. */
static int l_step_at(lua_State *L)
{
    int n, row = (int)luaL_checkinteger(L, 2) - 1, r;
    ful_tagset tags;
    ful_lspan *ls;
    ful_l_tags(L, 3, &tags);
    ls = check_lines(L, 1, &n);
    r = ful_line_step_at(ls, n, row, &tags);
    if (r < 0)
        lua_pushnil(L);
    else
        lua_pushinteger(L, r + 1);
    return 1;
}

/* core.block_end(lines, lnum [, opts]) -> the line number of the last line
 * of the block of the step at lnum: a TOUCH: line goes right after it. */
static int l_block_end(lua_State *L)
{
    int n, row = (int)luaL_checkinteger(L, 2) - 1;
    ful_tagset tags;
    ful_lspan *ls;
    ful_l_tags(L, 3, &tags);
    ls = check_lines(L, 1, &n);
    luaL_argcheck(L, row >= 0 && row < n, 2, "not a line of the list");
    lua_pushinteger(L, ful_line_block_end(ls, n, row, &tags));
    return 1;
}

/* core.touch_row(lines, lnum, touch_line [, opts]) -> the 0-based row to
 * insert touch_line (core.touch_line's) at under the step at lnum (after
 * its block, or before a later-dated touch); nil, msg when that very touch
 * is already under the step (the write-back's rule: ful_touch_slot). */
static int l_touch_row(lua_State *L)
{
    int n, row = (int)luaL_checkinteger(L, 2) - 1, r;
    size_t tn;
    const char *tl = luaL_checklstring(L, 3, &tn);
    ful_tagset tags;
    ful_lspan *ls;
    ful_l_tags(L, 4, &tags);
    ls = check_lines(L, 1, &n);
    luaL_argcheck(L, row >= 0 && row < n, 2, "not a line of the list");
    r = ful_touch_slot(ls, n, row, tl, tn, &tags);
    if (r < 0) {
        lua_pushnil(L);
        lua_pushfstring(L, "this touch is already there on line %d (same date, channel and outcome): "
                        "not written again", -r);
        return 2;
    }
    lua_pushinteger(L, r);
    return 1;
}

/* core.find_step(lines, lnum, text [, opts]) -> the line number of the
 * step: at lnum when it holds exactly text, else the one line that does;
 * nil, msg when it is gone or on several lines. text nil: lnum only. */
static int l_find_step(lua_State *L)
{
    int n, hint = (int)luaL_checkinteger(L, 2) - 1, found = -1, r;
    size_t tl = 0;
    const char *text = luaL_optlstring(L, 3, NULL, &tl);
    ful_tagset tags;
    ful_lspan *ls;
    ful_l_tags(L, 4, &tags);
    ls = check_lines(L, 1, &n);
    r = ful_line_find_step(ls, n, hint, text, tl, &tags, &found);
    if (r == FUL_FIND_AMBIGUOUS)
        return ful_l_fail(L, "that next step is on more than one line now");
    if (r != 0)
        return ful_l_fail(L, "that next step is no longer there");
    lua_pushinteger(L, found + 1);
    return 1;
}

static const luaL_Reg line_funcs[] = {
    { "done_line", l_done_line },
    { "touch_line", l_touch_line },
    { "tag_line", l_tag_line },
    { "new_step_line", l_new_step_line },
    { "step_at", l_step_at },
    { "block_end", l_block_end },
    { "touch_row", l_touch_row },
    { "find_step", l_find_step },
    { NULL, NULL }
};

void ful_register_line(lua_State *L)
{
    ful_setfuncs(L, line_funcs, 0);
}
