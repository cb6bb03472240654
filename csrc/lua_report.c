/* lua_report.c: db:stats(opts) and db:export(format, opts). The report and
 * export structs and the output buffer belong to a userdata created before
 * anything is allocated, so a Lua error on the way frees them. */
#include "lua_bind.h"
#include "export.h"
#include "report.h"
#include "store.h"
#include "writeback.h" /* ful_note_gone */

#include <stdio.h>
#include <string.h>

#define FUL_REPORT_BOX_MT "fulog.report_box"

typedef struct {
    ful_report r;
    ful_export x;
    ful_buf out;
    ful_rows paths;     /* stats: the notes the report counts */
    ful_buf gone;       /* stats: those gone from disk, a JSON array */
} report_box;

static int l_box_gc(lua_State *L)
{
    report_box *b = (report_box *)luaL_checkudata(L, 1, FUL_REPORT_BOX_MT);
    ful_report_free(&b->r);
    ful_export_free(&b->x);
    ful_buf_free(&b->out);
    ful_rows_free(&b->paths);
    ful_buf_free(&b->gone);
    return 0;
}

static report_box *new_box(lua_State *L)
{
    report_box *b = (report_box *)lua_newuserdata(L, sizeof *b);
    memset(b, 0, sizeof *b);
    luaL_getmetatable(L, FUL_REPORT_BOX_MT);
    lua_setmetatable(L, -2);
    return b;
}

static int opt_int(lua_State *L, int idx, const char *name, int dflt, int lo, int hi)
{
    int v = dflt;
    if (!lua_istable(L, idx))
        return v;
    lua_getfield(L, idx, name);
    if (!lua_isnil(L, -1)) {
        lua_Number n = lua_tonumber(L, -1);
        if (lua_type(L, -1) != LUA_TNUMBER || n < lo || n > hi || n != (int)n)
            luaL_error(L, "%s: want a whole number from %d to %d", name, lo, hi);
        v = (int)n;
    }
    lua_pop(L, 1);
    return v;
}

/* A string option; the opts table keeps it alive. */
static const char *opt_str(lua_State *L, int idx, const char *name)
{
    const char *v;
    if (!lua_istable(L, idx))
        return NULL;
    lua_getfield(L, idx, name);
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "%s: want a string", name);
    v = lua_tostring(L, -1);
    lua_pop(L, 1);
    return v;
}

static void set_int(lua_State *L, const char *k, int v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static void push_period(lua_State *L, const ful_period *p)
{
    int c;
    lua_createtable(L, 0, 16);
    ful_l_pushday(L, p->start);
    lua_setfield(L, -2, "start");
    ful_l_pushday(L, p->end);
    lua_setfield(L, -2, "end");
    set_int(L, "meetings", p->meetings);
    set_int(L, "firm", p->firm);
    lua_pushnumber(L, p->meetings ? (lua_Number)p->firm / p->meetings : 0);
    lua_setfield(L, -2, "ham_bam");
    lua_createtable(L, 0, FUL_NCLASS);
    for (c = 0; c < FUL_NCLASS; c++)
        set_int(L, ful_class_name((ful_class)c), p->classes[c]);
    lua_setfield(L, -2, "classes");
    set_int(L, "opened", p->opened);
    set_int(L, "closed", p->closed);
    set_int(L, "touches", p->touches);
    set_int(L, "replies", p->replies);
    set_int(L, "dark", p->dark);
    set_int(L, "pushed", p->pushed);
    if (p->reply_days >= 0) {
        lua_pushnumber(L, p->reply_days);
        lua_setfield(L, -2, "reply_days");
    }
}

/* Appends path to the JSON array in b as a string: quotes, backslashes
 * and control bytes escaped, every other byte as the store has it (the
 * store's json_each reads it back; lua/fulog/gone.lua's json_paths). */
static int json_path(ful_buf *b, const char *p, size_t n)
{
    char esc[8];
    size_t i;
    if (ful_buf_adds(b, b->len ? ",\"" : "[\""))
        return -1;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            if (ful_buf_adds(b, esc))
                return -1;
        } else if (ful_buf_add(b, p + i, 1)) {
            return -1;
        }
    }
    return ful_buf_adds(b, "\"");
}

/* The notes a stats report counts something of that are gone from disk
 * (ful_note_gone: a stat per note counted, no walk), as the listings leave
 * them out (lua/fulog/gone.lua): their paths as a JSON array in b->gone
 * for the report's queries, and pushed in gone.lua's form: nil, or
 * {notes=, path= the first, paths={...}}. 0, or -1 with err. */
