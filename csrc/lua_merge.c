/* lua_merge.c: core.merge_resolve, the note-aware half of the git merge
 * driver (merge.c); bin/fulog runs git merge-file and writes the result. */
#include "lua_bind.h"
#include "merge.h"

/* core.merge_resolve(text [, {tags=, keep_base=, marker_size=}])
 *   -> text, resolved, left, narrowed | nil, msg
 * text: the output of `git merge-file -p --diff3`; narrowed: the hunks of
 * left merged but for the lines both sides changed. */
int ful_l_merge_resolve(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    ful_merge_opts mo = { NULL, 0, 0 };
    ful_lopts o;
    ful_buf *out;
    int resolved, left, narrowed, rc;
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        lua_getfield(L, 2, "keep_base");
        mo.keep_base = lua_toboolean(L, -1);
        lua_getfield(L, 2, "marker_size");
        if (!lua_isnil(L, -1)) {
            lua_Number m = luaL_checknumber(L, -1);
            luaL_argcheck(L, m >= 1 && m <= 100 && m == (lua_Number)(int)m, 2, "marker_size: want 1..100");
            mo.marker_size = (int)m;
        }
        lua_pop(L, 2);
    }
    if (ful_l_opts(L, 2, &o) != 0)
        return 2;
    mo.tags = &o.tags;
    out = ful_l_newbuf(L);
    rc = ful_merge_text(s, n, &mo, out, &resolved, &left, &narrowed);
    if (rc == -1)
        return luaL_error(L, "out of memory");
    if (rc == -2)
        return ful_l_fail(L, "conflict markers do not nest as git writes them; left as they are");
    lua_pushlstring(L, out->p ? out->p : "", out->len);
    lua_pushinteger(L, resolved);
    lua_pushinteger(L, left);
    lua_pushinteger(L, narrowed);
    return 4;
}
