/* fulog.c: luaopen_fulog_core, the Lua binding of the module functions.
 * Thin: argument checks, conversions, userdata; the logic lives in the
 * Lua-free files. Expected failures return nil, message; misuse raises. */
#include "lua_bind.h"
#include "classify_stream.h"
#include "path.h"
#include "statefile.h"
#include "store.h"
#include "text.h"
#include "path.h"
#include "writeback.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define FUL_VERSION "0.1.0"

int ful_l_fail(lua_State *L, const char *msg)
{
    lua_pushnil(L);
    lua_pushstring(L, msg);
    return 2;
}

void *ful_l_newbox(lua_State *L, size_t size, lua_CFunction gc)
{
    void *b = lua_newuserdata(L, size);
    memset(b, 0, size);
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    return b;
}

/* clock 0: FUL_NODATE when FULOG_TODAY is unset, no read of the clock */
static ful_day ful_l_today_at(const char **bad, int clock)
{
    const char *env = getenv("FULOG_TODAY");
    time_t t;
    struct tm tm;
    ful_day d;
    *bad = NULL;
    if (env && *env) {
        if (ful_day_parse_iso(env, strlen(env), &d))
            return d;
        *bad = env;
        return FUL_NODATE;
    }
    if (!clock)
        return FUL_NODATE;
    t = time(NULL);
    if (localtime_r(&t, &tm) == NULL)
        return FUL_NODATE;
    return ful_day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

ful_day ful_l_today(const char **bad)
{
    return ful_l_today_at(bad, 1);
}

void ful_l_pushday(lua_State *L, ful_day d)
{
    char buf[11];
    if (d == FUL_NODATE) {
        lua_pushnil(L);
        return;
    }
    ful_day_format(d, buf);
    lua_pushlstring(L, buf, 10);
}

int ful_l_date(lua_State *L, int idx, ful_day dflt, ful_day *out)
{
    size_t n;
    const char *s;
    if (lua_isnoneornil(L, idx)) {
        *out = dflt;
        return 0;
    }
    s = luaL_checklstring(L, idx, &n);
    if (!ful_day_parse_iso(s, n, out)) {
        lua_pushnil(L);
        lua_pushfstring(L, "not a date (want a real YYYY-MM-DD): %s", s);
        return -1;
    }
    return 0;
}

static int field_date(lua_State *L, int idx, const char *name, ful_day *out)
{
    int rc = 0;
    lua_getfield(L, idx, name);
    if (!lua_isnil(L, -1)) {
        size_t n;
        const char *s;
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "option %s: want a YYYY-MM-DD string", name);
        s = lua_tolstring(L, -1, &n);
        if (!ful_day_parse_iso(s, n, out)) {
            lua_pushfstring(L, "%s is not a date (want a real YYYY-MM-DD): %s", name, s);
            lua_remove(L, -2);
            lua_pushnil(L);
            lua_insert(L, -2);
            return -1;
        }
    }
    lua_pop(L, 1);
    return rc;
}

/* A cadence from "3,7,14" or {3, 7, 14}: 0, or -1 when it is neither. */
int ful_l_cadence(lua_State *L, int idx, ful_cadence *out)
{
    if (idx < 0)
        idx = lua_gettop(L) + idx + 1;
    if (lua_type(L, idx) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, idx, &n);
        return ful_cadence_parse(s, n, out);
    }
    if (lua_istable(L, idx)) {
        int i, n = (int)ful_rawlen(L, idx);
        ful_cadence c;
        if (n < 1 || n > FUL_CADENCE_MAX)
            return -1;
        c.n = n;
        for (i = 0; i < n; i++) {
            lua_Number v;
            lua_rawgeti(L, idx, i + 1);
            v = lua_tonumber(L, -1);
            lua_pop(L, 1);
            if (v < 1 || v > 365 || v != (lua_Number)(int)v)
                return -1;
            c.d[i] = (int)v;
        }
        *out = c;
        return 0;
    }
    return -1;
}