static int stats_gone(lua_State *L, ful_store *s, const ful_report_opts *o, ful_day today, report_box *b,
                      char *err, size_t errlen)
{
    ful_report_q q;
    size_t i;
    int notes = 0;
    memset(&q, 0, sizeof q);
    ful_report_range(o, today, &q.since, &q.until);
    q.owner = o->owner;
    if (ful_store_report_rows(s, FUL_RPT_PATHS, &q, &b->paths, err, errlen) != 0)
        return -1;
    lua_pushnil(L);
    for (i = 0; i < b->paths.nrows; i++) {
        const ful_cell *c = ful_rows_cell(&b->paths, i, 0);
        const char *p;
        if (c->type != FUL_TEXT)
            continue;
        p = ful_rows_text(&b->paths, c);
        if (!ful_note_gone(p, p, NULL, 0))
            continue;
        if (json_path(&b->gone, p, c->len))
            return luaL_error(L, "out of memory");
        if (notes++ == 0) {
            lua_pop(L, 1);
            lua_createtable(L, 0, 3);
            lua_pushlstring(L, p, c->len);
            lua_setfield(L, -2, "path");
            lua_newtable(L);
            lua_setfield(L, -2, "paths");
        }
        lua_getfield(L, -1, "paths");
        lua_pushlstring(L, p, c->len);
        lua_rawseti(L, -2, notes);
        lua_pop(L, 1);
    }
    if (notes > 0) {
        if (ful_buf_adds(&b->gone, "]"))
            return luaL_error(L, "out of memory");
        lua_pushinteger(L, notes);
        lua_setfield(L, -2, "notes");
    }
    return 0;
}

/* db:stats({since=, until=, by="week"|"month", today=, dark_touches=,
 * dark_days=, owner=}) -> report, text, and what was left out: the notes
 * gone from disk the report would count (nil when none; stats_gone) */
