/* lua_actors.c: who acts in a next step (the classifier's actor resolver,
 * actors.c), so a front-end asks the core instead of guessing names from
 * capitalised words: the follow-up draft's contact is read this way. */
#include "lua_bind.h"

#define FUL_L_ACTORS 8

/* An actor's word, without a possessive: "Maria's team will send" is Maria's. */
static void push_name(lua_State *L, const char *text, const ful_actor *a)
{
    size_t len = a->len;
    if (len > 2 && text[a->off + len - 2] == '\'' && (text[a->off + len - 1] | 0x20) == 's')
        len -= 2;
    lua_pushlstring(L, text + a->off, len);
}

/* core.actors(text [, opts]) -> { {name=, side=, who=}, ... }, addressee
 * The actors in line order: side "client" or "seller"; who "attendee",
 * "team", "owner", "name" (a name by its place), "role" ("client to"),
 * "self" ("me to"), "reported" ("per Linda,"), "waited" ("waiting on
 * legal", "PO awaited") or "". addressee: the name a
 * step addresses without an actor ("call Jason back"), or nil. opts as
 * core.classify takes them: the note's people (attendees=, team=, owner=)
 * and the options (rules). */
static int l_actors(lua_State *L)
{
    static const char *const who[] = { "", "attendee", "team", "owner", "name", "role", "self", "reported", "waited" };
    size_t n;
    const char *text = luaL_checklstring(L, 1, &n);
    ful_lopts o;
    ful_names nm;
    ful_actor a[FUL_L_ACTORS], to;
    int i, k;
    if (ful_l_opts(L, 2, &o) != 0)
        return 2;
    ful_l_names(L, 2, &nm);
    k = ful_step_actors(o.rules, &nm, text, n, a, FUL_L_ACTORS, &to);
    lua_createtable(L, k, 0);
    for (i = 0; i < k; i++) {
        lua_createtable(L, 0, 3);
        push_name(L, text, &a[i]);
        lua_setfield(L, -2, "name");
        lua_pushstring(L, a[i].side == FUL_SIDE_CLIENT ? "client" : "seller");
        lua_setfield(L, -2, "side");
        lua_pushstring(L, a[i].who >= 0 && a[i].who <= FUL_WHO_WAITED ? who[a[i].who] : "");
        lua_setfield(L, -2, "who");
        lua_rawseti(L, -2, i + 1);
    }
    if (to.len == 0)
        return 1;
    push_name(L, text, &to);
    return 2;
}

static const luaL_Reg actor_funcs[] = {
    { "actors", l_actors },
    { NULL, NULL }
};

void ful_register_actors(lua_State *L)
{
    ful_setfuncs(L, actor_funcs, 0);
}
