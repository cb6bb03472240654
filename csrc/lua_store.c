/* lua_store.c: the store as Lua userdata (db:index, db:overdue, db:log...).
 * Every C resource is owned by a userdata before it is acquired, so a Lua
 * error on the way never leaks it. */
#include "lua_bind.h"
#include "draft.h"
#include "export.h"
#include "index.h"
#include "report.h"
#include "store.h"

#include <stdlib.h>
#include <string.h>

#define FUL_ROWS_MT "fulog.rows"

typedef struct {
    ful_store *s;
    /* db:overdue's rows, kept between calls: filling the same buffers again
     * costs no allocation and no page faults (freed with the store) */
    ful_rows overdue;
} ful_lstore;

static ful_lstore *check_store(lua_State *L)
{
    ful_lstore *ls = (ful_lstore *)luaL_checkudata(L, 1, FUL_STORE_MT);
    if (ls->s == NULL)
        luaL_error(L, "fulog: the store is closed");
    return ls;
}

struct ful_store *ful_l_checkstore(lua_State *L, int idx)
{
    ful_lstore *ls = (ful_lstore *)luaL_checkudata(L, idx, FUL_STORE_MT);
    if (ls->s == NULL)
        luaL_error(L, "fulog: the store is closed");
    return ls->s;
}

static int l_gc(lua_State *L)
{
    ful_lstore *ls = (ful_lstore *)luaL_checkudata(L, 1, FUL_STORE_MT);
    if (ls->s) {
        ful_store_rollback(ls->s);
        ful_store_close(ls->s);
        ls->s = NULL;
    }
    ful_rows_free(&ls->overdue);
    return 0;
}

static int l_tostring(lua_State *L)
{
    ful_lstore *ls = (ful_lstore *)luaL_checkudata(L, 1, FUL_STORE_MT);
    lua_pushfstring(L, "fulog.store(%s)", ls->s ? ful_store_path(ls->s) : "closed");
    return 1;
}

