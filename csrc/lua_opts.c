/* lua_opts.c: core.options{...}, the parse options compiled once (opts.h)
 * and passed to the hot calls, instead of a Lua table re-read, and the
 * clock and the environment consulted, on every row. Defaults, then the
 * FULOG_* variables, then the fields given: the same order for setup()
 * and bin/fulog's flags. */
#include "lua_bind.h"
#include "opts.h"

#include <string.h>

typedef struct {
    ful_opts o;
    const ful_rules *rules;     /* owned by the rules object held by rules_ref */
    uint64_t rules_digest;
    int rules_ref;
    char warn[256];             /* what was wrong with the environment, or "" */
} opts_ud;

static int l_opts_gc(lua_State *L)
{
    opts_ud *u = (opts_ud *)luaL_checkudata(L, 1, FUL_OPTS_MT);
    if (u->rules_ref != LUA_NOREF) {
        luaL_unref(L, LUA_REGISTRYINDEX, u->rules_ref);
        u->rules_ref = LUA_NOREF;
        u->rules = NULL;
    }
    return 0;
}

int ful_l_options_get(lua_State *L, int idx, ful_lopts *o)
{
    opts_ud *u = (opts_ud *)ful_testudata(L, idx, FUL_OPTS_MT);
    if (u == NULL)
        return 0;
    o->tags = u->o.tags;
    o->rules = u->rules;
    o->rules_digest = u->rules_digest;
    o->grace = u->o.grace;
    o->cadence = u->o.cadence;
    o->today = ful_opts_today(&u->o);
    o->nexts = ful_opts_exts(&u->o, o->exts);
    return 1;
}

/* A field given as a list of strings or one "a,b" string, as text. */
static const char *field_text(lua_State *L, int idx, const char *name, ful_buf *scratch)
{
    int t = lua_type(L, idx);
    if (t == LUA_TSTRING || t == LUA_TNUMBER)
        return lua_tostring(L, idx);
    if (t == LUA_TTABLE) {
        int i, n = (int)ful_rawlen(L, idx);
        scratch->len = 0;
        for (i = 1; i <= n; i++) {
            const char *w;
            lua_rawgeti(L, idx, i);
            if (lua_type(L, -1) != LUA_TSTRING && lua_type(L, -1) != LUA_TNUMBER)
                luaL_error(L, "options: %s: want a list of strings", name);
            w = lua_tostring(L, -1);
            if ((i > 1 && ful_buf_adds(scratch, ",")) || ful_buf_adds(scratch, w))
                luaL_error(L, "out of memory");
            lua_pop(L, 1);
        }
        return scratch->p ? scratch->p : "";
    }
    luaL_error(L, "options: %s: want a string or a list, got %s", name, luaL_typename(L, idx));
    return NULL;
}

/* core.options([tbl]) -> options, warning | nil, msg. tbl: {tags=, exts=,
 * grace=, cadence=, today=, rules=<core.rules>}; lists or "a,b" strings.
 * A bad value in tbl is nil, msg; a bad FULOG_* variable is skipped and
 * comes back as the warning (so a bad FULOG_TODAY means the clock, said
 * once, instead of nothing highlighting). */
static int l_options(lua_State *L)
{
    static const char *const names[] = { "tags", "exts", "grace", "cadence", "today" };
    opts_ud *u;
    ful_buf *scratch;
    size_t i;
    if (!lua_isnoneornil(L, 1))
        luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    scratch = ful_l_newbuf(L); /* slot 2 */
    u = (opts_ud *)lua_newuserdata(L, sizeof *u);   /* slot 3 */
    memset(u, 0, sizeof *u);
    u->rules_ref = LUA_NOREF;
    luaL_getmetatable(L, FUL_OPTS_MT);
    lua_setmetatable(L, -2);
    ful_opts_default(&u->o);
    ful_opts_env(&u->o, u->warn, sizeof u->warn);
    if (lua_istable(L, 1)) {
        for (i = 0; i < sizeof names / sizeof names[0]; i++) {
            char err[256];
            const char *v;
            lua_getfield(L, 1, names[i]);
            if (lua_isnil(L, -1)) {
                lua_pop(L, 1);
                continue;
            }
            v = field_text(L, -1, names[i], scratch);
            if (ful_opts_set(&u->o, names[i], v, err, sizeof err) != 0)
                return ful_l_fail(L, err);
            lua_pop(L, 1);
        }
        lua_getfield(L, 1, "rules");
        if (!lua_isnil(L, -1)) {
            ful_lrules *r = (ful_lrules *)luaL_checkudata(L, -1, FUL_RULES_MT);
            u->rules = r->r;
            u->rules_digest = r->digest;
            u->rules_ref = luaL_ref(L, LUA_REGISTRYINDEX); /* pops it; keeps it alive with us */
        } else {
            lua_pop(L, 1);
        }
    }
    lua_pushvalue(L, 3);
    if (u->warn[0])
        lua_pushstring(L, u->warn);
    else
        lua_pushnil(L);
    return 2;
}

static opts_ud *check_opts(lua_State *L)
{
    return (opts_ud *)luaL_checkudata(L, 1, FUL_OPTS_MT);
}

/* opts:get() -> {tags=, exts=, grace=, cadence=, today=<fixed or nil>, rules=bool} */
static int l_opts_get(lua_State *L)
{
    opts_ud *u = check_opts(L);
    char buf[64];
    int i;
    lua_createtable(L, 0, 6);
    lua_createtable(L, u->o.tags.n, 0);
    for (i = 0; i < u->o.tags.n; i++) {
        lua_pushstring(L, u->o.tags.word[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "tags");
    lua_createtable(L, u->o.nexts, 0);
    for (i = 0; i < u->o.nexts; i++) {
        lua_pushstring(L, u->o.ext[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "exts");
    lua_pushinteger(L, u->o.grace);
    lua_setfield(L, -2, "grace");
    ful_cadence_format(&u->o.cadence, buf, sizeof buf);
    lua_pushstring(L, buf);
    lua_setfield(L, -2, "cadence");
    ful_l_pushday(L, u->o.today);
    lua_setfield(L, -2, "today");
    lua_pushboolean(L, u->rules != NULL);
    lua_setfield(L, -2, "rules");
    return 1;
}

/* opts:today() -> the fixed day, else the clock's (read now: a session
 * may outlive midnight). */
static int l_opts_today(lua_State *L)
{
    ful_l_pushday(L, ful_opts_today(&check_opts(L)->o));
    return 1;
}

/* opts:warning() -> what was wrong with the FULOG_* variables, or nil. */
static int l_opts_warning(lua_State *L)
{
    opts_ud *u = check_opts(L);
    if (u->warn[0])
        lua_pushstring(L, u->warn);
    else
        lua_pushnil(L);
    return 1;
}

static const luaL_Reg opts_methods[] = {
    { "get", l_opts_get },
    { "today", l_opts_today },
    { "warning", l_opts_warning },
    { NULL, NULL }
};

void ful_register_options(lua_State *L)
{
    luaL_newmetatable(L, FUL_OPTS_MT);
    lua_pushcfunction(L, l_opts_gc);
    lua_setfield(L, -2, "__gc");
    lua_createtable(L, 0, 3);
    ful_setfuncs(L, opts_methods, 0);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_options);
    lua_setfield(L, -2, "options");
}
