/* compat.h: the differences between the Lua C APIs fulog.core is built for
 * (LuaJIT and PUC 5.1 both report 501, 5.2, 5.4), and nothing else.
 * Private ful_ names: LuaJIT 2.1 already declares some luaL_ 5.2 helpers. */
#ifndef FUL_COMPAT_H
#define FUL_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502
#ifndef LUA_OK
#define LUA_OK 0
#endif
#define ful_rawlen(L, i) lua_objlen((L), (i))

/* luaL_setfuncs with upvalues, as 5.2 has it. */
static void ful_setfuncs(lua_State *L, const luaL_Reg *l, int nup)
{
    luaL_checkstack(L, nup + 1, "too many upvalues");
    for (; l->name != NULL; l++) {
        int i;
        for (i = 0; i < nup; i++)
            lua_pushvalue(L, -nup);
        lua_pushcclosure(L, l->func, nup);
        lua_setfield(L, -(nup + 2), l->name);
    }
    lua_pop(L, nup);
}

static void *ful_testudata(lua_State *L, int ud, const char *tname)
{
    void *p = lua_touserdata(L, ud);
    if (p != NULL && lua_getmetatable(L, ud)) {
        luaL_getmetatable(L, tname);
        if (!lua_rawequal(L, -1, -2))
            p = NULL;
        lua_pop(L, 2);
        return p;
    }
    return NULL;
}
#else
#define ful_rawlen(L, i) lua_rawlen((L), (i))
#define ful_setfuncs(L, l, nup) luaL_setfuncs((L), (l), (nup))
#define ful_testudata(L, ud, tname) luaL_testudata((L), (ud), (tname))
#endif

#define ful_newlib(L, l) (lua_newtable(L), ful_setfuncs((L), (l), 0))

#endif
