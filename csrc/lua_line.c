/* lua_line.c: the line grammar (line.c) for the editor, which edits
 * buffers: it passes a buffer's lines and gets rows back, so it keeps no
 * copy of the grammar. Line numbers are 1-based, as in the editors. */
#include "lua_bind.h"
#include "line.h"
#include "store.h" /* FUL_ERR_MAX */
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

/* core.done_line(line [, opts]) -> line | nil, msg (not a step) | nil, msg,
 * "done" (already done: FUL_DONE_ALREADY_MSG, nothing to write) */
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
    if (rc == 0) {
        lua_pushnil(L);
        lua_pushliteral(L, FUL_DONE_ALREADY_MSG);
        lua_pushliteral(L, "done");
        return 3;
    }
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

/* core.touch_plan(lines, lnum, {path=, date=, channel=, outcome=, today=,
 * options}) -> the 0-based row to insert the TOUCH: line at under the step
 * at lnum, and that line; nil, msg when ful_touch_plan refuses it (the
 * write-back's checks and words: :FuTouch in the buffer as fulog touch).
 * lines: the note as the buffer has it; path: its name in the messages,
 * and the file name whose date may be the meeting's; date: default today
 * (the options'); today given: a date after it is refused. */
static int l_touch_plan(lua_State *L)
{
    int n, row = (int)luaL_checkinteger(L, 2) - 1, slot, i;
    const char *path, *channel, *outcome;
    ful_lspan *ls;
    ful_lopts o;
    ful_day day;
    ful_buf *text, *tl;
    char err[FUL_ERR_MAX];
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3);
    ls = check_lines(L, 1, &n); /* slot 4 */
    luaL_argcheck(L, row >= 0 && row < n, 2, "not a line of the list");
    lua_getfield(L, 3, "path");    /* 5 */
    lua_getfield(L, 3, "channel"); /* 6 */
    lua_getfield(L, 3, "outcome"); /* 7 */
    lua_getfield(L, 3, "date");    /* 8 */
    path = luaL_optstring(L, 5, "");
    channel = luaL_optstring(L, 6, "other");
    outcome = luaL_optstring(L, 7, NULL);
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    if (ful_l_date(L, 8, o.today, &day) != 0)
        return 2;
    /* "after today" only against a today the caller names */
    lua_getfield(L, 3, "today");
    if (lua_isnil(L, -1))
        o.today = FUL_NODATE;
    lua_pop(L, 1);
    /* the note's text, for the meeting date its header names */
    text = ful_l_newbuf(L);
    tl = ful_l_newbuf(L);
    for (i = 0; i < n; i++)
        if (ful_buf_add(text, ls[i].s, ls[i].n) || ful_buf_adds(text, "\n"))
            return luaL_error(L, "out of memory");
    if (ful_touch_plan(path, text->p, text->len, ls, n, row, day, o.today, channel, outcome, &o.tags, tl, &slot,
                       err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushinteger(L, slot);
    lua_pushlstring(L, tl->p, tl->len);
    return 2;
}

/* core.touch_slot(lines, lnum, touch_line [, opts]) -> the 0-based row to
 * insert the TOUCH: line at under the step at lnum (ful_touch_slot: before
 * the first later-dated touch, else after the block); nil, msg, row (its
 * 1-based line) when that very touch is there already. A touch another
 * process wrote is placed in a buffer as fulog touch placed it. */
static int l_touch_slot(lua_State *L)
{
    int n, row = (int)luaL_checkinteger(L, 2) - 1, slot;
    size_t tn;
    const char *tl = luaL_checklstring(L, 3, &tn);
    ful_tagset tags;
    ful_lspan *ls;
    ful_l_tags(L, 4, &tags);
    ls = check_lines(L, 1, &n);
    luaL_argcheck(L, row >= 0 && row < n, 2, "not a line of the list");
    slot = ful_touch_slot(ls, n, row, tl, tn, &tags);
    if (slot < 0) {
        lua_pushnil(L);
        lua_pushliteral(L, "that touch is there already");
        lua_pushinteger(L, -slot);
        return 3;
    }
    lua_pushinteger(L, slot);
    return 1;
}

const ful_expect *ful_l_expect(lua_State *L, int idx, ful_expect *out)
{
    memset(out, 0, sizeof *out);
    if (lua_isnoneornil(L, idx))
        return NULL;
    if (lua_type(L, idx) == LUA_TSTRING) {
        out->text = lua_tostring(L, idx);
        return out;
    }
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_getfield(L, idx, "text");
    out->text = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_getfield(L, idx, "nth");
    lua_getfield(L, idx, "of");
    if (lua_type(L, -2) == LUA_TNUMBER && lua_type(L, -1) == LUA_TNUMBER) {
        lua_Number a = lua_tonumber(L, -2), b = lua_tonumber(L, -1);
        if (a >= 1 && b >= a && b <= 1e6) {
            out->nth = (int)a;
            out->of = (int)b;
        }
    }
    lua_pop(L, 3); /* the text stays alive in the table */
    return out->text ? out : NULL;
}

/* core.find_step(lines, lnum, expect [, opts]) -> the line number of the
 * step: the one step line with exactly the text expected (expect: the
 * text, or {text=, nth=, of=}, ful_l_expect), at lnum or moved; several
 * told apart by nth of `of`; nil, msg when it is gone, on several lines,
 * or recounted. expect nil: lnum only. */
static int l_find_step(lua_State *L)
{
    int n, hint = (int)luaL_checkinteger(L, 2) - 1, found = -1, r;
    ful_expect e;
    const ful_expect *ex = ful_l_expect(L, 3, &e);
    ful_tagset tags;
    ful_lspan *ls;
    ful_l_tags(L, 4, &tags);
    ls = check_lines(L, 1, &n);
    r = ful_line_find_step(ls, n, hint, ex ? ex->text : NULL, ex ? strlen(ex->text) : 0, e.nth, e.of, &tags, &found);
    if (r == FUL_FIND_AMBIGUOUS)
        return ful_l_fail(L, "that next step is on more than one line now");
    if (r == FUL_FIND_RECOUNTED)
        return ful_l_fail(L, "a step with these words was added or removed since, so which one is not known");
    if (r != 0)
        return ful_l_fail(L, "that next step is no longer there");
    lua_pushinteger(L, found + 1);
    return 1;
}

/* core.note_unreadable(path [, shown]) -> nil when the note can be read
 * or is not there yet; else "SHOWN: cannot open: REASON" (writeback.h) */
static int l_note_unreadable(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1), *shown = luaL_optstring(L, 2, path);
    char err[FUL_ERR_MAX];
    if (ful_note_unreadable(path, shown, err, sizeof err) == 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, err);
    return 1;
}

/* core.note_gone(path [, shown]) -> nil when the note is there (or cannot
 * be reached: not gone); else "SHOWN: the note is gone (...); nothing
 * written" (writeback.h) */
static int l_note_gone(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1), *shown = luaL_optstring(L, 2, path);
    char err[FUL_ERR_MAX];
    if (!ful_note_gone(path, shown, err, sizeof err))
        lua_pushnil(L);
    else
        lua_pushstring(L, err);
    return 1;
}

static const luaL_Reg line_funcs[] = {
    { "done_line", l_done_line },
    { "touch_line", l_touch_line },
    { "tag_line", l_tag_line },
    { "new_step_line", l_new_step_line },
    { "step_at", l_step_at },
    { "block_end", l_block_end },
    { "touch_plan", l_touch_plan },
    { "touch_slot", l_touch_slot },
    { "find_step", l_find_step },
    { "note_unreadable", l_note_unreadable },
    { "note_gone", l_note_gone },
    { NULL, NULL }
};

void ful_register_line(lua_State *L)
{
    ful_setfuncs(L, line_funcs, 0);
}