int ful_l_field_date(lua_State *L, int idx, const char *name, ful_day *out)
{
    return field_date(L, idx, name, out);
}

void ful_l_tags(lua_State *L, int idx, ful_tagset *tags)
{
    ful_lopts o;
    ful_tagset_default(tags);
    if (lua_isnoneornil(L, idx))
        return;
    if (ful_l_options_get(L, idx, &o)) {
        *tags = o.tags;
        return;
    }
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_getfield(L, idx, "tags");
    if (!lua_isnil(L, -1)) {
        int i, n;
        luaL_argcheck(L, lua_istable(L, -1), idx, "tags: want a list of words");
        n = (int)ful_rawlen(L, -1);
        tags->n = 0;
        for (i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TSTRING || ful_tagset_add(tags, lua_tostring(L, -1)) != 0)
                luaL_error(L, "tags: want at most %d words of 1-%d letters without ':' or spaces",
                           FUL_MAX_TAGS, FUL_MAX_TAG_LEN - 1);
            lua_pop(L, 1);
        }
        if (tags->n == 0)
            ful_tagset_default(tags);
    }
    lua_pop(L, 1);
}

int ful_l_opts(lua_State *L, int idx, ful_lopts *o)
{
    return ful_l_opts_clock(L, idx, o, 1);
}

int ful_l_opts_clock(lua_State *L, int idx, ful_lopts *o, int clock)
{
    const char *bad = NULL;
    int base;
    if (ful_l_options_get(L, idx, o))
        return 0;
    base = lua_istable(L, idx);
    if (base) {
        lua_getfield(L, idx, "options");  /* kept alive by the table */
        base = ful_l_options_get(L, -1, o);
        lua_pop(L, 1);
    }
    if (!base) {
        ful_tagset_default(&o->tags);
        o->rules = NULL;
        o->rules_digest = 0;
        o->grace = 7;
        ful_cadence_default(&o->cadence);
        o->nexts = -1;
        o->today = ful_l_today_at(&bad, clock);
    }
    if (lua_isnoneornil(L, idx)) {
        if (bad) {
            lua_pushnil(L);
            lua_pushfstring(L, "FULOG_TODAY is not a date (want YYYY-MM-DD): %s", bad);
            return -1;
        }
        return 0;
    }
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_getfield(L, idx, "tags");
    if (!lua_isnil(L, -1))
        ful_l_tags(L, idx, &o->tags);
    lua_pop(L, 1);
    lua_getfield(L, idx, "rules");
    if (!lua_isnil(L, -1)) {
        ful_lrules *r = (ful_lrules *)luaL_checkudata(L, -1, FUL_RULES_MT);
        o->rules = r->r;
        o->rules_digest = r->digest;
    }
    lua_pop(L, 1);
    lua_getfield(L, idx, "grace");
    if (!lua_isnil(L, -1)) {
        lua_Number g = lua_tonumber(L, -1);
        if (lua_type(L, -1) != LUA_TNUMBER || g < 0 || g > 3650)
            luaL_error(L, "grace: want a number of days from 0 to 3650");
        o->grace = (int)g;
    }
    lua_pop(L, 1);
    lua_getfield(L, idx, "cadence");
    if (!lua_isnil(L, -1) && ful_l_cadence(L, -1, &o->cadence) != 0)
        luaL_error(L, "cadence: want 1-%d whole numbers of days from 1 to 365, like \"3,7,14\"", FUL_CADENCE_MAX);
    lua_pop(L, 1);
    lua_getfield(L, idx, "today");
    if (lua_isnil(L, -1) && bad) {
        lua_pop(L, 1);
        lua_pushnil(L);
        lua_pushfstring(L, "FULOG_TODAY is not a date (want YYYY-MM-DD): %s", bad);
        return -1;
    }
    lua_pop(L, 1);
    return field_date(L, idx, "today", &o->today);
}

/* ---- rules ---- */