static int l_stats(lua_State *L)
{
    ful_store *s = ful_l_checkstore(L, 1);
    ful_lopts lo;
    ful_report_opts o;
    report_box *b;
    char err[FUL_ERR_MAX];
    int i;
    memset(&o, 0, sizeof o);
    o.since = o.until = FUL_NODATE;
    o.by = FUL_BY_WEEK;
    if (ful_l_opts(L, 2, &lo) != 0)
        return 2;
    if (lua_istable(L, 2)) {
        if (ful_l_field_date(L, 2, "since", &o.since) != 0 || ful_l_field_date(L, 2, "until", &o.until) != 0)
            return 2;
        lua_getfield(L, 2, "by");
        if (!lua_isnil(L, -1)) {
            const char *by = lua_tostring(L, -1);
            if (by && strcmp(by, "month") == 0)
                o.by = FUL_BY_MONTH;
            else if (!by || strcmp(by, "week") != 0)
                luaL_error(L, "by: want \"week\" or \"month\"");
        }
        lua_pop(L, 1);
    }
    o.dark_touches = opt_int(L, 2, "dark_touches", 2, 1, 1000);
    o.dark_days = opt_int(L, 2, "dark_days", 14, 0, 3650);
    o.owner = opt_str(L, 2, "owner");
    b = new_box(L);
    if (stats_gone(L, s, &o, lo.today, b, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_insert(L, -2); /* what was left out, under the box */
    o.gone = b->gone.len ? b->gone.p : NULL;
    if (ful_report_build(s, &o, lo.today, &b->r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    if (ful_report_text(&b->r, &b->out) != 0)
        return luaL_error(L, "out of memory");
    lua_createtable(L, 0, 5);
    lua_pushstring(L, b->r.by == FUL_BY_WEEK ? "week" : "month");
    lua_setfield(L, -2, "by");
    ful_l_pushday(L, b->r.since);
    lua_setfield(L, -2, "since");
    ful_l_pushday(L, b->r.until);
    lua_setfield(L, -2, "until");
    lua_createtable(L, b->r.n, 0);
    for (i = 0; i < b->r.n; i++) {
        push_period(L, &b->r.p[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "periods");
    push_period(L, &b->r.total);
    lua_setfield(L, -2, "total");
    lua_pushlstring(L, b->out.p ? b->out.p : "", b->out.len);
    lua_pushvalue(L, -4); /* what was left out (stats_gone) */
    return 3;
}

/* Leaves out of x the steps of notes gone from disk (ful_note_gone: a
 * stat per note; a note's steps are consecutive), as the listings do
 * (lua/fulog/gone.lua). Pushes what was left out, in gone.lua's form: nil,
 * or {steps=, notes=, path= the first, paths={...}}. */
static void drop_gone(lua_State *L, ful_export *x)
{
    int i = 0, k = 0, steps = 0, notes = 0;
    lua_pushnil(L);
    while (i < x->n) {
        int j = i;
        const char *p = x->v[i].path;
        while (j < x->n && (p == NULL ? x->v[j].path == NULL : x->v[j].path && strcmp(x->v[j].path, p) == 0))
            j++;
        if (p && ful_note_gone(p, p, NULL, 0)) {
            if (notes++ == 0) {
                lua_pop(L, 1);
                lua_createtable(L, 0, 4);
                lua_pushstring(L, p);
                lua_setfield(L, -2, "path");
                lua_newtable(L);
                lua_setfield(L, -2, "paths");
            }
            lua_getfield(L, -1, "paths");
            lua_pushstring(L, p);
            lua_rawseti(L, -2, notes);
            lua_pop(L, 1);
            steps += j - i;
        } else {
            if (k != i)
                memmove(&x->v[k], &x->v[i], (size_t)(j - i) * sizeof *x->v);
            k += j - i;
        }
        i = j;
    }
    x->n = k;
    if (notes > 0) {
        lua_pushinteger(L, steps);
        lua_setfield(L, -2, "steps");
        lua_pushinteger(L, notes);
        lua_setfield(L, -2, "notes");
    }
}

/* db:export("ics"|"csv"|"json", {account=, owner=, since=, today=, cadence=})
 * -> the file's text, and what was left out: the steps of notes gone from
 * disk (nil when none; drop_gone) */
static int l_export(lua_State *L)
{
    ful_store *s = ful_l_checkstore(L, 1);
    const char *fmt = luaL_checkstring(L, 2);
    ful_lopts lo;
    ful_export_opts o;
    ful_day since = FUL_NODATE;
    report_box *b;
    char err[FUL_ERR_MAX];
    int rc;
    if (strcmp(fmt, "ics") != 0 && strcmp(fmt, "csv") != 0 && strcmp(fmt, "json") != 0)
        return luaL_argerror(L, 2, "want \"ics\", \"csv\" or \"json\"");
    memset(&o, 0, sizeof o);
    if (ful_l_opts(L, 3, &lo) != 0)
        return 2;
    o.today = lo.today;
    if (lua_istable(L, 3)) {
        if (ful_l_field_date(L, 3, "since", &since) != 0)
            return 2;
        o.account = opt_str(L, 3, "account");
        o.owner = opt_str(L, 3, "owner");
    }
    if (ful_store_use_cadence(s, &lo.cadence, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    b = new_box(L);
    /* the account as the store names it, whatever its case or blanks */
    if (o.account) {
        if (ful_account_check(s, o.account, opt_str(L, 3, "accounts_cmd"), &b->out, err, sizeof err) != 0)
            return ful_l_fail(L, err);
        lua_pushstring(L, b->out.p ? b->out.p : "");
        o.account = lua_tostring(L, -1);
        b->out.len = 0;
    }
    if (ful_export_load(s, &o, &b->x, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    drop_gone(L, &b->x);
    if (fmt[0] != 'i')
        ful_export_since(&b->x, since);     /* the calendar dates each entry on its own */
    if (fmt[0] == 'i')
        rc = ful_export_ics(b->x.v, b->x.n, since, o.today, &b->out);
    else if (fmt[0] == 'c')
        rc = ful_export_csv(b->x.v, b->x.n, &b->out);
    else
        rc = ful_export_json(b->x.v, b->x.n, &b->out);
    if (rc != 0)
        return luaL_error(L, "out of memory");
    lua_pushlstring(L, b->out.p ? b->out.p : "", b->out.len);
    lua_insert(L, -2);
    return 2;
}

void ful_register_report(lua_State *L)
{
    luaL_newmetatable(L, FUL_REPORT_BOX_MT);
    lua_pushcfunction(L, l_box_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    /* Add the methods to the store's method table. */
    luaL_getmetatable(L, FUL_STORE_MT);
    lua_getfield(L, -1, "__index");
    lua_pushcfunction(L, l_stats);
    lua_setfield(L, -2, "stats");
    lua_pushcfunction(L, l_export);
    lua_setfield(L, -2, "export");
    lua_pop(L, 2);
}
