/* lua_names.c: the people options of core.classify / core.classify_fd
 * ({attendees=, team=, owner=}: a string "Maria Lopez, Tom" or a list of
 * names), compiled for the actor step. */
#include "lua_bind.h"

#include <string.h>

static void read_people(lua_State *L, int idx, const char *key, ful_people *p)
{
    lua_getfield(L, idx, key);
    if (lua_type(L, -1) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        ful_people_add(p, s, n);
    } else if (lua_istable(L, -1)) {
        int i, n = (int)ful_rawlen(L, -1);
        for (i = 1; i <= n; i++) {
            size_t len;
            const char *s;
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TSTRING)
                luaL_error(L, "%s: want a string or a list of names", key);
            s = lua_tolstring(L, -1, &len);
            ful_people_add(p, s, len);
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, -1)) {
        luaL_error(L, "%s: want a string or a list of names", key);
    }
    /* the strings stay referenced by the options table while p is used */
    lua_pop(L, 1);
}

int ful_l_names(lua_State *L, int idx, ful_names *nm)
{
    ful_people client, team, owner;
    nm->n = 0;
    if (!lua_istable(L, idx))
        return 0; /* (before the lists are cleared: they cost a call as much as its lookup) */
    memset(&client, 0, sizeof client);
    memset(&team, 0, sizeof team);
    memset(&owner, 0, sizeof owner);
    read_people(L, idx, "attendees", &client);
    read_people(L, idx, "team", &team);
    read_people(L, idx, "owner", &owner);
    ful_names_init(nm, &client, &team, owner.n ? &owner.name[0] : NULL);
    return nm->n;
}