/* core.open([path [, {busy_ms=, readonly=}]]) */
int ful_open_store(lua_State *L)
{
    const char *path = luaL_optstring(L, 1, NULL);
    int busy = 5000, ro = 0;
    ful_lstore *ls;
    char err[FUL_ERR_MAX];
    if (lua_istable(L, 2)) {
        lua_getfield(L, 2, "busy_ms");
        if (lua_type(L, -1) == LUA_TNUMBER)
            busy = (int)lua_tonumber(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, 2, "readonly");
        ro = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    if (path == NULL) {
        if (ful_l_default_db(L) != 1)
            return 2;
        path = lua_tostring(L, -1);
    }
    ls = (ful_lstore *)lua_newuserdata(L, sizeof *ls);
    memset(ls, 0, sizeof *ls);
    luaL_getmetatable(L, FUL_STORE_MT);
    lua_setmetatable(L, -2);
    ls->s = ro ? ful_store_open_ro(path, busy, err, sizeof err) : ful_store_open(path, busy, err, sizeof err);
    if (ls->s == NULL)
        return ful_l_fail(L, err);
    return 1;
}

static int l_close(lua_State *L)
{
    return l_gc(L);
}

static int l_path(lua_State *L)
{
    lua_pushstring(L, ful_store_path(check_store(L)->s));
    return 1;
}

static int l_user_version(lua_State *L)
{
    lua_pushinteger(L, ful_store_user_version(check_store(L)->s));
    return 1;
}

/* ---- rows ---- */

static int l_rows_gc(lua_State *L)
{
    ful_rows *r = (ful_rows *)luaL_checkudata(L, 1, FUL_ROWS_MT);
    ful_rows_free(r);
    return 0;
}

static ful_rows *new_rows(lua_State *L)
{
    ful_rows *r = (ful_rows *)lua_newuserdata(L, sizeof *r);
    memset(r, 0, sizeof *r);
    luaL_getmetatable(L, FUL_ROWS_MT);
    lua_setmetatable(L, -2);
    return r;
}

static void push_cell(lua_State *L, const ful_rows *r, const ful_cell *c)
{
    if (c->type == FUL_INT)
        lua_pushinteger(L, (lua_Integer)c->i);
    else if (c->type == FUL_TEXT)
        lua_pushlstring(L, ful_rows_text(r, c), c->len);
    else
        lua_pushnil(L);
}

void ful_l_pushrows(lua_State *L, const ful_rows *r)
{
    size_t i;
    int c, keys;
    /* The column names are pushed once: a rawset with the key already on
     * the stack does not hash the name again for every cell. */
    luaL_checkstack(L, r->ncols + 4, "too many columns");
    keys = lua_gettop(L) + 1;
    for (c = 0; c < r->ncols; c++)
        lua_pushstring(L, r->names[c]);
    lua_createtable(L, (int)r->nrows, 0);
    for (i = 0; i < r->nrows; i++) {
        lua_createtable(L, 0, r->ncols);
        for (c = 0; c < r->ncols; c++) {
            const ful_cell *cell = ful_rows_cell(r, i, c);
            if (cell->type == FUL_NULL)
                continue;   /* absent is nil already: no hash insert per NULL */
            lua_pushvalue(L, keys + c);
            push_cell(L, r, cell);
            lua_rawset(L, -3);
        }
        lua_rawseti(L, -2, (int)i + 1);
    }
    if (r->ncols > 0) {
        lua_replace(L, keys);   /* the rows where the first key was */
        lua_settop(L, keys);
    }
}

/* Columns that are flags in SQL and booleans in Lua. */
static void fix_booleans(lua_State *L, const char *const *names)
{
    int i, n = (int)ful_rawlen(L, -1), k;
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        for (k = 0; names[k]; k++) {
            lua_getfield(L, -1, names[k]);
            if (!lua_isnil(L, -1)) {
                int v = lua_tonumber(L, -1) != 0;
                lua_pop(L, 1);
                lua_pushboolean(L, v);
                lua_setfield(L, -2, names[k]);
            } else {
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
}

/* Reads the query options and brings the store's next action dates to the
 * cadence asked for (-1 with nil, msg pushed on failure). */
static int query_opts(lua_State *L, int idx, ful_store *s, ful_query *q)
{
    ful_lopts o;
    char err[FUL_ERR_MAX];
    memset(q, 0, sizeof *q);
    if (ful_l_opts(L, idx, &o) != 0)
        return -1;
    if (ful_store_use_cadence(s, &o.cadence, err, sizeof err) != 0) {
        ful_l_fail(L, err);
        return -1;
    }
    q->today = o.today;
    q->dark_touches = 2;
    q->dark_days = 14;
    if (lua_istable(L, idx)) {
        lua_getfield(L, idx, "account");
        q->account = lua_tostring(L, -1);   /* kept alive by the opts table */
        lua_pop(L, 1);
        lua_getfield(L, idx, "path");
        q->path = lua_tostring(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, idx, "owner");
        q->owner = lua_tostring(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, idx, "gone");
        q->gone = lua_tostring(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, idx, "dark_touches");
        if (lua_type(L, -1) == LUA_TNUMBER)
            q->dark_touches = (int)lua_tonumber(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, idx, "dark_days");
        if (lua_type(L, -1) == LUA_TNUMBER)
            q->dark_days = (int)lua_tonumber(L, -1);
        lua_pop(L, 1);
    }
    return 0;
}

/* Pushes the owner filter as the notes spell it (' bob roy' typed, 'Bob
 * Roy' in the notes: a header or title says Bob Roy), or, when no note
 * names it, unknown (NULL: nil); r: rows to fill (cleared after). 0, or
 * -1 with err. */
static int push_owner_shown(lua_State *L, ful_lstore *ls, const char *owner, const char *unknown, ful_rows *r,
                            char *err, size_t errlen)
{
    if (ful_store_owner_shown(ls->s, owner, r, err, errlen) != 0)
        return -1;
    if (r->nrows > 0)
        push_cell(L, r, ful_rows_cell(r, 0, 0));
    else if (unknown)
        lua_pushstring(L, unknown);
    else
        lua_pushnil(L);
    ful_rows_free(r);
    return 0;
}

/* db:owner_shown(name) -> the owner as the notes spell it, or nil when no
 * note names it (a filter that would keep only the notes no one owns) */
static int l_owner_shown(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *owner = luaL_checkstring(L, 2);
    char err[FUL_ERR_MAX];
    if (push_owner_shown(L, ls, owner, NULL, new_rows(L), err, sizeof err) != 0)
        return ful_l_fail(L, err);
    return 1;
}

/* db:overdue(opts) -> rows, and with opts.owner that owner as the notes
 * spell it (the title :FuOverdue gives its list) | nil, msg */
static int l_overdue(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    ful_query q;
    ful_rows *r;
    char err[FUL_ERR_MAX];
    if (query_opts(L, 2, ls->s, &q) != 0)
        return 2;
    r = new_rows(L);
    if (ful_store_overdue(ls->s, &q, &ls->overdue, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    ful_l_pushrows(L, &ls->overdue);
    if (q.owner == NULL)
        return 1;
    if (push_owner_shown(L, ls, q.owner, q.owner, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    return 2;
}

/* db:log(opts): rows grouped into accounts, in the order the query gives;
 * then, with opts.account, the name of that account as the log shows it
 * (what a header echoes; an unknown name: nil, message), else nil; then,
 * with opts.owner, that owner as the notes spell it (as typed when no note
 * has it), for the header too. */
static int l_log(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    ful_query q;
    ful_rows *r;
    ful_buf *shown = NULL;
    char err[FUL_ERR_MAX];
    size_t i;
    int nacc = 0, cacc, cpath, cdark, clt, clr, cun, c;
    const char *prev = NULL;
    if (query_opts(L, 2, ls->s, &q) != 0)
        return 2;
    /* The account filter as the store names it: ' acme CORP ' finds and
     * shows Acme Corp; a typo is said, not an empty log. */
    if (q.account) {
        const char *lister = NULL;   /* the front-end's way to list them: its words, in the core's message */
        if (lua_istable(L, 2)) {
            lua_getfield(L, 2, "accounts_cmd");
            lister = lua_tostring(L, -1);   /* kept alive by the opts table */
            lua_pop(L, 1);
        }
        shown = ful_l_newbuf(L);
        if (ful_account_check(ls->s, q.account, lister, shown, err, sizeof err) != 0)
            return ful_l_fail(L, err);
        q.account = shown->p ? shown->p : "";
    }
    r = new_rows(L);
    if (ful_store_log(ls->s, &q, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    cacc = ful_rows_col(r, "account");
    cpath = ful_rows_col(r, "path");
    cdark = ful_rows_col(r, "dark");
    clt = ful_rows_col(r, "last_touch");
    clr = ful_rows_col(r, "last_reply");
    cun = ful_rows_col(r, "unanswered");
    lua_newtable(L);                      /* accounts */
    for (i = 0; i < r->nrows; i++) {
        const ful_cell *acc = ful_rows_cell(r, i, cacc);
        const char *name = ful_rows_text(r, acc);
        if (prev == NULL || strcmp(prev, name) != 0) {
            if (prev != NULL)
                lua_pop(L, 2);            /* the previous account and its chases */
            lua_createtable(L, 0, 7);
            lua_pushstring(L, name);
            lua_setfield(L, -2, "account");
            lua_pushboolean(L, ful_rows_cell(r, i, cdark)->i != 0);
            lua_setfield(L, -2, "dark");
            push_cell(L, r, ful_rows_cell(r, i, clt));
            lua_setfield(L, -2, "last_touch");
            push_cell(L, r, ful_rows_cell(r, i, clr));
            lua_setfield(L, -2, "last_reply");
            push_cell(L, r, ful_rows_cell(r, i, cun));
            lua_setfield(L, -2, "unanswered");
            lua_newtable(L);
            lua_pushvalue(L, -1);
            lua_setfield(L, -3, "chases");
            lua_pushvalue(L, -2);
            lua_rawseti(L, -4, ++nacc);   /* accounts[nacc] = account */
            prev = name;
        }
        lua_createtable(L, 0, 14);
        for (c = cpath; c < r->ncols; c++) {
            if (strcmp(r->names[c], "oldest") == 0)
                continue;
            push_cell(L, r, ful_rows_cell(r, i, c));
            if (strcmp(r->names[c], "overdue") == 0) {
                int v = lua_toboolean(L, -1) && lua_tonumber(L, -1) != 0;
                lua_pop(L, 1);
                lua_pushboolean(L, v);
            }
            /* the step's own counts, named apart from the account's in SQL */
            lua_setfield(L, -2, strncmp(r->names[c], "step_", 5) == 0 ? r->names[c] + 5 : r->names[c]);
        }
        lua_rawseti(L, -2, (int)ful_rawlen(L, -2) + 1);
    }
    if (prev != NULL)
        lua_pop(L, 2);
    ful_rows_free(r);
    if (shown == NULL)
        lua_pushnil(L);
    else
        lua_pushstring(L, q.account);
    if (q.owner == NULL)
        return 2;
    if (push_owner_shown(L, ls, q.owner, q.owner, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    return 3;
}

/* Pushes column c of r as a list. */
static void push_column(lua_State *L, const ful_rows *r, int c)
{
    size_t i;
    lua_createtable(L, (int)r->nrows, 0);
    for (i = 0; i < r->nrows; i++) {
        push_cell(L, r, ful_rows_cell(r, i, c));
        lua_rawseti(L, -2, (int)i + 1);
    }
}

/* db:accounts() -> the keys (what filters and completion take), the same
 * accounts as the log and overdue name them, and the path of each one's
 * latest note (what fulog.gone stats), in the same order */
static int l_accounts(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    ful_rows *r = new_rows(L);
    char err[FUL_ERR_MAX];
    if (ful_store_accounts(ls->s, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    push_column(L, r, 0);
    push_column(L, r, 1);
    push_column(L, r, 2);
    ful_rows_free(r);
    return 3;
}

/* db:account_paths(key) -> { path, ... }: the notes of that account,
 * latest first (fulog.gone looks at them when the latest is gone) */
static int l_account_paths(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *key = luaL_checkstring(L, 2);
    ful_rows *r = new_rows(L);
    char err[FUL_ERR_MAX];
    if (ful_store_account_paths(ls->s, key, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    push_column(L, r, 0);
    ful_rows_free(r);
    return 1;
}

/* db:owner_roots() -> { root, ... }: the notes roots of the notes that
 * name an owner (none: no list is anyone's alone). */
static int l_owner_roots(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    ful_rows *r = new_rows(L);
    char err[FUL_ERR_MAX];
    if (ful_store_owner_roots(ls->s, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    push_column(L, r, 0);
    ful_rows_free(r);
    return 1;
}

/* A text cell as a day; FUL_NODATE when NULL or not a date. */
static ful_day cell_day(const ful_rows *r, size_t i, int c)
{
    const ful_cell *cell = ful_rows_cell(r, i, c);
    ful_day d = FUL_NODATE;
    if (cell->type == FUL_TEXT)
        ful_day_parse_iso(ful_rows_text(r, cell), cell->len, &d);
    return d;
}

/* db:busy(today [, owner]) -> { {day="YYYY-MM-DD", min=N, len=N, text=}, ... }:
 * the times already taken in the days a draft's slots may use (after today,
 * FUL_DRAFT_HORIZON_DAYS on): each open step of owner's notes and the
 * unowned (nil: everyone's) whose text names a clock time on its due day,
 * read as `fulog export ics` reads it (its length too: "10-11:30", "2h"),
 * in the seller's local time (a zone written after it converted). */
static int l_busy(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *owner = luaL_optstring(L, 3, NULL);
    const char *bad = NULL;
    ful_day today;
    ful_rows *r;
    char err[FUL_ERR_MAX];
    size_t i;
    int ctext, cmeet, cdue, n = 0;
    if (ful_l_date(L, 2, ful_l_today(&bad), &today) != 0)
        return 2;
    if (today == FUL_NODATE)
        return ful_l_fail(L, bad ? bad : "no date for today");
    r = new_rows(L);
    if (ful_store_steps_due(ls->s, today + 1, today + FUL_DRAFT_HORIZON_DAYS, owner, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    ctext = ful_rows_col(r, "text");
    cmeet = ful_rows_col(r, "meeting");
    cdue = ful_rows_col(r, "due");
    lua_newtable(L);
    for (i = 0; i < r->nrows; i++) {
        const ful_cell *t = ful_rows_cell(r, i, ctext);
        ful_day due = cell_day(r, i, cdue);
        ful_when w;
        ful_busy b;
        if (t->type != FUL_TEXT || due == FUL_NODATE ||
            !ful_export_when(ful_rows_text(r, t), t->len, cell_day(r, i, cmeet), due, &w))
            continue;
        ful_busy_local(due, w.h, w.m, w.tz == FUL_TZ_FLOAT ? FUL_BUSY_NOZONE : w.tz, w.len, &b);
        lua_createtable(L, 0, 4);
        ful_l_pushday(L, b.day);
        lua_setfield(L, -2, "day");
        lua_pushinteger(L, b.min);
        lua_setfield(L, -2, "min");
        lua_pushinteger(L, b.len);
        lua_setfield(L, -2, "len");
        push_cell(L, r, t);
        lua_setfield(L, -2, "text");
        lua_rawseti(L, -2, ++n);
    }
    ful_rows_free(r);
    return 1;
}

/* db:needs(account [, max=3]) -> { {kind=, text=, meeting=, path=} }, newest first */
static int l_needs(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *account = luaL_checkstring(L, 2);
    int max = (int)luaL_optnumber(L, 3, 3);
    ful_rows *r = new_rows(L);
    char err[FUL_ERR_MAX];
    if (ful_store_needs(ls->s, account, max, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    ful_l_pushrows(L, r);
    ful_rows_free(r);
    return 1;
}

static int l_history(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *path = luaL_checkstring(L, 2);
    int line = (int)luaL_checkinteger(L, 3);
    ful_rows *r = new_rows(L);
    char err[FUL_ERR_MAX];
    if (ful_store_history(ls->s, path, line, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    ful_l_pushrows(L, r);
    ful_rows_free(r);
    return 1;
}

/* db:kept_day(path) -> the meeting day the store keeps for a note dated
 * by its file's time ("YYYY-MM-DD"), or nil: the editor reads the note
 * with it, as the index does, not with the time of its last write. */
static int l_kept_day(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *path = luaL_checkstring(L, 2);
    char err[FUL_ERR_MAX];
    ful_day d;
    int rc = ful_store_note_mtime_day(ls->s, path, &d, err, sizeof err);
    if (rc < 0)
        return ful_l_fail(L, err);
    ful_l_pushday(L, rc == 1 ? d : FUL_NODATE);
    return 1;
}

static int l_step_at(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *path = luaL_checkstring(L, 2);
    int line = (int)luaL_checkinteger(L, 3);
    ful_rows *r = new_rows(L);
    char err[FUL_ERR_MAX];
    static const char *const flags[] = { "done", NULL };
    if (ful_store_step_at(ls->s, path, line, r, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    ful_l_pushrows(L, r);
    fix_booleans(L, flags);
    ful_rows_free(r);
    lua_rawgeti(L, -1, 1);
    return 1;
}

/* db:why_no_step(path, line [, opts]) -> why FILE:LINE names no step the
 * store has: "not a next step: ...", or "not in the store yet (run fulog
 * index ...)" (index.h) | nil, msg */
static int l_why_no_step(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    const char *path = luaL_checkstring(L, 2);
    lua_Integer line = luaL_checkinteger(L, 3);
    ful_tagset tags;
    char msg[FUL_ERR_MAX];
    ful_l_tags(L, 4, &tags);
    if (line < 1 || line > 2147483647)
        return ful_l_fail(L, "no such line number");
    if (ful_index_why_no_step(ls->s, path, (int)line, &tags, msg, sizeof msg) != 0)
        return ful_l_fail(L, msg);
    lua_pushstring(L, msg);
    return 1;
}

/* db:writable() -> true, or nil and the read-only refusal (store.h) */
static int l_writable(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    char err[FUL_ERR_MAX];
    if (ful_store_writable(ls->s, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    return 1;
}

/* db:data_version() -> a number that changes when another process
 * committed to the store since this connection last looked (store.h) */
static int l_data_version(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    int64_t v;
    char err[FUL_ERR_MAX];
    if (ful_store_data_version(ls->s, &v, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushnumber(L, (lua_Number)v);
    return 1;
}

/* db:cadence() -> the cadence the next action dates were computed with
 * ("3,7,14"), or nil when none is recorded yet */
static int l_cadence(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    char buf[64], err[FUL_ERR_MAX];
    if (ful_store_cadence(ls->s, buf, sizeof buf, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    if (buf[0])
        lua_pushstring(L, buf);
    else
        lua_pushnil(L);
    return 1;
}

static int l_check(lua_State *L)
{
    ful_lstore *ls = check_store(L);
    char err[FUL_ERR_MAX];
    if (ful_store_check(ls->s, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    lua_pushboolean(L, 1);
    return 1;
}

/* ---- indexing ---- */

/* The run's warnings, kept in C while it runs: the walker thread is alive
 * then, and a Lua error (out of memory in lua_pushstring) would jump out
 * past its join and the rollback. They reach Lua after the run returns.
 * Owned by a userdata, so an error while pushing them frees them too. */
#define FUL_MAX_RUN_WARNS 1000
typedef struct {
    char **msg;
    int n, cap;
} warn_box;

static void on_warn(void *ctx, const char *msg)
{
    warn_box *w = ctx;
    char *c;
    if (w->n >= FUL_MAX_RUN_WARNS)
        return;
    if (w->n == w->cap) {
        int cap = w->cap ? w->cap * 2 : 16;
        char **m = (char **)realloc(w->msg, (size_t)cap * sizeof *m);
        if (!m)
            return; /* dropped, as a full list drops it */
        w->msg = m;
        w->cap = cap;
    }
    if ((c = strdup(msg)) != NULL)
        w->msg[w->n++] = c;
}

static void warn_box_free(warn_box *w)
{
    int i;
    if (w && w->msg) {
        for (i = 0; i < w->n; i++)
            free(w->msg[i]);
        free(w->msg);
    }
    if (w) {
        w->msg = NULL;
        w->n = w->cap = 0;
    }
}

static int l_warnbox_gc(lua_State *L)
{
    warn_box_free((warn_box *)lua_touserdata(L, 1));
    return 0;
}

typedef struct {
    char **paths;
    int n;
} path_box;

static int l_pathbox_gc(lua_State *L)
{
    path_box *b = (path_box *)lua_touserdata(L, 1);
    int i;
    if (b && b->paths) {
        for (i = 0; i < b->n; i++)
            free(b->paths[i]);
        free(b->paths);
        b->paths = NULL;
    }
    return 0;
}

static int index_impl(lua_State *L, int single)
{
    ful_lstore *ls = check_store(L);
    ful_lopts o;
    ful_index_opts io;
    ful_index_stats st;
    path_box *pb;
    warn_box *wb;
    char err[FUL_ERR_MAX];
    const char *root = NULL;
    int i, n, rc;

    if (single)
        luaL_checkstring(L, 2);
    else
        luaL_checktype(L, 2, LUA_TTABLE);
    if (ful_l_opts(L, 3, &o) != 0)
        return 2;
    if (ful_store_use_cadence(ls->s, &o.cadence, err, sizeof err) != 0)
        return ful_l_fail(L, err);
    memset(&io, 0, sizeof io);
    io.today = o.today;
    io.tags = &o.tags;
    io.rules = o.rules;
    io.grace_days = o.grace;
    io.rules_digest = o.rules_digest;
    if (o.nexts >= 0) {
        io.exts = o.exts;   /* from an options object: alive while it is an argument */
        io.nexts = o.nexts;
    }
    if (lua_istable(L, 3)) {
        lua_getfield(L, 3, "root");
        if (!lua_isnil(L, -1))
            root = luaL_checkstring(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, 3, "follow");
        io.follow = lua_toboolean(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, 3, "gone_ok");
        io.gone_ok = lua_toboolean(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, 3, "max_size");
        if (!lua_isnil(L, -1)) {
            lua_Number m = luaL_checknumber(L, -1);
            if (!(m >= 1 && m <= 9e15))
                luaL_error(L, "max_size: want a number of bytes >= 1");
            io.max_size = (int64_t)m;
        }
        lua_pop(L, 1);
        lua_getfield(L, 3, "exts");
        if (lua_istable(L, -1)) {
            int k, m = (int)ful_rawlen(L, -1);
            const char **exts = (const char **)lua_newuserdata(L, (size_t)(m + 1) * sizeof *exts);
            for (k = 0; k < m; k++) {
                lua_rawgeti(L, -2, k + 1);
                exts[k] = lua_tostring(L, -1);
                if (exts[k] == NULL)
                    luaL_error(L, "exts: want a list of file name endings");
                lua_pop(L, 1);  /* still referenced by the exts table */
            }
            io.exts = exts; /* the userdata stays on the stack until we return */
            io.nexts = m;
        } else {
            lua_pop(L, 1);
        }
    }
    io.root = root;
    /* Copy the paths into C memory owned by a userdata. */
    n = single ? 1 : (int)ful_rawlen(L, 2);
    pb = (path_box *)ful_l_newbox(L, sizeof *pb, l_pathbox_gc);
    pb->paths = calloc((size_t)(n ? n : 1), sizeof *pb->paths);
    if (pb->paths == NULL)
        return luaL_error(L, "out of memory");
    for (i = 0; i < n; i++) {
        const char *p;
        if (single) {
            p = lua_tostring(L, 2);
        } else {
            lua_rawgeti(L, 2, i + 1);
            p = lua_tostring(L, -1);
            if (p == NULL)
                return luaL_error(L, "index: paths must be strings");
            lua_pop(L, 1);
        }
        if ((pb->paths[i] = strdup(p)) == NULL)
            return luaL_error(L, "out of memory");
        pb->n = i + 1;
    }
    wb = (warn_box *)ful_l_newbox(L, sizeof *wb, l_warnbox_gc);
    rc = ful_index_paths(ls->s, (const char *const *)pb->paths, n, &io, &st, on_warn, wb, err, sizeof err);
    if (rc != 0)
        return ful_l_fail(L, err);
    lua_createtable(L, wb->n, 0);
    for (i = 0; i < wb->n; i++) {
        lua_pushstring(L, wb->msg[i]);
        lua_rawseti(L, -2, i + 1);
    }
    warn_box_free(wb); /* now, not at the box's collection */
    lua_createtable(L, 0, 7);
    lua_pushinteger(L, st.files);
    lua_setfield(L, -2, "files");
    lua_pushinteger(L, st.indexed);
    lua_setfield(L, -2, "indexed");
    lua_pushinteger(L, st.unchanged);
    lua_setfield(L, -2, "unchanged");
    lua_pushinteger(L, st.removed);
    lua_setfield(L, -2, "removed");
    lua_pushinteger(L, st.skipped);
    lua_setfield(L, -2, "skipped");
    lua_pushinteger(L, st.missing);
    lua_setfield(L, -2, "missing");
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, "errors");
    return 1;
}

static int l_index(lua_State *L)
{
    return index_impl(L, 0);
}

static int l_index_file(lua_State *L)
{
    return index_impl(L, 1);
}

static const luaL_Reg methods[] = {
    { "close", l_close },
    { "path", l_path },
    { "user_version", l_user_version },
    { "index", l_index },
    { "index_file", l_index_file },
    { "overdue", l_overdue },
    { "log", l_log },
    { "accounts", l_accounts },
    { "account_paths", l_account_paths },
    { "owner_roots", l_owner_roots },
    { "owner_shown", l_owner_shown },
    { "busy", l_busy },
    { "history", l_history },
    { "step_at", l_step_at },
    { "why_no_step", l_why_no_step },
    { "data_version", l_data_version },
    { "writable", l_writable },
    { "kept_day", l_kept_day },
    { "check", l_check },
    { "cadence", l_cadence },
    { "needs", l_needs },
    { NULL, NULL }
};

void ful_register_store(lua_State *L)
{
    luaL_newmetatable(L, FUL_ROWS_MT);
    lua_pushcfunction(L, l_rows_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    luaL_newmetatable(L, FUL_STORE_MT);
    lua_pushcfunction(L, l_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, l_tostring);
    lua_setfield(L, -2, "__tostring");
    ful_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
}