static int l_rules_gc(lua_State *L)
{
    ful_lrules *r = (ful_lrules *)luaL_checkudata(L, 1, FUL_RULES_MT);
    ful_rules_free(r->r);
    r->r = NULL;
    return 0;
}

/* One (category, phrase) pair's part of a rules digest. */
static uint64_t rule_digest(const char *cat, const char *phrase)
{
    ful_buf b = { 0, 0, 0 };
    uint64_t h = 0;
    if (ful_buf_adds(&b, cat) == 0 && ful_buf_add(&b, "", 1) == 0 && ful_buf_adds(&b, phrase) == 0)
        h = (uint64_t)ful_hash(b.p, b.len);
    ful_buf_free(&b);
    return h;
}

/* core.rules({category = {"phrase", ...}}) */
static int l_rules(lua_State *L)
{
    ful_lrules *r;
    luaL_checktype(L, 1, LUA_TTABLE);
    r = (ful_lrules *)lua_newuserdata(L, sizeof *r);
    r->r = NULL;
    r->digest = 0;
    luaL_getmetatable(L, FUL_RULES_MT);
    lua_setmetatable(L, -2);
    r->r = ful_rules_new();
    if (r->r == NULL)
        return luaL_error(L, "out of memory");
    lua_pushnil(L);
    while (lua_next(L, 1) != 0) {
        const char *cat;
        int i, n;
        if (lua_type(L, -2) != LUA_TSTRING || !lua_istable(L, -1))
            return luaL_error(L, "rules: want {category = {\"phrase\", ...}}");
        cat = lua_tostring(L, -2);
        n = (int)ful_rawlen(L, -1);
        for (i = 1; i <= n; i++) {
            int rc;
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TSTRING)
                return luaL_error(L, "rules.%s: want a list of strings", cat);
            rc = ful_rules_add(r->r, cat, lua_tostring(L, -1));
            r->digest += rule_digest(cat, lua_tostring(L, -1)); /* a sum: table order does not matter */
            if (rc == -1)
                return luaL_error(L, "rules: unknown category '%s'", cat);
            if (rc == -2)
                return luaL_error(L, "out of memory");
            if (rc == -3)
                return luaL_error(L, "rules.%s: empty or over-long phrase", cat);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    return 1;
}

/* ---- classification ---- */

/* core.classify(text [, meeting [, opts]]) -> class, due, why, ask, overridden */
static int l_classify(lua_State *L)
{
    size_t n;
    const char *text = luaL_checklstring(L, 1, &n);
    ful_day meeting;
    ful_lopts o;
    ful_verdict v;
    ful_names nm;
    /* a meeting date given: today is never read (the clock cost a line more than its tokenizer) */
    if (ful_l_opts_clock(L, 3, &o, lua_isnoneornil(L, 2)) != 0)
        return 2;
    ful_l_names(L, 3, &nm);
    if (ful_l_date(L, 2, o.today, &meeting) != 0)
        return 2;
    ful_classify_names(o.rules, &nm, text, n, meeting, o.grace, FUL_CLS_EXPLAIN, &v);
    lua_pushstring(L, ful_class_name(v.cls));
    ful_l_pushday(L, v.due);
    lua_pushstring(L, v.why);
    lua_pushstring(L, v.ask);
    lua_pushboolean(L, v.overridden);
    return 5;
}

/* core.classify_fd(in_fd, out_fd [, meeting [, opts]]) -> true | nil, msg.
 * The streaming path of `fulog classify`: the loop stays in C. */
static int l_classify_fd(lua_State *L)
{
    int in = (int)luaL_checkinteger(L, 1), out = (int)luaL_checkinteger(L, 2);
    ful_day meeting;
    ful_lopts o;
    ful_names nm;
    char err[256];
    if (ful_l_opts(L, 4, &o) != 0)
        return 2;
    ful_l_names(L, 4, &nm);
    if (ful_l_date(L, 3, o.today, &meeting) != 0)
        return 2;
    if (ful_classify_stream(in, out, o.rules, nm.n ? &nm : NULL, meeting, o.grace, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    return 1;
}

static void set_str(lua_State *L, const char *k, const char *s, size_t n)
{
    ful_buf b = { 0, 0, 0 };
    if (ful_utf8_clean(&b, s, n) < 0) {
        ful_buf_free(&b);
        luaL_error(L, "out of memory");
    }
    lua_pushlstring(L, b.p ? b.p : "", b.len);
    ful_buf_free(&b);
    lua_setfield(L, -2, k);
}

static void set_int(lua_State *L, const char *k, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

/* core.line_info(line [, opts]) */
static int l_line_info(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_tagset tags;
    ful_line li;
    ful_line_kind k;
    ful_l_tags(L, 2, &tags); /* the grammar needs no date: a bad FULOG_TODAY is no concern here */
    k = ful_line_scan(s, n, &tags, &li);
    if (k == FUL_LINE_NONE) {
        lua_pushnil(L);
        return 1;
    }
    lua_createtable(L, 0, 8);
    lua_pushstring(L, k == FUL_LINE_STEP ? "step" : k == FUL_LINE_TOUCH ? "touch" : k == FUL_LINE_PAIN ? "pain" : "want");
    lua_setfield(L, -2, "kind");
    set_int(L, "col", (lua_Integer)li.tag_off + 1);
    set_int(L, "tag_len", (lua_Integer)li.tag_len);
    set_int(L, "indent", li.indent);
    set_int(L, "text_col", (lua_Integer)li.text_off + 1);
    set_str(L, "text", s + li.text_off, li.text_len);
    if (k == FUL_LINE_STEP) {
        lua_pushboolean(L, li.done);
        lua_setfield(L, -2, "done");
    } else if (k == FUL_LINE_TOUCH) {
        ful_touch_info t;
        ful_touch_parse(s + li.text_off, li.text_len, &t);
        ful_l_pushday(L, t.day);
        lua_setfield(L, -2, "date");
        lua_pushstring(L, ful_channel_name(t.channel));
        lua_setfield(L, -2, "channel");
        lua_pushboolean(L, t.replied);
        lua_setfield(L, -2, "replied");
    }
    return 1;
}

static void push_touch(lua_State *L, const ful_ntouch *t)
{
    lua_createtable(L, 0, 7);
    set_int(L, "line", t->line);
    set_int(L, "col", t->col);
    ful_l_pushday(L, t->t.day);
    lua_setfield(L, -2, "date");
    lua_pushstring(L, ful_channel_name(t->t.channel));
    lua_setfield(L, -2, "channel");
    lua_pushboolean(L, t->t.replied);
    lua_setfield(L, -2, "replied");
    set_str(L, "text", t->text, t->len);
    if (t->step >= 0)
        set_int(L, "step", t->step + 1);
}

/* t[k] = the list of names (always a table, empty when the note names none). */
static void push_people(lua_State *L, const char *k, const ful_people *p)
{
    int i;
    lua_createtable(L, p->n, 0);
    for (i = 0; i < p->n; i++) {
        ful_buf b = { 0, 0, 0 };
        if (ful_utf8_clean(&b, p->name[i].s, p->name[i].len) < 0) {
            ful_buf_free(&b);
            luaL_error(L, "out of memory");
        }
        lua_pushlstring(L, b.p ? b.p : "", b.len);
        ful_buf_free(&b);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, k);
}

typedef struct {
    ful_note note;
    int live;
} note_box;

static int l_notebox_gc(lua_State *L)
{
    note_box *b = (note_box *)lua_touserdata(L, 1);
    if (b && b->live) {
        ful_note_free(&b->note);
        b->live = 0;
    }
    return 0;
}

/* core.parse_note(text, path [, opts]) */
static int l_parse_note(lua_State *L)
{
    size_t n;
    const char *text = luaL_checklstring(L, 1, &n);
    const char *path = luaL_optstring(L, 2, NULL);
    const char *root;
    ful_lopts o;
    ful_note_opts no;
    note_box *box;
    int i, j;
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    memset(&no, 0, sizeof no);
    no.mtime_day = FUL_NODATE;
    if (lua_istable(L, 3)) {
        lua_getfield(L, 3, "root");
        root = lua_tostring(L, -1);
        lua_pop(L, 1); /* the string stays alive in opts */
        no.root = root;
        /* mtime_day (the store's kept day, YYYY-MM-DD) wins over mtime. */
        lua_getfield(L, 3, "mtime_day");
        if (lua_type(L, -1) == LUA_TSTRING) {
            size_t dl;
            const char *ds = lua_tolstring(L, -1, &dl);
            if (!ful_day_parse_iso(ds, dl, &no.mtime_day))
                no.mtime_day = FUL_NODATE;
        }
        lua_pop(L, 1);
        lua_getfield(L, 3, "mtime");
        if (no.mtime_day == FUL_NODATE && lua_type(L, -1) == LUA_TNUMBER) {
            time_t t = (time_t)lua_tonumber(L, -1);
            struct tm tm;
            if (localtime_r(&t, &tm))
                no.mtime_day = ful_day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
        }
        lua_pop(L, 1);
    }
    no.path = path;
    no.tags = &o.tags;
    no.rules = o.rules;
    no.grace_days = o.grace;
    no.explain = 1;
    /* The note's arrays belong to a userdata so a raise frees them. */
    box = (note_box *)ful_l_newbox(L, sizeof *box, l_notebox_gc);
    if (ful_note_parse(&box->note, text, n, &no) != 0)
        return luaL_error(L, "out of memory");
    box->live = 1;
    lua_createtable(L, 0, 10);
    ful_l_pushday(L, box->note.date);
    lua_setfield(L, -2, "date");
    lua_pushstring(L, ful_date_source_name(box->note.date_src));
    lua_setfield(L, -2, "date_source");
    if (box->note.account[0]) {
        lua_pushstring(L, box->note.account);
        lua_setfield(L, -2, "account");
    }
    push_people(L, "attendees", &box->note.attendees);
    push_people(L, "team", &box->note.team);
    if (box->note.owner.len)
        set_str(L, "owner", box->note.owner.s, box->note.owner.len);
    lua_pushboolean(L, box->note.has_firm);
    lua_setfield(L, -2, "has_firm");
    lua_pushboolean(L, box->note.binary);
    lua_setfield(L, -2, "binary");
    lua_createtable(L, box->note.nwarns, 0);
    for (i = 0; i < box->note.nwarns; i++) {
        lua_createtable(L, 0, 2);
        set_int(L, "line", box->note.warns[i].line);
        lua_pushstring(L, box->note.warns[i].msg);
        lua_setfield(L, -2, "message");
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "warnings");
    lua_createtable(L, box->note.nsteps, 0);
    for (i = 0; i < box->note.nsteps; i++) {
        const ful_nstep *st = &box->note.steps[i];
        lua_createtable(L, 0, 12);
        set_int(L, "line", st->line);
        set_int(L, "col", st->col);
        set_int(L, "indent", st->indent);
        set_str(L, "text", st->text, st->len);
        lua_pushboolean(L, st->done);
        lua_setfield(L, -2, "done");
        lua_pushstring(L, ful_class_name(st->v.cls));
        lua_setfield(L, -2, "class");
        ful_l_pushday(L, st->v.due);
        lua_setfield(L, -2, "due");
        lua_pushstring(L, st->v.why);
        lua_setfield(L, -2, "why");
        lua_pushstring(L, st->v.ask);
        lua_setfield(L, -2, "ask");
        lua_pushboolean(L, st->v.overridden);
        lua_setfield(L, -2, "overridden");
        lua_createtable(L, st->ntouches, 0);
        for (j = 0; j < box->note.ntouches; j++) {
            if (box->note.touches[j].step != i)
                continue;
            push_touch(L, &box->note.touches[j]);
            lua_rawseti(L, -2, (int)ful_rawlen(L, -2) + 1);
        }
        lua_setfield(L, -2, "touches");
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "steps");
    lua_createtable(L, box->note.ntouches, 0);
    for (i = 0; i < box->note.ntouches; i++) {
        push_touch(L, &box->note.touches[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "touches");
    lua_createtable(L, box->note.nneeds, 0);
    for (i = 0; i < box->note.nneeds; i++) {
        const ful_nneed *nd = &box->note.needs[i];
        lua_createtable(L, 0, 3);
        set_int(L, "line", nd->line);
        lua_pushstring(L, nd->kind == FUL_LINE_PAIN ? "PAIN" : "WANT");
        lua_setfield(L, -2, "kind");
        set_str(L, "text", nd->text, nd->len);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "needs");
    ful_note_free(&box->note);
    box->live = 0;
    return 1;
}

/* ---- write-back (the line edits: lua_line.c) ---- */

typedef struct {
    ful_buf b;
} buf_box;

static int l_bufbox_gc(lua_State *L)
{
    buf_box *b = (buf_box *)lua_touserdata(L, 1);
    if (b)
        ful_buf_free(&b->b);
    return 0;
}

static buf_box *new_buf_box(lua_State *L)
{
    buf_box *b = (buf_box *)lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, l_bufbox_gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    return b;
}

ful_buf *ful_l_newbuf(lua_State *L)
{
    return &new_buf_box(L)->b;
}


/* A 1-based line number that fits an int: 4294967297 must not wrap to 1. */
static int check_line(lua_State *L, int idx)
{
    lua_Number v = luaL_checknumber(L, idx);
    if (!(v >= 1 && v <= 2147483647.0) || v != (lua_Number)(lua_Integer)v)
        return luaL_argerror(L, idx, "want a line number from 1 to 2147483647");
    return (int)v;
}

/* core.abspath(path): absolute, resolved as the kernel would (working
 * folder from getcwd, ".." after a symlink), symlinks otherwise kept. */
static int l_abspath(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    buf_box *b = new_buf_box(L);
    if (ful_path_abs(path, &b->b) != 0)
        return ful_l_fail(L, strerror(errno));
    lua_pushlstring(L, b->b.p, b->b.len);
    return 1;
}

/* core.realpath(path): core.abspath with every symlink resolved in the
 * part that exists: the name the store gives a note (path.h). */
static int l_realpath(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    buf_box *b = new_buf_box(L);
    if (ful_path_real(path, &b->b) != 0)
        return ful_l_fail(L, strerror(errno));
    lua_pushlstring(L, b->b.p, b->b.len);
    return 1;
}

/* core.write_private(path, bytes) -> true, or nil, message: the file
 * written whole or not at all, mode 0600 (statefile.h); a seller's state
 * beside the store, never the store. */
static int l_write_private(lua_State *L)
{
    size_t n;
    const char *path = luaL_checkstring(L, 1), *bytes = luaL_checklstring(L, 2, &n);
    char err[512];
    if (ful_write_private(path, bytes, n, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    return 1;
}

/* core.step_key(text): the step's key for FILE:LINE:KEY (writeback.h). */
static int l_step_key(lua_State *L)
{
    size_t n;
    const char *text = luaL_checklstring(L, 1, &n);
    char key[FUL_STEP_REF_LEN + 1];
    ful_step_ref(text, n, key);
    lua_pushstring(L, key);
    return 1;
}

/* core.mark_done(path, line [, expect [, opts]]) -> true, the line the step
 * was on (not line when it moved) | nil, msg | nil, msg, "done", that line
 * when the step is already done (nothing written: fulog.written says when) */
static int l_mark_done(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    int line = check_line(L, 2), at = line, rc;
    ful_expect e;
    const ful_expect *expect = ful_l_expect(L, 3, &e);
    ful_lopts o;
    char err[FUL_ERR_MAX];
    if (ful_l_opts(L, 4, &o) != 0)
        return 2;
    rc = ful_wb_done(path, line, expect, &o.tags, &at, err, sizeof err);
    if (rc == 1) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        lua_pushliteral(L, "done");
        lua_pushinteger(L, at);
        return 4;
    }
    if (rc != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    lua_pushinteger(L, at);
    return 2;
}

/* core.add_touch(path, line, {date=, channel=, outcome=, expect=, tags=, today=}) */
static int l_add_touch(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    int line = check_line(L, 2), new_line = 0;
    const char *channel, *outcome;
    const ful_expect *expect;
    ful_expect e;
    ful_day day;
    ful_lopts o;
    char err[FUL_ERR_MAX];
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3); /* the fields below are read from slots 4..7 */
    lua_getfield(L, 3, "channel");
    lua_getfield(L, 3, "outcome");
    lua_getfield(L, 3, "expect");
    lua_getfield(L, 3, "date");
    channel = luaL_optstring(L, 4, "other");
    outcome = luaL_optstring(L, 5, NULL);
    expect = ful_l_expect(L, 6, &e);
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    if (ful_l_date(L, 7, o.today, &day) != 0)
        return 2;
    /* the checks are ful_touch_plan's, as for :FuTouch in the buffer;
     * "after today" only against a today the caller names (fulog touch's) */
    lua_getfield(L, 3, "today");
    if (lua_isnil(L, -1))
        o.today = FUL_NODATE;
    lua_pop(L, 1);
    if (ful_wb_touch(path, line, expect, &o.tags, day, o.today, channel, outcome, &new_line, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushinteger(L, new_line);
    return 1;
}

/* core.touch_check(date, channel [, today]) -> true | nil, why: the
 * checks of a touch that need no note (ful_touch_args), in its words,
 * without the FILE:LINE: a refusal of the note's checks starts with. */
static int l_touch_check(lua_State *L)
{
    const char *channel = luaL_checkstring(L, 2);
    ful_day day, today;
    char err[256];
    if (ful_l_date(L, 1, FUL_NODATE, &day) != 0 || ful_l_date(L, 3, FUL_NODATE, &today) != 0)
        return 2;
    if (ful_touch_args(day, today, channel, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    return 1;
}

/* ---- misc ---- */

/* core.channel(word) -> "email" | "call" | "voicemail" | "meeting" | "other" | nil:
 * the channel a word names (synonyms like "vm", "mtg" included). */
static int l_channel(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    int ch = ful_channel_parse(s, n);
    if (ch < 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, ful_channel_name(ch));
    return 1;
}

/* core.utf8(s) -> s with its invalid UTF-8 sequences as U+FFFD, each bad
 * byte one (controls kept): what --json writes, by the exports' decoder. */
static int l_utf8(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_buf b = { 0, 0, 0 };
    if (ful_utf8_bad(s, n) == 0) {
        lua_settop(L, 1);
        return 1;
    }
    if (ful_utf8_fix(&b, s, n) < 0) {
        ful_buf_free(&b);
        return luaL_error(L, "out of memory");
    }
    lua_pushlstring(L, b.p ? b.p : "", b.len);
    ful_buf_free(&b);
    return 1;
}

static int l_today(lua_State *L)
{
    const char *bad;
    ful_day d = ful_l_today(&bad);
    if (bad) {
        lua_pushnil(L);
        lua_pushfstring(L, "FULOG_TODAY is not a date (want YYYY-MM-DD): %s", bad);
        return 2;
    }
    ful_l_pushday(L, d);
    return 1;
}

int ful_l_default_db(lua_State *L)
{
    const char *env = getenv("FULOG_DB"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (env && *env) {
        lua_pushstring(L, env);
    } else if (xdg && xdg[0] == '/') {
        lua_pushfstring(L, "%s/fulog/fulog.db", xdg);
    } else if (home && *home) {
        lua_pushfstring(L, "%s/.local/share/fulog/fulog.db", home);
    } else {
        return ful_l_fail(L, "no store location: set FULOG_DB, XDG_DATA_HOME or HOME");
    }
    return 1;
}

/* core.add_days(date, n) and core.days_between(a, b): date arithmetic for
 * the editor layer, which has no calendar of its own. */
static int l_add_days(lua_State *L)
{
    ful_day d;
    lua_Integer k = luaL_checkinteger(L, 2);
    if (ful_l_date(L, 1, FUL_NODATE, &d) != 0)
        return 2;
    if (d == FUL_NODATE)
        return luaL_argerror(L, 1, "want a YYYY-MM-DD date");
    ful_l_pushday(L, d + (ful_day)k);
    return 1;
}

static int l_days_between(lua_State *L)
{
    ful_day a, b;
    if (ful_l_date(L, 1, FUL_NODATE, &a) != 0 || ful_l_date(L, 2, FUL_NODATE, &b) != 0)
        return 2;
    if (a == FUL_NODATE || b == FUL_NODATE)
        return luaL_error(L, "days_between: want two YYYY-MM-DD dates");
    lua_pushinteger(L, (lua_Integer)(b - a));
    return 1;
}

static const luaL_Reg funcs[] = {
    { "classify", l_classify },
    { "classify_fd", l_classify_fd },
    { "rules", l_rules },
    { "line_info", l_line_info },
    { "parse_note", l_parse_note },
    { "mark_done", l_mark_done },
    { "abspath", l_abspath },
    { "realpath", l_realpath },
    { "step_key", l_step_key },
    { "add_touch", l_add_touch },
    { "touch_check", l_touch_check },
    { "today", l_today },
    { "channel", l_channel },
    { "utf8", l_utf8 },
    { "default_db_path", ful_l_default_db },
    { "write_private", l_write_private },
    { "add_days", l_add_days },
    { "days_between", l_days_between },
    { "open", ful_open_store },
    { "merge_resolve", ful_l_merge_resolve },
    { NULL, NULL }
};

#if defined(__GNUC__)
__attribute__((visibility("default")))
#endif
int luaopen_fulog_core(lua_State *L)
{
    int i;
    luaL_newmetatable(L, FUL_RULES_MT);
    lua_pushcfunction(L, l_rules_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    ful_register_store(L);
    ful_register_report(L);
    ful_newlib(L, funcs);
    ful_register_line(L);
    ful_register_actors(L);
    ful_register_scan(L);
    ful_register_options(L);
    ful_register_chase(L);
    lua_pushstring(L, FUL_VERSION);
    lua_setfield(L, -2, "version");
#ifdef FUL_ABI_NAME
    lua_pushstring(L, FUL_ABI_NAME); /* set by the Makefile: luajit and 5.1 share 501 */
#else
    lua_pushstring(L, LUA_VERSION_NUM == 501 ? "lua5.1" : LUA_VERSION_NUM == 502 ? "lua5.2"
                      : LUA_VERSION_NUM == 503 ? "lua5.3" : "lua5.4");
#endif
    lua_setfield(L, -2, "abi");
    lua_pushstring(L, sqlite3_libversion());
    lua_setfield(L, -2, "sqlite_version");
    lua_pushinteger(L, FUL_SCHEMA_VERSION);
    lua_setfield(L, -2, "schema_version");
    lua_pushinteger(L, FUL_HEADING_LINES);
    lua_setfield(L, -2, "heading_lines");
    lua_pushstring(L, FUL_TOUCH_NO_OUTCOME); /* what a touch without an outcome says */
    lua_setfield(L, -2, "touch_no_outcome");
    lua_pushstring(L, FUL_DONE_ALREADY_MSG); /* a done step done again, a touch under one */
    lua_setfield(L, -2, "done_already_msg");
    lua_pushstring(L, FUL_TOUCH_DONE_MSG);
    lua_setfield(L, -2, "touch_done_msg");
    lua_createtable(L, 0, 0);
    for (i = 0; ful_rule_categories[i]; i++) {
        lua_pushstring(L, ful_rule_categories[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "rule_categories");
    lua_createtable(L, ful_default_nexts, 0);
    for (i = 0; i < ful_default_nexts; i++) {
        lua_pushstring(L, ful_default_exts[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "default_exts");
    return 1;
}
